// Every cost parameter of the park (the proposals' three and the economics' six), one form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../editor/EditorContext.tsx';
import { setCosts } from '../../floorplan/commands/proposals.ts';
import type { OptionalCostKey } from '../../floorplan/economics/costParameters.ts';
import type { CostParameters } from '../../floorplan/types.ts';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'];
type AmountKey = OptionalCostKey | 'fitOutPerM2' | 'rentPerM2Month' | 'equipmentPerSeat';
/** one-off amounts first, then running ones */
const FIELDS: AmountKey[] = ['landCost', 'constructionPerM2', 'fitOutPerM2', 'fitOutPerSeat', 'equipmentPerSeat', 'rentPerM2Month', 'rentFreeMonths', 'utilitiesPerSeatMonth', 'staffPerSeatMonth'];
const REQUIRED = new Set<AmountKey>(['fitOutPerM2', 'rentPerM2Month', 'equipmentPerSeat']);

export function CostsSection({ costs }: { costs: CostParameters }) {
  const { t } = useTranslation();
  const editorStore = useEditorStore();
  const [currency, setCurrency] = useState(costs.currency);
  const [text, setText] = useState<Record<AmountKey, string>>(() => Object.fromEntries(FIELDS.map((k) => [k, costs[k] === undefined ? '' : String(costs[k])])) as Record<AmountKey, string>);
  return (
    <form
      className="economics-form economics-costs"
      data-testid="economics-costs"
      onSubmit={(e) => {
        e.preventDefault();
        const next: CostParameters = { currency, fitOutPerM2: Number(text.fitOutPerM2 || 0), rentPerM2Month: Number(text.rentPerM2Month || 0), equipmentPerSeat: Number(text.equipmentPerSeat || 0) };
        for (const k of FIELDS) if (!REQUIRED.has(k) && text[k].trim() !== '') (next as unknown as Record<string, number>)[k] = Number(text[k]);
        editorStore.getState().execute(setCosts, { costs: next });
      }}
    >
      <label>
        {t('economics.currency')}
        <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
          {[...new Set([currency, ...CURRENCIES])].map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      {FIELDS.map((k) => (
        <label key={k}>
          {t(`economics.costFields.${k}`)}
          <input type="number" min={0} step={k === 'rentFreeMonths' ? 1 : 'any'} value={text[k]} placeholder="0" data-testid={`economics-cost-${k}`} onChange={(e) => setText({ ...text, [k]: e.target.value })} />
        </label>
      ))}
      <div className="economics-buttons">
        <button type="submit">{t('economics.apply')}</button>
      </div>
    </form>
  );
}

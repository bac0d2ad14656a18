// The investment rows of a proposal comparison: in all, per seat, and per seat in each phase.
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import { bestIndexes } from '../../floorplan/proposals/compare.ts';
import type { Locale } from '../../floorplan/types.ts';
import { formatMoney } from '../proposals/format.ts';
import './messages.ts';

export function InvestmentComparison({ comparison, locale }: { comparison: Comparison; locale: Locale }) {
  const { t } = useTranslation();
  const figures = comparison.proposals.map((p) => p.investment);
  if (figures.every((f) => f === undefined)) return null;
  // phases by id (null: floors without a phase), in the order the first layout lists them
  const phaseKeys: { id: string | null; name: string }[] = [];
  for (const f of figures) for (const p of f?.phases ?? []) if (!phaseKeys.some((k) => k.id === p.phaseId)) phaseKeys.push({ id: p.phaseId, name: p.name || t('economics.unphased') });
  const rows: { key: string; label: string; values: (number | null)[] }[] = [
    { key: 'investment', label: t('economics.comparison.total'), values: figures.map((f) => f?.total ?? null) },
    { key: 'investmentPerSeat', label: t('economics.comparison.perSeat'), values: figures.map((f) => f?.perSeat ?? null) },
    ...(phaseKeys.length > 1
      ? phaseKeys.map((k) => ({ key: `phase.${k.id ?? ''}`, label: t('economics.comparison.phasePerSeat', { phase: k.name }), values: figures.map((f) => f?.phases.find((p) => p.phaseId === k.id)?.perSeat ?? null) }))
      : []),
  ];
  return (
    <table className="comparison-table economics-comparison" data-testid="investment-comparison">
      <thead>
        <tr>
          <th>{t('economics.comparison.title')}</th>
          {comparison.proposals.map((p) => (
            <th key={p.id}>{p.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const best = bestIndexes(row.values, 'lower');
          return (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, i) => (
                <td key={comparison.proposals[i]?.id ?? i} className={best.includes(i) ? 'best' : undefined}>
                  {v === null ? '—' : formatMoney(v, comparison.currency, locale)}
                  {best.includes(i) && ' ★'}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// The rule sets as a radio group, each with a line on what it covers: in the new-project form and
// in the status bar's picker.
import { useTranslation } from 'react-i18next';
import { PROFILE_BASES, type ProfileBase } from '../../floorplan/types.ts';
import './messages.ts';
import './ruleSet.css';

export function RuleSetChoice({ value, onChange, name }: { value: ProfileBase; onChange(base: ProfileBase): void; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="rule-set-choice" role="radiogroup" aria-label={t('ruleSet.title')}>
      {PROFILE_BASES.map((base) => (
        <label key={base} className={base === value ? 'chosen' : undefined}>
          <input type="radio" name={name} value={base} checked={base === value} onChange={() => onChange(base)} data-testid={`rule-set-${base}`} />
          <span>
            <strong>{t(`ruleSet.name.${base}`)}</strong>
            <small>{t(`ruleSet.detail.${base}`)}</small>
          </span>
        </label>
      ))}
    </div>
  );
}

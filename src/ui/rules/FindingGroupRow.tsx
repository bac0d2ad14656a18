// Findings of one rule with one cause (src/rules/findingGroups.ts) as one row of the rule panel:
// the rule's title, how many, the shared requirement and clause, the measured range. It opens to
// the findings, each clickable to frame it in the plan.
import './groupMessages.ts';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../floorplan/types.ts';
import type { FindingGroup } from '../../rules/findingGroups.ts';
import type { FindingNames } from '../../rules/findingNames.ts';
import { clauseText } from '../../rules/format.ts';
import { ruleTitle, subjectCount } from '../../rules/ruleTitles.ts';
import { FindingItem } from './FindingItem.tsx';
import { measuredRangeText, requirementText, ruleLocale } from './findingText.ts';
import { statusCountKey } from '../../rules/results.ts';

/** Items rendered per group before "show more" (a park can have hundreds of one cause). */
const ITEMS = 50;

interface FindingGroupRowProps {
  group: FindingGroup;
  reviews: ReadonlyMap<string, Review>;
  selection: ReadonlySet<string>;
  names: FindingNames;
  showPlace: boolean;
}

export const FindingGroupRow = memo(function FindingGroupRow({ group, reviews, selection, names, showPlace }: FindingGroupRowProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(ITEMS);
  const locale = i18n.language;
  const lang = ruleLocale(locale);
  const status = statusCountKey(group.status);
  const count = group.findings.length;
  // closed, the row shows that one of its findings is selected; open, the finding itself does
  const selected = group.findings.some((f) => f.where.elementIds.length > 0 && f.where.elementIds.every((id) => selection.has(id)));
  const shown = group.findings.slice(0, limit);
  return (
    <li
      className={`finding-group finding--${status}${selected && !open ? ' finding--selected' : ''}`}
      data-testid="finding-group"
      data-rule={group.ruleId}
      data-status={group.status}
      data-count={count}
    >
      {/* a button, not a <summary>: the area around it is a <details> already */}
      <button
        type="button"
        className="finding-group-head"
        aria-expanded={open}
        title={open ? t('rulesGroup.close') : t('rulesGroup.open', { count })}
        data-testid="finding-group-head"
        onClick={() => setOpen((o) => !o)}
      >
        <span className={`status-dot status-dot--${status}`} aria-label={t(`rulesUi.status.${status}`)} />
        <span className="finding-text">
          <span className="finding-title">
            {ruleTitle(group.ruleId, lang)}
            <span className="group-count" data-testid="finding-group-count">
              {count}
            </span>
          </span>
          <span className="finding-numbers">
            {subjectCount(group.ruleId, count, lang)} · {t('rulesUi.required')} {requirementText(group.required, locale)} · {t('rulesUi.measured')}{' '}
            {measuredRangeText(group.findings, locale)}
          </span>
          {group.clause && <span className="finding-clause">{clauseText(group.clause, lang)}</span>}
        </span>
      </button>
      {/* the items stay in the page while closed, hidden, so every finding is there to find */}
      <ul className="findings findings--items" aria-label={t('rulesGroup.items')} hidden={!open}>
        {shown.map((f) => (
          <FindingItem
            key={f.key}
            finding={f}
            review={reviews.get(f.key)}
            selected={f.where.elementIds.length > 0 && f.where.elementIds.every((id) => selection.has(id))}
            names={names}
            compact
            showPlace={showPlace}
          />
        ))}
      </ul>
      {open && count > limit && (
        <button type="button" className="more" onClick={() => setLimit((l) => l + ITEMS * 4)}>
          {t('rulesUi.more', { count: count - limit })}
        </button>
      )}
    </li>
  );
});

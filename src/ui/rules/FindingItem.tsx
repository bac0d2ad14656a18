// One finding in the rule panel: the rule's title, its sentence (names, not ids), required vs
// measured, clause; a click selects and frames its elements; the review (if any) is shown apart
// from the computed status. Inside a group (`compact`) only what it is about (the sentence when it
// names nothing, and as the tooltip) and the measured value.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../editor/EditorContext.tsx';
import type { Review } from '../../floorplan/types.ts';
import type { FindingNames } from '../../rules/findingNames.ts';
import { clauseText } from '../../rules/format.ts';
import { ruleTitle } from '../../rules/ruleTitles.ts';
import type { Finding } from '../../rules/types.ts';
import { findingMessage, quantityText, requirementText, ruleLocale } from './findingText.ts';
import { focusFinding } from './focusFinding.ts';
import { ReviewEditor } from './ReviewEditor.tsx';
import { statusCountKey } from '../../rules/results.ts';

/** Today as YYYY-MM-DD in local time (a due date is a local day). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface FindingItemProps {
  finding: Finding;
  review: Review | undefined;
  selected: boolean;
  names: FindingNames;
  /** one of a group: the group's row states the rule, requirement and clause */
  compact?: boolean;
  /** prefix the building and floor (the list spans floors) */
  showPlace?: boolean;
}

export const FindingItem = memo(function FindingItem({ finding, review, selected, names, compact = false, showPlace = false }: FindingItemProps) {
  const { t, i18n } = useTranslation();
  const editorStore = useEditorStore();
  const [reviewing, setReviewing] = useState(false);
  const locale = i18n.language;
  const lang = ruleLocale(locale);
  const status = statusCountKey(finding.status);
  const place = showPlace ? names.place(finding) : '';
  const message = findingMessage(finding, locale, names);
  // in a group the row above says the rule and requirement: an item is what it is about, when it names something
  const subject = compact ? names.subject(finding, lang) : '';
  return (
    <li
      className={`finding finding--${status}${compact ? ' finding--compact' : ''}${selected ? ' finding--selected' : ''}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-status={finding.status}
      data-key={finding.key}
    >
      <button type="button" className="finding-main" onClick={() => focusFinding(editorStore, finding)} title={subject ? message : undefined}>
        <span className={`status-dot status-dot--${status}`} aria-label={t(`rulesUi.status.${status}`)} />
        <span className="finding-text">
          {!compact && <span className="finding-title">{ruleTitle(finding.ruleId, lang)}</span>}
          <span className="finding-message" data-testid="finding-message">
            {place && <span className="finding-place">{place} · </span>}
            {subject || message}
          </span>
          {compact ? null : (
            <span className="finding-numbers">
              {t('rulesUi.required')} {requirementText(finding.required, locale)} · {t('rulesUi.measured')} {quantityText(finding.measured, locale)}
            </span>
          )}
          {!compact && finding.clause && <span className="finding-clause">{clauseText(finding.clause, lang)}</span>}
        </span>
        {compact && <span className="finding-measured">{quantityText(finding.measured, locale)}</span>}
      </button>
      <button
        type="button"
        className={`review-badge review-badge--${review?.decision ?? 'none'}`}
        data-testid="review-toggle"
        aria-expanded={reviewing}
        title={t('rulesUi.review.label')}
        onClick={() => setReviewing((r) => !r)}
      >
        {review ? t(`rulesUi.review.${review.decision}`) : t('rulesUi.review.label')}
      </button>
      {review?.note && !reviewing && <div className="review-note">{review.note}</div>}
      {(review?.owner || review?.due) && !reviewing && (
        <div className="review-action-text" data-testid="review-action">
          {[review.owner, review.due && `${t('rulesUi.review.due')} ${review.due}`].filter(Boolean).join(' · ')}
          {review.decision === 'open' && review.due && review.due < todayIso() && <span className="overdue">{t('rulesUi.review.overdue')}</span>}
        </div>
      )}
      {reviewing && <ReviewEditor findingKey={finding.key} review={review} />}
    </li>
  );
});

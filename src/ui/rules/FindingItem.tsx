// One finding in the rule panel: status, message, required vs measured, clause; a click selects
// and frames its elements; the review (if any) is shown apart from the computed status.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editorStore } from '../../editor/store.ts';
import type { Review } from '../../floorplan/types.ts';
import type { Finding } from '../../rules/types.ts';
import { findingMessage, quantityText, requirementText } from './findingText.ts';
import { focusFinding } from './focusFinding.ts';
import { ReviewEditor } from './ReviewEditor.tsx';
import { statusKey } from './scope.ts';

/** Today as YYYY-MM-DD in local time (a due date is a local day). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const FindingItem = memo(function FindingItem({ finding, review, selected }: { finding: Finding; review: Review | undefined; selected: boolean }) {
  const { t, i18n } = useTranslation();
  const [reviewing, setReviewing] = useState(false);
  const locale = i18n.language;
  const status = statusKey(finding.status);
  return (
    <li
      className={`finding finding--${status}${selected ? ' finding--selected' : ''}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-status={finding.status}
      data-key={finding.key}
    >
      <button type="button" className="finding-main" onClick={() => focusFinding(editorStore, finding)} title={finding.key}>
        <span className={`status-dot status-dot--${status}`} aria-label={t(`rulesUi.status.${status}`)} />
        <span className="finding-text">
          <span className="finding-message" data-testid="finding-message">
            {findingMessage(finding, locale)}
          </span>
          <span className="finding-numbers">
            {t('rulesUi.required')} {requirementText(finding.required, locale)} · {t('rulesUi.measured')} {quantityText(finding.measured, locale)}
          </span>
          {finding.clause && <span className="finding-clause">{finding.clause}</span>}
        </span>
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

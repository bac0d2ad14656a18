// A reviewer's decision on one finding (accepted / rejected / open, with a note), saved into the
// plan as an undoable command; shown beside the computed status, never instead of it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editorStore } from '../../editor/store.ts';
import { setReview } from '../../floorplan/commands/setReview.ts';
import { REVIEW_DECISIONS, type Review, type ReviewDecision } from '../../floorplan/types.ts';

export function ReviewEditor({ findingKey, review }: { findingKey: string; review: Review | undefined }) {
  const { t } = useTranslation();
  const decision = review?.decision ?? 'open';
  const [note, setNote] = useState(review?.note ?? '');
  const save = (next: ReviewDecision, text: string) =>
    editorStore.getState().execute(setReview, { findingKey, decision: next, note: text, at: new Date().toISOString() });
  return (
    <div className="review" data-testid="review-editor">
      <label>
        {t('rulesUi.review.label')}
        <select data-testid="review-decision" value={decision} onChange={(e) => save(e.target.value as ReviewDecision, note)}>
          {REVIEW_DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`rulesUi.review.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <input
        data-testid="review-note"
        value={note}
        placeholder={t('rulesUi.review.notePlaceholder')}
        aria-label={t('rulesUi.review.note')}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save(decision, note);
        }}
      />
      <button type="button" data-testid="review-save" disabled={(review?.note ?? '') === note.trim()} onClick={() => save(decision, note)}>
        {t('rulesUi.review.save')}
      </button>
    </div>
  );
}

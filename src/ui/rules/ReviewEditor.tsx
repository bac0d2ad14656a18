// A reviewer's decision on one finding (accepted / rejected / open, with a note), and who is to
// act on it by when (owner, due date: the compliance report's action list), saved into the plan
// as undoable commands; shown beside the computed status, never instead of it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../editor/EditorContext.tsx';
import { isIsoDay, setReview, setReviewAction } from '../../floorplan/commands/setReview.ts';
import { REVIEW_DECISIONS, type Review, type ReviewDecision } from '../../floorplan/types.ts';

export function ReviewEditor({ findingKey, review }: { findingKey: string; review: Review | undefined }) {
  const { t } = useTranslation();
  const editorStore = useEditorStore();
  const decision = review?.decision ?? 'open';
  const [note, setNote] = useState(review?.note ?? '');
  const [owner, setOwner] = useState(review?.owner ?? '');
  const [due, setDue] = useState(review?.due ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = (next: ReviewDecision, text: string) =>
    editorStore.getState().execute(setReview, { findingKey, decision: next, note: text, at: new Date().toISOString() });
  const saveAction = (who: string, day: string) => {
    const outcome = editorStore.getState().execute(setReviewAction, { findingKey, owner: who, due: day });
    setRefusal(outcome.ok ? null : outcome.refused.reasonKey);
  };
  const noteChanged = (review?.note ?? '') !== note.trim();
  const actionChanged = (review?.owner ?? '') !== owner.trim() || (review?.due ?? '') !== due;
  const saveAll = () => {
    if (noteChanged) save(decision, note);
    if (actionChanged) saveAction(owner, due);
  };
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
          if (e.key === 'Enter') saveAll();
        }}
      />
      <div className="review-action">
        <input
          data-testid="review-owner"
          value={owner}
          placeholder={t('rulesUi.review.ownerPlaceholder')}
          aria-label={t('rulesUi.review.owner')}
          onChange={(e) => setOwner(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveAll();
          }}
        />
        <label className="review-due">
          {t('rulesUi.review.due')}
          <input
            type="date"
            data-testid="review-due"
            value={due}
            aria-invalid={due !== '' && !isIsoDay(due)}
            onChange={(e) => {
              setDue(e.target.value);
              // a date picker's change is complete (or cleared): keep it at once
              if (e.target.value === '' || isIsoDay(e.target.value)) saveAction(owner, e.target.value);
            }}
          />
        </label>
      </div>
      {refusal && (
        <div className="review-refused" role="alert">
          {t(refusal)}
        </div>
      )}
      <button type="button" data-testid="review-save" disabled={!noteChanged && !actionChanged} onClick={saveAll}>
        {t('rulesUi.review.save')}
      </button>
    </div>
  );
}

// A reviewer's decision on one finding (accepted / rejected / open, with a note), kept in the
// plan's `reviews` apart from the computed status, so it travels with the file and can be undone.
import { REVIEW_DECISIONS, type ReviewDecision } from '../types.ts';
import { refuse, type Command } from './command.ts';

export interface SetReviewArgs {
  /** Finding.key: ruleId|buildingId|floorId|elementIds */
  findingKey: string;
  decision: ReviewDecision;
  note?: string;
  by?: string;
  /** ISO date-time, given by the caller so the command stays pure */
  at?: string;
}

export const setReview: Command<SetReviewArgs> = {
  type: 'reviews/set',
  labelKey: 'rulesUi.commands.setReview',
  apply(draft, { findingKey, decision, note, by, at }) {
    if (typeof findingKey !== 'string' || findingKey.length === 0) return refuse('rulesUi.refused.noFinding');
    if (!REVIEW_DECISIONS.includes(decision)) return refuse('rulesUi.refused.badDecision');
    const text = note?.trim() ?? '';
    const reviews = draft.reviews ?? [];
    const index = reviews.findIndex((r) => r.findingKey === findingKey);
    // "open" without a note is the state of an unreviewed finding: drop the entry rather than keep noise
    if (decision === 'open' && text === '') {
      if (index < 0) return undefined;
      reviews.splice(index, 1);
      if (reviews.length === 0) delete draft.reviews;
      return undefined;
    }
    const existing = index >= 0 ? reviews[index] : undefined;
    if (existing && existing.decision === decision && (existing.note ?? '') === text) return undefined;
    const review = { findingKey, decision, ...(text ? { note: text } : {}), ...(by ? { by } : {}), ...(at ? { at } : {}) };
    if (index >= 0) reviews[index] = review;
    else reviews.push(review);
    draft.reviews = reviews;
    return undefined;
  },
};

// A reviewer's decision on one finding (accepted / rejected / open, with a note), kept in the
// plan's `reviews` apart from the computed status, so it travels with the file and can be undone.
// The action fields (owner, due date) of a review are set by `setReviewAction`.
import { REVIEW_DECISIONS, type Review, type ReviewDecision } from '../types.ts';
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

/** A real calendar day written as YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** "open" with no note, owner or due date is the state of an unreviewed finding: no entry is kept for it. */
function isEmptyReview(r: Review): boolean {
  return r.decision === 'open' && !r.note && !r.owner && !r.due;
}

/** Puts `review` in place of the finding's entry (or removes the entry when the review says nothing). */
function store(draft: { reviews?: Review[] }, index: number, review: Review): void {
  const reviews = draft.reviews ?? [];
  if (isEmptyReview(review)) {
    if (index < 0) return;
    reviews.splice(index, 1);
    if (reviews.length === 0) delete draft.reviews;
    return;
  }
  if (index >= 0) reviews[index] = review;
  else reviews.push(review);
  draft.reviews = reviews;
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
    const existing = index >= 0 ? reviews[index] : undefined;
    if (!existing && decision === 'open' && text === '') return undefined;
    if (existing && existing.decision === decision && (existing.note ?? '') === text) return undefined;
    // the action fields stay with the finding whatever the decision
    const review: Review = {
      findingKey,
      decision,
      ...(text ? { note: text } : {}),
      ...(by ? { by } : {}),
      ...(at ? { at } : {}),
      ...(existing?.owner ? { owner: existing.owner } : {}),
      ...(existing?.due ? { due: existing.due } : {}),
    };
    store(draft, index, review);
    return undefined;
  },
};

export interface SetReviewActionArgs {
  findingKey: string;
  /** who acts on the finding; '' clears it, undefined keeps it */
  owner?: string;
  /** ISO date YYYY-MM-DD; '' clears it, undefined keeps it */
  due?: string;
}

/** Sets who is to fix a finding and by when (the compliance report's action list); an unreviewed finding gets an "open" review. */
export const setReviewAction: Command<SetReviewActionArgs> = {
  type: 'reviews/setAction',
  labelKey: 'rulesUi.commands.setReviewAction',
  apply(draft, { findingKey, owner, due }) {
    if (typeof findingKey !== 'string' || findingKey.length === 0) return refuse('rulesUi.refused.noFinding');
    const day = due?.trim();
    if (day && !isIsoDay(day)) return refuse('rulesUi.refused.badDue');
    const reviews = draft.reviews ?? [];
    const index = reviews.findIndex((r) => r.findingKey === findingKey);
    const existing: Review = (index >= 0 ? reviews[index] : undefined) ?? { findingKey, decision: 'open' };
    const nextOwner = owner === undefined ? (existing.owner ?? '') : owner.trim();
    const nextDue = day === undefined ? (existing.due ?? '') : day;
    if (nextOwner === (existing.owner ?? '') && nextDue === (existing.due ?? '')) return undefined;
    const review: Review = { ...existing };
    delete review.owner;
    delete review.due;
    if (nextOwner) review.owner = nextOwner;
    if (nextDue) review.due = nextDue;
    store(draft, index, review);
    return undefined;
  },
};

// An action on a fire device: a defect found at an inspection (key `inspection|…`,
// src/floorplan/register/actionKeys.ts) or a failing finding about the device (its finding key)
// gets an owner, a due date and a note as an open review; closing it marks the review accepted.
// One command each, so the register's "raise action" and "done" are one undo step.
import { isInspectionActionKey, parseFindingKey } from '../register/actionKeys.ts';
import type { Review } from '../types.ts';
import { isIsoDate } from './checks.ts';
import { refuse, type Command } from './command.ts';

export interface SetDeviceActionArgs {
  findingKey: string;
  owner: string;
  /** YYYY-MM-DD */
  due: string;
  /** what is to be done (for a defect: what was found) */
  note?: string;
  by?: string;
  /** ISO date-time, given by the caller so the command stays pure */
  at?: string;
}

export const setDeviceAction: Command<SetDeviceActionArgs> = {
  type: 'register/set-action',
  labelKey: 'register.commands.setAction',
  apply(draft, { findingKey, owner, due, note, by, at }) {
    if (typeof findingKey !== 'string' || !parseFindingKey(findingKey)) return refuse('rulesUi.refused.noFinding');
    const who = owner?.trim() ?? '';
    if (!who) return refuse('register.refused.noOwner');
    if (!isIsoDate(due)) return refuse('rulesUi.refused.badDue');
    const text = note?.trim() ?? '';
    if (isInspectionActionKey(findingKey) && !text) return refuse('register.refused.defectNeedsNote');
    const reviews = draft.reviews ?? [];
    const index = reviews.findIndex((r) => r.findingKey === findingKey);
    const existing = index >= 0 ? reviews[index] : undefined;
    const review: Review = {
      findingKey,
      decision: 'open',
      ...(text ? { note: text } : existing?.note ? { note: existing.note } : {}),
      ...(by ? { by } : {}),
      ...(at ? { at } : {}),
      owner: who,
      due,
    };
    if (index >= 0) reviews[index] = review;
    else reviews.push(review);
    draft.reviews = reviews;
    return undefined;
  },
};

export interface CloseDeviceActionArgs {
  findingKey: string;
  by?: string;
  at?: string;
}

export const closeDeviceAction: Command<CloseDeviceActionArgs> = {
  type: 'register/close-action',
  labelKey: 'register.commands.closeAction',
  apply(draft, { findingKey, by, at }) {
    const review = draft.reviews?.find((r) => r.findingKey === findingKey);
    if (!review || review.decision !== 'open') return refuse('rulesUi.refused.noFinding');
    review.decision = 'accepted';
    if (by) review.by = by;
    if (at) review.at = at;
    return undefined;
  },
};

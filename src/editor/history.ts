// Undo history as immer patches: each step keeps the patches that redo it and those that undo it,
// so a 20,000-seat document is never copied to remember an edit.
import type { Patch } from 'immer';

export interface HistoryStep {
  type: string;
  labelKey: string;
  patches: Patch[];
  inversePatches: Patch[];
}

export interface History {
  undo: HistoryStep[];
  redo: HistoryStep[];
}

/** Older steps are dropped beyond this; patches of big edits are not free. */
export const HISTORY_LIMIT = 200;

export const emptyHistory = (): History => ({ undo: [], redo: [] });

/** A new step clears the redo branch. */
export function pushStep(history: History, step: HistoryStep): History {
  const undo = [...history.undo, step];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(undo.length - HISTORY_LIMIT) : undo, redo: [] };
}

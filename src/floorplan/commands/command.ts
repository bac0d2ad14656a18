// A command is a named, pure edit of a plan document. The editor store runs it inside an
// immer producer, so `apply` mutates the draft freely; a refusal must leave the draft untouched
// (the store discards the draft anyway, but commands check before they write).
import type { PlanDocument } from '../types.ts';

export interface Refusal {
  /** i18n key of the reason, e.g. 'commands.refused.notFound' */
  reasonKey: string;
  /** the elements the reason is about (for highlighting) */
  elementIds: string[];
}

export type CommandOutcome = void | { refused: Refusal };

export interface Command<Args> {
  /** stable name, 'area/verb' */
  type: string;
  /** i18n key naming the edit in undo/redo tooltips */
  labelKey: string;
  apply(draft: PlanDocument, args: Args): CommandOutcome;
}

export function refuse(reasonKey: string, elementIds: string[] = []): { refused: Refusal } {
  return { refused: { reasonKey, elementIds } };
}

// A local edit into the documents: the store's change feed gives, per revision, the immer patches
// that turn the plan before into the plan after. Their paths hold list indices
// (['site','buildings',0,'floors',2,'workstations',15,'at']), which mean nothing to a peer whose
// list differs; so the patches are applied to the plan before, and the two plans are compared
// by record key (writePlan.ts): index 15 of the list before is the desk whose id it holds there,
// and only that desk's `at` is set. A splice in the middle of a list (immer writes it as a run of
// replaced indices) becomes one removed or added record, not a rewrite of those after it.
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { PlanPatch } from '../floorplan/changes.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { PLAN_MAP, type PlanDocs } from './docLayout.ts';
import type { JsonRecord } from './json.ts';
import { PLAN_SHAPE } from './planShape.ts';
import { writeRecord } from './writePlan.ts';

enablePatches();

/**
 * Applies one revision's patches (made against `before`, the plan the documents hold) to the
 * documents: one transaction on the root document and one on each floor document it touches, all
 * with `origin` (who made the edit: per-user undo will track it). Returns the plan after.
 */
export function applyPatchesToDocs(docs: PlanDocs, before: PlanDocument, patches: readonly PlanPatch[], origin: unknown): PlanDocument {
  const after = applyPatches(before, patches as Patch[]);
  writePlanChange(docs, before, after, origin);
  return after;
}

/** Writes the difference between two versions of the plan (`before` is what the documents hold). */
export function writePlanChange(docs: PlanDocs, before: PlanDocument, after: PlanDocument, origin: unknown): void {
  if (before === after) return;
  docs.root.transact(() => {
    writeRecord({ docs, origin }, docs.root.getMap(PLAN_MAP), before as unknown as JsonRecord, after as unknown as JsonRecord, PLAN_SHAPE);
  }, origin);
}

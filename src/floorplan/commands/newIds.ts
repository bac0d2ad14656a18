// Fresh ids for new elements: `${prefix}${n}` with n above every number already used with that
// prefix, skipping any id in the document (ids are document-unique). In a shared project the ids
// are in this peer's id space (idSpace.ts: `${prefix}${n}~${tag}`).
import type { PlanDocument } from '../types.ts';
import { documentIds } from './floorElements.ts';
import { freshIds } from './idSpace.ts';

export function newIds(plan: PlanDocument, prefix: string, count: number, used: Set<string> = documentIds(plan)): string[] {
  return freshIds(prefix, count, used);
}

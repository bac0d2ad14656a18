// Fresh ids for new elements: `${prefix}${n}` with n above every number already used with that
// prefix, skipping any id in the document (ids are document-unique).
import type { PlanDocument } from '../types.ts';
import { documentIds } from './floorElements.ts';

export function newIds(plan: PlanDocument, prefix: string, count: number, used: Set<string> = documentIds(plan)): string[] {
  let next = 1;
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  for (const id of used) {
    const m = pattern.exec(id);
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  const ids: string[] = [];
  while (ids.length < count) {
    const id = `${prefix}${next++}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}

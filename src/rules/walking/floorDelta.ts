// What changed between two versions of a floor, for re-checks that reuse the earlier analyses:
// whether only workstations changed, and the boxes round the desks that went and came.
// Versions are compared by content (the worker receives a fresh copy of the plan each time),
// value by value.
import { deskFootprint } from '../../floorplan/geometry/elements.ts';
import { sameData } from '../../floorplan/sameData.ts';
import type { Floor, Workstation } from '../../floorplan/types.ts';
import type { ChangedBox } from './navigation.ts';

export interface DeskDelta {
  /** workstations added, removed or changed */
  changed: number;
  /** boxes round the desks of the earlier floor that are gone or changed */
  removed: ChangedBox[];
  /** boxes round the desks of this floor that are new or changed */
  added: ChangedBox[];
  /** ids of the workstations added, removed or changed */
  changedIds: Set<string>;
}

/** A desk's box grows by this much (m): more than the navigation's obstacle margin. */
const BOX_MARGIN = 0.01;

/** Every part of two floors but their workstations holds the same data. */
function sameButDesks(a: Floor, b: Floor): boolean {
  return sameData({ ...a, workstations: undefined }, { ...b, workstations: undefined });
}

function box(ws: Workstation): ChangedBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of deskFootprint(ws)) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX: minX - BOX_MARGIN, minY: minY - BOX_MARGIN, maxX: maxX + BOX_MARGIN, maxY: maxY + BOX_MARGIN };
}

/**
 * The desks that differ between `before` and `after`, or null when anything else differs (walls,
 * doors, zones, exits… change the whole floor) or more than `limit` desks changed. Workstation
 * order does not matter to the analyses, except through ids, which are compared.
 */
export function deskDelta(before: Floor, after: Floor, limit = 64): DeskDelta | null {
  if (before === after) return { changed: 0, removed: [], added: [], changedIds: new Set() };
  if (!sameButDesks(before, after)) return null;
  // the order of workstations is the order of seat results: keep it the same
  if (before.workstations.length === after.workstations.length && before.workstations.some((w, i) => w.id !== after.workstations[i]!.id)) return null;
  const removed: ChangedBox[] = [];
  const added: ChangedBox[] = [];
  let changed = 0;
  const changedIds = new Set<string>();
  const afterById = new Map(after.workstations.map((w) => [w.id, w]));
  const beforeIds = new Set(before.workstations.map((w) => w.id));
  for (const ws of before.workstations) {
    if (sameData(ws, afterById.get(ws.id))) continue;
    if (++changed > limit) return null;
    changedIds.add(ws.id);
    removed.push(box(ws));
    const moved = afterById.get(ws.id);
    if (moved) added.push(box(moved));
  }
  for (const ws of after.workstations) {
    if (beforeIds.has(ws.id)) continue;
    if (++changed > limit) return null;
    changedIds.add(ws.id);
    added.push(box(ws));
  }
  return { changed, removed, added, changedIds };
}

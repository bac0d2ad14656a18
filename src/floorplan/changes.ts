// What an edit touched, read from the paths of the patches the command already produced (immer
// patches: `{ op, path, value }`). One function, used by the live checks on the page (which floor
// to re-check), by the rules worker (which collections and elements of that floor changed) and by
// anything else that follows edits, so "what changed" is worked out once, the same way.
import type { PlanDocument } from './types.ts';

/** The shape of an immer patch, without depending on immer here. */
export interface PlanPatch {
  op: 'add' | 'remove' | 'replace';
  path: (string | number)[];
  value?: unknown;
}

/** One floor's share of a change. */
export interface FloorTouch {
  buildingId: string;
  floorId: string;
  /** the floor's element collections that changed ('workstations', 'walls', …) */
  collections: Set<string>;
  /** ids of elements changed, added or removed (when they could be told from the patches) */
  ids: Set<string>;
  /** floor fields that changed (not collections): 'name', 'underlay', … */
  fields: Set<string>;
}

/**
 * `none`: nothing a check reads changed (reviews, the plan's name or report language);
 * `floors`: only what is inside these floors changed, and none of the facts building and site
 * rules read from a floor (level, height, elevation);
 * `full`: anything else (site, buildings, the list of floors, settings, inspections, …).
 */
export type PlanChangeSet =
  | { kind: 'none' }
  | { kind: 'floors'; floors: FloorTouch[] }
  | { kind: 'full' };

/** Top-level plan fields no rule reads. */
const UNCHECKED_TOP = new Set(['reviews', 'name', 'locale']);
/** Floor fields building and site rules read: a change of one re-checks everything. */
const BUILDING_FACTS = new Set(['id', 'level', 'height', 'elevation']);

interface Indexed {
  id?: unknown;
}

function idAt(list: unknown, index: unknown): string | null {
  if (!Array.isArray(list) || typeof index !== 'number') return null;
  const item = list[index] as Indexed | undefined;
  return item && typeof item.id === 'string' ? item.id : null;
}

/**
 * The change a list of patches makes to `before`, giving `after`. Element ids are read from
 * `after` (added and changed elements) and from `before` (removed ones) when given; building and
 * floor ids come from `after` (a patch list that adds or removes floors is `full`).
 */
export function changeOfPatches(patches: readonly PlanPatch[], after: PlanDocument, before?: PlanDocument): PlanChangeSet {
  const floors = new Map<string, FloorTouch>();
  for (const patch of patches) {
    const [top, second, bi, third, fi, key, index] = patch.path;
    if (typeof top !== 'string') return { kind: 'full' };
    if (UNCHECKED_TOP.has(top)) continue;
    if (top !== 'site' || second !== 'buildings' || third !== 'floors' || typeof bi !== 'number' || typeof fi !== 'number') return { kind: 'full' };
    if (key === undefined || typeof key !== 'string' || BUILDING_FACTS.has(key)) return { kind: 'full' };
    const building = after.site.buildings[bi];
    const floor = building?.floors[fi];
    if (!building || !floor) return { kind: 'full' };
    const at = `${building.id}\u0000${floor.id}`;
    let touch = floors.get(at);
    if (!touch) floors.set(at, (touch = { buildingId: building.id, floorId: floor.id, collections: new Set(), ids: new Set(), fields: new Set() }));
    const value = (floor as unknown as Record<string, unknown>)[key];
    const wasValue = before ? (before.site.buildings[bi]?.floors[fi] as unknown as Record<string, unknown> | undefined)?.[key] : undefined;
    if (Array.isArray(value) || Array.isArray(wasValue)) {
      touch.collections.add(key);
      if (index === 'length') continue;
      const now = idAt(value, index);
      if (now) touch.ids.add(now);
      const was = idAt(wasValue, index);
      if (was) touch.ids.add(was);
      // a whole element replaced or added carries its id in the value
      const carried = (patch.value as Indexed | undefined)?.id;
      if (patch.path.length === 7 && typeof carried === 'string') touch.ids.add(carried);
    } else {
      touch.fields.add(key);
    }
  }
  return floors.size === 0 ? { kind: 'none' } : { kind: 'floors', floors: [...floors.values()] };
}

/** Two changes one after the other, as one. */
export function mergeChanges(a: PlanChangeSet, b: PlanChangeSet): PlanChangeSet {
  if (a.kind === 'full' || b.kind === 'full') return { kind: 'full' };
  if (a.kind === 'none') return b;
  if (b.kind === 'none') return a;
  const floors = new Map<string, FloorTouch>();
  for (const t of [...a.floors, ...b.floors]) {
    const at = `${t.buildingId}\u0000${t.floorId}`;
    const kept = floors.get(at);
    if (!kept) floors.set(at, { ...t, collections: new Set(t.collections), ids: new Set(t.ids), fields: new Set(t.fields) });
    else {
      for (const c of t.collections) kept.collections.add(c);
      for (const id of t.ids) kept.ids.add(id);
      for (const f of t.fields) kept.fields.add(f);
    }
  }
  return { kind: 'floors', floors: [...floors.values()] };
}

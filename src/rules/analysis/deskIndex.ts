// The index of each workstation in its floor's list, by id (the last one where ids repeat, as a
// Map built from the list keeps it). A re-check asks it of the earlier floor's list, which an edit
// that moves desks leaves with the same ids in the same order as the list asked the time before:
// the index depends on that sequence of ids alone, so it is kept with a copy of the ids and
// re-used while a list holds the very same ids in the same order (one pass, no map to build).
import type { Workstation } from '../../floorplan/types.ts';

/** Indexes kept (one per floor being edited). */
const KEPT = 4;

interface KeptIndex {
  ids: string[];
  at: ReadonlyMap<string, number>;
}

const kept: KeptIndex[] = [];

function sameIds(ids: readonly string[], desks: readonly Workstation[]): boolean {
  if (ids.length !== desks.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== desks[i]!.id) return false;
  return true;
}

/** Each workstation's index in `desks` by its id. Read it, do not change it. */
export function deskIndexById(desks: readonly Workstation[]): ReadonlyMap<string, number> {
  for (let k = 0; k < kept.length; k++) {
    const index = kept[k]!;
    if (!sameIds(index.ids, desks)) continue;
    // the one asked last, tried first
    kept.splice(k, 1);
    kept.unshift(index);
    return index.at;
  }
  const ids = desks.map((ws) => ws.id);
  const at = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) at.set(ids[i]!, i);
  kept.unshift({ ids, at });
  if (kept.length > KEPT) kept.pop();
  return at;
}

// Copy one floor's layout (outline and every element) onto other floors, replacing theirs.
// Copied ids are prefixed with the target floor's id, so they stay unique in the document (and
// in a shared project carry this peer's id space: two peers copying at once keep both copies).
import { FLOOR_COLLECTIONS } from '../types.ts';
import { plainCopy, refuseUsedIds } from './checks.ts';
import { renamedLayout } from './buildingChecks.ts';
import { derivedId } from './idSpace.ts';
import { refuse, type Command } from './command.ts';
import { findFloor } from '../queries/lookup.ts';

export interface CopyFloorLayoutArgs {
  fromFloorId: string;
  toFloorIds: string[];
}

export const copyFloorLayout: Command<CopyFloorLayoutArgs> = {
  type: 'floors/copy-layout',
  labelKey: 'commands.copyFloorLayout',
  apply(draft, { fromFloorId, toFloorIds }) {
    const source = findFloor(draft, fromFloorId)?.floor;
    if (!source) return refuse('commands.refused.noFloor', [fromFloorId]);
    if (toFloorIds.length === 0) return refuse('commands.refused.empty');
    if (toFloorIds.includes(fromFloorId)) return refuse('commands.refused.sameFloor', [fromFloorId]);
    const targets = toFloorIds.map((id) => findFloor(draft, id)?.floor);
    const missing = toFloorIds.filter((_, i) => !targets[i]);
    if (missing.length) return refuse('commands.refused.noFloor', missing);
    // the targets' old elements go away, so their ids may be reused
    for (const target of targets) for (const c of FLOOR_COLLECTIONS) target![c] = [];
    const layouts = targets.map((target) => renamedLayout(source, (id) => derivedId(`${target!.id}-${id}`)));
    const clash = refuseUsedIds(draft, layouts.flatMap((l) => FLOOR_COLLECTIONS.flatMap((c) => l[c].map((e) => e.id))));
    // the store discards the draft on refusal, so clearing above is harmless then
    if (clash) return clash;
    targets.forEach((target, i) => {
      Object.assign(target!, layouts[i]);
      target!.outline = plainCopy(source.outline);
    });
    return undefined;
  },
};

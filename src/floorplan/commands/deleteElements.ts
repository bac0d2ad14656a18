// Delete floor elements by id; doors on a deleted wall go with it.
import { FLOOR_COLLECTIONS } from '../types.ts';
import { refuse, type Command } from './command.ts';
import { elementsWithIds, floorById } from './floorElements.ts';

export interface DeleteElementsArgs {
  floorId: string;
  ids: string[];
}

export const deleteElements: Command<DeleteElementsArgs> = {
  type: 'elements/delete',
  labelKey: 'commands.delete',
  apply(draft, { floorId, ids }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const doomed = new Set(ids);
    const found = elementsWithIds(floor, doomed);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) return refuse('commands.refused.notFound', missing);
    for (const door of floor.doors) if (door.wall !== undefined && doomed.has(door.wall)) doomed.add(door.id);
    for (const collection of FLOOR_COLLECTIONS) {
      const list = floor[collection] as { id: string }[];
      if (list.some((e) => doomed.has(e.id))) {
        (floor as unknown as Record<string, unknown>)[collection] = list.filter((e) => !doomed.has(e.id));
      }
    }
    return undefined;
  },
};

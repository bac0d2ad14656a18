// Replace a floor's outline (vertex edits); a self-crossing or degenerate outline is refused.
import type { Polygon } from '../types.ts';
import { isValidPolygonValue } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface EditOutlineArgs {
  floorId: string;
  outline: Polygon;
}

export const editOutline: Command<EditOutlineArgs> = {
  type: 'floor/edit-outline',
  labelKey: 'commands.editOutline',
  apply(draft, { floorId, outline }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (!isValidPolygonValue(outline)) return refuse('commands.refused.badPolygon', [floorId]);
    floor.outline = structuredClone(outline);
    return undefined;
  },
};

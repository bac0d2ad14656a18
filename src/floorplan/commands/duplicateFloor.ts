// Duplicate a floor to a new level of the same building: same outline and layout, element ids
// prefixed with the new floor's id (in this peer's id space when shared), elevation stepped by the
// source floor's height per level.
import { plainCopy, refuseUsedIds } from './checks.ts';
import { idsOfFloor, renamedLayout } from './buildingChecks.ts';
import { derivedId } from './idSpace.ts';
import { refuse, type Command } from './command.ts';
import { findFloor } from '../queries/lookup.ts';

export interface DuplicateFloorArgs {
  floorId: string;
  newFloorId: string;
  level: number;
  name: string;
}

export const duplicateFloor: Command<DuplicateFloorArgs> = {
  type: 'floors/duplicate',
  labelKey: 'commands.duplicateFloor',
  apply(draft, { floorId, newFloorId, level, name }) {
    const ref = findFloor(draft, floorId);
    if (!ref) return refuse('commands.refused.noFloor');
    if (!Number.isInteger(level)) return refuse('commands.refused.badNumber');
    if (typeof name !== 'string' || name.trim() === '') return refuse('commands.refused.noName');
    if (ref.building.floors.some((f) => f.level === level)) return refuse('commands.refused.levelTaken', [floorId]);
    const source = ref.floor;
    const copy = {
      ...plainCopy(source),
      ...renamedLayout(source, (id) => derivedId(`${newFloorId}-${id}`)),
      id: newFloorId,
      name,
      level,
      elevation: Math.round((source.elevation + (level - source.level) * source.height) * 1e6) / 1e6,
    };
    const clash = refuseUsedIds(draft, idsOfFloor(copy));
    if (clash) return clash;
    ref.building.floors.push(copy);
    return undefined;
  },
};

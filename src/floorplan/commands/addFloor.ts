// Add a floor to a building. Two floors of one building may not share a level.
import type { Floor } from '../types.ts';
import { refuseUsedIds } from './checks.ts';
import { floorProblem, idsOfFloor } from './buildingChecks.ts';
import { refuse, type Command } from './command.ts';

export interface AddFloorArgs {
  buildingId: string;
  floor: Floor;
}

export const addFloor: Command<AddFloorArgs> = {
  type: 'floors/add',
  labelKey: 'commands.addFloor',
  apply(draft, { buildingId, floor }) {
    const building = draft.site.buildings.find((b) => b.id === buildingId);
    if (!building) return refuse('commands.refused.notFound', [buildingId]);
    const problem = floorProblem(floor);
    if (problem) return refuse(problem, [floor.id]);
    if (building.floors.some((f) => f.level === floor.level)) return refuse('commands.refused.levelTaken', [floor.id]);
    const clash = refuseUsedIds(draft, idsOfFloor(floor));
    if (clash) return clash;
    building.floors.push(structuredClone(floor));
    return undefined;
  },
};

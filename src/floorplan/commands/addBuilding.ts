// Add a building drawn by its footprint (usually with a first floor whose outline is the footprint).
import type { Building } from '../types.ts';
import { isValidPolygonValue, refuseUsedIds } from './checks.ts';
import { buildingPropsProblem, floorProblem, idsOfFloor } from './buildingChecks.ts';
import { refuse, type Command } from './command.ts';

export interface AddBuildingArgs {
  building: Building;
}

export const addBuilding: Command<AddBuildingArgs> = {
  type: 'buildings/add',
  labelKey: 'commands.addBuilding',
  apply(draft, { building }) {
    if (!isValidPolygonValue(building.footprint)) return refuse('commands.refused.badPolygon', [building.id]);
    const problem = buildingPropsProblem(building);
    if (problem) return refuse(problem, [building.id]);
    for (const floor of building.floors) {
      const floorIssue = floorProblem(floor);
      if (floorIssue) return refuse(floorIssue, [floor.id]);
    }
    const clash = refuseUsedIds(draft, [building.id, ...building.floors.flatMap(idsOfFloor)]);
    if (clash) return clash;
    draft.site.buildings.push(structuredClone(building));
    return undefined;
  },
};

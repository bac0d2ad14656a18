// Change a building's name, height, sprinklers or fire-resistance grade.
import type { Building } from '../types.ts';
import { buildingPropsProblem } from './buildingChecks.ts';
import { refuse, type Command } from './command.ts';

export interface SetBuildingPropsArgs {
  buildingId: string;
  props: Partial<Pick<Building, 'name' | 'height' | 'sprinklered' | 'fireResistanceGrade'>>;
}

const EDITABLE = new Set(['name', 'height', 'sprinklered', 'fireResistanceGrade']);

export const setBuildingProps: Command<SetBuildingPropsArgs> = {
  type: 'buildings/set-props',
  labelKey: 'commands.setBuildingProps',
  apply(draft, { buildingId, props }) {
    const building = draft.site.buildings.find((b) => b.id === buildingId);
    if (!building) return refuse('commands.refused.notFound', [buildingId]);
    const unknown = Object.keys(props).filter((k) => !EDITABLE.has(k));
    if (unknown.length) return refuse('commands.refused.badKind', [buildingId]);
    const problem = buildingPropsProblem(props);
    if (problem) return refuse(problem, [buildingId]);
    Object.assign(building, props);
    return undefined;
  },
};

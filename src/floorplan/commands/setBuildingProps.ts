// Change a building's name, height, sprinklers (and their hazard class), fire-resistance grade or
// the storeys it has above ground.
import { SPRINKLER_HAZARDS, type Building } from '../types.ts';
import { buildingPropsProblem } from './buildingChecks.ts';
import { refuse, type Command } from './command.ts';

/** `undefined` for `sprinklerHazard` or `storeys` clears it (back to the default the field names). */
export interface SetBuildingPropsArgs {
  buildingId: string;
  props: Partial<Pick<Building, 'name' | 'height' | 'sprinklered' | 'fireResistanceGrade' | 'sprinklerHazard' | 'storeys'>>;
}

const EDITABLE = new Set(['name', 'height', 'sprinklered', 'fireResistanceGrade', 'sprinklerHazard', 'storeys']);

/** Why the version-3 building fields are not acceptable, or null. */
function safetyPropsProblem(props: SetBuildingPropsArgs['props']): string | null {
  const { sprinklerHazard, storeys } = props;
  if (sprinklerHazard !== undefined && !SPRINKLER_HAZARDS.includes(sprinklerHazard)) return 'commands.refused.badHazard';
  if (storeys !== undefined && !(typeof storeys === 'number' && Number.isInteger(storeys) && storeys >= 1)) return 'commands.refused.badStoreys';
  return null;
}

export const setBuildingProps: Command<SetBuildingPropsArgs> = {
  type: 'buildings/set-props',
  labelKey: 'commands.setBuildingProps',
  apply(draft, { buildingId, props }) {
    const building = draft.site.buildings.find((b) => b.id === buildingId);
    if (!building) return refuse('commands.refused.notFound', [buildingId]);
    const unknown = Object.keys(props).filter((k) => !EDITABLE.has(k));
    if (unknown.length) return refuse('commands.refused.badKind', [buildingId]);
    const problem = buildingPropsProblem(props) ?? safetyPropsProblem(props);
    if (problem) return refuse(problem, [buildingId]);
    for (const [key, value] of Object.entries(props)) {
      // a cleared optional field leaves the file, not as `undefined`
      if (value === undefined) delete (building as unknown as Record<string, unknown>)[key];
      else (building as unknown as Record<string, unknown>)[key] = value;
    }
    return undefined;
  },
};

// Checks shared by the building and floor commands.
import { FLOOR_COLLECTIONS, type Building, type Floor } from '../types.ts';
import { isFiniteNumber, isPositive, isValidPolygonValue, plainCopy } from './checks.ts';

export const FIRE_RESISTANCE_GRADES = [1, 2, 3, 4] as const;

export function buildingPropsProblem(props: Partial<Pick<Building, 'name' | 'height' | 'sprinklered' | 'fireResistanceGrade'>>): string | null {
  if (props.name !== undefined && (typeof props.name !== 'string' || props.name.trim() === '')) return 'commands.refused.noName';
  if (props.height !== undefined && !isPositive(props.height)) return 'commands.refused.badNumber';
  if (props.sprinklered !== undefined && typeof props.sprinklered !== 'boolean') return 'commands.refused.badKind';
  if (props.fireResistanceGrade !== undefined && !FIRE_RESISTANCE_GRADES.includes(props.fireResistanceGrade)) return 'commands.refused.badKind';
  return null;
}

export function floorProblem(floor: Floor): string | null {
  if (typeof floor.name !== 'string' || floor.name.trim() === '') return 'commands.refused.noName';
  if (!Number.isInteger(floor.level)) return 'commands.refused.badNumber';
  if (!isFiniteNumber(floor.elevation) || !isPositive(floor.height) || !isPositive(floor.clearHeight)) return 'commands.refused.badNumber';
  if (floor.clearHeight > floor.height) return 'commands.refused.badHeights';
  if (!isValidPolygonValue(floor.outline)) return 'commands.refused.badPolygon';
  return null;
}

/** Every id a floor brings into the document: its own and its elements'. */
export function idsOfFloor(floor: Floor): string[] {
  return [floor.id, ...FLOOR_COLLECTIONS.flatMap((c) => floor[c].map((e) => e.id))];
}

/** A floor's element collections copied with ids renamed by `rename` (door→wall links follow). */
export function renamedLayout(source: Floor, rename: (id: string) => string): Pick<Floor, (typeof FLOOR_COLLECTIONS)[number]> {
  const layout = Object.fromEntries(FLOOR_COLLECTIONS.map((c) => [c, plainCopy(source[c])])) as Pick<Floor, (typeof FLOOR_COLLECTIONS)[number]>;
  for (const collection of FLOOR_COLLECTIONS) for (const element of layout[collection]) element.id = rename(element.id);
  for (const door of layout.doors) if (door.wall !== undefined) door.wall = rename(door.wall);
  return layout;
}

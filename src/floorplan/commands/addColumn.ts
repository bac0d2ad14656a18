// Add a structural column: any simple polygon (usually a small rectangle) standing floor to
// ceiling. Columns block walking paths and desks (rules/walking/freeSpace.ts).
import type { Column } from '../types.ts';
import { isValidPolygonValue, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface AddColumnArgs {
  floorId: string;
  column: Column;
}

/** Why a column (new or edited) is not acceptable, or null. */
export function columnProblem(column: Column): string | null {
  return isValidPolygonValue(column.polygon) ? null : 'commands.refused.badPolygon';
}

export const addColumn: Command<AddColumnArgs> = {
  type: 'columns/add',
  labelKey: 'commands.addColumn',
  apply(draft, { floorId, column }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const problem = columnProblem(column);
    if (problem) return refuse(problem, [column.id]);
    const clash = refuseUsedIds(draft, [column.id]);
    if (clash) return clash;
    floor.columns.push(structuredClone(column));
    return undefined;
  },
};

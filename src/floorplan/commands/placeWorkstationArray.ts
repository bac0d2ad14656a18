// Place a block of workstations (from the array tool, or a single desk) as one command.
// Every desk must be well formed and have its centre on the floor plate.
import { pointInPolygon } from '../geometry/polygon.ts';
import { ROLES, type Workstation } from '../types.ts';
import { isFiniteNumber, isPoint, isPositive, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface PlaceWorkstationsArgs {
  floorId: string;
  workstations: Workstation[];
}

export function workstationProblem(ws: Workstation): string | null {
  if (!isPoint(ws.at) || !isFiniteNumber(ws.rotation)) return 'commands.refused.badNumber';
  if (!Array.isArray(ws.size) || !isPositive(ws.size[0]) || !isPositive(ws.size[1])) return 'commands.refused.badNumber';
  if (!ROLES.includes(ws.role)) return 'commands.refused.badKind';
  return null;
}

export const placeWorkstations: Command<PlaceWorkstationsArgs> = {
  type: 'workstations/place',
  labelKey: 'commands.placeWorkstations',
  apply(draft, { floorId, workstations }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (workstations.length === 0) return refuse('commands.refused.empty');
    for (const ws of workstations) {
      const problem = workstationProblem(ws);
      if (problem) return refuse(problem, [ws.id]);
    }
    const outside = workstations.filter((ws) => !pointInPolygon(ws.at, floor.outline)).map((ws) => ws.id);
    if (outside.length) return refuse('commands.refused.outsideFloor', outside);
    const clash = refuseUsedIds(draft, workstations.map((ws) => ws.id));
    if (clash) return clash;
    for (const ws of workstations) floor.workstations.push(structuredClone(ws));
    return undefined;
  },
};

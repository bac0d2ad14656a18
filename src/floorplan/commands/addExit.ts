// Add a safe exit (安全出口): a door to outside on the outline or the door of a stair core.
import { EXIT_KINDS, type Exit, type Floor } from '../types.ts';
import { isPoint, isPositive, onPolygonBoundary, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface AddExitArgs {
  floorId: string;
  exit: Exit;
}

export function exitProblem(floor: Floor, exit: Exit): string | null {
  if (!isPoint(exit.at) || !isPositive(exit.width)) return 'commands.refused.badNumber';
  if (!EXIT_KINDS.includes(exit.kind)) return 'commands.refused.badKind';
  const onCore = floor.cores.some((core) => onPolygonBoundary(exit.at, core.polygon));
  if (!onPolygonBoundary(exit.at, floor.outline) && !onCore) return 'commands.refused.notOnOutlineOrCore';
  return null;
}

export const addExit: Command<AddExitArgs> = {
  type: 'exits/add',
  labelKey: 'commands.addExit',
  apply(draft, { floorId, exit }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const problem = exitProblem(floor, exit);
    if (problem) return refuse(problem, [exit.id]);
    const clash = refuseUsedIds(draft, [exit.id]);
    if (clash) return clash;
    floor.exits.push(structuredClone(exit));
    return undefined;
  },
};

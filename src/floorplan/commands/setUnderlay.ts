// Set, change or remove (null) the drawing traced under a floor.
import type { Underlay } from '../types.ts';
import { isFiniteNumber, isFraction, isPoint, isPositive } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface SetUnderlayArgs {
  floorId: string;
  underlay: Underlay | null;
}

export function underlayProblem(u: Underlay): string | null {
  if (u.kind !== 'image' && u.kind !== 'dxf') return 'commands.refused.badKind';
  if (typeof u.source !== 'string' || u.source === '') return 'commands.refused.empty';
  if (!isPoint(u.origin) || !isPositive(u.scale) || !isFiniteNumber(u.rotation)) return 'commands.refused.badNumber';
  if (!isFraction(u.opacity)) return 'commands.refused.badFraction';
  if (typeof u.locked !== 'boolean' || typeof u.visible !== 'boolean') return 'commands.refused.badKind';
  return null;
}

export const setUnderlay: Command<SetUnderlayArgs> = {
  type: 'floor/set-underlay',
  labelKey: 'commands.setUnderlay',
  apply(draft, { floorId, underlay }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (underlay === null) {
      if (floor.underlay === undefined) return undefined;
      delete floor.underlay;
      return undefined;
    }
    const problem = underlayProblem(underlay);
    if (problem) return refuse(problem, [floorId]);
    floor.underlay = structuredClone(underlay);
    return undefined;
  },
};

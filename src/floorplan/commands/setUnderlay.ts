// Set, change or remove (null) the drawing traced under a floor.
import type { Underlay } from '../types.ts';
import { DRAWING_HASH_PATTERN } from '../underlay/drawingContent.ts';
import { isFiniteNumber, isFraction, isPoint, isPositive } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface SetUnderlayArgs {
  floorId: string;
  underlay: Underlay | null;
}

export function underlayProblem(u: Underlay): string | null {
  if (u.kind !== 'image' && u.kind !== 'dxf') return 'commands.refused.badKind';
  // the drawing is named by its hash (stored beside the plan); an inline copy, if any, is not empty
  const d = u.drawing as Partial<Underlay['drawing']> | undefined;
  if (!d || typeof d.hash !== 'string' || !DRAWING_HASH_PATTERN.test(d.hash) || typeof d.name !== 'string' || typeof d.mime !== 'string' || !Number.isInteger(d.bytes)) return 'commands.refused.empty';
  if (u.source !== undefined && (typeof u.source !== 'string' || u.source === '')) return 'commands.refused.empty';
  if (!isPoint(u.origin) || !isPositive(u.scale) || !isFiniteNumber(u.rotation)) return 'commands.refused.badNumber';
  if (!isFraction(u.opacity)) return 'commands.refused.badFraction';
  if (typeof u.locked !== 'boolean' || typeof u.visible !== 'boolean') return 'commands.refused.badKind';
  if (u.hiddenLayers !== undefined && (!Array.isArray(u.hiddenLayers) || !u.hiddenLayers.every((l) => typeof l === 'string'))) return 'commands.refused.badKind';
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
    // change only the fields that differ, so a fade or a move does not copy an inline drawing into history
    const current = floor.underlay;
    if (current) {
      const target = current as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(underlay)) {
        const same = typeof value === 'object' ? JSON.stringify(target[key]) === JSON.stringify(value) : target[key] === value;
        if (!same) target[key] = structuredClone(value);
      }
      for (const key of Object.keys(target)) if (!(key in underlay)) delete target[key];
      return undefined;
    }
    floor.underlay = structuredClone(underlay);
    return undefined;
  },
};

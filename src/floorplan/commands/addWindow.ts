// Add glazing along one edge of the outline, with sill and head heights and an openable fraction.
import type { Floor, WindowPane } from '../types.ts';
import { isFiniteNumber, isFraction, isPoint, outlineEdgeHolding, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface AddWindowArgs {
  floorId: string;
  window: WindowPane;
}

export function windowProblem(floor: Floor, pane: WindowPane): string | null {
  if (!isPoint(pane.a) || !isPoint(pane.b) || !isFiniteNumber(pane.sill) || !isFiniteNumber(pane.head)) return 'commands.refused.badNumber';
  if (Math.hypot(pane.b[0] - pane.a[0], pane.b[1] - pane.a[1]) < 0.1) return 'commands.refused.windowTooShort';
  if (pane.sill < 0 || pane.head <= pane.sill || pane.head > floor.height) return 'commands.refused.badHeights';
  if (pane.openable !== undefined && !isFraction(pane.openable)) return 'commands.refused.badFraction';
  if (outlineEdgeHolding(floor, pane.a, pane.b) < 0) return 'commands.refused.notOnOutline';
  return null;
}

export const addWindow: Command<AddWindowArgs> = {
  type: 'windows/add',
  labelKey: 'commands.addWindow',
  apply(draft, { floorId, window: pane }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const problem = windowProblem(floor, pane);
    if (problem) return refuse(problem, [pane.id]);
    const clash = refuseUsedIds(draft, [pane.id]);
    if (clash) return clash;
    floor.windows.push(structuredClone(pane));
    return undefined;
  },
};

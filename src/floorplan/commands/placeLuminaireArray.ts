// Place a grid of ceiling luminaires as one command.
import { pointInPolygon } from '../geometry/polygon.ts';
import type { Luminaire } from '../types.ts';
import { isFiniteNumber, isPoint, isPositive, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';
import { offFloorReason } from './staysOnFloor.ts';

export interface PlaceLuminairesArgs {
  floorId: string;
  luminaires: Luminaire[];
}

export function luminaireProblem(l: Luminaire): string | null {
  if (!isPoint(l.at) || !isPositive(l.mount)) return 'commands.refused.badNumber';
  if (!isFiniteNumber(l.flux) || l.flux < 0 || !isFiniteNumber(l.power) || l.power < 0) return 'commands.refused.badNumber';
  return null;
}

export const placeLuminaires: Command<PlaceLuminairesArgs> = {
  type: 'luminaires/place',
  labelKey: 'commands.placeLuminaires',
  apply(draft, { floorId, luminaires }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (luminaires.length === 0) return refuse('commands.refused.empty');
    for (const l of luminaires) {
      const problem = luminaireProblem(l);
      if (problem) return refuse(problem, [l.id]);
      if (l.mount > floor.height) return refuse('commands.refused.badHeights', [l.id]);
    }
    const outside = luminaires.filter((l) => !pointInPolygon(l.at, floor.outline)).map((l) => l.id);
    if (outside.length) return refuse(offFloorReason('luminaires'), outside);
    const clash = refuseUsedIds(draft, luminaires.map((l) => l.id));
    if (clash) return clash;
    for (const l of luminaires) floor.luminaires.push(structuredClone(l));
    return undefined;
  },
};

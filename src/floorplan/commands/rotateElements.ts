// Rotate floor elements about a centre (the R key turns the selection by 90° about its middle).
import type { Point } from '../types.ts';
import { isFiniteNumber, isPoint } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { elementsWithIds, floorById } from './floorElements.ts';
import { refuseLeavingFloor } from './staysOnFloor.ts';
import { rotationAbout, transformElement } from './transformElements.ts';

export interface RotateElementsArgs {
  floorId: string;
  ids: string[];
  center: Point;
  /** counter-clockwise */
  degrees: number;
}

export const rotateElements: Command<RotateElementsArgs> = {
  type: 'elements/rotate',
  labelKey: 'commands.rotate',
  apply(draft, { floorId, ids, center, degrees }) {
    if (!isFiniteNumber(degrees) || !isPoint(center)) return refuse('commands.refused.badNumber', ids);
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const found = elementsWithIds(floor, new Set(ids));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) return refuse('commands.refused.notFound', missing);
    const turn = rotationAbout(center, degrees);
    const leaving = refuseLeavingFloor(found.values(), floor.outline, turn);
    if (leaving) return leaving;
    for (const { element } of found.values()) transformElement(element, turn, degrees);
    // doors stay on the wall they sit on
    const turnedWalls = new Set([...found.values()].filter((e) => e.collection === 'walls').map((e) => e.element.id));
    for (const door of floor.doors) {
      if (door.wall !== undefined && turnedWalls.has(door.wall) && !found.has(door.id)) door.at = turn(door.at);
    }
    return undefined;
  },
};

// Move floor elements (desks, walls, zones, devices…) by (dx, dy) metres.
import type { FloorElement, Point } from '../types.ts';
import { refuse, type Command } from './command.ts';
import { elementsWithIds, floorById } from './floorElements.ts';
import { refuseLeavingFloor } from './staysOnFloor.ts';

export interface MoveElementsArgs {
  floorId: string;
  ids: string[];
  dx: number;
  dy: number;
}

function shifted(p: Point, dx: number, dy: number): Point {
  return [p[0] + dx, p[1] + dy];
}

function moveElement(element: FloorElement, dx: number, dy: number): void {
  if ('at' in element) element.at = shifted(element.at, dx, dy);
  if ('a' in element) {
    element.a = shifted(element.a, dx, dy);
    element.b = shifted(element.b, dx, dy);
  }
  if ('polygon' in element) element.polygon = element.polygon.map((p) => shifted(p, dx, dy));
}

export const moveElements: Command<MoveElementsArgs> = {
  type: 'elements/move',
  labelKey: 'commands.move',
  apply(draft, { floorId, ids, dx, dy }) {
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) return refuse('commands.refused.badNumber', ids);
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const found = elementsWithIds(floor, new Set(ids));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) return refuse('commands.refused.notFound', missing);
    // Desks, luminaires and devices must stay on the floor plate: their point may not leave the outline.
    const leaving = refuseLeavingFloor(found.values(), floor.outline, (p) => shifted(p, dx, dy));
    if (leaving) return leaving;

    for (const { element } of found.values()) moveElement(element, dx, dy);
    // Doors ride along with the wall they sit on.
    const movedWalls = new Set([...found.values()].filter((e) => e.collection === 'walls').map((e) => e.element.id));
    for (const door of floor.doors) {
      if (door.wall !== undefined && movedWalls.has(door.wall) && !found.has(door.id)) door.at = shifted(door.at, dx, dy);
    }
    return undefined;
  },
};

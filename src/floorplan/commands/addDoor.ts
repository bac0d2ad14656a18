// Add a door on a wall (it cuts an opening of its width) or on the outline (it leads out).
import { wallLength } from '../geometry/elements.ts';
import { distanceToSegment } from '../geometry/polygon.ts';
import { FIRE_RATINGS, type Door, type Floor } from '../types.ts';
import { isPoint, isPositive, ON_LINE_TOLERANCE, onPolygonBoundary, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface AddDoorArgs {
  floorId: string;
  door: Door;
}

export function doorProblem(floor: Floor, door: Door): string | null {
  if (!isPoint(door.at) || !isPositive(door.width)) return 'commands.refused.badNumber';
  if (door.fireRating !== undefined && !FIRE_RATINGS.includes(door.fireRating)) return 'commands.refused.badKind';
  if (door.wall !== undefined) {
    const wall = floor.walls.find((w) => w.id === door.wall);
    if (!wall) return 'commands.refused.doorWallMissing';
    if (distanceToSegment(door.at, wall.a, wall.b) > ON_LINE_TOLERANCE) return 'commands.refused.notOnWall';
    if (door.width > wallLength(wall)) return 'commands.refused.tooWide';
    return null;
  }
  if (!onPolygonBoundary(door.at, floor.outline)) return 'commands.refused.notOnWall';
  return null;
}

export const addDoor: Command<AddDoorArgs> = {
  type: 'doors/add',
  labelKey: 'commands.addDoor',
  apply(draft, { floorId, door }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const problem = doorProblem(floor, door);
    if (problem) return refuse(problem, [door.id]);
    const clash = refuseUsedIds(draft, [door.id]);
    if (clash) return clash;
    floor.doors.push(structuredClone(door));
    return undefined;
  },
};

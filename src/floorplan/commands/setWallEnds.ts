// Set a wall's two end points exactly (the inspector's x1, y1, x2, y2 and length). The doors on
// the wall go with it: each keeps its distance from the wall's first end, pulled in where the
// wall became too short to hold it there, so every door still sits wholly on its wall.
import { distance } from '../geometry/polygon.ts';
import type { Point, Wall } from '../types.ts';
import { wallProblem } from './addWall.ts';
import { isPoint, plainCopy } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface SetWallEndsArgs {
  floorId: string;
  wallId: string;
  a: Point;
  b: Point;
}

const clean = (v: number): number => Math.round(v * 1e9) / 1e9;

/** Distance along the wall from its first end to the foot of p on the wall's line. */
export function offsetAlongWall(wall: Pick<Wall, 'a' | 'b'>, p: Point): number {
  const length = distance(wall.a, wall.b);
  if (length === 0) return 0;
  return ((p[0] - wall.a[0]) * (wall.b[0] - wall.a[0]) + (p[1] - wall.a[1]) * (wall.b[1] - wall.a[1])) / length;
}

/** The point `offset` metres along the wall from its first end. */
export function pointAlongWall(wall: Pick<Wall, 'a' | 'b'>, offset: number): Point {
  const length = distance(wall.a, wall.b) || 1;
  const t = offset / length;
  return [clean(wall.a[0] + (wall.b[0] - wall.a[0]) * t), clean(wall.a[1] + (wall.b[1] - wall.a[1]) * t)];
}

export const setWallEnds: Command<SetWallEndsArgs> = {
  type: 'walls/set-ends',
  labelKey: 'commands.setWallEnds',
  apply(draft, { floorId, wallId, a, b }) {
    if (!isPoint(a) || !isPoint(b)) return refuse('commands.refused.badNumber', [wallId]);
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const wall = floor.walls.find((w) => w.id === wallId);
    if (!wall) return refuse('commands.refused.notFound', [wallId]);
    const before = plainCopy(wall);
    const after: Wall = { ...before, a: [a[0], a[1]], b: [b[0], b[1]] };
    const problem = wallProblem(after);
    if (problem) return refuse(problem, [wallId]);
    const length = distance(after.a, after.b);
    const doors = floor.doors.filter((d) => d.wall === wallId);
    const tooWide = doors.filter((d) => d.width > length).map((d) => d.id);
    if (tooWide.length) return refuse('commands.refused.tooWide', tooWide);
    const placed = doors.map((door) => {
      const kept = Math.min(Math.max(offsetAlongWall(before, door.at), door.width / 2), length - door.width / 2);
      return pointAlongWall(after, kept);
    });
    wall.a = after.a;
    wall.b = after.b;
    doors.forEach((door, i) => (door.at = placed[i]!));
    return undefined;
  },
};

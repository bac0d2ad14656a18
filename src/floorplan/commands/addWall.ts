// Add walls to a floor; a chain of segments drawn in one go is one command (one undo step).
import { WALL_KINDS, type Wall } from '../types.ts';
import { isPoint, isPositive, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

/** Shorter segments are slips of the mouse, not walls. */
export const MIN_WALL_LENGTH = 0.05;
export const MAX_WALL_THICKNESS = 2;

export interface AddWallsArgs {
  floorId: string;
  walls: Wall[];
}

export function wallProblem(wall: Wall): string | null {
  if (!isPoint(wall.a) || !isPoint(wall.b)) return 'commands.refused.badNumber';
  if (Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]) < MIN_WALL_LENGTH) return 'commands.refused.tooShort';
  if (!WALL_KINDS.includes(wall.kind)) return 'commands.refused.badKind';
  if (wall.height !== undefined && !isPositive(wall.height)) return 'commands.refused.badNumber';
  if (wall.thickness !== undefined && !(isPositive(wall.thickness) && wall.thickness <= MAX_WALL_THICKNESS)) return 'commands.refused.badNumber';
  return null;
}

export const addWalls: Command<AddWallsArgs> = {
  type: 'walls/add',
  labelKey: 'commands.addWall',
  apply(draft, { floorId, walls }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (walls.length === 0) return refuse('commands.refused.empty');
    for (const wall of walls) {
      const problem = wallProblem(wall);
      if (problem) return refuse(problem, [wall.id]);
    }
    const clash = refuseUsedIds(draft, walls.map((w) => w.id));
    if (clash) return clash;
    for (const wall of walls) floor.walls.push(structuredClone(wall));
    return undefined;
  },
};

// Walking distance on a floor (egress analysis): the shortest path through free space from any
// point to the nearest of a set of targets (exits, doors), for the fire, reach and access rules.
// Free space and its obstacles: freeSpace.ts; the indexed geometry and the visibility graph:
// navScene.ts; the distance field over it: navField.ts.
import type { Floor, Point } from '../../floorplan/types.ts';
import { DistanceField, type FieldSeed } from './navField.ts';
import { NavScene, OBSTACLE_MARGIN } from './navScene.ts';

export interface NavTarget {
  id: string;
  /** an exit or a door: a point on a wall, a core or the outline */
  at: Point;
  width: number;
}

export interface NavResult {
  /** shortest path length through free space; Infinity when unreachable */
  walking: number;
  /** straight-line distance to the target the walking path reaches (to the nearest target when unreachable) */
  straight: number;
  /** straight-line distance to the nearest target, ignoring obstacles */
  nearestStraight: number;
  /** target reached by the shortest walking path */
  targetId: string | null;
  /** the polyline from the query point to the target (empty when unreachable) */
  path: Point[];
}

export interface FloorNavigation {
  floor: Floor;
  /** true when p is inside the outline and outside every obstacle (walls with door openings cut, cores, desks) */
  isFree(p: Point): boolean;
  /** Distance field to a fixed set of targets, built once, queried many times (thousands of occupant points). */
  field(targets: NavTarget[]): { query(p: Point): NavResult };
}

export interface NavigationOptions {
  /** desks block walking (default true) */
  includeDesks?: boolean;
}

/** A point on an edge as drawn lies this far inside the grown obstacle; snapping looks this far. */
const START_SNAP = 3 * OBSTACLE_MARGIN;
/** A target off free space (inside a wall, just outside the outline) still counts within this distance (m). */
const TARGET_REACH = 0.5;
/** A target inside a wall reaches both faces: faces up to this much farther than the nearest one count (m). */
const TARGET_FACE_SPREAD = 0.06;
/** Seeds of one target closer than this (m) are one seed. */
const SEED_MERGE = 0.01;

export function buildFloorNavigation(floor: Floor, options: NavigationOptions = {}): FloorNavigation {
  const scene = new NavScene(floor, { includeDesks: options.includeDesks ?? true });
  return {
    floor,
    isFree: (p) => scene.isFree(p[0], p[1]),
    field(targets) {
      const seeds = targets.flatMap((target, i) => targetSeeds(scene, target, i));
      const field = new DistanceField(scene, seeds);
      return { query: (p) => walk(scene, field, targets, p) };
    },
  };
}

/**
 * The free points a target is entered from. A target in free space is its own seed; one on an
 * edge (an exit on the outline or a core) is entered from the free side next to it; one inside a
 * wall from both faces of the wall.
 */
function targetSeeds(scene: NavScene, target: NavTarget, index: number): FieldSeed[] {
  const [x, y] = target.at;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
  if (scene.isStrictlyFree(x, y)) return [{ x, y, cost: 0, target: index }];
  const nearest = scene.nearestEdgeDistance(x, y, TARGET_REACH);
  if (nearest === Infinity) return [];
  const reach = scene.isFree(x, y) ? nearest + START_SNAP : Math.min(nearest + TARGET_FACE_SPREAD, TARGET_REACH);
  const seeds: FieldSeed[] = [];
  for (const c of scene.snapCandidates(x, y, reach)) {
    if (seeds.some((s) => Math.hypot(s.x - c.x, s.y - c.y) < SEED_MERGE)) continue;
    seeds.push({ x: c.x, y: c.y, cost: c.distance, target: index });
  }
  return seeds;
}

/** Where a walk from p starts: p itself in open space, or a point a hair off the edge p lies on. */
function startPoint(scene: NavScene, p: Point): Point | null {
  if (!scene.isFree(p[0], p[1])) return null;
  if (scene.isStrictlyFree(p[0], p[1])) return p;
  const snapped = scene.snapCandidates(p[0], p[1], START_SNAP)[0];
  return snapped ? [snapped.x, snapped.y] : null;
}

function walk(scene: NavScene, field: DistanceField, targets: NavTarget[], p: Point): NavResult {
  let nearestStraight = Infinity;
  for (const t of targets) nearestStraight = Math.min(nearestStraight, Math.hypot(t.at[0] - p[0], t.at[1] - p[1]));
  const unreachable: NavResult = { walking: Infinity, straight: nearestStraight, nearestStraight, targetId: null, path: [] };
  const start = startPoint(scene, p);
  if (!start) return unreachable;
  const answer = field.walkFrom(start[0], start[1]);
  if (!answer) return unreachable;
  const target = targets[answer.target]!;
  const path: Point[] = [[p[0], p[1]]];
  if (start !== p) path.push(start);
  path.push(...answer.hops);
  const last = path[path.length - 1]!;
  if (last[0] !== target.at[0] || last[1] !== target.at[1]) path.push([target.at[0], target.at[1]]);
  return {
    walking: Math.hypot(start[0] - p[0], start[1] - p[1]) + answer.distance,
    straight: Math.hypot(target.at[0] - p[0], target.at[1] - p[1]),
    nearestStraight,
    targetId: target.id,
    path,
  };
}

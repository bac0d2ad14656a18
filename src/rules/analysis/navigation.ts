// Walking distance on a floor (egress analysis): the shortest path through free space from any
// point to the nearest of a set of targets (exits, doors), for the fire, reach and access rules.
// Free space and its obstacles: freeSpace.ts; the indexed geometry and the visibility graph:
// navScene.ts; the distance field over it: navField.ts.
import type { Floor, Point } from '../../floorplan/types.ts';
import { DistanceField, type FieldAnswer, type FieldSeed } from './navField.ts';
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
  // The same occupant and grid points are walked from to several target sets: where each walk
  // starts is found once per point.
  const starts = new WeakMap<Point, Point | null>();
  const startOf = (p: Point): Point | null => {
    let start = starts.get(p);
    if (start === undefined) {
      start = startPoint(scene, p);
      starts.set(p, start);
    }
    return start;
  };
  return {
    floor,
    isFree: (p) => scene.isFree(p[0], p[1]),
    field(targets) {
      const seeds = targets.flatMap((target, i) => targetSeeds(scene, target, i));
      const field = new DistanceField(scene, seeds);
      return { query: (p) => walk(startOf, field, targets, p) };
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

function walk(startOf: (p: Point) => Point | null, field: DistanceField, targets: NavTarget[], p: Point): NavResult {
  // Nearest by squared distance, measured once: the same length as the smallest Math.hypot.
  let nearest: NavTarget | null = null;
  let nearest2 = Infinity;
  for (const t of targets) {
    const dx = t.at[0] - p[0];
    const dy = t.at[1] - p[1];
    const d2 = dx * dx + dy * dy;
    if (d2 < nearest2) {
      nearest2 = d2;
      nearest = t;
    }
  }
  const nearestStraight = nearest ? Math.hypot(nearest.at[0] - p[0], nearest.at[1] - p[1]) : Infinity;
  const start = startOf(p);
  const answer = start ? field.walkFrom(start[0], start[1]) : null;
  if (!start || !answer) return { walking: Infinity, straight: nearestStraight, nearestStraight, targetId: null, path: [] };
  const target = targets[answer.target]!;
  const walking = Math.hypot(start[0] - p[0], start[1] - p[1]) + answer.distance;
  return new WalkResult(walking, Math.hypot(target.at[0] - p[0], target.at[1] - p[1]), nearestStraight, target, p, start, answer);
}

/** A walk whose polyline is built only when read (the heat maps): the rules need the lengths alone. */
class WalkResult implements NavResult {
  readonly targetId: string;
  private built: Point[] | null = null;
  constructor(
    readonly walking: number,
    readonly straight: number,
    readonly nearestStraight: number,
    private readonly target: NavTarget,
    private readonly from: Point,
    private readonly start: Point,
    private readonly answer: FieldAnswer,
  ) {
    this.targetId = target.id;
  }

  get path(): Point[] {
    if (this.built) return this.built;
    const { from, start, target } = this;
    const line: Point[] = [[from[0], from[1]]];
    if (start !== from) line.push(start);
    line.push(...this.answer.hops);
    const last = line[line.length - 1]!;
    if (last[0] !== target.at[0] || last[1] !== target.at[1]) line.push([target.at[0], target.at[1]]);
    this.built = line;
    return line;
  }
}

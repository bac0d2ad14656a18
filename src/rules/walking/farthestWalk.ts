// The farthest walk of each group of points (a floor's seats to the nearest rest zone or toilet;
// each zone's grid points to the nearest extinguisher) and, optionally, which walks exceed a
// limit, walking as few points as bounds allow. On a long floor nearly every seat is far from the
// targets, and a far walk costs most (its candidates are many): there, walking one seat per cell
// (longestWalks.ts) cost 25 s on a 24,600-seat floor.
//
// Every point gets two bounds without a walk of its own, both from the distance field's nodes:
//  - below: every walk leaves its start through some node or seed it sees, so it is at least the
//    least of (that one's distance + the straight way to it), visibility ignored (the field's
//    lowerBoundFromBox, over the box of the points of each cell);
//  - above: a walk through any node the point sees is a walk, so it is at most the way to the node
//    (nav.link, from the point's start to the node, which starts where it lies) plus the node's
//    distance; tried on the nearest few nodes only. Points with no such node near (open rooms)
//    take a chain of links instead: walking(a) ≤ link(a, b) + walking(b) (nav.link), from one
//    point of each cell to the next, and from those to the points of their cells.
// The farthest walk is at least the largest lower bound, so a point whose upper bound is below
// that (or below a walk measured since) cannot be the farthest; nor level with it: every point
// that may tie is walked. A point over the limit by its lower bound is over, within it by its upper
// bound within; only the points the bounds leave open are walked, exactly, and the walk decides.
import FlatQueue from 'flatqueue';
import type { Point } from '../../floorplan/types.ts';
import { longestWalks, type LongestWalks } from './longestWalks.ts';
import type { DistanceField } from './navField.ts';
import type { FloorNavigation, NavField, NavTarget } from './navigation.ts';

export interface FarthestWalkOptions {
  /** side (m) of the cells whose points share one lower bound (the box of their points) */
  cell: number;
  /** walks over this are all told (over); the others within it */
  limit?: number;
}

/** Slack (m) for rounding: a point this close to the farthest walk is walked anyway. */
const SLACK = 1e-6;
/** A walk counts as over the limit past this relative tolerance (as the rules compare). */
const OVER = 1 + 1e-9;
/** Side (m) of the cells the nodes are filed in for the upper bounds; nodes in the 3 × 3 cells round a point are tried. */
const NODE_CELL = 4;
/** How many of the nearest nodes (by their distance plus the straight way) are tried for an upper bound. */
const NODE_TRIES = 6;

/**
 * Up to this many points × graph nodes, longestWalks (one walk per cell, the rest bounded by links
 * to those) costs less than the bounds here (20 against 40 ms for rest reach on a 2,154-seat
 * floor), and a remembering field (the worker's) answers every point there, for the next re-check
 * to re-use (the same limit as longestWalks'). Past it the walks dominate: 25 s against 1 s on a
 * 24,618-seat floor.
 */
const FEW_WALKS_UP_TO = 20e6;

/**
 * The farthest walk of each group of `points` to `targets` and, with a limit, every walk over it:
 * longestWalks on a small floor (or when the field's Dijkstra is not to be had), else farthestWalk.
 */
export function farthestWalks(points: readonly Point[], groups: readonly string[], targets: readonly NavTarget[], field: NavField, nav: FloorNavigation, options: FarthestWalkOptions): LongestWalks {
  const distances = points.length * nav.scene.nodeCount <= FEW_WALKS_UP_TO ? null : distanceFieldOf(nav, targets);
  if (!distances) return longestWalks(points, groups, field, nav, options);
  return farthestWalk(points, groups, field, distances, nav, options);
}

/**
 * The Dijkstra behind a field asked of `nav` for exactly this `targets` array (by identity), or
 * null when there is none: then the caller bounds another way.
 */
export function distanceFieldOf(nav: FloorNavigation, targets: readonly NavTarget[]): DistanceField | null {
  for (const entry of nav.fields.values()) if (entry.targets === targets) return entry.distanceField();
  return null;
}

/**
 * Walks (exact) where they decide the farthest walk and, with a limit, which walks are over it;
 * null for the points the bounds decide. `over[i]` is 1 when point i walks farther than the limit.
 */
export function farthestWalk(points: readonly Point[], groups: readonly string[], field: NavField, distances: DistanceField, nav: FloorNavigation, options: FarthestWalkOptions): LongestWalks {
  const n = points.length;
  const limit = options.limit ?? Infinity;
  const walks: LongestWalks['walks'] = new Array<LongestWalks['walks'][number]>(n).fill(null);
  const over = new Uint8Array(n);
  if (n === 0) return { walks, over };
  const lower = lowerBounds(points, distances, options.cell);
  const upper = upperBounds(points, distances, nav);
  chainUpperBounds(points, upper, nav, options.cell);

  // per group: a lower bound of its farthest walk (the largest lower bound, then walks measured)
  const farthest = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!(lower[i]! <= (farthest.get(groups[i]!) ?? -Infinity))) farthest.set(groups[i]!, lower[i]!);
  const mayBeFarthest = (i: number): boolean => upper[i]! >= farthest.get(groups[i]!)! - SLACK;
  const walk = (i: number) => {
    // the upper bound only saves work; an unreachable point has none (Infinity)
    const r = field.query(points[i]!, upper[i]!);
    walks[i] = r;
    if (r.walking > farthest.get(groups[i]!)!) farthest.set(groups[i]!, r.walking);
  };
  // the farthest walks: points that may reach their group's, largest upper bound first (the
  // farthest walks come early, so fewer of the rest stay open)
  const open: number[] = [];
  for (let i = 0; i < n; i++) if (mayBeFarthest(i)) open.push(i);
  open.sort((a, b) => upper[b]! - upper[a]! || a - b);
  for (const i of open) if (mayBeFarthest(i)) walk(i);
  // the limit: a point is over it by its lower bound, within it by its upper bound, else walked
  if (limit < Infinity) {
    for (let i = 0; i < n; i++) {
      // the cell's bound may be looser than the point's own (cheap here: near points have few nodes under it)
      if (!walks[i] && !(lower[i]! > limit * OVER) && upper[i]! > limit) {
        const [x, y] = points[i]!;
        lower[i] = distances.lowerBoundFromBox(x, y, x, y);
        if (!(lower[i]! > limit * OVER)) walk(i);
      }
      if (walks[i] ? walks[i]!.walking > limit * OVER : lower[i]! > limit * OVER) over[i] = 1;
    }
  }
  return { walks, over };
}

/** Per point: the field's lower bound over the box of the points in its cell. */
function lowerBounds(points: readonly Point[], distances: DistanceField, cell: number): Float64Array {
  const boxes = new Map<number, { minX: number; minY: number; maxX: number; maxY: number; bound: number }>();
  const keys = new Float64Array(points.length);
  points.forEach((p, i) => {
    const key = (Math.floor(p[0] / cell) + 0x1000000) * 0x2000000 + (Math.floor(p[1] / cell) + 0x1000000);
    keys[i] = key;
    const box = boxes.get(key);
    if (!box) boxes.set(key, { minX: p[0], minY: p[1], maxX: p[0], maxY: p[1], bound: NaN });
    else {
      box.minX = Math.min(box.minX, p[0]);
      box.minY = Math.min(box.minY, p[1]);
      box.maxX = Math.max(box.maxX, p[0]);
      box.maxY = Math.max(box.maxY, p[1]);
    }
  });
  for (const box of boxes.values()) box.bound = distances.lowerBoundFromBox(box.minX, box.minY, box.maxX, box.maxY);
  return Float64Array.from(keys, (key) => boxes.get(key)!.bound);
}

/**
 * Per point: a walk through one of the nearest nodes it sees (Infinity when none of those tried
 * does). Only nodes that are their own start point (strictly free) count, so that nav.link to one
 * is the way from the point's start to the node itself.
 */
function upperBounds(points: readonly Point[], distances: DistanceField, nav: FloorNavigation): Float64Array {
  const { scene } = nav;
  const d = distances.distance;
  const cells = new Map<number, number[]>();
  const keyOf = (cx: number, cy: number): number => (cx + 0x1000000) * 0x2000000 + (cy + 0x1000000);
  for (let v = 0; v < d.length; v++) {
    if (!(d[v]! < Infinity)) continue;
    const key = keyOf(Math.floor(scene.nodeX[v]! / NODE_CELL), Math.floor(scene.nodeY[v]! / NODE_CELL));
    const list = cells.get(key);
    if (list) list.push(v);
    else cells.set(key, [v]);
  }
  const nodePoints = new Map<number, Point | null>();
  const nodePoint = (v: number): Point | null => {
    let p = nodePoints.get(v);
    if (p === undefined) {
      const x = scene.nodeX[v]!;
      const y = scene.nodeY[v]!;
      p = scene.isFree(x, y) && scene.isStrictlyFree(x, y) ? [x, y] : null;
      nodePoints.set(v, p);
    }
    return p;
  };
  const upper = new Float64Array(points.length).fill(Infinity);
  const near: number[] = [];
  const nearKeys: number[] = [];
  points.forEach((p, i) => {
    near.length = 0;
    nearKeys.length = 0;
    const cx = Math.floor(p[0] / NODE_CELL);
    const cy = Math.floor(p[1] / NODE_CELL);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const v of cells.get(keyOf(cx + dx, cy + dy)) ?? []) {
          near.push(v);
          nearKeys.push(d[v]! + Math.hypot(scene.nodeX[v]! - p[0], scene.nodeY[v]! - p[1]));
        }
      }
    }
    const order = near.map((_, k) => k).sort((a, b) => nearKeys[a]! - nearKeys[b]! || near[a]! - near[b]!);
    let tries = 0;
    for (const k of order) {
      if (tries >= NODE_TRIES) break;
      const q = nodePoint(near[k]!);
      if (!q) continue;
      tries++;
      const link = nav.link(p, q);
      if (Number.isFinite(link)) {
        upper[i] = link + d[near[k]!]!;
        break;
      }
    }
  });
  return upper;
}

/**
 * Upper bounds for the points that have none (Infinity), through chains of links: one point per
 * cell (the first listed) takes the least link to a neighbouring cell's plus that one's bound (a
 * Dijkstra over the cells from those with a bound), then each point without one the least link to
 * the cell points round it plus theirs. A point still without one is walked.
 */
function chainUpperBounds(points: readonly Point[], upper: Float64Array, nav: FloorNavigation, cell: number): void {
  if (!upper.some((u) => u === Infinity)) return;
  const keyOf = (cx: number, cy: number): number => (cx + 0x1000000) * 0x2000000 + (cy + 0x1000000);
  const first = new Map<number, number>();
  const cellX = new Int32Array(points.length);
  const cellY = new Int32Array(points.length);
  points.forEach((p, i) => {
    cellX[i] = Math.floor(p[0] / cell);
    cellY[i] = Math.floor(p[1] / cell);
    const key = keyOf(cellX[i]!, cellY[i]!);
    if (!first.has(key)) first.set(key, i);
  });
  const linked = nav.linksAmong(points);
  const queue = new FlatQueue<number>();
  for (const r of first.values()) if (upper[r]! < Infinity) queue.push(r, upper[r]!);
  while (queue.length > 0) {
    const bound = queue.peekValue()!;
    const r = queue.pop()!;
    if (bound > upper[r]!) continue; // stale
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const s = first.get(keyOf(cellX[r]! + dx, cellY[r]! + dy));
        if (s === undefined || s === r) continue;
        const via = linked.link(s, r) + bound;
        if (via < upper[s]!) {
          upper[s] = via;
          queue.push(s, via);
        }
      }
    }
  }
  points.forEach((_, i) => {
    if (upper[i]! < Infinity) return;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const r = first.get(keyOf(cellX[i]! + dx, cellY[i]! + dy));
        if (r === undefined || r === i || !(upper[r]! < Infinity)) continue;
        const via = linked.link(i, r) + upper[r]!;
        if (via < upper[i]!) upper[i] = via;
      }
    }
  });
}

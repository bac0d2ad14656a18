// The farthest walk of each group of points (a floor's seats to the nearest rest zone or toilet;
// each zone's grid points to the nearest extinguisher) and, optionally, which walks exceed a
// limit, walking as few points as bounds allow. On a long floor nearly every seat is far from the
// targets, and a far walk costs most (its candidates are many): there, walking one seat per cell
// (longestWalks.ts) cost 25 s on a 24,600-seat floor.
//
// Every point gets two bounds without a walk of its own, both from the distance field's nodes:
//  - below: every walk leaves its start through some node or seed it sees, so it is at least the
//    least of (that one's distance + the straight way to it), visibility ignored (the field's
//    lowerBoundFromBox, over the box of the points of each cell: BoxBounds, the same numbers);
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
import type { NavScene } from './navScene.ts';
import type { FloorNavigation, NavField, NavTarget } from './navigation.ts';
import { coordinatesBox } from './coordinatesBox.ts';

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
/** Relative room (far above rounding) between a node's key by a square root and by Math.hypot. */
const ROUGH_KEY = 1e-9;

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
  const walking = new Float64Array(n).fill(NaN);
  const targetIds = new Array<string | null>(n).fill(null);
  if (n === 0) return { walks, over, walking, targetIds };
  const cells = new PointCells(points, options.cell);
  const boxBounds = new BoxBounds(distances, nav.scene);
  const lower = lowerBounds(points, cells, boxBounds);
  const upper = upperBounds(points, distances, nav);
  chainUpperBounds(points, cells, upper, nav);

  // groups by number, in order of first appearance
  const groupIds = new Map<string, number>();
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let id = groupIds.get(groups[i]!);
    if (id === undefined) groupIds.set(groups[i]!, (id = groupIds.size));
    groupOf[i] = id;
  }
  // per group: a lower bound of its farthest walk (the largest lower bound, then walks measured)
  const farthest = new Float64Array(groupIds.size).fill(-Infinity);
  for (let i = 0; i < n; i++) if (!(lower[i]! <= farthest[groupOf[i]!]!)) farthest[groupOf[i]!] = lower[i]!;
  const mayBeFarthest = (i: number): boolean => upper[i]! >= farthest[groupOf[i]!]! - SLACK;
  const walk = (i: number) => {
    // the upper bound only saves work; an unreachable point has none (Infinity)
    const r = field.query(points[i]!, upper[i]!);
    walks[i] = r;
    walking[i] = r.walking;
    targetIds[i] = r.targetId;
    if (r.walking > farthest[groupOf[i]!]!) farthest[groupOf[i]!] = r.walking;
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
        lower[i] = boxBounds.bound(x, y, x, y);
        if (!(lower[i]! > limit * OVER)) walk(i);
      }
      if (walks[i] ? walks[i]!.walking > limit * OVER : lower[i]! > limit * OVER) over[i] = 1;
    }
  }
  return { walks, over, walking, targetIds };
}

/**
 * Points filed in square cells of `side`: per cell its first point listed, in a flat table over
 * the points' box with one empty cell of margin on every side (so the 3 × 3 neighbourhood never
 * leaves it). A map keyed by cell cost more than the bounds' arithmetic on a big floor.
 */
class PointCells {
  readonly table: Int32Array;
  readonly columns: number;
  /** per point: its cell's place in the table */
  readonly slotOf: Int32Array;

  constructor(points: readonly Point[], side: number) {
    const n = points.length;
    const cellX = new Int32Array(n);
    const cellY = new Int32Array(n);
    let minCx = Infinity;
    let minCy = Infinity;
    let maxCx = -Infinity;
    let maxCy = -Infinity;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(points[i]![0] / side);
      const cy = Math.floor(points[i]![1] / side);
      cellX[i] = cx;
      cellY[i] = cy;
      if (cx < minCx) minCx = cx;
      if (cx > maxCx) maxCx = cx;
      if (cy < minCy) minCy = cy;
      if (cy > maxCy) maxCy = cy;
    }
    this.columns = maxCx - minCx + 3;
    this.table = new Int32Array(this.columns * (maxCy - minCy + 3)).fill(-1);
    this.slotOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = cellX[i]! - minCx + 1 + this.columns * (cellY[i]! - minCy + 1);
      this.slotOf[i] = at;
      if (this.table[at] === -1) this.table[at] = i;
    }
  }

  /** the first point of the cell dx, dy cells from point i's, or -1 */
  near(i: number, dx: number, dy: number): number {
    return this.table[this.slotOf[i]! + dx + this.columns * dy]!;
  }
}

/** Per point: the field's lower bound over the box of the points in its cell. */
function lowerBounds(points: readonly Point[], cells: PointCells, boxBounds: BoxBounds): Float64Array {
  const n = points.length;
  const { table, slotOf } = cells;
  // per cell, at its first point: the box of its points
  const minX = new Float64Array(n);
  const minY = new Float64Array(n);
  const maxX = new Float64Array(n);
  const maxY = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [x, y] = points[i]!;
    const r = table[slotOf[i]!]!;
    if (r === i) {
      minX[r] = maxX[r] = x;
      minY[r] = maxY[r] = y;
    } else {
      minX[r] = Math.min(minX[r]!, x);
      minY[r] = Math.min(minY[r]!, y);
      maxX[r] = Math.max(maxX[r]!, x);
      maxY[r] = Math.max(maxY[r]!, y);
    }
  }
  const lower = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = table[slotOf[i]!]!;
    lower[i] = r === i ? boxBounds.bound(minX[r]!, minY[r]!, maxX[r]!, maxY[r]!) : lower[r]!;
  }
  return lower;
}

/** About how many candidates share a bucket of BoxBounds; a block is BLOCK × BLOCK buckets. */
const PER_BUCKET = 8;
const BLOCK = 4;
const MAX_BUCKETS = 512;

/**
 * The field's lowerBoundFromBox for many boxes: the least, over its candidates (seeds and
 * reachable nodes), of the candidate's distance plus its way to the box, by the very operations
 * lowerBoundFromBox does, so the same number (a least value does not depend on the order it is
 * taken in). That scans every candidate nearer than the answer (on a big floor nearly all of
 * them, for each of thousands of boxes); here they are bucketed, buckets in blocks, and a block
 * or bucket is skipped when its least distance plus its own box's way to the box is no less
 * than the best so far: each step of that sum (gap, square, sum, root, sum) is no larger than the
 * same step for any candidate inside, and rounding keeps order, so neither is the result.
 */
export class BoxBounds {
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly distance: Float64Array;
  private readonly columns: number;
  private readonly rows: number;
  /** per bucket (row-major): where its candidates begin (one more entry: the end) */
  private readonly starts: Int32Array;
  /** per bucket, then per block: the box of its candidates (minX, minY, maxX, maxY) and their least distance */
  private readonly bucketBox: Float64Array;
  private readonly bucketLeast: Float64Array;
  private readonly blockBox: Float64Array;
  private readonly blockLeast: Float64Array;
  /** the candidate that gave the previous box its bound: the next box, a neighbour, starts from it */
  private previous = -1;

  constructor(distances: DistanceField, scene: NavScene) {
    const d = distances.distance;
    const { seeds } = distances;
    let count = seeds.length;
    for (let v = 0; v < d.length; v++) if (d[v] !== Infinity) count++;
    const x = new Float64Array(count);
    const y = new Float64Array(count);
    const distance = new Float64Array(count);
    let at = 0;
    for (const seed of seeds) {
      x[at] = seed.x;
      y[at] = seed.y;
      distance[at++] = seed.cost;
    }
    for (let v = 0; v < d.length; v++) {
      if (d[v] === Infinity) continue;
      x[at] = scene.nodeX[v]!;
      y[at] = scene.nodeY[v]!;
      distance[at++] = d[v]!;
    }
    const { minX, minY, maxX, maxY } = coordinatesBox(x, y, count);
    // at most MAX_BUCKETS a side, should the candidates lie far apart along a line
    const side = count > 0 ? Math.max(0.5, Math.max(maxX - minX, maxY - minY) / MAX_BUCKETS, Math.sqrt(((maxX - minX) * (maxY - minY) * PER_BUCKET) / count)) : 1;
    const columns = count > 0 ? Math.floor((maxX - minX) / side) + 1 : 0;
    const rows = count > 0 ? Math.floor((maxY - minY) / side) + 1 : 0;
    const buckets = columns * rows;
    const blocks = Math.ceil(columns / BLOCK) * Math.ceil(rows / BLOCK);
    const bucketOf = new Int32Array(count);
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < count; i++) {
      bucketOf[i] = Math.floor((x[i]! - minX) / side) + columns * Math.floor((y[i]! - minY) / side);
      starts[bucketOf[i]! + 1]!++;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const filled = starts.slice(0, buckets);
    this.x = new Float64Array(count);
    this.y = new Float64Array(count);
    this.distance = new Float64Array(count);
    const bucketBox = emptyBoxes(buckets);
    const bucketLeast = new Float64Array(buckets).fill(Infinity);
    const blockBox = emptyBoxes(blocks);
    const blockLeast = new Float64Array(blocks).fill(Infinity);
    const blockColumns = Math.ceil(columns / BLOCK);
    for (let i = 0; i < count; i++) {
      const b = bucketOf[i]!;
      const k = Math.floor((b % columns) / BLOCK) + blockColumns * Math.floor(Math.floor(b / columns) / BLOCK);
      const to = filled[b]!++;
      this.x[to] = x[i]!;
      this.y[to] = y[i]!;
      this.distance[to] = distance[i]!;
      widen(bucketBox, bucketLeast, b, x[i]!, y[i]!, distance[i]!);
      widen(blockBox, blockLeast, k, x[i]!, y[i]!, distance[i]!);
    }
    this.columns = columns;
    this.rows = rows;
    this.starts = starts;
    this.bucketBox = bucketBox;
    this.bucketLeast = bucketLeast;
    this.blockBox = blockBox;
    this.blockLeast = blockLeast;
  }

  /** the key lowerBoundFromBox gives candidate i for the box */
  private key(i: number, minX: number, minY: number, maxX: number, maxY: number): number {
    const cx = this.x[i]!;
    const cy = this.y[i]!;
    const dx = cx < minX ? minX - cx : cx > maxX ? cx - maxX : 0;
    const dy = cy < minY ? minY - cy : cy > maxY ? cy - maxY : 0;
    return this.distance[i]! + Math.sqrt(dx * dx + dy * dy);
  }

  /** distances.lowerBoundFromBox(minX, minY, maxX, maxY), the same number */
  bound(minX: number, minY: number, maxX: number, maxY: number): number {
    const { columns, rows, starts, bucketBox, bucketLeast, blockBox, blockLeast } = this;
    let best = this.previous >= 0 ? this.key(this.previous, minX, minY, maxX, maxY) : Infinity;
    let winner = this.previous;
    const blockColumns = Math.ceil(columns / BLOCK);
    for (let k = 0; k < blockLeast.length; k++) {
      if (!(blockLeast[k]! < best) || !(boxKey(blockBox, blockLeast, k, minX, minY, maxX, maxY) < best)) continue;
      const column = (k % blockColumns) * BLOCK;
      const row = Math.floor(k / blockColumns) * BLOCK;
      for (let r = row; r < row + BLOCK && r < rows; r++) {
        for (let c = column; c < column + BLOCK && c < columns; c++) {
          const b = c + columns * r;
          if (!(bucketLeast[b]! < best) || !(boxKey(bucketBox, bucketLeast, b, minX, minY, maxX, maxY) < best)) continue;
          for (let i = starts[b]!; i < starts[b + 1]!; i++) {
            const key = this.key(i, minX, minY, maxX, maxY);
            if (key < best) {
              best = key;
              winner = i;
            }
          }
        }
      }
    }
    this.previous = winner;
    return best;
  }
}

/** n boxes (minX, minY, maxX, maxY), each empty */
function emptyBoxes(n: number): Float64Array {
  const boxes = new Float64Array(4 * n);
  for (let k = 0; k < n; k++) boxes.set([Infinity, Infinity, -Infinity, -Infinity], 4 * k);
  return boxes;
}

/** box k and its least distance, widened to take in a candidate */
function widen(boxes: Float64Array, least: Float64Array, k: number, x: number, y: number, distance: number): void {
  boxes[4 * k] = Math.min(boxes[4 * k]!, x);
  boxes[4 * k + 1] = Math.min(boxes[4 * k + 1]!, y);
  boxes[4 * k + 2] = Math.max(boxes[4 * k + 2]!, x);
  boxes[4 * k + 3] = Math.max(boxes[4 * k + 3]!, y);
  least[k] = Math.min(least[k]!, distance);
}

/** no more than the key of any candidate in box k (its least distance plus the gap between the boxes) */
function boxKey(boxes: Float64Array, least: Float64Array, k: number, minX: number, minY: number, maxX: number, maxY: number): number {
  const gx = boxes[4 * k]! > maxX ? boxes[4 * k]! - maxX : boxes[4 * k + 2]! < minX ? minX - boxes[4 * k + 2]! : 0;
  const gy = boxes[4 * k + 1]! > maxY ? boxes[4 * k + 1]! - maxY : boxes[4 * k + 3]! < minY ? minY - boxes[4 * k + 3]! : 0;
  return least[k]! + Math.sqrt(gx * gx + gy * gy);
}

/**
 * A scene's graph nodes filed in NODE_CELL cells (node indices per cell, ascending), and the
 * point each is linked to as: one object per node for every field of the navigation, so that
 * nav.link (which remembers links by their points) measures a seat's link to a node once for the
 * rest and toilet reach alike.
 */
class NodeCells {
  readonly minCx: number;
  readonly minCy: number;
  readonly columns: number;
  readonly rows: number;
  /** per cell, where its nodes begin in `nodes` (one more entry: the end) */
  readonly starts: Int32Array;
  readonly nodes: Int32Array;
  /** per node: the point nav.link measures to, null when the node is not its own start point, undefined until asked */
  private readonly points: (Point | null | undefined)[];

  constructor(private readonly scene: NavScene) {
    const count = scene.nodeCount;
    const cellX = new Int32Array(count);
    const cellY = new Int32Array(count);
    let minCx = Infinity;
    let minCy = Infinity;
    let maxCx = -Infinity;
    let maxCy = -Infinity;
    for (let v = 0; v < count; v++) {
      const cx = Math.floor(scene.nodeX[v]! / NODE_CELL);
      const cy = Math.floor(scene.nodeY[v]! / NODE_CELL);
      cellX[v] = cx;
      cellY[v] = cy;
      if (cx < minCx) minCx = cx;
      if (cx > maxCx) maxCx = cx;
      if (cy < minCy) minCy = cy;
      if (cy > maxCy) maxCy = cy;
    }
    this.minCx = count > 0 ? minCx : 0;
    this.minCy = count > 0 ? minCy : 0;
    this.columns = count > 0 ? maxCx - minCx + 1 : 0;
    this.rows = count > 0 ? maxCy - minCy + 1 : 0;
    const starts = new Int32Array(this.columns * this.rows + 1);
    for (let v = 0; v < count; v++) starts[cellX[v]! - this.minCx + this.columns * (cellY[v]! - this.minCy) + 1]!++;
    for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1]!;
    const filled = starts.slice(0, -1);
    this.nodes = new Int32Array(count);
    for (let v = 0; v < count; v++) this.nodes[filled[cellX[v]! - this.minCx + this.columns * (cellY[v]! - this.minCy)]!++] = v;
    this.starts = starts;
    this.points = new Array<Point | null | undefined>(count);
  }

  /** Only nodes that are their own start point (strictly free) count, so that nav.link to one is the way to the node itself. */
  pointOf(v: number): Point | null {
    let p = this.points[v];
    if (p === undefined) {
      const x = this.scene.nodeX[v]!;
      const y = this.scene.nodeY[v]!;
      p = this.scene.isFree(x, y) && this.scene.isStrictlyFree(x, y) ? [x, y] : null;
      this.points[v] = p;
    }
    return p;
  }
}

const nodeCellsOf = new WeakMap<NavScene, NodeCells>();

/**
 * Per point: a walk through one of the nearest nodes it sees (Infinity when none of those tried
 * does): the nodes in the 3 × 3 NODE_CELL cells round it, by their distance plus the straight
 * way (Math.hypot), then by index, the first NODE_TRIES that are their own start point.
 */
function upperBounds(points: readonly Point[], distances: DistanceField, nav: FloorNavigation): Float64Array {
  const { scene } = nav;
  const d = distances.distance;
  let cells = nodeCellsOf.get(scene);
  if (!cells) nodeCellsOf.set(scene, (cells = new NodeCells(scene)));
  const { minCx, minCy, columns, rows, starts, nodes } = cells;
  const upper = new Float64Array(points.length).fill(Infinity);
  // the reachable nodes round a point, their keys by a square root and by Math.hypot (NaN until
  // needed: it costs many times more), grown as needed
  let near = new Int32Array(64);
  let roughKeys = new Float64Array(64);
  let keys = new Float64Array(64);
  for (let i = 0; i < points.length; i++) {
    const [px, py] = points[i]!;
    let count = 0;
    const cx = Math.floor(px / NODE_CELL) - minCx;
    const cy = Math.floor(py / NODE_CELL) - minCy;
    for (let dx = -1; dx <= 1; dx++) {
      if (cx + dx < 0 || cx + dx >= columns) continue;
      for (let dy = -1; dy <= 1; dy++) {
        if (cy + dy < 0 || cy + dy >= rows) continue;
        const cell = cx + dx + columns * (cy + dy);
        for (let k = starts[cell]!; k < starts[cell + 1]!; k++) {
          const v = nodes[k]!;
          if (!(d[v]! < Infinity)) continue;
          if (count === near.length) {
            near = grown(near, new Int32Array(2 * count));
            roughKeys = grown(roughKeys, new Float64Array(2 * count));
            keys = grown(keys, new Float64Array(2 * count));
          }
          const ex = scene.nodeX[v]! - px;
          const ey = scene.nodeY[v]! - py;
          near[count] = v;
          keys[count] = NaN;
          roughKeys[count++] = d[v]! + Math.sqrt(ex * ex + ey * ey);
        }
      }
    }
    // the least key left, then the least node, each time (a node's link usually bounds at the
    // first or second try, so sorting them all cost more). The two keys differ by a few units in
    // the last place, far less than ROUGH_KEY: the least by Math.hypot is among the nodes whose
    // rough key is within that of the least rough key, and only those need Math.hypot.
    let tries = 0;
    while (tries < NODE_TRIES && count > 0) {
      let least = 0;
      for (let k = 1; k < count; k++) if (roughKeys[k]! < roughKeys[least]!) least = k;
      const within = roughKeys[least]! + ROUGH_KEY * (1 + roughKeys[least]!);
      let m = -1;
      for (let k = 0; k < count; k++) {
        if (!(roughKeys[k]! <= within)) continue;
        const v = near[k]!;
        if (keys[k] !== keys[k]) keys[k] = d[v]! + Math.hypot(scene.nodeX[v]! - px, scene.nodeY[v]! - py);
        if (m < 0 || keys[k]! < keys[m]! || (keys[k] === keys[m] && v < near[m]!)) m = k;
      }
      const v = near[m]!;
      count--;
      near[m] = near[count]!;
      roughKeys[m] = roughKeys[count]!;
      keys[m] = keys[count]!;
      const q = cells.pointOf(v);
      if (!q) continue;
      tries++;
      const link = nav.link(points[i]!, q);
      if (Number.isFinite(link)) {
        upper[i] = link + d[v]!;
        break;
      }
    }
  }
  return upper;
}

/** `to`, holding `from` at its start. */
function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Upper bounds for the points that have none (Infinity), through chains of links: one point per
 * cell (the first listed) takes the least link to a neighbouring cell's plus that one's bound (a
 * Dijkstra over the cells from those with a bound), then each point without one the least link to
 * the cell points round it plus theirs. A point still without one is walked.
 */
function chainUpperBounds(points: readonly Point[], cells: PointCells, upper: Float64Array, nav: FloorNavigation): void {
  if (!upper.some((u) => u === Infinity)) return;
  const n = points.length;
  const linked = nav.linksAmong(points);
  const queue = new FlatQueue<number>();
  // the cells' first points, in the order they are listed
  for (let r = 0; r < n; r++) if (cells.near(r, 0, 0) === r && upper[r]! < Infinity) queue.push(r, upper[r]!);
  while (queue.length > 0) {
    const bound = queue.peekValue()!;
    const r = queue.pop()!;
    if (bound > upper[r]!) continue; // stale
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const s = cells.near(r, dx, dy);
        if (s === -1 || s === r) continue;
        const via = linked.link(s, r) + bound;
        if (via < upper[s]!) {
          upper[s] = via;
          queue.push(s, via);
        }
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (upper[i]! < Infinity) continue;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const r = cells.near(i, dx, dy);
        if (r === -1 || r === i || !(upper[r]! < Infinity)) continue;
        const via = linked.link(i, r) + upper[r]!;
        if (via < upper[i]!) upper[i] = via;
      }
    }
  }
}

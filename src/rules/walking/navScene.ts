// The indexed geometry behind walking distances: obstacle and outline edges in a flatbush index,
// point location (free or not), segment visibility, and the visibility-graph nodes (the corners
// a shortest path can bend round).
//
// Touching obstacles must block passage between them, yet exact polygon unions of thousands of
// desks are far too slow. So every obstacle is grown by OBSTACLE_MARGIN: obstacles closer than
// twice that overlap, and a path counts as blocked when it touches any grown edge. That equals
// walking round the union without computing it, and costs at most ~1e-4 m of length.
import Flatbush from 'flatbush';
import { orient2d } from 'robust-predicates';
import type { Floor, Polygon, Workstation } from '../../floorplan/types.ts';
import { segmentDistance2, signedArea, vectorLength } from '../../floorplan/geometry/polygon.ts';
import { fixedObstacles, isDeskObstacle, type ObstacleKind, type ObstacleOptions } from './freeSpace.ts';
import { BoxGrid } from './boxGrid.ts';
import { EdgeGrid, type EdgeGridUpdate } from './edgeGrid.ts';
import type { Shadows } from './shadows.ts';

/** Obstacles grow by this much (m): gaps narrower than twice it count as touching. */
export const OBSTACLE_MARGIN = 5e-5;
/** Graph nodes and snapped points sit this far (m) off the corner or edge, inside free space. */
export const NODE_NUDGE = 1e-6;
/** robust-predicates' error bound for the orientation's fast path (its ccwerrboundA). */
const ORIENT_BOUND = (3 + 16 * 1.1102230246251565e-16) * 1.1102230246251565e-16;

/*
 * The segment test below writes robust-predicates' orient2d fast path out inline: calling the
 * library for every edge boxed its arguments (most of a check's garbage). Only near-degenerate
 * cases go to the exact library function; the signs are the library's.
 */

/** A point this close (m) to an edge is on it. */
const ON_EDGE = 1e-9;
/** How far (m) a snapped point may slide along its edge to get clear of a neighbouring obstacle. */
const SNAP_SLIDES = [0, 1e-5, -1e-5, 1e-3, -1e-3];
/** Past this many nodes the node-to-node visibility table (n² bytes) is not kept. */
const MAX_SIGHT_NODES = 4000;
/** Cell size (m) of the edge grid sight lines walk, nearest cell first, so a blocked line stops early. */
const GRID_CELL = 1;

/** A graph node's numbers, six a node in a flat list: nudged corner position, and the corner's two neighbours relative to it. */
const CORNER = 6;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * An obstacle of the scene and what was worked out for it, kept for the next scene of the floor.
 * Its numbers share one typed array, a view of a block shared with other parts (a scene holds
 * thousands of obstacles, all alive while it is built: few, compact objects keep the garbage
 * collector's copying small, and a typed array of its own costs an allocation outside the heap).
 */
interface ObstaclePart {
  /** kind and id (a wall cut by doors gives several pieces: they are told apart by their order) */
  kind: string;
  id: string;
  /** the polygon as drawn, to compare with the next scene's (null for a desk: its values are compared) */
  polygon: Polygon | null;
  /** a desk (its data ends with the values its polygon is drawn from) */
  desk: boolean;
  /** corners of its rings */
  n: number;
  /**
   * the grown box (minX, minY, maxX, maxY), then the ring as drawn and the grown ring (xs, then
   * ys, each clockwise), then a desk's x, y, width, depth and rotation
   */
  data: Float64Array;
  convex: boolean;
  /** its edges no other obstacle covers (flat x0, y0, x1, y1), once worked out */
  edges: readonly number[] | null;
  /** its corners that are graph nodes (CORNER numbers each), once worked out */
  corners: readonly number[] | null;
}

/** Where a part's numbers start in its data: the box, the ring as drawn (xs, ys), the grown ring (xs, ys). */
const MIN_X = 0;
const MIN_Y = 1;
const MAX_X = 2;
const MAX_Y = 3;
const DRAWN_XS = 4;
const drawnYs = (n: number) => DRAWN_XS + n;
const grownXs = (n: number) => DRAWN_XS + 2 * n;
const grownYs = (n: number) => DRAWN_XS + 3 * n;
const deskValues = (n: number) => DRAWN_XS + 4 * n;
const DESK_VALUES = 5;
/** what most obstacles keep of their edges and corners in a bench: nothing (shared, never changed) */
const NO_EDGES: readonly number[] = Object.freeze([]);
const NO_CORNERS: readonly number[] = Object.freeze([]);

/** How far (m) a desk's bench box lies inside its grown box: well within the grown desks' overlap (2 × OBSTACLE_MARGIN), far beyond rounding. */
const BENCH_INSET = 1e-5;
/** Benches of more desks than this are not looked for (the cover check's cost grows with the cube). */
const MAX_BENCH = 64;
/** benchOf's marks: not yet worked out; in no bench of two or more desks. */
const BENCH_UNKNOWN = -2;
const NO_BENCH = -1;
/** the bench being gathered, shared by all scenes (one is gathered at a time): its desks, its inner boxes' sides */
const benchMembers = new Int32Array(MAX_BENCH + 1);
const benchXs = new Float64Array(2 * MAX_BENCH);
const benchYs = new Float64Array(2 * MAX_BENCH);

/** An obstacle farther than this (m) from every changed box keeps what was worked out for it. */
const REUSE_MARGIN = 1e-3;
/** Cell size (m) of the obstacles' box grid (point tests, neighbour searches). */
const OBSTACLE_CELL = 1;

function samePolygon(a: Polygon | null, b: Polygon): boolean {
  if (a === b) return true;
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  return true;
}

/** The outline as flat coordinates (xs, then ys), counter-clockwise: free space on the left of each edge. */
function outlineRing(polygon: Polygon): Float64Array {
  const n = polygon.length;
  const reverse = !(signedArea(polygon) > 0);
  const ring = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = polygon[reverse ? n - 1 - i : i]!;
    ring[i] = p[0];
    ring[n + i] = p[1];
  }
  return ring;
}

/** scratch for newPart: the ring as drawn, the outward normals and the grown corners (grown as needed, never shrunk) */
let ringX = new Float64Array(16);
let ringY = new Float64Array(16);
let normalX = new Float64Array(16);
let normalY = new Float64Array(16);
let cornerX = new Float64Array(16);
let cornerY = new Float64Array(16);

/** Parts' data are views of shared blocks of this many numbers (a block's unused end is shorter than a part's data). */
const DATA_BLOCK = 1 << 13;
let dataBlock = new Float64Array(0);
let dataBlockUsed = 0;

/** A new part's data: a view of the current block, a new block once it is full. */
function partData(length: number): Float64Array {
  if (dataBlockUsed + length > dataBlock.length) {
    dataBlock = new Float64Array(Math.max(DATA_BLOCK, length));
    dataBlockUsed = 0;
  }
  dataBlockUsed += length;
  return dataBlock.subarray(dataBlockUsed - length, dataBlockUsed);
}

/**
 * An obstacle's part of the scene, its kept edges and corners not yet worked out: the polygon as
 * drawn (a fixed obstacle's `polygon`, or the footprint of `desk`) and grown by OBSTACLE_MARGIN
 * (mitred corners), both as clockwise rings (free space outside), and the grown box. The
 * arithmetic, and the order it is done in, is that of drawing the footprint (deskFootprint),
 * growing the polygon into a list of points and turning each list into a ring by its signed area
 * (the scene's nodes and edges sit at these exact coordinates), without the intermediate lists.
 */
function newPart(kind: string, id: string, polygon: Polygon | null, desk: Workstation | null): ObstaclePart {
  const n = desk ? 4 : polygon!.length;
  if (ringX.length < n) {
    ringX = new Float64Array(2 * n);
    ringY = new Float64Array(2 * n);
    normalX = new Float64Array(2 * n);
    normalY = new Float64Array(2 * n);
    cornerX = new Float64Array(2 * n);
    cornerY = new Float64Array(2 * n);
  }
  if (desk) {
    // deskFootprint: orientedRectangle(at, width, depth, rotation), each corner of the rectangle
    // centred on the origin turned by rotate() (the same cosine and sine for all four)
    const hw = desk.size[0] / 2;
    const hd = desk.size[1] / 2;
    const r = (desk.rotation * Math.PI) / 180;
    const c = Math.cos(r);
    const s = Math.sin(r);
    for (let i = 0; i < 4; i++) {
      const lx = i === 0 || i === 3 ? -hw : hw;
      const ly = i < 2 ? -hd : hd;
      ringX[i] = desk.at[0] + (lx * c - ly * s);
      ringY[i] = desk.at[1] + (lx * s + ly * c);
    }
  } else {
    for (let i = 0; i < n; i++) {
      ringX[i] = polygon![i]![0];
      ringY[i] = polygon![i]![1];
    }
  }
  // signedArea, summed in its order
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    twice += ringX[i]! * ringY[j]! - ringX[j]! * ringY[i]!;
  }
  const area = twice / 2;
  const sign = area > 0 ? 1 : -1;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const len = vectorLength(ringX[j]! - ringX[i]!, ringY[j]! - ringY[i]!) || 1;
    // Outward normal: right of the edge for a counter-clockwise ring.
    normalX[i] = (sign * (ringY[j]! - ringY[i]!)) / len;
    normalY[i] = (-sign * (ringX[j]! - ringX[i]!)) / len;
  }
  for (let i = 0; i < n; i++) {
    const j = (i + n - 1) % n;
    const k = OBSTACLE_MARGIN / Math.max(1 + normalX[j]! * normalX[i]! + normalY[j]! * normalY[i]!, 0.05);
    cornerX[i] = ringX[i]! + (normalX[j]! + normalX[i]!) * k;
    cornerY[i] = ringY[i]! + (normalY[j]! + normalY[i]!) * k;
  }
  // signedArea of the grown corners, summed in its order: the rings run clockwise
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    sum += cornerX[i]! * cornerY[j]! - cornerX[j]! * cornerY[i]!;
  }
  const reverseGrown = sum / 2 > 0;
  const reverseDrawn = area > 0;
  const data = partData(deskValues(n) + (desk ? DESK_VALUES : 0));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = reverseDrawn ? n - 1 - i : i;
    data[DRAWN_XS + i] = ringX[d]!;
    data[drawnYs(n) + i] = ringY[d]!;
    const x = cornerX[reverseGrown ? n - 1 - i : i]!;
    const y = cornerY[reverseGrown ? n - 1 - i : i]!;
    data[grownXs(n) + i] = x;
    data[grownYs(n) + i] = y;
    // the box as the least and greatest of the ring's coordinates in ring order
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  data[MIN_X] = minX;
  data[MIN_Y] = minY;
  data[MAX_X] = maxX;
  data[MAX_Y] = maxY;
  if (desk) {
    const at = deskValues(n);
    data[at] = desk.at[0];
    data[at + 1] = desk.at[1];
    data[at + 2] = desk.size[0];
    data[at + 3] = desk.size[1];
    data[at + 4] = desk.rotation;
  }
  return {
    kind,
    id,
    polygon: desk ? null : polygon,
    desk: desk !== null,
    n,
    data,
    convex: isConvex(data, grownXs(n), grownYs(n), n),
    edges: null,
    corners: null,
  };
}

/** Piece numbers: how many obstacles of the same kind and id came before (a key with kind and id). */
class PieceCounter {
  private readonly counts = new Map<string, Map<string, number>>();
  next(kind: string, id: string): number {
    let byId = this.counts.get(kind);
    if (!byId) this.counts.set(kind, (byId = new Map()));
    const n = byId.get(id) ?? 0;
    byId.set(id, n + 1);
    return n;
  }
}

/**
 * Where (x, y) lies relative to a ring of n corners (xs at data[xs…], ys at data[ys…]): 1 inside,
 * 0 on it (within ON_EDGE), -1 outside.
 */
function locate(x: number, y: number, data: Float64Array, xs: number, ys: number, n: number): -1 | 0 | 1 {
  const limit2 = ON_EDGE * ON_EDGE;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const ax = data[xs + j]!;
    const ay = data[ys + j]!;
    const bx = data[xs + i]!;
    const by = data[ys + i]!;
    if (by > y !== ay > y && x < ((ax - bx) * (y - by)) / (ay - by) + bx) inside = !inside;
    if (segmentDistance2(x, y, ax, ay, bx, by) <= limit2) return 0;
  }
  return inside ? 1 : -1;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return vectorLength(px - (ax + t * dx), py - (ay + t * dy));
}

/** A free point next to an edge, and how far it is from the point it stands in for. */
export interface SnappedPoint {
  x: number;
  y: number;
  distance: number;
}

/** A scene's edges: their ends, the obstacle of each (-1: the outline), and where each obstacle's start (then the next one's). */
interface SceneEdges {
  ex0: Float64Array;
  ey0: Float64Array;
  ex1: Float64Array;
  ey1: Float64Array;
  owner: Int32Array;
  partStart: Int32Array;
}

function sceneEdges(edgeCount: number, parts: number): SceneEdges {
  return {
    ex0: new Float64Array(edgeCount),
    ey0: new Float64Array(edgeCount),
    ex1: new Float64Array(edgeCount),
    ey1: new Float64Array(edgeCount),
    owner: new Int32Array(edgeCount),
    partStart: new Int32Array(parts + 1),
  };
}

/** Writes the edges of `list` (flat x0, y0, x1, y1) from edge e on, as `owner`'s; returns the next edge. */
function writeEdges(edges: SceneEdges, e: number, list: readonly number[], owner: number): number {
  for (let k = 0; k < list.length; k += 4, e++) {
    edges.owner[e] = owner;
    edges.ex0[e] = list[k]!;
    edges.ey0[e] = list[k + 1]!;
    edges.ex1[e] = list[k + 2]!;
    edges.ey1[e] = list[k + 3]!;
  }
  return e;
}

/** A scene's nodes (nudged corner, its neighbours relative to it), where each obstacle's start, and the counts of corners by position. */
interface SceneNodes {
  x: Float64Array;
  y: Float64Array;
  prevX: Float64Array;
  prevY: Float64Array;
  nextX: Float64Array;
  nextY: Float64Array;
  partStart: Int32Array;
  counts: CornerCounts;
}

function sceneNodes(total: number, partStart: Int32Array, counts: CornerCounts): SceneNodes {
  const x = new Float64Array(total);
  const y = new Float64Array(total);
  const prevX = new Float64Array(total);
  const prevY = new Float64Array(total);
  const nextX = new Float64Array(total);
  const nextY = new Float64Array(total);
  return { x, y, prevX, prevY, nextX, nextY, partStart, counts };
}

function writeNode(nodes: SceneNodes, v: number, corners: readonly number[], c: number): void {
  nodes.x[v] = corners[c]!;
  nodes.y[v] = corners[c + 1]!;
  nodes.prevX[v] = corners[c + 2]!;
  nodes.prevY[v] = corners[c + 3]!;
  nodes.nextX[v] = corners[c + 4]!;
  nodes.nextY[v] = corners[c + 5]!;
}

/** Writes the corners of `corners` marked in `firsts` as nodes v, v + 1, …; returns the next node. */
function writeNodes(nodes: SceneNodes, v: number, corners: readonly number[], firsts: Uint8Array): number {
  for (let c = 0; c < corners.length; c += CORNER) if (firsts[c / CORNER]) writeNode(nodes, v++, corners, c);
  return v;
}

/**
 * Whether the entries of a map from one numbering to another (-1: none) that are set increase:
 * the kept obstacles (keptFrom) come in the earlier scene's order; corners mapped from an earlier
 * scene (nodesFrom) keep their order.
 */
export function keepsOrder(map: Int32Array): boolean {
  let last = -1;
  for (let i = 0; i < map.length; i++) {
    const q = map[i]!;
    if (q < 0) continue;
    if (q <= last) return false;
    last = q;
  }
  return true;
}

/**
 * How many corners lie at each position rounded to 1e-7 m, as findNodes tells corners apart:
 * by the rounded x (a Map key), then the rounded y compared by === or Object.is (NaN is NaN,
 * 0 is -0), as the numbers' strings would compare. Per rounded x: rounded ys and counts, in pairs.
 */
class CornerCounts {
  private readonly byX = new Map<number, number[]>();

  /** Counts the corner at corners[c…]; returns how many lie at its position now. */
  add(corners: readonly number[], c: number): number {
    const kx = Math.round(corners[c]! * 1e7);
    const ky = Math.round(corners[c + 1]! * 1e7);
    const ys = this.byX.get(kx);
    if (!ys) {
      this.byX.set(kx, [ky, 1]);
      return 1;
    }
    for (let k = 0; k < ys.length; k += 2) if (ys[k] === ky || Object.is(ys[k], ky)) return ++ys[k + 1]!;
    ys.push(ky, 1);
    return 1;
  }

  /** Takes the corner at corners[c…] out of the counts (it must have been counted). */
  remove(corners: readonly number[], c: number): void {
    const kx = Math.round(corners[c]! * 1e7);
    const ky = Math.round(corners[c + 1]! * 1e7);
    const ys = this.byX.get(kx);
    if (!ys) return;
    for (let k = 0; k < ys.length; k += 2) {
      if (!(ys[k] === ky || Object.is(ys[k], ky))) continue;
      if (--ys[k + 1]! === 0) ys.splice(k, 2);
      if (ys.length === 0) this.byX.delete(kx);
      return;
    }
  }

  /** How many corners lie at the position of the corner at corners[c…]. */
  count(corners: readonly number[], c: number): number {
    const ys = this.byX.get(Math.round(corners[c]! * 1e7));
    if (!ys) return 0;
    const ky = Math.round(corners[c + 1]! * 1e7);
    for (let k = 0; k < ys.length; k += 2) if (ys[k] === ky || Object.is(ys[k], ky)) return ys[k + 1]!;
    return 0;
  }
}

export class NavScene {
  readonly floor: Floor;
  /** the outline's corners, xs then ys, counter-clockwise (none when it encloses no area) */
  private readonly outline: Float64Array;
  private readonly outlineCorners: number;
  /** the grown obstacles' boxes, for point tests and neighbour searches */
  private readonly obstacleGrid: BoxGrid | null;
  /** outline and grown-obstacle edges; free space on the left of each */
  private readonly ex0: Float64Array;
  private readonly ey0: Float64Array;
  private readonly ex1: Float64Array;
  private readonly ey1: Float64Array;
  /** the same edges in flatbush, for the searches round a point (built when first asked) */
  private edgeIndexBuilt: Flatbush | null | undefined;
  /** the same edges in a grid, for sight lines */
  private readonly edgeGrid: EdgeGrid | null;
  /** per edge: the obstacle (index into parts) it is an edge of, -1 for the outline */
  private readonly edgeOwner: Int32Array;
  /** per obstacle: the index of its first edge (then the next one's); the outline's come first */
  private readonly partEdgeStart: Int32Array;
  /** nodes: nudged corner position, and the corner's two neighbours relative to it (for tangency) */
  readonly nodeX: Float64Array;
  readonly nodeY: Float64Array;
  readonly nodePrevX: Float64Array;
  readonly nodePrevY: Float64Array;
  readonly nodeNextX: Float64Array;
  readonly nodeNextY: Float64Array;
  /** the segment under test, kept in fields so the index filter needs no closure per call */
  private sax = 0;
  private say = 0;
  private sbx = 0;
  private sby = 0;
  private readonly touchesSegment = (edge: number): boolean => {
    if (!this.edgeTouchesSegment(edge)) return false;
    this.blocker = edge;
    return true;
  };
  /** the edge that blocked the last segment found not visible */
  private blocker = -1;
  /** the point under test, likewise */
  private px = 0;
  private py = 0;
  /** obstacle i as drawn holds the point strictly inside */
  private readonly holdsPoint = (i: number): boolean => {
    const { data, n } = this.parts[i]!;
    return locate(this.px, this.py, data, DRAWN_XS, drawnYs(n), n) === 1;
  };
  /** obstacle i grown holds the point or touches it */
  private readonly grownTouchesPoint = (i: number): boolean => {
    const { data, n } = this.parts[i]!;
    return locate(this.px, this.py, data, grownXs(n), grownYs(n), n) >= 0;
  };

  /** per obstacle: its kind and id, its box, its kept edges and its corner nodes, for the next scene to re-use */
  private readonly parts: ObstaclePart[];
  /**
   * per obstacle, in flat arrays (the box grid's): its grown box, the numbers of its data's box;
   * and per desk, the values it was drawn from (DESK_VALUES each, those of its data; zeros for the
   * others). The next scene reads these, not thousands of parts' data scattered in memory.
   */
  private readonly partMinX: Float64Array;
  private readonly partMinY: Float64Array;
  private readonly partMaxX: Float64Array;
  private readonly partMaxY: Float64Array;
  private readonly deskNumbers: Float64Array;
  /** the outline's corners that are graph nodes (CORNER numbers each), repeats included */
  private readonly outlineNodes: readonly number[];
  /** per obstacle: the index of its first node (then the next one's); the outline's come first */
  private readonly partNodeStart: Int32Array;
  /** how many corners lie at each rounded position, for the next scene's nodes (null once it took them over) */
  private cornerCounts: CornerCounts | null;
  /** per obstacle: its bench (an index into benchBoxes, four numbers a bench), NO_BENCH or BENCH_UNKNOWN; made when first asked */
  private benchOf: Int32Array | null = null;
  /** per bench: a box (minX, minY, maxX, maxY) that its desks' grown footprints cover */
  private readonly benchBoxes: number[] = [];
  /** per obstacle: 0 not worked out, 1 its inner box is in innerBoxes (minX, minY, maxX, maxY), 2 it has none */
  private innerState: Uint8Array | null = null;
  private innerBoxes: Float64Array | null = null;
  /** the bench being gathered (its desks in benchMembers): how many, the one whose neighbours are searched */
  private benchCount = 0;
  private benchCurrent = 0;

  /**
   * `reuse`: the scene of an earlier version of the floor and boxes round what changed since
   * (desks only): obstacles clear of every box keep their rings, kept edges and corner nodes (each
   * depends only on the obstacles touching it), desks drawn from the same values their polygons,
   * and the edge grid the cells of the edges kept; the rest is built anew. The result is the
   * scene a fresh build gives.
   */
  constructor(floor: Floor, options: ObstacleOptions = {}, reuse?: { previous: NavScene; boxes: readonly Box[] }) {
    this.floor = floor;
    const usable = floor.outline.length >= 3 && Math.abs(signedArea(floor.outline)) > 0;
    this.outline = usable ? outlineRing(floor.outline) : new Float64Array(0);
    this.outlineCorners = this.outline.length / 2;
    const previous = reuse?.previous.parts ?? [];
    const earlierScene = reuse?.previous;
    // the earlier parts' indices by kind, id and piece number, worked out only when they are not in the same order
    let earlier: Map<string, Map<string, number[]>> | null = null;
    const earlierIndex = (kind: string, id: string, piece: number): number => {
      if (!earlier) {
        earlier = new Map();
        previous.forEach((part, q) => {
          let byId = earlier!.get(part.kind);
          if (!byId) earlier!.set(part.kind, (byId = new Map()));
          const list = byId.get(part.id);
          if (list) list.push(q);
          else byId.set(part.id, [q]);
        });
      }
      return earlier.get(kind)?.get(id)?.[piece] ?? -1;
    };
    // the obstacles in floorObstacles' order: walls, cores and columns, then the desks (whose
    // polygons are drawn only where no earlier part drawn from the same values is kept)
    const fixed = usable ? fixedObstacles(floor) : [];
    const workstations = usable && (options.includeDesks ?? true) ? floor.workstations : [];
    // the obstacles at most (every workstation a desk obstacle, as is usual); the desks are
    // picked in the loop below, each workstation read once
    const most = fixed.length + workstations.length;
    // the earlier part q's box (its data's, from the earlier scene's flat arrays) clear of every change
    const clear = (q: number) => {
      const { partMinX, partMinY, partMaxX, partMaxY } = earlierScene!;
      for (const c of reuse!.boxes) {
        if (!(c.maxX < partMinX[q]! - REUSE_MARGIN || c.minX > partMaxX[q]! + REUSE_MARGIN || c.maxY < partMinY[q]! - REUSE_MARGIN || c.minY > partMaxY[q]! + REUSE_MARGIN)) return false;
      }
      return true;
    };
    // whether the earlier part q, of the same kind as desk ws (so a desk), was drawn from the very values of ws
    const drawnFrom = (q: number, ws: Workstation) => {
      const numbers = earlierScene!.deskNumbers;
      const at = q * DESK_VALUES;
      return (
        Object.is(numbers[at], ws.at[0]) &&
        Object.is(numbers[at + 1], ws.at[1]) &&
        Object.is(numbers[at + 2], ws.size[0]) &&
        Object.is(numbers[at + 3], ws.size[1]) &&
        Object.is(numbers[at + 4], ws.rotation)
      );
    };
    // An obstacle's earlier namesake is the earlier part of the same kind, id and piece number
    // (how many of that kind and id came before it). While the obstacles come in the earlier
    // order (kind and id, one by one), that is the earlier part at the same place; from the first
    // that does not, they are counted.
    let pieces: PieceCounter | null = null;
    /** per obstacle: the earlier part it keeps, or -1 */
    let keptFrom = new Int32Array(most).fill(-1);
    const parts = new Array<ObstaclePart>(most);
    let minX = new Float64Array(most);
    let minY = new Float64Array(most);
    let maxX = new Float64Array(most);
    let maxY = new Float64Array(most);
    let deskNumbers = new Float64Array(most * DESK_VALUES);
    // obstacle i: fixed[i], then the desk obstacles among the workstations (from the w-th on)
    let count = 0;
    for (let i = 0, w = 0; ; i++) {
      let kind: ObstacleKind;
      let id: string;
      let desk: Workstation | null = null;
      if (i < fixed.length) {
        kind = fixed[i]!.kind;
        id = fixed[i]!.id;
      } else {
        while (w < workstations.length && !isDeskObstacle(workstations[w]!)) w++;
        if (w === workstations.length) break;
        desk = workstations[w++]!;
        kind = 'desk';
        id = desk.id;
      }
      count = i + 1;
      let q = -1;
      if (reuse) {
        const same = previous[i];
        if (!pieces && same && same.kind === kind && same.id === id) {
          q = i;
        } else {
          if (!pieces) {
            pieces = new PieceCounter();
            // (the parts so far are of their obstacles' kinds and ids)
            for (let k = 0; k < i; k++) pieces.next(parts[k]!.kind, parts[k]!.id);
          }
          q = earlierIndex(kind, id, pieces.next(kind, id));
        }
      }
      const before = q >= 0 ? previous[q]! : undefined;
      // an obstacle clear of every change keeps what was worked out for it (shared: it is not
      // changed after); a desk's polygon is a function of the values it is drawn from (the
      // earlier part is of the same kind: a desk's is a desk, its values in deskNumbers)
      if (before && (desk ? drawnFrom(q, desk) : samePolygon(before.polygon, fixed[i]!.polygon)) && clear(q)) {
        parts[i] = before;
        keptFrom[i] = q;
        minX[i] = earlierScene!.partMinX[q]!;
        minY[i] = earlierScene!.partMinY[q]!;
        maxX[i] = earlierScene!.partMaxX[q]!;
        maxY[i] = earlierScene!.partMaxY[q]!;
        if (desk) for (let k = 0, from = earlierScene!.deskNumbers; k < DESK_VALUES; k++) deskNumbers[i * DESK_VALUES + k] = from[q * DESK_VALUES + k]!;
      } else {
        const part = (parts[i] = newPart(kind, id, desk ? null : fixed[i]!.polygon, desk));
        const { data } = part;
        minX[i] = data[MIN_X]!;
        minY[i] = data[MIN_Y]!;
        maxX[i] = data[MAX_X]!;
        maxY[i] = data[MAX_Y]!;
        if (desk) for (let k = 0, at = deskValues(part.n); k < DESK_VALUES; k++) deskNumbers[i * DESK_VALUES + k] = data[at + k]!;
      }
    }
    if (count < most) {
      // workstations that are no obstacle (no area): the arrays cut to the obstacles
      parts.length = count;
      keptFrom = keptFrom.slice(0, count);
      minX = minX.slice(0, count);
      minY = minY.slice(0, count);
      maxX = maxX.slice(0, count);
      maxY = maxY.slice(0, count);
      deskNumbers = deskNumbers.slice(0, count * DESK_VALUES);
    }
    this.parts = parts;
    this.partMinX = minX;
    this.partMinY = minY;
    this.partMaxX = maxX;
    this.partMaxY = maxY;
    this.deskNumbers = deskNumbers;
    this.obstacleGrid = count ? new BoxGrid(minX, minY, maxX, maxY, OBSTACLE_CELL) : null;

    // where the kept obstacles come in the earlier order, their edges and nodes are copied from
    // the earlier scene in blocks, and only the new obstacles' are worked out
    const inOrder = reuse !== undefined && keepsOrder(keptFrom);
    const edges = inOrder ? this.edgesUpdatedFrom(reuse.previous, keptFrom) : this.blockingEdges();
    this.ex0 = edges.ex0;
    this.ey0 = edges.ey0;
    this.ex1 = edges.ex1;
    this.ey1 = edges.ey1;
    this.edgeOwner = edges.owner;
    this.partEdgeStart = edges.partStart;
    const edgeCount = this.ex0.length;
    this.edgeGrid = edgeCount ? new EdgeGrid(this.ex0, this.ey0, this.ex1, this.ey1, GRID_CELL, reuse && this.gridUpdate(reuse.previous, keptFrom)) : null;

    const m = this.outlineCorners;
    this.outlineNodes = m >= 3 ? this.ringCorners(this.outline, 0, m, m) : NO_CORNERS;
    const nodes = (inOrder && this.nodesUpdatedFrom(reuse.previous, keptFrom)) || this.findNodes();
    this.nodeX = nodes.x;
    this.nodeY = nodes.y;
    this.nodePrevX = nodes.prevX;
    this.nodePrevY = nodes.prevY;
    this.nodeNextX = nodes.nextX;
    this.nodeNextY = nodes.nextY;
    this.partNodeStart = nodes.partStart;
    this.cornerCounts = nodes.counts;
  }

  /**
   * What the earlier scene's edge grid tells this one's: its edges of the outline and of the
   * obstacles this scene keeps are edges here too, at the same coordinates, renumbered; the other
   * obstacles' edges are added. Undefined where the outline differs or the kept obstacles come in
   * another order (the renumbering must keep each cell's edges in order).
   */
  private gridUpdate(previous: NavScene, keptFrom: Int32Array): EdgeGridUpdate | undefined {
    const grid = previous.edgeGrid;
    if (!grid) return undefined;
    const outlineEdges = this.partEdgeStart[0]!;
    if (outlineEdges !== previous.partEdgeStart[0]) return undefined;
    for (let e = 0; e < outlineEdges; e++) {
      if (this.ex0[e] !== previous.ex0[e] || this.ey0[e] !== previous.ey0[e] || this.ex1[e] !== previous.ex1[e] || this.ey1[e] !== previous.ey1[e]) return undefined;
    }
    const kept = new Int32Array(previous.ex0.length).fill(-1);
    const added: number[] = [];
    for (let e = 0; e < outlineEdges; e++) kept[e] = e;
    let last = -1;
    for (let p = 0; p < keptFrom.length; p++) {
      const from = this.partEdgeStart[p]!;
      const to = this.partEdgeStart[p + 1]!;
      const q = keptFrom[p]!;
      if (q < 0) {
        for (let e = from; e < to; e++) added.push(e);
        continue;
      }
      if (q <= last) return undefined;
      last = q;
      // the same part, so the same edges array: its edges in the same order
      for (let k = 0, old = previous.partEdgeStart[q]!; k < to - from; k++) kept[old + k] = from + k;
    }
    return { grid, kept, added };
  }

  /** The edges in flatbush, built on first use. */
  private get edgeIndex(): Flatbush | null {
    if (this.edgeIndexBuilt === undefined) {
      const count = this.ex0.length;
      let index: Flatbush | null = null;
      if (count) {
        index = new Flatbush(count);
        for (let e = 0; e < count; e++) {
          const x0 = this.ex0[e]!;
          const y0 = this.ey0[e]!;
          const x1 = this.ex1[e]!;
          const y1 = this.ey1[e]!;
          index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
        }
        index.finish();
      }
      this.edgeIndexBuilt = index;
    }
    return this.edgeIndexBuilt;
  }

  /** The outline's edges, as flat x0,y0,x1,y1. */
  private outlineEdges(): number[] {
    const outline: number[] = [];
    const { outline: ring, outlineCorners: n } = this;
    if (n >= 3) {
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n;
        outline.push(ring[i]!, ring[n + i]!, ring[j]!, ring[n + j]!);
      }
    }
    return outline;
  }

  /**
   * Works out the edges of obstacle `own` that no other obstacle covers. An obstacle edge that
   * runs through the inside of another, convex obstacle is left out (the seams of a bench): a
   * path touching it would have to cross that obstacle's own edges first.
   */
  private workOutEdges(own: number): void {
    const part = this.parts[own]!;
    if (part.edges) return;
    // the convex obstacles whose boxes meet this one's: only they can cover one of its edges
    // (one search per obstacle, not one per edge)
    const { data } = part;
    this.neighbourCount = 0;
    this.neighbourOf = own;
    this.obstacleGrid!.anyIn(data[MIN_X]!, data[MIN_Y]!, data[MAX_X]!, data[MAX_Y]!, this.collectConvex);
    part.edges = this.keptEdges(part, this.neighbours, this.neighbourCount);
  }

  /** workOutEdges' list of neighbours, emptied for every obstacle, and whose they are */
  private neighbours = new Int32Array(16);
  private neighbourCount = 0;
  private neighbourOf = -1;
  private readonly collectConvex = (k: number): boolean => {
    if (k === this.neighbourOf || !this.parts[k]!.convex) return false;
    if (this.neighbourCount === this.neighbours.length) {
      const grown = new Int32Array(2 * this.neighbourCount);
      grown.set(this.neighbours);
      this.neighbours = grown;
    }
    this.neighbours[this.neighbourCount++] = k;
    return false;
  };

  /** Outline edges and grown-obstacle edges (workOutEdges): the outline's, then each obstacle's. */
  private blockingEdges(): SceneEdges {
    const count = this.parts.length;
    const outline = this.outlineEdges();
    let edgeCount = outline.length / 4;
    for (let own = 0; own < count; own++) {
      this.workOutEdges(own);
      edgeCount += this.parts[own]!.edges!.length / 4;
    }
    const edges = sceneEdges(edgeCount, count);
    let e = writeEdges(edges, 0, outline, -1);
    for (let own = 0; own < count; own++) {
      edges.partStart[own] = e;
      e = writeEdges(edges, e, this.parts[own]!.edges!, own);
    }
    edges.partStart[count] = e;
    return edges;
  }

  /**
   * blockingEdges, with the edges of the obstacles kept from `previous` (in its order) copied from
   * it in blocks: the same numbers, each kept obstacle's edges being the very list it had there.
   */
  private edgesUpdatedFrom(previous: NavScene, keptFrom: Int32Array): SceneEdges {
    const count = this.parts.length;
    const outline = this.outlineEdges();
    const before = previous.partEdgeStart;
    let edgeCount = outline.length / 4;
    for (let i = 0; i < count; i++) {
      const q = keptFrom[i]!;
      if (q >= 0) {
        edgeCount += before[q + 1]! - before[q]!;
      } else {
        this.workOutEdges(i);
        edgeCount += this.parts[i]!.edges!.length / 4;
      }
    }
    const edges = sceneEdges(edgeCount, count);
    let e = writeEdges(edges, 0, outline, -1);
    for (let i = 0; i < count; ) {
      const q = keptFrom[i]!;
      if (q < 0) {
        edges.partStart[i] = e;
        e = writeEdges(edges, e, this.parts[i]!.edges!, i);
        i++;
        continue;
      }
      // obstacles i … j - 1 are the earlier q … q + (j - i) - 1: their edges are one block there
      let j = i + 1;
      while (j < count && keptFrom[j] === q + (j - i)) j++;
      const from = before[q]!;
      const to = before[q + j - i]!;
      const shift = e - from;
      for (let k = i; k < j; k++) edges.partStart[k] = before[q + k - i]! + shift;
      edges.ex0.set(previous.ex0.subarray(from, to), e);
      edges.ey0.set(previous.ey0.subarray(from, to), e);
      edges.ex1.set(previous.ex1.subarray(from, to), e);
      edges.ey1.set(previous.ey1.subarray(from, to), e);
      const renumber = i - q;
      for (let k = from; k < to; k++) edges.owner[k + shift] = previous.edgeOwner[k]! + renumber;
      e += to - from;
      i = j;
    }
    edges.partStart[count] = e;
    return edges;
  }

  /** The edges of an obstacle's ring that none of the convex obstacles others[0…count) covers, as flat x0,y0,x1,y1. */
  private keptEdges({ data, n }: ObstaclePart, others: Int32Array, count: number): readonly number[] {
    if (n < 3) return NO_EDGES;
    const xs = grownXs(n);
    const ys = grownYs(n);
    let kept: number[] | null = null;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const x0 = data[xs + i]!;
      const y0 = data[ys + i]!;
      const x1 = data[xs + j]!;
      const y1 = data[ys + j]!;
      const mx = (x0 + x1) / 2;
      const my = (y0 + y1) / 2;
      let covered = false;
      for (let o = 0; o < count; o++) {
        const other = this.parts[others[o]!]!;
        const box = other.data;
        // the index's test: the other's box meets the edge's box
        if (box[MAX_X]! < Math.min(x0, x1) || box[MAX_Y]! < Math.min(y0, y1) || box[MIN_X]! > Math.max(x0, x1) || box[MIN_Y]! > Math.max(y0, y1)) continue;
        // the midpoint strictly inside by parity lies on a row of the ring that crosses it:
        // minY <= my < maxY (the test below compares exactly these numbers)
        if (my < box[MIN_Y]! || my >= box[MAX_Y]!) continue;
        const m = other.n;
        const oxs = grownXs(m);
        const oys = grownYs(m);
        if (locate(mx, my, box, oxs, oys, m) === 1 && locate(x0, y0, box, oxs, oys, m) >= 0 && locate(x1, y1, box, oxs, oys, m) >= 0) {
          covered = true;
          break;
        }
      }
      if (!covered) (kept ??= []).push(x0, y0, x1, y1);
    }
    return kept ?? NO_EDGES;
  }

  get nodeCount(): number {
    return this.nodeX.length;
  }

  get edgeCount(): number {
    return this.ex0.length;
  }

  /**
   * Corners where free space bends by more than 180°: convex corners of the obstacles' union and
   * concave corners of the outline. A corner counts when the free space wraps round it, tested by
   * three probes just outside it (this also drops the shared corners along a bench of desks).
   * Corners at the same position rounded to 1e-7 m are one node, the first.
   */
  private findNodes(): SceneNodes {
    const nodes: number[] = [];
    const counts = new CornerCounts();
    const partStart = new Int32Array(this.parts.length + 1);
    const take = (corners: readonly number[]) => {
      for (let c = 0; c < corners.length; c += CORNER) {
        if (counts.add(corners, c) > 1) continue;
        for (let k = c; k < c + CORNER; k++) nodes.push(corners[k]!);
      }
    };
    take(this.outlineNodes);
    for (let i = 0; i < this.parts.length; i++) {
      const part = this.parts[i]!;
      partStart[i] = nodes.length / CORNER;
      const { data, n } = part;
      if (n < 3) continue;
      part.corners ??= this.ringCorners(data, grownXs(n), grownYs(n), n);
      take(part.corners);
    }
    const total = nodes.length / CORNER;
    partStart[this.parts.length] = total;
    const out = sceneNodes(total, partStart, counts);
    for (let v = 0; v < total; v++) writeNode(out, v, nodes, v * CORNER);
    return out;
  }

  /**
   * findNodes, from the nodes of `previous`, whose kept obstacles (in its order) this scene's
   * are: where no kept obstacle has a corner at the position of a corner that went or came (the
   * outline's count as both), each kept corner is a node here as it was there (it repeats the
   * same corners before it), so the kept obstacles' nodes are copied in blocks, and only the new
   * corners are sifted. Null where that does not hold (or the earlier counts were taken by
   * another scene). Takes the earlier scene's counts of corners over.
   */
  private nodesUpdatedFrom(previous: NavScene, keptFrom: Int32Array): SceneNodes | null {
    const counts = previous.cornerCounts;
    if (!counts) return null;
    previous.cornerCounts = null;
    const count = this.parts.length;
    const kept = new Uint8Array(previous.parts.length);
    for (let i = 0; i < count; i++) if (keptFrom[i]! >= 0) kept[keptFrom[i]!] = 1;
    const gone: (readonly number[])[] = [previous.outlineNodes];
    for (let q = 0; q < kept.length; q++) if (!kept[q] && previous.parts[q]!.corners) gone.push(previous.parts[q]!.corners!);
    // the new corners in order (the outline's, then the new obstacles'), each a node unless one before it is at its position
    const came: (readonly number[])[] = [this.outlineNodes];
    for (let i = 0; i < count; i++) {
      if (keptFrom[i]! >= 0) continue;
      const part = this.parts[i]!;
      const { data, n } = part;
      if (n < 3) continue;
      part.corners ??= this.ringCorners(data, grownXs(n), grownYs(n), n);
      came.push(part.corners);
    }
    const fresh = new CornerCounts();
    const taken: Uint8Array[] = came.map((corners) => {
      const firsts = new Uint8Array(corners.length / CORNER);
      for (let c = 0; c < corners.length; c += CORNER) firsts[c / CORNER] = fresh.add(corners, c) === 1 ? 1 : 0;
      return firsts;
    });
    for (const corners of gone) for (let c = 0; c < corners.length; c += CORNER) counts.remove(corners, c);
    for (const corners of came) for (let c = 0; c < corners.length; c += CORNER) counts.add(corners, c);
    // a kept corner at the position of one that went or came: the earlier nodes may not hold
    for (const list of [gone, came]) {
      for (const corners of list) for (let c = 0; c < corners.length; c += CORNER) if (counts.count(corners, c) !== fresh.count(corners, c)) return null;
    }
    const before = previous.partNodeStart;
    let total = 0;
    for (const firsts of taken) for (const first of firsts) total += first;
    for (let i = 0; i < count; i++) if (keptFrom[i]! >= 0) total += before[keptFrom[i]! + 1]! - before[keptFrom[i]!]!;
    const out = sceneNodes(total, new Int32Array(count + 1), counts);
    let v = writeNodes(out, 0, this.outlineNodes, taken[0]!);
    let next = 1;
    for (let i = 0; i < count; ) {
      const q = keptFrom[i]!;
      if (q < 0) {
        out.partStart[i] = v;
        const part = this.parts[i]!;
        if (part.n >= 3) v = writeNodes(out, v, part.corners!, taken[next++]!);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < count && keptFrom[j] === q + (j - i)) j++;
      const from = before[q]!;
      const to = before[q + j - i]!;
      for (let k = i; k < j; k++) out.partStart[k] = before[q + k - i]! - from + v;
      out.x.set(previous.nodeX.subarray(from, to), v);
      out.y.set(previous.nodeY.subarray(from, to), v);
      out.prevX.set(previous.nodePrevX.subarray(from, to), v);
      out.prevY.set(previous.nodePrevY.subarray(from, to), v);
      out.nextX.set(previous.nodeNextX.subarray(from, to), v);
      out.nextY.set(previous.nodeNextY.subarray(from, to), v);
      v += to - from;
      i = j;
    }
    out.partStart[count] = v;
    return out;
  }

  /**
   * The corners of one ring where free space bends by more than 180° (a right turn, free space
   * on the left), each tested by three probes just outside it: nudged position and neighbours.
   */
  private ringCorners(data: Float64Array, xs: number, ys: number, n: number): readonly number[] {
    let corners: number[] | null = null;
    for (let i = 0; i < n; i++) {
      const px = data[xs + ((i + n - 1) % n)]!;
      const py = data[ys + ((i + n - 1) % n)]!;
      const cx = data[xs + i]!;
      const cy = data[ys + i]!;
      const qx = data[xs + ((i + 1) % n)]!;
      const qy = data[ys + ((i + 1) % n)]!;
      // Free space on the left: a right turn is a corner that free space wraps round.
      if (orientSign(px, py, cx, cy, qx, qy) <= 0) continue; // robust-predicates: > 0 is clockwise
      const inX = cx - px;
      const inY = cy - py;
      const outX = qx - cx;
      const outY = qy - cy;
      const inLen = vectorLength(inX, inY);
      const outLen = vectorLength(outX, outY);
      if (inLen === 0 || outLen === 0) continue;
      let nx = -inY / inLen - outY / outLen;
      let ny = inX / inLen + outX / outLen;
      const nLen = vectorLength(nx, ny);
      if (nLen === 0) continue;
      nx = (nx / nLen) * NODE_NUDGE;
      ny = (ny / nLen) * NODE_NUDGE;
      const x = cx + nx;
      const y = cy + ny;
      // the corner point itself first: at a seam of a bench it lies in the next desk
      if (!this.isStrictlyFree(x, y)) continue;
      if (!this.isStrictlyFree(cx + (inX / inLen) * NODE_NUDGE, cy + (inY / inLen) * NODE_NUDGE)) continue;
      if (!this.isStrictlyFree(cx - (outX / outLen) * NODE_NUDGE, cy - (outY / outLen) * NODE_NUDGE)) continue;
      (corners ??= []).push(x, y, px - cx, py - cy, qx - cx, qy - cy);
    }
    return corners ?? NO_CORNERS;
  }

  /**
   * Whether a straight line through `node` toward (x, y) keeps the node's corner on one side:
   * a shortest path bends round a corner only along such lines (a "tangent" edge).
   */
  isTangent(node: number, x: number, y: number): boolean {
    const dx = x - this.nodeX[node]!;
    const dy = y - this.nodeY[node]!;
    const s1 = dx * this.nodePrevY[node]! - dy * this.nodePrevX[node]!;
    const s2 = dx * this.nodeNextY[node]! - dy * this.nodeNextX[node]!;
    return s1 * s2 >= 0;
  }

  /** Inside or on the outline and not strictly inside any obstacle as drawn. */
  isFree(x: number, y: number): boolean {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const m = this.outlineCorners;
    if (m < 3 || locate(x, y, this.outline, 0, m, m) < 0) return false;
    if (!this.obstacleGrid) return true;
    this.px = x;
    this.py = y;
    return !this.obstacleGrid.anyIn(x, y, x, y, this.holdsPoint);
  }

  /**
   * isFree at (x, y) and at the four points `r` away along the axes, in one look at the obstacle
   * index (the grid's test that a point is not on the seam of two touching desks).
   */
  isFreeAround(x: number, y: number, r: number): boolean {
    const m = this.outlineCorners;
    if (!Number.isFinite(x) || !Number.isFinite(y) || m < 3) return false;
    // the point and four around it, in a buffer kept between calls (this runs per grid point)
    const probes = this.aroundProbes;
    probes[0] = x;
    probes[1] = y;
    probes[2] = x + r;
    probes[3] = y;
    probes[4] = x - r;
    probes[5] = y;
    probes[6] = x;
    probes[7] = y + r;
    probes[8] = x;
    probes[9] = y - r;
    for (let k = 0; k < 10; k += 2) if (locate(probes[k]!, probes[k + 1]!, this.outline, 0, m, m) < 0) return false;
    if (!this.obstacleGrid) return true;
    return !this.obstacleGrid.anyIn(x - r, y - r, x + r, y + r, this.holdsAProbe);
  }

  private readonly aroundProbes = new Float64Array(10);
  /** obstacle i holds one of aroundProbes strictly inside */
  private readonly holdsAProbe = (i: number): boolean => {
    const { data, n } = this.parts[i]!;
    const probes = this.aroundProbes;
    for (let k = 0; k < 10; k += 2) if (locate(probes[k]!, probes[k + 1]!, data, DRAWN_XS, drawnYs(n), n) === 1) return true;
    return false;
  };

  /** Strictly inside the outline and strictly outside every grown obstacle: a point paths may start from. */
  isStrictlyFree(x: number, y: number): boolean {
    const m = this.outlineCorners;
    if (m < 3) return false;
    // the obstacles first: the corners of a bench's seams, most of those tested, lie in a desk
    if (this.obstacleGrid) {
      this.px = x;
      this.py = y;
      if (this.obstacleGrid.anyIn(x - ON_EDGE, y - ON_EDGE, x + ON_EDGE, y + ON_EDGE, this.grownTouchesPoint)) return false;
    }
    return locate(x, y, this.outline, 0, m, m) === 1;
  }

  /**
   * Free points next to the edges within `radius` of (x, y): the closest point of each edge moved
   * NODE_NUDGE to its free side, kept when strictly free; nearest first. Where that point is not
   * free (the edge meets another obstacle or the outline right there), it slides a little along
   * the edge.
   */
  snapCandidates(x: number, y: number, radius: number): SnappedPoint[] {
    const index = this.edgeIndex;
    if (!index) return [];
    const found: SnappedPoint[] = [];
    for (const e of index.search(x - radius, y - radius, x + radius, y + radius)) {
      const ax = this.ex0[e]!;
      const ay = this.ey0[e]!;
      const dx = this.ex1[e]! - ax;
      const dy = this.ey1[e]! - ay;
      const len2 = dx * dx + dy * dy;
      if (len2 === 0) continue;
      const len = Math.sqrt(len2);
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      if (vectorLength(ax + t * dx - x, ay + t * dy - y) > radius) continue;
      for (const slide of SNAP_SLIDES) {
        const ts = Math.max(0, Math.min(1, t + slide / len));
        const sx = ax + ts * dx - (dy / len) * NODE_NUDGE;
        const sy = ay + ts * dy + (dx / len) * NODE_NUDGE;
        if (!this.isStrictlyFree(sx, sy)) continue;
        found.push({ x: sx, y: sy, distance: vectorLength(sx - x, sy - y) });
        break;
      }
    }
    return found.sort((p, q) => p.distance - q.distance);
  }

  /** Distance from (x, y) to the nearest outline or grown-obstacle edge within `radius` (Infinity if none). */
  nearestEdgeDistance(x: number, y: number, radius: number): number {
    const index = this.edgeIndex;
    if (!index) return Infinity;
    let best = Infinity;
    for (const e of index.search(x - radius, y - radius, x + radius, y + radius)) {
      const d = segmentDistance(x, y, this.ex0[e]!, this.ey0[e]!, this.ex1[e]!, this.ey1[e]!);
      if (d < best) best = d;
    }
    return best <= radius ? best : Infinity;
  }

  /** nodesFrom() answers, by the scene asked for (weakly: a scene must not keep the earlier ones alive) */
  private readonly nodeMaps = new WeakMap<NavScene, Int32Array>();

  /**
   * For each node of an earlier scene, this scene's node at the same corner (same position and
   * neighbours), or -1: what the fields of an update carry their distances over by. Worked out
   * once per pair of scenes (every field asks).
   */
  nodesFrom(earlier: NavScene): Int32Array {
    const known = this.nodeMaps.get(earlier);
    if (known) return known;
    const byX = new Map<number, number[]>();
    const { nodeX, nodeY } = this;
    for (let v = 0; v < nodeX.length; v++) {
      const list = byX.get(nodeX[v]!);
      if (list) list.push(v);
      else byX.set(nodeX[v]!, [v]);
    }
    const map = new Int32Array(earlier.nodeX.length).fill(-1);
    for (let u = 0; u < map.length; u++) {
      const list = byX.get(earlier.nodeX[u]!);
      if (!list) continue;
      for (const v of list) {
        if (
          nodeY[v] === earlier.nodeY[u] &&
          this.nodePrevX[v] === earlier.nodePrevX[u] &&
          this.nodePrevY[v] === earlier.nodePrevY[u] &&
          this.nodeNextX[v] === earlier.nodeNextX[u] &&
          this.nodeNextY[v] === earlier.nodeNextY[u]
        ) {
          map[u] = v;
          break;
        }
      }
    }
    this.nodeMaps.set(earlier, map);
    return map;
  }

  /**
   * node-to-node visibility found so far, shared by every field of the scene: one bit per pair
   * (the lower-numbered node first) in `nodeSightKnown`, and in `nodeSightSeen` whether they see
   * each other (bits, not bytes: a quarter of the memory, more of it in the cache)
   */
  private nodeSightKnown: Int32Array | null = null;
  private nodeSightSeen: Int32Array | null = null;

  /** Whether nodes u and v see each other (visible()), remembered: every field asks the same pairs. */
  nodesVisible(u: number, v: number): boolean {
    const n = this.nodeX.length;
    if (n > MAX_SIGHT_NODES) return this.visible(this.nodeX[u]!, this.nodeY[u]!, this.nodeX[v]!, this.nodeY[v]!);
    const known = (this.nodeSightKnown ??= new Int32Array((n * n + 31) >>> 5));
    const seen = (this.nodeSightSeen ??= new Int32Array(known.length));
    const bit = u < v ? u * n + v : v * n + u;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((known[word]! & mask) !== 0) {
      this.blocker = -1;
      return (seen[word]! & mask) !== 0;
    }
    const visible = this.visible(this.nodeX[u]!, this.nodeY[u]!, this.nodeX[v]!, this.nodeY[v]!);
    known[word]! |= mask;
    if (visible) seen[word]! |= mask;
    return visible;
  }

  /**
   * Whether the straight segment between two strictly free points stays in free space: it must
   * not touch any outline or grown-obstacle edge (grazing a corner counts as touching; the nudged
   * node at that corner carries such paths instead).
   */
  visible(ax: number, ay: number, bx: number, by: number): boolean {
    this.blocker = -1;
    if (!this.edgeGrid) return true;
    this.sax = ax;
    this.say = ay;
    this.sbx = bx;
    this.sby = by;
    return !this.edgeGrid!.anyOnSegment(ax, ay, bx, by, this.touchesSegment);
  }

  /** The wedge behind the edge that blocked the last segment visible() rejected, added to `shadows` (whose viewpoint must be that segment's end). */
  shadowOfLastBlocker(shadows: Shadows): void {
    const e = this.blocker;
    if (e < 0) return;
    const owner = this.edgeOwner[e]!;
    const part = owner >= 0 ? this.parts[owner]! : null;
    if (!part?.convex) {
      shadows.add(this.ex0[e]!, this.ey0[e]!, this.ex1[e]!, this.ey1[e]!);
      return;
    }
    const px = shadows.viewX;
    const py = shadows.viewY;
    // A desk of a bench: the bench's box is covered by grown desks, so it hides all that lies
    // behind any chord of it, the whole row where the desk alone hides a sliver (a low view along
    // an aisle otherwise meets the next desk with the next test).
    const bench = part.desk ? this.benchOfPart(owner) : NO_BENCH;
    if (bench >= 0) {
      const b = this.benchBoxes;
      const x0 = b[bench]!;
      const y0 = b[bench + 1]!;
      const x1 = b[bench + 2]!;
      const y1 = b[bench + 3]!;
      let fx = x0;
      let fy = y0;
      let lx = x0;
      let ly = y0;
      for (let i = 1; i < 4; i++) {
        const x = i === 1 || i === 2 ? x1 : x0;
        const y = i < 2 ? y0 : y1;
        if ((fx - px) * (y - py) - (fy - py) * (x - px) < 0) {
          fx = x;
          fy = y;
        }
        if ((lx - px) * (y - py) - (ly - py) * (x - px) > 0) {
          lx = x;
          ly = y;
        }
      }
      shadows.add(fx, fy, lx, ly);
      return;
    }
    // A convex obstacle hides all that lies behind any chord of it; the chord between the corners
    // farthest apart as seen from the viewpoint (its outline's ends) hides the most.
    const { data, n } = part;
    const xs = grownXs(n);
    const ys = grownYs(n);
    let first = 0;
    let last = 0;
    for (let i = 1; i < n; i++) {
      const x = data[xs + i]! - px;
      const y = data[ys + i]! - py;
      if ((data[xs + first]! - px) * y - (data[ys + first]! - py) * x < 0) first = i;
      if ((data[xs + last]! - px) * y - (data[ys + last]! - py) * x > 0) last = i;
    }
    shadows.add(data[xs + first]!, data[ys + first]!, data[xs + last]!, data[ys + last]!);
  }

  /**
   * The bench of desk `i` (an index into benchBoxes), or NO_BENCH: the desks reached from it
   * through overlapping inner boxes (innerBox), and the box round theirs, where those inner boxes
   * cover it. The cover is checked on the grid of the inner boxes' sides: each of its cells lies
   * between two consecutive sides both ways, so no inner box's side crosses it and one box must
   * hold it all; comparisons only, exact. So every point of the bench box lies inside or on a
   * grown desk, and a segment from a free point to it touches one.
   */
  private benchOfPart(i: number): number {
    const marks = (this.benchOf ??= new Int32Array(this.parts.length).fill(BENCH_UNKNOWN));
    if (marks[i] !== BENCH_UNKNOWN) return marks[i]!;
    marks[i] = NO_BENCH; // taken: not added twice (and so it stays where no bench holds it)
    if (!this.innerBox(i)) return NO_BENCH;
    const inner = this.innerBoxes!;
    benchMembers[0] = i;
    this.benchCount = 1;
    for (this.benchCurrent = 0; this.benchCurrent < this.benchCount && this.benchCount <= MAX_BENCH; this.benchCurrent++) {
      const c = 4 * benchMembers[this.benchCurrent]!;
      this.obstacleGrid!.anyIn(inner[c]!, inner[c + 1]!, inner[c + 2]!, inner[c + 3]!, this.joinBench);
    }
    const count = this.benchCount;
    if (count < 2 || count > MAX_BENCH) return NO_BENCH;
    const xs = benchXs.subarray(0, 2 * count);
    const ys = benchYs.subarray(0, 2 * count);
    for (let m = 0; m < count; m++) {
      const c = 4 * benchMembers[m]!;
      xs[2 * m] = inner[c]!;
      xs[2 * m + 1] = inner[c + 2]!;
      ys[2 * m] = inner[c + 1]!;
      ys[2 * m + 1] = inner[c + 3]!;
    }
    xs.sort();
    ys.sort();
    // the box that held the last cell, tried first: the next cell is mostly in it too
    let last = 0;
    for (let a = 0; a + 1 < xs.length; a++) {
      if (xs[a] === xs[a + 1]) continue;
      for (let b = 0; b + 1 < ys.length; b++) {
        if (ys[b] === ys[b + 1]) continue;
        let m = last;
        for (let tried = 0; ; tried++, m = m + 1 === count ? 0 : m + 1) {
          if (tried === count) return NO_BENCH;
          const c = 4 * benchMembers[m]!;
          if (inner[c]! <= xs[a]! && xs[a + 1]! <= inner[c + 2]! && inner[c + 1]! <= ys[b]! && ys[b + 1]! <= inner[c + 3]!) break;
        }
        last = m;
      }
    }
    const bench = this.benchBoxes.length;
    this.benchBoxes.push(xs[0]!, ys[0]!, xs[xs.length - 1]!, ys[ys.length - 1]!);
    for (let m = 0; m < count; m++) marks[benchMembers[m]!] = bench;
    return bench;
  }

  /** A desk offered by the search round the bench's current desk joins it where their inner boxes overlap with some area; true (stop) once the bench is too big. */
  private readonly joinBench = (k: number): boolean => {
    const marks = this.benchOf!;
    if (marks[k] !== BENCH_UNKNOWN || !this.innerBox(k)) return false;
    const inner = this.innerBoxes!;
    const c = 4 * benchMembers[this.benchCurrent]!;
    const o = 4 * k;
    // with some area (desks that meet only at a corner make no bench worth a box); the cover check decides the rest
    if (!(inner[o]! < inner[c + 2]! && inner[c]! < inner[o + 2]! && inner[o + 1]! < inner[c + 3]! && inner[c + 1]! < inner[o + 3]!)) return false;
    marks[k] = NO_BENCH;
    benchMembers[this.benchCount++] = k;
    return this.benchCount > MAX_BENCH;
  };

  /**
   * Whether obstacle k, a desk, has an inner box, worked out once into innerBoxes: its grown box
   * moved in by BENCH_INSET on every side, kept only where orient2d shows the grown ring a strictly
   * convex quadrilateral and the box's four corners inside or on it (so it holds the whole box):
   * exact.
   */
  private innerBox(k: number): boolean {
    const state = (this.innerState ??= new Uint8Array(this.parts.length));
    if (state[k] !== 0) return state[k] === 1;
    state[k] = 2;
    const part = this.parts[k]!;
    if (!part.desk || part.n !== 4 || !strictlyConvexQuad(part.data)) return false;
    const { data } = part;
    const x0 = data[MIN_X]! + BENCH_INSET;
    const y0 = data[MIN_Y]! + BENCH_INSET;
    const x1 = data[MAX_X]! - BENCH_INSET;
    const y1 = data[MAX_Y]! - BENCH_INSET;
    if (!(x0 < x1 && y0 < y1)) return false;
    if (!insideConvexRing(x0, y0, data) || !insideConvexRing(x1, y0, data) || !insideConvexRing(x1, y1, data) || !insideConvexRing(x0, y1, data)) return false;
    const inner = (this.innerBoxes ??= new Float64Array(4 * this.parts.length));
    inner[4 * k] = x0;
    inner[4 * k + 1] = y0;
    inner[4 * k + 2] = x1;
    inner[4 * k + 3] = y1;
    state[k] = 1;
    return true;
  }

  /**
   * Closed-segment intersection of edge `e` with the segment under test, with exact orientation
   * signs: orient2d's fast path written out, deciding the clear cases; any orientation that path
   * cannot sign, and any collinear pair, goes to edgeTouchesSegmentExactly, which takes the same
   * steps with orient2d itself (its fast path first: the same numbers where this one decided).
   * Each orientation is a value of its own (not a variable the exact path may overwrite): a
   * variable that may hold orient2d's result holds boxed numbers, allocating on every test.
   */
  private edgeTouchesSegment(e: number): boolean {
    const cx = this.ex0[e]!;
    const cy = this.ey0[e]!;
    const dx = this.ex1[e]!;
    const dy = this.ey1[e]!;
    const { sax, say, sbx, sby } = this;
    // orient2d(c, d, sa) and orient2d(c, d, sb)
    let l = (cy - say) * (dx - sax);
    let r = (cx - sax) * (dy - say);
    const d1 = l - r;
    if (Math.abs(d1) < ORIENT_BOUND * Math.abs(l + r)) return this.edgeTouchesSegmentExactly(e);
    l = (cy - sby) * (dx - sbx);
    r = (cx - sbx) * (dy - sby);
    const d2 = l - r;
    if (Math.abs(d2) < ORIENT_BOUND * Math.abs(l + r)) return this.edgeTouchesSegmentExactly(e);
    if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0)) return false;
    if (d1 === 0 && d2 === 0) return this.edgeTouchesSegmentExactly(e);
    // orient2d(sa, sb, c) and orient2d(sa, sb, d)
    l = (say - cy) * (sbx - cx);
    r = (sax - cx) * (sby - cy);
    const d3 = l - r;
    if (Math.abs(d3) < ORIENT_BOUND * Math.abs(l + r)) return this.edgeTouchesSegmentExactly(e);
    l = (say - dy) * (sbx - dx);
    r = (sax - dx) * (sby - dy);
    const d4 = l - r;
    if (Math.abs(d4) < ORIENT_BOUND * Math.abs(l + r)) return this.edgeTouchesSegmentExactly(e);
    return !((d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0));
  }

  /** edgeTouchesSegment with every orientation from orient2d: the near-degenerate and collinear cases. */
  private edgeTouchesSegmentExactly(e: number): boolean {
    const cx = this.ex0[e]!;
    const cy = this.ey0[e]!;
    const dx = this.ex1[e]!;
    const dy = this.ey1[e]!;
    const { sax, say, sbx, sby } = this;
    const d1 = orient2d(cx, cy, dx, dy, sax, say);
    const d2 = orient2d(cx, cy, dx, dy, sbx, sby);
    if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0)) return false;
    const d3 = orient2d(sax, say, sbx, sby, cx, cy);
    const d4 = orient2d(sax, say, sbx, sby, dx, dy);
    if ((d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0)) return false;
    if (d1 === 0 && d2 === 0) {
      // Collinear: they touch when their extents overlap.
      return (
        Math.max(Math.min(cx, dx), Math.min(sax, sbx)) <= Math.min(Math.max(cx, dx), Math.max(sax, sbx)) &&
        Math.max(Math.min(cy, dy), Math.min(say, sby)) <= Math.min(Math.max(cy, dy), Math.max(say, sby))
      );
    }
    return true;
  }
}

/** Margin (m) round a box that a segment must clear to count as not crossing it. */
export const BOX_SLACK = 1e-3;

/** Whether the segment (ax, ay)–(bx, by) meets the box grown by BOX_SLACK (slab clipping). */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, b: Box): boolean {
  return segmentMeetsRect(ax, ay, bx, by, b.minX, b.minY, b.maxX, b.maxY);
}

/** segmentMeetsBox() of the box (boxMinX, boxMinY)–(boxMaxX, boxMaxY) given as numbers. */
export function segmentMeetsRect(ax: number, ay: number, bx: number, by: number, boxMinX: number, boxMinY: number, boxMaxX: number, boxMaxY: number): boolean {
  const minX = boxMinX - BOX_SLACK;
  const maxX = boxMaxX + BOX_SLACK;
  const minY = boxMinY - BOX_SLACK;
  const maxY = boxMaxY + BOX_SLACK;
  if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX || Math.max(ay, by) < minY || Math.min(ay, by) > maxY) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  // the part of the segment between each pair of slabs
  if (dx === 0) {
    if (ax < minX || ax > maxX) return false;
  } else {
    const ta = (minX - ax) / dx;
    const tb = (maxX - ax) / dx;
    t0 = Math.max(t0, Math.min(ta, tb));
    t1 = Math.min(t1, Math.max(ta, tb));
  }
  if (dy === 0) {
    if (ay < minY || ay > maxY) return false;
  } else {
    const ta = (minY - ay) / dy;
    const tb = (maxY - ay) / dy;
    t0 = Math.max(t0, Math.min(ta, tb));
    t1 = Math.min(t1, Math.max(ta, tb));
  }
  return t0 <= t1;
}

/**
 * The sign of orient2d(a, b, c): 1, -1 or 0 (NaN where orient2d is NaN), its fast path written
 * out (a number the library returns is boxed: the scene asks this of every corner of every
 * obstacle), the library itself where that path cannot decide. Where the path decides, orient2d
 * returns the very number `det`.
 */
export function orientSign(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const l = (ay - cy) * (bx - cx);
  const r = (ax - cx) * (by - cy);
  const det = l - r;
  if (Math.abs(det) >= ORIENT_BOUND * Math.abs(l + r)) return det > 0 ? 1 : det < 0 ? -1 : 0;
  return Math.sign(orient2d(ax, ay, bx, by, cx, cy));
}

/** Whether a part's grown ring of four corners turns strictly one way at every corner (orient2d, exact): a convex quadrilateral, simple (four turns of less than a half turn each make one full turn, not two). */
function strictlyConvexQuad(data: Float64Array): boolean {
  const xs = grownXs(4);
  const ys = grownYs(4);
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const j = (i + 1) % 4;
    const k = (i + 2) % 4;
    const o = orientSign(data[xs + i]!, data[ys + i]!, data[xs + j]!, data[ys + j]!, data[xs + k]!, data[ys + k]!);
    if (o === 0 || (sign !== 0 && o !== sign)) return false;
    sign = o;
  }
  return true;
}

/**
 * Whether (x, y) lies inside or on a part's grown ring of four corners, a strictly convex
 * quadrilateral: no two of its sides see the point on opposite sides (orient2d, exact; a point
 * outside sees one side from outside, and the orientations sum to twice the area, so another from
 * inside).
 */
function insideConvexRing(x: number, y: number, data: Float64Array): boolean {
  const xs = grownXs(4);
  const ys = grownYs(4);
  let left = false;
  let right = false;
  for (let i = 0, j = 3; i < 4; j = i++) {
    const o = orientSign(data[xs + j]!, data[ys + j]!, data[xs + i]!, data[ys + i]!, x, y);
    if (o > 0) left = true;
    else if (o < 0) right = true;
  }
  return !(left && right);
}

/** Whether a ring of n corners (xs at data[xs…], ys at data[ys…]) turns one way only. */
function isConvex(data: Float64Array, xs: number, ys: number, n: number): boolean {
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const k = (i + 2) % n;
    const o = orientSign(data[xs + i]!, data[ys + i]!, data[xs + j]!, data[ys + j]!, data[xs + k]!, data[ys + k]!);
    if (o === 0) continue;
    if (sign === 0) sign = Math.sign(o);
    else if (Math.sign(o) !== sign) return false;
  }
  return true;
}

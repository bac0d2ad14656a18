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
import type { Floor, Point, Polygon } from '../../floorplan/types.ts';
import { segmentDistance2, signedArea, vectorLength } from '../../floorplan/geometry/polygon.ts';
import { floorObstacles, type ObstacleOptions } from './freeSpace.ts';
import { EdgeGrid } from './edgeGrid.ts';
import { anyItemIn, IndexStack } from './indexWalk.ts';
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

/** A graph node: nudged corner position, and the corner's two neighbours relative to it. */
type Corner = [number, number, number, number, number, number];

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** An obstacle of the scene and what was worked out for it, kept for the next scene of the floor. */
interface ObstaclePart {
  /** kind, id and piece number (a wall cut by doors gives several pieces) */
  kind: string;
  id: string;
  piece: number;
  polygon: Polygon;
  ring: Ring;
  grown: Ring;
  box: Box;
  convex: boolean;
  /** its edges no other obstacle covers (flat x0, y0, x1, y1), once worked out */
  edges: number[] | null;
  /** its corners that are graph nodes, once worked out */
  corners: Corner[] | null;
}

/** An obstacle farther than this (m) from every changed box keeps what was worked out for it. */
const REUSE_MARGIN = 1e-3;

function samePolygon(a: Polygon, b: Polygon): boolean {
  return a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]);
}

/** A ring as flat coordinates; free space lies to the left of every directed edge. */
interface Ring {
  xs: Float64Array;
  ys: Float64Array;
}

function ringFrom(polygon: Polygon, counterClockwise: boolean): Ring {
  const n = polygon.length;
  const reverse = signedArea(polygon) > 0 !== counterClockwise;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = polygon[reverse ? n - 1 - i : i]!;
    xs[i] = p[0];
    ys[i] = p[1];
  }
  return { xs, ys };
}

/** The polygon grown by `margin` (mitred corners), for any orientation. */
function grow(polygon: Polygon, margin: number): Polygon {
  const sign = signedArea(polygon) > 0 ? 1 : -1;
  const n = polygon.length;
  const normals: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    const len = vectorLength(b[0] - a[0], b[1] - a[1]) || 1;
    // Outward normal: right of the edge for a counter-clockwise ring.
    normals.push([(sign * (b[1] - a[1])) / len, (-sign * (b[0] - a[0])) / len]);
  }
  return polygon.map((p, i) => {
    const n1 = normals[(i + n - 1) % n]!;
    const n2 = normals[i]!;
    const k = margin / Math.max(1 + n1[0] * n2[0] + n1[1] * n2[1], 0.05);
    return [p[0] + (n1[0] + n2[0]) * k, p[1] + (n1[1] + n2[1]) * k] as Point;
  });
}

/**
 * Where (x, y) lies relative to a ring: 1 inside, 0 on it (within ON_EDGE), -1 outside.
 * One pass for both the crossing parity and the nearest edge.
 */
function locate(x: number, y: number, ring: Ring): -1 | 0 | 1 {
  const { xs, ys } = ring;
  const limit2 = ON_EDGE * ON_EDGE;
  let inside = false;
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    const ax = xs[j]!;
    const ay = ys[j]!;
    const bx = xs[i]!;
    const by = ys[i]!;
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

export class NavScene {
  readonly floor: Floor;
  private readonly outline: Ring;
  /** obstacles as drawn (for isFree) and grown (for walking) */
  private readonly obstacles: Ring[];
  private readonly grownObstacles: Ring[];
  private readonly obstacleIndex: Flatbush | null;
  /** outline and grown-obstacle edges; free space on the left of each */
  private readonly ex0: Float64Array;
  private readonly ey0: Float64Array;
  private readonly ex1: Float64Array;
  private readonly ey1: Float64Array;
  private readonly edgeIndex: Flatbush | null;
  /** the same edges in a grid, for sight lines */
  private readonly edgeGrid: EdgeGrid | null;
  /** per edge: the obstacle (index into parts) it is an edge of, -1 for the outline */
  private readonly edgeOwner: Int32Array;
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
  private readonly holdsPoint = (i: number): boolean => locate(this.px, this.py, this.obstacles[i]!) === 1;
  private readonly grownTouchesPoint = (i: number): boolean => locate(this.px, this.py, this.grownObstacles[i]!) >= 0;
  /** stacks for the index walks of the hot tests (visible, isFree, isStrictlyFree): none of them nests */
  private readonly edgeStack = new IndexStack();
  private readonly obstacleStack = new IndexStack();

  /** per obstacle: a key (kind, id, piece) and its box, its kept edges and its corner nodes, for the next scene to re-use */
  private readonly parts: ObstaclePart[];

  /**
   * `reuse`: the scene of an earlier version of the floor and boxes round what changed since
   * (desks only): obstacles clear of every box keep their rings, kept edges and corner nodes (each
   * depends only on the obstacles touching it); the rest, and the indexes, are built anew. The
   * result is the scene a fresh build gives.
   */
  constructor(floor: Floor, options: ObstacleOptions = {}, reuse?: { previous: NavScene; boxes: readonly Box[] }) {
    this.floor = floor;
    const usable = floor.outline.length >= 3 && Math.abs(signedArea(floor.outline)) > 0;
    this.outline = usable ? ringFrom(floor.outline, true) : { xs: new Float64Array(0), ys: new Float64Array(0) };
    const found = usable ? floorObstacles(floor, options) : [];
    const clear = (b: Box) => !reuse || reuse.boxes.every((c) => c.maxX < b.minX - REUSE_MARGIN || c.minX > b.maxX + REUSE_MARGIN || c.maxY < b.minY - REUSE_MARGIN || c.minY > b.maxY + REUSE_MARGIN);
    const previous = reuse?.previous.parts ?? [];
    // the earlier parts by kind, id and piece, worked out only when they are not in the same order
    let earlier: Map<string, Map<string, ObstaclePart[]>> | null = null;
    const earlierPart = (kind: string, id: string, piece: number): ObstaclePart | undefined => {
      if (!earlier) {
        earlier = new Map();
        for (const part of previous) {
          let byId = earlier.get(part.kind);
          if (!byId) earlier.set(part.kind, (byId = new Map()));
          let list = byId.get(part.id);
          if (!list) byId.set(part.id, (list = []));
          list[part.piece] = part;
        }
      }
      return earlier.get(kind)?.get(id)?.[piece];
    };
    const pieces = new Map<string, Map<string, number>>();
    this.parts = found.map((o, i) => {
      let byId = pieces.get(o.kind);
      if (!byId) pieces.set(o.kind, (byId = new Map()));
      const n = byId.get(o.id) ?? 0;
      byId.set(o.id, n + 1);
      const same = previous[i];
      const before = same && same.kind === o.kind && same.id === o.id && same.piece === n ? same : reuse ? earlierPart(o.kind, o.id, n) : undefined;
      // an obstacle clear of every change keeps what was worked out for it (shared: it is not changed after)
      if (before && samePolygon(before.polygon, o.polygon) && clear(before.box)) return before;
      const grown = ringFrom(grow(o.polygon, OBSTACLE_MARGIN), false);
      return {
        kind: o.kind,
        id: o.id,
        piece: n,
        polygon: o.polygon,
        ring: ringFrom(o.polygon, false),
        grown,
        box: { minX: min(grown.xs), minY: min(grown.ys), maxX: max(grown.xs), maxY: max(grown.ys) },
        convex: isConvex(grown),
        edges: null,
        corners: null,
      };
    });
    this.obstacles = this.parts.map((p) => p.ring);
    this.grownObstacles = this.parts.map((p) => p.grown);

    this.obstacleIndex = this.parts.length ? new Flatbush(this.parts.length) : null;
    for (const { box } of this.parts) this.obstacleIndex!.add(box.minX, box.minY, box.maxX, box.maxY);
    this.obstacleIndex?.finish();

    const groups = this.blockingEdges();
    let edgeCount = 0;
    for (const group of groups) edgeCount += group.length / 4;
    this.ex0 = new Float64Array(edgeCount);
    this.ey0 = new Float64Array(edgeCount);
    this.ex1 = new Float64Array(edgeCount);
    this.ey1 = new Float64Array(edgeCount);
    this.edgeOwner = new Int32Array(edgeCount);
    this.edgeIndex = edgeCount ? new Flatbush(edgeCount) : null;
    let e = 0;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      for (let k = 0; k < group.length; k += 4, e++) {
        this.edgeOwner[e] = g - 1; // the outline's group comes first
        const x0 = group[k]!;
        const y0 = group[k + 1]!;
        const x1 = group[k + 2]!;
        const y1 = group[k + 3]!;
        this.ex0[e] = x0;
        this.ey0[e] = y0;
        this.ex1[e] = x1;
        this.ey1[e] = y1;
        this.edgeIndex!.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
      }
    }
    this.edgeIndex?.finish();
    this.edgeGrid = edgeCount ? new EdgeGrid(this.ex0, this.ey0, this.ex1, this.ey1, GRID_CELL) : null;

    const nodes = this.findNodes();
    this.nodeX = Float64Array.from(nodes, (n) => n[0]);
    this.nodeY = Float64Array.from(nodes, (n) => n[1]);
    this.nodePrevX = Float64Array.from(nodes, (n) => n[2]);
    this.nodePrevY = Float64Array.from(nodes, (n) => n[3]);
    this.nodeNextX = Float64Array.from(nodes, (n) => n[4]);
    this.nodeNextY = Float64Array.from(nodes, (n) => n[5]);
  }

  /**
   * Outline edges and grown-obstacle edges, as flat x0,y0,x1,y1: the outline's, then each
   * obstacle's. An obstacle edge that runs through the inside of another, convex obstacle is left
   * out (the seams of a bench): a path touching it would have to cross that obstacle's own edges
   * first.
   */
  private blockingEdges(): number[][] {
    const outline: number[] = [];
    const { xs, ys } = this.outline;
    if (xs.length >= 3) {
      for (let i = 0; i < xs.length; i++) {
        const j = (i + 1) % xs.length;
        outline.push(xs[i]!, ys[i]!, xs[j]!, ys[j]!);
      }
    }
    const groups = [outline];
    const neighbours: number[] = [];
    this.parts.forEach((part, own) => {
      if (!part.edges) {
        // the convex obstacles whose boxes meet this one's: only they can cover one of its edges
        // (one index search per obstacle, not one per edge)
        const { minX, minY, maxX, maxY } = part.box;
        neighbours.length = 0;
        anyItemIn(this.obstacleIndex!, this.obstacleStack, minX, minY, maxX, maxY, (k) => {
          if (k !== own && this.parts[k]!.convex) neighbours.push(k);
          return false;
        });
        part.edges = this.keptEdges(part.grown, neighbours);
      }
      groups.push(part.edges);
    });
    return groups;
  }

  /** The edges of an obstacle's ring that none of the convex obstacles `others` covers, as flat x0,y0,x1,y1. */
  private keptEdges({ xs, ys }: Ring, others: readonly number[]): number[] {
    const kept: number[] = [];
    if (xs.length < 3) return kept;
    for (let i = 0; i < xs.length; i++) {
      const j = (i + 1) % xs.length;
      const x0 = xs[i]!;
      const y0 = ys[i]!;
      const x1 = xs[j]!;
      const y1 = ys[j]!;
      const mx = (x0 + x1) / 2;
      const my = (y0 + y1) / 2;
      let covered = false;
      for (const k of others) {
        const box = this.parts[k]!.box;
        // the index's test: the other's box meets the edge's box
        if (box.maxX < Math.min(x0, x1) || box.maxY < Math.min(y0, y1) || box.minX > Math.max(x0, x1) || box.minY > Math.max(y0, y1)) continue;
        const other = this.grownObstacles[k]!;
        if (locate(mx, my, other) === 1 && locate(x0, y0, other) >= 0 && locate(x1, y1, other) >= 0) {
          covered = true;
          break;
        }
      }
      if (!covered) kept.push(x0, y0, x1, y1);
    }
    return kept;
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
   */
  private findNodes(): Corner[] {
    const nodes: Corner[] = [];
    const seen = new Set<string>();
    const take = (corners: readonly Corner[]) => {
      for (const c of corners) {
        const key = `${Math.round(c[0] * 1e7)},${Math.round(c[1] * 1e7)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        nodes.push(c);
      }
    };
    if (this.outline.xs.length >= 3) take(this.ringCorners(this.outline));
    for (const part of this.parts) {
      if (part.grown.xs.length < 3) continue;
      part.corners ??= this.ringCorners(part.grown);
      take(part.corners);
    }
    return nodes;
  }

  /**
   * The corners of one ring where free space bends by more than 180° (a right turn, free space
   * on the left), each tested by three probes just outside it: nudged position and neighbours.
   */
  private ringCorners({ xs, ys }: Ring): Corner[] {
    const corners: Corner[] = [];
    const n = xs.length;
    for (let i = 0; i < n; i++) {
      const px = xs[(i + n - 1) % n]!;
      const py = ys[(i + n - 1) % n]!;
      const cx = xs[i]!;
      const cy = ys[i]!;
      const qx = xs[(i + 1) % n]!;
      const qy = ys[(i + 1) % n]!;
      // Free space on the left: a right turn is a corner that free space wraps round.
      if (orient2d(px, py, cx, cy, qx, qy) <= 0) continue; // robust-predicates: > 0 is clockwise
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
      corners.push([x, y, px - cx, py - cy, qx - cx, qy - cy]);
    }
    return corners;
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
    if (this.outline.xs.length < 3 || locate(x, y, this.outline) < 0) return false;
    if (!this.obstacleIndex) return true;
    this.px = x;
    this.py = y;
    return !anyItemIn(this.obstacleIndex, this.obstacleStack, x, y, x, y, this.holdsPoint);
  }

  /**
   * isFree at (x, y) and at the four points `r` away along the axes, in one look at the obstacle
   * index (the grid's test that a point is not on the seam of two touching desks).
   */
  isFreeAround(x: number, y: number, r: number): boolean {
    if (!Number.isFinite(x) || !Number.isFinite(y) || this.outline.xs.length < 3) return false;
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
    for (let k = 0; k < 10; k += 2) if (locate(probes[k]!, probes[k + 1]!, this.outline) < 0) return false;
    if (!this.obstacleIndex) return true;
    return !anyItemIn(this.obstacleIndex, this.obstacleStack, x - r, y - r, x + r, y + r, this.holdsAProbe);
  }

  private readonly aroundProbes = new Float64Array(10);
  /** obstacle i holds one of aroundProbes strictly inside */
  private readonly holdsAProbe = (i: number): boolean => {
    const ring = this.obstacles[i]!;
    const probes = this.aroundProbes;
    for (let k = 0; k < 10; k += 2) if (locate(probes[k]!, probes[k + 1]!, ring) === 1) return true;
    return false;
  };

  /** Strictly inside the outline and strictly outside every grown obstacle: a point paths may start from. */
  isStrictlyFree(x: number, y: number): boolean {
    if (this.outline.xs.length < 3 || locate(x, y, this.outline) !== 1) return false;
    if (!this.obstacleIndex) return true;
    this.px = x;
    this.py = y;
    return !anyItemIn(this.obstacleIndex, this.obstacleStack, x - ON_EDGE, y - ON_EDGE, x + ON_EDGE, y + ON_EDGE, this.grownTouchesPoint);
  }

  /**
   * Free points next to the edges within `radius` of (x, y): the closest point of each edge moved
   * NODE_NUDGE to its free side, kept when strictly free; nearest first. Where that point is not
   * free (the edge meets another obstacle or the outline right there), it slides a little along
   * the edge.
   */
  snapCandidates(x: number, y: number, radius: number): SnappedPoint[] {
    if (!this.edgeIndex) return [];
    const found: SnappedPoint[] = [];
    for (const e of this.edgeIndex.search(x - radius, y - radius, x + radius, y + radius)) {
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
    if (!this.edgeIndex) return Infinity;
    let best = Infinity;
    for (const e of this.edgeIndex.search(x - radius, y - radius, x + radius, y + radius)) {
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

  /** node-to-node visibility found so far (0 unknown, 1 visible, 2 blocked), shared by every field of the scene */
  private nodeSight: Uint8Array | null = null;

  /** Whether nodes u and v see each other (visible()), remembered: every field asks the same pairs. */
  nodesVisible(u: number, v: number): boolean {
    const n = this.nodeX.length;
    if (n > MAX_SIGHT_NODES) return this.visible(this.nodeX[u]!, this.nodeY[u]!, this.nodeX[v]!, this.nodeY[v]!);
    const sight = (this.nodeSight ??= new Uint8Array(n * n));
    const known = sight[u * n + v]!;
    if (known !== 0) {
      this.blocker = -1;
      return known === 1;
    }
    const seen = this.visible(this.nodeX[u]!, this.nodeY[u]!, this.nodeX[v]!, this.nodeY[v]!);
    sight[u * n + v] = sight[v * n + u] = seen ? 1 : 2;
    return seen;
  }

  /**
   * Whether the straight segment between two strictly free points stays in free space: it must
   * not touch any outline or grown-obstacle edge (grazing a corner counts as touching; the nudged
   * node at that corner carries such paths instead).
   */
  visible(ax: number, ay: number, bx: number, by: number): boolean {
    this.blocker = -1;
    if (!this.edgeIndex) return true;
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
    // A convex obstacle hides all that lies behind any chord of it; the chord between the corners
    // farthest apart as seen from the viewpoint (its outline's ends) hides the most.
    const { xs, ys } = part.grown;
    const px = shadows.viewX;
    const py = shadows.viewY;
    let first = 0;
    let last = 0;
    for (let i = 1; i < xs.length; i++) {
      const x = xs[i]! - px;
      const y = ys[i]! - py;
      if ((xs[first]! - px) * y - (ys[first]! - py) * x < 0) first = i;
      if ((xs[last]! - px) * y - (ys[last]! - py) * x > 0) last = i;
    }
    shadows.add(xs[first]!, ys[first]!, xs[last]!, ys[last]!);
  }

  /** Closed-segment intersection of edge `e` with the segment under test, with exact orientation signs. */
  private edgeTouchesSegment(e: number): boolean {
    const cx = this.ex0[e]!;
    const cy = this.ey0[e]!;
    const dx = this.ex1[e]!;
    const dy = this.ey1[e]!;
    const { sax, say, sbx, sby } = this;
    // orient2d(c, d, sa) and orient2d(c, d, sb), fast path written out (see orient)
    let l = (cy - say) * (dx - sax);
    let r = (cx - sax) * (dy - say);
    let d1 = l - r;
    if (Math.abs(d1) < ORIENT_BOUND * Math.abs(l + r)) d1 = orient2d(cx, cy, dx, dy, sax, say);
    l = (cy - sby) * (dx - sbx);
    r = (cx - sbx) * (dy - sby);
    let d2 = l - r;
    if (Math.abs(d2) < ORIENT_BOUND * Math.abs(l + r)) d2 = orient2d(cx, cy, dx, dy, sbx, sby);
    if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0)) return false;
    // orient2d(sa, sb, c) and orient2d(sa, sb, d)
    l = (say - cy) * (sbx - cx);
    r = (sax - cx) * (sby - cy);
    let d3 = l - r;
    if (Math.abs(d3) < ORIENT_BOUND * Math.abs(l + r)) d3 = orient2d(sax, say, sbx, sby, cx, cy);
    l = (say - dy) * (sbx - dx);
    r = (sax - dx) * (sby - dy);
    let d4 = l - r;
    if (Math.abs(d4) < ORIENT_BOUND * Math.abs(l + r)) d4 = orient2d(sax, say, sbx, sby, dx, dy);
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
  const minX = b.minX - BOX_SLACK;
  const maxX = b.maxX + BOX_SLACK;
  const minY = b.minY - BOX_SLACK;
  const maxY = b.maxY + BOX_SLACK;
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

function isConvex({ xs, ys }: Ring): boolean {
  const n = xs.length;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const o = orient2d(xs[i]!, ys[i]!, xs[(i + 1) % n]!, ys[(i + 1) % n]!, xs[(i + 2) % n]!, ys[(i + 2) % n]!);
    if (o === 0) continue;
    if (sign === 0) sign = Math.sign(o);
    else if (Math.sign(o) !== sign) return false;
  }
  return true;
}

function min(values: Float64Array): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

function max(values: Float64Array): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

// Snapping to a DXF underlay's drawing: its segments moved onto the plan once (underlayToPlan,
// the very numbers a snapped point keeps), boxed in a Flatbush index, and queried around the
// pointer for the nearest endpoint, crossing, midpoint, foot of the perpendicular and point on a
// line. Crossings are found only among the few segments near the pointer, on demand (a drawing
// has too many segments for all pairs). Indexes are kept per drawing (by hash), hidden layers and
// placement, so an edit elsewhere on the floor (moving a desk) does not build one again.
import Flatbush from 'flatbush';
import type { Point, Underlay } from '../floorplan/types.ts';
import { underlayToPlan, type UnderlayPlacement } from '../floorplan/underlay/transform.ts';

export interface DrawingSnapIndex {
  /** x1, y1, x2, y2 of each segment in plan metres, transformed once from the drawing */
  readonly segments: Float64Array;
  readonly count: number;
  readonly tree: Flatbush | null;
}

export interface DrawingPointHit {
  point: Point;
  /** from the pointer, metres */
  distance: number;
}

export interface DrawingLineHit extends DrawingPointHit {
  /** the drawing segment (plan metres) the point lies on */
  segment: [Point, Point];
}

/** The best drawing target of each kind within the tolerance (null where none). */
export interface DrawingSnapHits {
  endpoint: DrawingPointHit | null;
  intersection: DrawingPointHit | null;
  midpoint: DrawingPointHit | null;
  perpendicular: DrawingLineHit | null;
  nearest: DrawingLineHit | null;
}

/** Segments near the pointer tried pairwise for crossings, nearest first (dense hatching stays cheap). */
const MAX_CROSSING_CANDIDATES = 64;
/** Slack (share of a segment) for a crossing at a segment's very end. */
const ON_SEGMENT_EPS = 1e-12;

/** Moves drawing segments (x1, y1, x2, y2 in drawing units) onto the plan and indexes their boxes. */
export function buildDrawingSnapIndex(drawingSegments: Float64Array, placement: UnderlayPlacement): DrawingSnapIndex {
  const count = Math.floor(drawingSegments.length / 4);
  const segments = new Float64Array(count * 4);
  for (let i = 0; i < count * 4; i += 2) {
    const [x, y] = underlayToPlan(placement, [drawingSegments[i]!, drawingSegments[i + 1]!]);
    segments[i] = x;
    segments[i + 1] = y;
  }
  if (count === 0) return { segments, count, tree: null };
  const tree = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const x1 = segments[i * 4]!;
    const y1 = segments[i * 4 + 1]!;
    const x2 = segments[i * 4 + 2]!;
    const y2 = segments[i * 4 + 3]!;
    tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  tree.finish();
  return { segments, count, tree };
}

const EMPTY_HITS: DrawingSnapHits = { endpoint: null, intersection: null, midpoint: null, perpendicular: null, nearest: null };

/**
 * The point at parameter t along a–b; an axis-aligned segment keeps its constant coordinate, so
 * the point lies on it exactly.
 */
function along(ax: number, ay: number, bx: number, by: number, t: number): Point {
  return [ax === bx ? ax : ax + t * (bx - ax), ay === by ? ay : ay + t * (by - ay)];
}

/** The segments whose boxes come within `tolerance` of p. */
function near(index: DrawingSnapIndex, p: Point, tolerance: number): number[] {
  if (!index.tree) return [];
  return index.tree.search(p[0] - tolerance, p[1] - tolerance, p[0] + tolerance, p[1] + tolerance);
}

/**
 * The drawing's targets near `raw`: each kind's nearest within `tolerance`. `from` (the previous
 * point of a segment being drawn) adds the foot of the perpendicular from it.
 */
export function drawingSnapHits(index: DrawingSnapIndex, raw: Point, tolerance: number, from?: Point | null): DrawingSnapHits {
  const ids = near(index, raw, tolerance);
  if (ids.length === 0) return EMPTY_HITS;
  const s = index.segments;
  const [px, py] = raw;
  const hits: DrawingSnapHits = { endpoint: null, intersection: null, midpoint: null, perpendicular: null, nearest: null };
  const passing: { id: number; distance: number }[] = [];
  const consider = (kind: 'endpoint' | 'midpoint', x: number, y: number) => {
    const d = Math.hypot(x - px, y - py);
    if (d <= tolerance && (hits[kind] === null || d < hits[kind].distance)) hits[kind] = { point: [x, y], distance: d };
  };
  for (const id of ids) {
    const ax = s[id * 4]!;
    const ay = s[id * 4 + 1]!;
    const bx = s[id * 4 + 2]!;
    const by = s[id * 4 + 3]!;
    consider('endpoint', ax, ay);
    consider('endpoint', bx, by);
    consider('midpoint', (ax + bx) / 2, (ay + by) / 2);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    const q = along(ax, ay, bx, by, t);
    const d = Math.hypot(q[0] - px, q[1] - py);
    if (d > tolerance) continue;
    passing.push({ id, distance: d });
    if (hits.nearest === null || d < hits.nearest.distance) hits.nearest = { point: q, distance: d, segment: [[ax, ay], [bx, by]] };
    if (from && len2 > 0) {
      const u = ((from[0] - ax) * dx + (from[1] - ay) * dy) / len2;
      if (u > 0 && u < 1) {
        const foot = along(ax, ay, bx, by, u);
        const df = Math.hypot(foot[0] - px, foot[1] - py);
        const away = Math.hypot(foot[0] - from[0], foot[1] - from[1]);
        if (away > 1e-9 && df <= tolerance && (hits.perpendicular === null || df < hits.perpendicular.distance)) {
          hits.perpendicular = { point: foot, distance: df, segment: [[ax, ay], [bx, by]] };
        }
      }
    }
  }
  hits.intersection = nearestCrossing(s, passing, raw, tolerance);
  return hits;
}

/** Where segments i and j cross (ends included), or null when they are parallel or miss. */
export function segmentCrossing(s: Float64Array, i: number, j: number): Point | null {
  const ax = s[i * 4]!;
  const ay = s[i * 4 + 1]!;
  const bx = s[i * 4 + 2]!;
  const by = s[i * 4 + 3]!;
  const cx = s[j * 4]!;
  const cy = s[j * 4 + 1]!;
  const dx = s[j * 4 + 2]!;
  const dy = s[j * 4 + 3]!;
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx) || Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return null;
  const rx = bx - ax;
  const ry = by - ay;
  const sx = dx - cx;
  const sy = dy - cy;
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const t = ((cx - ax) * sy - (cy - ay) * sx) / den;
  const u = ((cx - ax) * ry - (cy - ay) * rx) / den;
  if (t < -ON_SEGMENT_EPS || t > 1 + ON_SEGMENT_EPS || u < -ON_SEGMENT_EPS || u > 1 + ON_SEGMENT_EPS) return null;
  // an axis-aligned segment gives its constant coordinate exactly (a vertical line at x = 60 crosses at x = 60)
  const x = rx === 0 ? ax : sx === 0 ? cx : ax + t * rx;
  const y = ry === 0 ? ay : sy === 0 ? cy : ay + t * ry;
  return [x, y];
}

function nearestCrossing(s: Float64Array, passing: { id: number; distance: number }[], raw: Point, tolerance: number): DrawingPointHit | null {
  if (passing.length < 2) return null;
  const tried = passing.length > MAX_CROSSING_CANDIDATES ? [...passing].sort((a, b) => a.distance - b.distance).slice(0, MAX_CROSSING_CANDIDATES) : passing;
  let best: DrawingPointHit | null = null;
  for (let i = 0; i < tried.length; i++) {
    for (let j = i + 1; j < tried.length; j++) {
      const p = segmentCrossing(s, tried[i]!.id, tried[j]!.id);
      if (!p) continue;
      const d = Math.hypot(p[0] - raw[0], p[1] - raw[1]);
      if (d <= tolerance && (best === null || d < best.distance)) best = { point: p, distance: d };
    }
  }
  return best;
}

/**
 * Where the horizontal ('x') or vertical ('y') through `from` crosses a drawing segment near
 * `raw` (the orthogonal lock landing on the drawing): the axis coordinate is `from`'s own, the
 * other one is on the segment.
 */
export function drawingAxisCrossing(index: DrawingSnapIndex, raw: Point, tolerance: number, from: Point, axis: 'x' | 'y'): DrawingLineHit | null {
  const s = index.segments;
  // k: the coordinate held (y on a horizontal), o: the one that moves along the axis
  const k = axis === 'x' ? 1 : 0;
  const o = 1 - k;
  const held = axis === 'x' ? from[1] : from[0];
  let best: DrawingLineHit | null = null;
  for (const id of near(index, raw, tolerance)) {
    const ak = s[id * 4 + k]!;
    const bk = s[id * 4 + 2 + k]!;
    const ao = s[id * 4 + o]!;
    const bo = s[id * 4 + 2 + o]!;
    if (ak === bk) continue; // parallel to the axis
    const t = (held - ak) / (bk - ak);
    if (t < 0 || t > 1) continue;
    const moved = ao === bo ? ao : ao + t * (bo - ao);
    const p: Point = axis === 'x' ? [moved, held] : [held, moved];
    const d = Math.hypot(p[0] - raw[0], p[1] - raw[1]);
    if (d <= tolerance && (best === null || d < best.distance)) best = { point: p, distance: d, segment: [[s[id * 4]!, s[id * 4 + 1]!], [s[id * 4 + 2]!, s[id * 4 + 3]!]] };
  }
  return best;
}

interface KeptIndex {
  /** the drawing's content hash */
  drawing: string;
  hidden: string;
  origin: Point;
  scale: number;
  rotation: number;
  index: DrawingSnapIndex;
}

/** Indexes kept: a floor's drawing and a neighbour's, when the planner goes back and forth. */
const KEPT = 3;
const kept: KeptIndex[] = [];
/** The index found for an underlay object: an edit elsewhere keeps that object, so a pointer move needs no string compare. */
const byObject = new WeakMap<Underlay, DrawingSnapIndex>();

const hiddenKey = (hidden: readonly string[] | undefined): string => (hidden && hidden.length > 0 ? [...hidden].sort().join('\u0000') : '');

/**
 * The snap index of a DXF underlay, built once per (drawing hash, hidden layers, placement) and kept.
 * `segmentsOf` gives the visible segments in drawing units, or null while the drawing is not read
 * yet (nothing is kept then, so the next call tries again).
 */
export function drawingSnapIndexFor(underlay: Underlay, segmentsOf: (underlay: Underlay) => Float64Array | null): DrawingSnapIndex | null {
  if (underlay.kind !== 'dxf') return null;
  const known = byObject.get(underlay);
  if (known) return known;
  const hidden = hiddenKey(underlay.hiddenLayers);
  const at = kept.findIndex(
    (k) => k.drawing === underlay.drawing.hash && k.hidden === hidden && k.scale === underlay.scale && k.rotation === underlay.rotation && k.origin[0] === underlay.origin[0] && k.origin[1] === underlay.origin[1],
  );
  if (at >= 0) {
    const found = kept[at]!;
    if (at > 0) kept.unshift(...kept.splice(at, 1));
    byObject.set(underlay, found.index);
    return found.index;
  }
  const segments = segmentsOf(underlay);
  if (!segments) return null;
  const index = buildDrawingSnapIndex(segments, underlay);
  kept.unshift({ drawing: underlay.drawing.hash, hidden, origin: [underlay.origin[0], underlay.origin[1]], scale: underlay.scale, rotation: underlay.rotation, index });
  kept.length = Math.min(kept.length, KEPT);
  byObject.set(underlay, index);
  return index;
}

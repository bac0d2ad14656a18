// Plane geometry over plan points (metres). Robust orientation comes from robust-predicates
// where a sign decides validity; plain arithmetic elsewhere.
import { orient2d } from 'robust-predicates';
import type { Point, Polygon } from '../types.ts';

/** Signed area by the shoelace formula: positive when counter-clockwise. */
export function signedArea(polygon: readonly Point[]): number {
  let sum = 0;
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

export function polygonArea(polygon: readonly Point[]): number {
  return Math.abs(signedArea(polygon));
}

export function perimeter(polygon: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    sum += distance(polygon[i]!, polygon[(i + 1) % polygon.length]!);
  }
  return sum;
}

export function centroid(polygon: readonly Point[]): Point {
  const a = signedArea(polygon);
  if (Math.abs(a) < 1e-12) {
    let sx = 0;
    let sy = 0;
    for (const [x, y] of polygon) {
      sx += x;
      sy += y;
    }
    return [sx / polygon.length, sy / polygon.length];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function bounds(points: readonly Point[]): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // indexed reads: destructuring a point allocates an iterator wherever V8 does not inline it
  for (let i = 0; i < points.length; i++) {
    const x = points[i]![0];
    const y = points[i]![1];
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * Length of the vector (dx, dy). Math.hypot guards against overflow that plan coordinates never
 * reach, and costs ten times as much (V8 calls it as a builtin and boxes its result).
 */
export function vectorLength(dx: number, dy: number): number {
  return Math.sqrt(dx * dx + dy * dy);
}

export function distance(a: Point, b: Point): number {
  return vectorLength(b[0] - a[0], b[1] - a[1]);
}

/** Closest point to p on segment a→b. */
export function closestPointOnSegment(p: Point, a: Point, b: Point): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return [a[0], a[1]];
  let t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return [a[0] + t * dx, a[1] + t * dy];
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  return distance(p, closestPointOnSegment(p, a, b));
}

/** Distance from p to the nearest edge of the polygon (0 on the boundary). */
export function distanceToPolygonBoundary(p: Point, polygon: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const d = distanceToSegment(p, polygon[i]!, polygon[(i + 1) % polygon.length]!);
    if (d < best) best = d;
  }
  return best;
}

/**
 * Even-odd point-in-polygon test. Points on the boundary (within `edgeTolerance`) count as
 * inside, so an occupant point on a zone line belongs to the zone.
 */
/** Squared distance from (x, y) to the segment a–b (no square root: hot loops compare it squared). */
export function segmentDistance2(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - x;
  const ey = ay + t * dy - y;
  return ex * ex + ey * ey;
}

export function pointInPolygon(p: Point, polygon: readonly Point[], edgeTolerance = 1e-9): boolean {
  // one pass for the crossing parity and the distance to each edge (squared: no roots in the loop)
  // indexed reads, not destructuring: this runs millions of times per building check, and an
  // unoptimised destructuring allocates an iterator per point
  const x = p[0];
  const y = p[1];
  const tolerance2 = edgeTolerance > 0 ? edgeTolerance * edgeTolerance : -1;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    const xi = a[0];
    const yi = a[1];
    const xj = b[0];
    const yj = b[1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    if (segmentDistance2(x, y, xj, yj, xi, yi) <= tolerance2) return true;
  }
  return inside;
}

function orientation(a: Point, b: Point, c: Point): number {
  // robust-predicates returns the sign with the opposite convention: >0 when clockwise.
  return -orient2d(a[0], a[1], b[0], b[1], c[0], c[1]);
}

function onSegment(a: Point, b: Point, p: Point): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** True when closed segments p1-p2 and q1-q2 share at least one point (exact predicates). */
export function segmentsIntersect(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = Math.sign(orientation(q1, q2, p1));
  const d2 = Math.sign(orientation(q1, q2, p2));
  const d3 = Math.sign(orientation(p1, p2, q1));
  const d4 = Math.sign(orientation(p1, p2, q2));
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  if (d1 === 0 && onSegment(q1, q2, p1)) return true;
  if (d2 === 0 && onSegment(q1, q2, p2)) return true;
  if (d3 === 0 && onSegment(p1, p2, q1)) return true;
  if (d4 === 0 && onSegment(p1, p2, q2)) return true;
  return false;
}

/** Intersection point of lines through segments (null when parallel). */
export function segmentIntersectionPoint(p1: Point, p2: Point, q1: Point, q2: Point): Point | null {
  const rx = p2[0] - p1[0];
  const ry = p2[1] - p1[1];
  const sx = q2[0] - q1[0];
  const sy = q2[1] - q1[1];
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const t = ((q1[0] - p1[0]) * sy - (q1[1] - p1[1]) * sx) / den;
  return [p1[0] + t * rx, p1[1] + t * ry];
}

export type PolygonProblem =
  | { code: 'too-few-points'; count: number }
  | { code: 'not-finite'; index: number }
  | { code: 'duplicate-point'; index: number }
  | { code: 'zero-area' }
  | { code: 'self-intersecting'; edges: [number, number]; at: Point | null };

/**
 * Why a polygon is unusable, or null when it is valid: at least 3 finite points, no two
 * consecutive points equal, no edge crossing or touching a non-adjacent edge, non-zero area.
 */
export function polygonProblem(polygon: readonly Point[]): PolygonProblem | null {
  if (polygon.length < 3) return { code: 'too-few-points', count: polygon.length };
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return { code: 'not-finite', index: i };
  }
  const n = polygon.length;
  for (let i = 0; i < n; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % n]!;
    if (a[0] === b[0] && a[1] === b[1]) return { code: 'duplicate-point', index: (i + 1) % n };
  }
  // O(n²) is fine: outlines and zones have tens of vertices, not thousands.
  // True crossings of non-adjacent edges first (a bow-tie has zero net area but is a crossing).
  for (let i = 0; i < n; i++) {
    const a1 = polygon[i]!;
    const a2 = polygon[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const b1 = polygon[j]!;
      const b2 = polygon[(j + 1) % n]!;
      if (segmentsIntersect(a1, a2, b1, b2)) {
        return { code: 'self-intersecting', edges: [i, j], at: segmentIntersectionPoint(a1, a2, b1, b2) ?? a1 };
      }
    }
  }
  if (polygonArea(polygon) < 1e-9) return { code: 'zero-area' };
  // Adjacent edges share one vertex; they are bad only when they fold back onto each other.
  for (let i = 0; i < n; i++) {
    const prev = polygon[(i + n - 1) % n]!;
    const shared = polygon[i]!;
    const next = polygon[(i + 1) % n]!;
    if (orientation(prev, shared, next) === 0) {
      const dot = (prev[0] - shared[0]) * (next[0] - shared[0]) + (prev[1] - shared[1]) * (next[1] - shared[1]);
      if (dot > 0) return { code: 'self-intersecting', edges: [(i + n - 1) % n, i], at: shared };
    }
  }
  return null;
}

export function isValidPolygon(polygon: readonly Point[]): boolean {
  return polygonProblem(polygon) === null;
}

/** Rotate v by `degrees` counter-clockwise. */
export function rotate(v: Point, degrees: number): Point {
  const r = (degrees * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return [v[0] * c - v[1] * s, v[0] * s + v[1] * c];
}

/** Rectangle of `width` × `depth` centred on `at`, turned by `rotation` degrees, CCW corners. */
export function orientedRectangle(at: Point, width: number, depth: number, rotation: number): Polygon {
  const hw = width / 2;
  const hd = depth / 2;
  const local: Point[] = [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ];
  return local.map((p) => {
    const [rx, ry] = rotate(p, rotation);
    return [at[0] + rx, at[1] + ry] as Point;
  });
}

/** Minimum distance between two polygons' boundaries, 0 when they overlap or touch. */
export function polygonDistance(a: readonly Point[], b: readonly Point[]): number {
  if (pointInPolygon(a[0]!, b) || pointInPolygon(b[0]!, a)) return 0;
  let best = Infinity;
  for (let i = 0; i < a.length; i++) {
    const a1 = a[i]!;
    const a2 = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      const b1 = b[j]!;
      const b2 = b[(j + 1) % b.length]!;
      if (segmentsIntersect(a1, a2, b1, b2)) return 0;
      best = Math.min(
        best,
        distanceToSegment(a1, b1, b2),
        distanceToSegment(a2, b1, b2),
        distanceToSegment(b1, a1, a2),
        distanceToSegment(b2, a1, a2),
      );
    }
  }
  return best;
}

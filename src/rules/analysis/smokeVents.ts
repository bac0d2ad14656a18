// Smoke venting of one zone (fire.smoke-control): the natural vents it has (the openable part of
// its windows high enough to let smoke out, GB 51251 §4.3.3), their area, and the farthest point
// of the zone from the nearest vent or exhaust inlet in a straight horizontal line (§4.3.2,
// §4.4.12 say 水平距离). The farthest point is found by branch and bound over the polygon:
// distance to a set of segments grows by at most 1 m per metre moved, so a cell whose centre is d
// from the nearest vent holds no point farther than d + its half-diagonal. Far from the limit the
// answer is found to `COARSE` (a long façade of windows makes a long flat ridge that costs
// much to resolve finely); where that leaves the limit in doubt, to `PRECISION`.
import { bounds, closestPointOnSegment, distanceToPolygonBoundary, perimeter, pointInPolygon, polygonArea, segmentDistance2, vectorLength } from '../../floorplan/geometry/polygon.ts';
import FlatQueue from 'flatqueue';
import type { Point, Polygon, WindowPane } from '../../floorplan/types.ts';

/** A vent as a segment on plan (an exhaust inlet is a segment of zero length). */
export interface VentSegment {
  id: string;
  a: Point;
  b: Point;
}

/** The part of a window that lies on a zone, as a vent. */
export interface ZoneVent extends VentSegment {
  /** effective vent area (m²): length on the zone × height in the smoke band × openable fraction */
  area: number;
}

/** Which band of the wall counts as a vent opening (heights above the floor, m). */
export interface VentBand {
  bottom: number;
  top: number;
}

/** A window counts for a zone where it lies inside the zone or this close (m) to its edge: a wall's thickness. */
export const WINDOW_ON_ZONE = 0.3;
/** Windows are cut in pieces this long (m) at most to find the part lying on a zone. */
const WINDOW_PIECE = 0.1;
/** Precision (m) of the farthest distance. */
export const PRECISION = 0.005;
/** Precision (m) where the limit is farther than this from the answer. */
export const COARSE = 0.25;
/** First cell size (m) of the branch and bound. */
const START_CELL = 2;

/**
 * The band of the wall a natural vent must reach into (GB 51251 §4.3.3-1): in corridors and where
 * the clear height H ≤ `lowCeiling`, above `lowFraction` × H; elsewhere within the smoke
 * reservoir, the top max(`reservoirFraction` × H, `reservoirMin`) of the room (§4.6.2).
 */
export function ventBand(clearHeight: number, corridor: boolean, p: { lowCeiling: number; lowFraction: number; reservoirFraction: number; reservoirMin: number }): VentBand {
  const top = clearHeight;
  if (corridor || clearHeight <= p.lowCeiling + 1e-9) return { bottom: p.lowFraction * clearHeight, top };
  return { bottom: Math.max(0, clearHeight - Math.max(p.reservoirFraction * clearHeight, p.reservoirMin)), top };
}

function onZone(p: Point, polygon: Polygon): boolean {
  return pointInPolygon(p, polygon) || distanceToPolygonBoundary(p, polygon) <= WINDOW_ON_ZONE;
}

/**
 * The vents a zone has: each window's runs of pieces lying on the zone, with the area of the
 * openable part in the band (a window without `openable` is fixed glazing: no vent).
 */
export function zoneVents(polygon: Polygon, windows: readonly WindowPane[], band: VentBand): ZoneVent[] {
  const out: ZoneVent[] = [];
  const box = bounds(polygon);
  for (const w of windows) {
    const height = Math.min(w.head, band.top) - Math.max(w.sill, band.bottom);
    const open = w.openable ?? 0;
    if (!(height > 0) || !(open > 0)) continue;
    const minX = Math.min(w.a[0], w.b[0]);
    const maxX = Math.max(w.a[0], w.b[0]);
    const minY = Math.min(w.a[1], w.b[1]);
    const maxY = Math.max(w.a[1], w.b[1]);
    if (maxX < box.minX - WINDOW_ON_ZONE || minX > box.maxX + WINDOW_ON_ZONE || maxY < box.minY - WINDOW_ON_ZONE || minY > box.maxY + WINDOW_ON_ZONE) continue;
    const length = vectorLength(w.b[0] - w.a[0], w.b[1] - w.a[1]);
    const n = Math.max(1, Math.ceil(length / WINDOW_PIECE));
    const at = (t: number): Point => [w.a[0] + ((w.b[0] - w.a[0]) * t) / n, w.a[1] + ((w.b[1] - w.a[1]) * t) / n];
    let start = -1;
    const close = (end: number) => {
      out.push({ id: w.id, a: at(start), b: at(end), area: ((end - start) / n) * length * height * open });
      start = -1;
    };
    for (let k = 0; k < n; k++) {
      const on = onZone(at(k + 0.5), polygon);
      if (on && start < 0) start = k;
      if (!on && start >= 0) close(k);
    }
    if (start >= 0) close(n);
  }
  return out;
}

/** Whether any window, openable or not, lies on the zone (a room with only fixed glazing is not windowless). */
export function hasWindowOn(polygon: Polygon, windows: readonly WindowPane[]): boolean {
  return zoneVents(polygon, windows.map((w) => ({ ...w, openable: 1 })), { bottom: -Infinity, top: Infinity }).length > 0;
}

export interface Farthest {
  /** distance (m) of the zone's farthest point from the nearest vent; Infinity without vents */
  distance: number;
  point: Point;
  /** the vent nearest to that point */
  ventId: string | null;
}

function nearest(p: Point, vents: readonly VentSegment[]): { d: number; id: string | null } {
  let best = Infinity;
  let id: string | null = null;
  for (const v of vents) {
    const d2 = segmentDistance2(p[0], p[1], v.a[0], v.a[1], v.b[0], v.b[1]);
    if (d2 < best) {
      best = d2;
      id = v.id;
    }
  }
  return { d: Math.sqrt(best), id };
}

function closestOnBoundary(p: Point, polygon: Polygon): Point {
  let best: Point = polygon[0]!;
  let bestD = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const q = closestPointOnSegment(p, polygon[i]!, polygon[(i + 1) % polygon.length]!);
    const d = vectorLength(q[0] - p[0], q[1] - p[1]);
    if (d < bestD) {
      bestD = d;
      best = q;
    }
  }
  return best;
}

/**
 * The point of the polygon (boundary included) farthest from the nearest vent: its distance is
 * within PRECISION of the farthest where that decides whether it is over `limit`, else within COARSE.
 */
export function farthestFromVents(polygon: Polygon, vents: readonly VentSegment[], limit: number): Farthest {
  const coarse = farthestTo(polygon, vents, COARSE);
  const doubt = coarse.distance <= limit + PRECISION && coarse.distance + COARSE > limit;
  return doubt ? farthestTo(polygon, vents, PRECISION) : coarse;
}

function farthestTo(polygon: Polygon, vents: readonly VentSegment[], precision: number): Farthest {
  if (vents.length === 0) return { distance: Infinity, point: polygon[0]!, ventId: null };
  let best: Farthest = { distance: -1, point: polygon[0]!, ventId: null };
  const consider = (p: Point) => {
    const n = nearest(p, vents);
    if (n.d > best.distance) best = { distance: n.d, point: p, ventId: n.id };
  };
  for (const v of polygon) consider(v);
  const b = bounds(polygon);
  // best first: the cell that may hold the farthest point is split first, so the rest prune sooner
  const queue = new FlatQueue<[number, number, number]>();
  const push = (cx: number, cy: number, h: number) => {
    const r = h * Math.SQRT2;
    const c: Point = [cx, cy];
    const inside = pointInPolygon(c, polygon);
    if (!inside && distanceToPolygonBoundary(c, polygon) > r) return;
    const n = nearest(c, vents);
    if (n.d + r <= best.distance + precision) return;
    if (!inside) consider(closestOnBoundary(c, polygon));
    else if (n.d > best.distance) best = { distance: n.d, point: c, ventId: n.id };
    if (r > precision) queue.push([cx, cy, h], -(n.d + r));
  };
  for (let x = b.minX; x < b.maxX; x += START_CELL) for (let y = b.minY; y < b.maxY; y += START_CELL) push(x + START_CELL / 2, y + START_CELL / 2, START_CELL / 2);
  while (queue.length > 0) {
    if (-queue.peekValue()! <= best.distance + precision) break;
    const [cx, cy, h] = queue.pop()!;
    const q = h / 2;
    push(cx - q, cy - q, q);
    push(cx + q, cy - q, q);
    push(cx - q, cy + q, q);
    push(cx + q, cy + q, q);
  }
  return best;
}

/**
 * Length of a corridor zone: the long side of the rectangle with the zone's area and perimeter
 * (s = perimeter / 2: length = (s + √(s² − 4·area)) / 2). Exact for a straight corridor and for an
 * L or U of one width (its centre-line length); a compact shape reads as its square's side.
 */
export function corridorLength(polygon: Polygon): number {
  const s = perimeter(polygon) / 2;
  const a = polygonArea(polygon);
  return (s + Math.sqrt(Math.max(0, s * s - 4 * a))) / 2;
}

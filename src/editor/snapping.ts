// Snapping a pointer position (plan metres) to what a CAD user expects, strongest first:
// endpoints (wall ends, outline / zone / core corners), crossings of walls and outline edges,
// midpoints, the foot of the perpendicular from the previous point, wall lines and the outline
// (on a horizontal or vertical one, at a grid step along it when that is near), then the grid. While a segment is drawn, one that runs within NEAR_AXIS_DEGREES of horizontal
// or vertical is made exactly axis-aligned. With the orthogonal lock (Shift) the point is held on
// the horizontal or vertical through the previous point and snapped to the grid along it.
//
// A DXF underlay's drawing (drawingSnap.ts) adds its endpoints, crossings, midpoints, feet of the
// perpendicular and nearest points on its lines; within a kind the plan and the drawing compete by
// distance. A drawing snap is kept as found: never moved to the grid or onto an axis, so the point
// lies on the drawing. Under the orthogonal lock the point lands where the axis crosses a drawing
// line near the pointer.
//
// Snapped coordinates are stored as they read: a target's own numbers, a grid multiple rounded
// in decimal (3.3, never 3.3000000000000003), the previous point's x or y on an axis. Points no
// snap applies to lose only floating noise (CLEAN_DECIMALS).
import { closestPointOnSegment, distance } from '../floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon } from '../floorplan/types.ts';
import { drawingAxisCrossing, drawingSnapHits, type DrawingPointHit, type DrawingSnapIndex } from './drawingSnap.ts';

/** 'nearest': the closest point on a line of the drawing (plan lines say 'wall' or 'outline'). */
export type SnapKind = 'endpoint' | 'intersection' | 'midpoint' | 'perpendicular' | 'wall' | 'outline' | 'nearest' | 'grid' | 'none';

export interface SnapSettings {
  /** grid step (m) */
  grid: number;
  /** how close (m) the pointer must come to a point or line to snap to it */
  tolerance: number;
  enabled: boolean;
}

export const DEFAULT_SNAP: SnapSettings = { grid: 0.1, tolerance: 0.3, enabled: true };

/** A segment this close (degrees) to horizontal or vertical is drawn exactly axis-aligned. */
export const NEAR_AXIS_DEGREES = 1.5;
const NEAR_AXIS_SLOPE = Math.tan((NEAR_AXIS_DEGREES * Math.PI) / 180);
/** Decimals kept of a point no snap applies to: micrometres, enough to drop floating noise. */
export const CLEAN_DECIMALS = 6;

export interface SnapLine {
  a: Point;
  b: Point;
  kind: 'wall' | 'outline';
  /** wall id, or the outline edge's index as a string */
  ref: string;
}

export interface SnapTargets {
  endpoints: Point[];
  midpoints: Point[];
  lines: SnapLine[];
  /** where two lines cross (ends excluded: those are endpoints already) */
  intersections: Point[];
}

/** The horizontal ('x') or vertical ('y') line through `from` the point was held on. */
export interface SnapGuide {
  from: Point;
  axis: 'x' | 'y';
}

export interface SnapResult {
  point: Point;
  kind: SnapKind;
  /** the wall or outline edge snapped onto */
  line?: SnapLine;
  /** Shift held the point on an axis */
  ortho: boolean;
  /** the axis the point was held on (Shift, or a segment drawn nearly axis-aligned) */
  guide?: SnapGuide;
  /** 'drawing': the point is on the underlay's drawing (absent: a plan element or the grid) */
  source?: 'drawing';
  /** the drawing segment (plan metres) the point lies on, for a perpendicular or nearest snap */
  segment?: [Point, Point];
}

/** Rounds to `decimals` places in decimal: the double nearest the decimal number, -0 as 0. */
export function roundDecimal(v: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(v * scale) / scale + 0;
}

const clean = (v: number): number => roundDecimal(v, 9);
const mid = (a: Point, b: Point): Point => [clean((a[0] + b[0]) / 2), clean((a[1] + b[1]) / 2)];

/** Decimal places of a grid step (0.1 → 1, 0.25 → 2, 5 → 0), at most 9. */
function stepDecimals(step: number): number {
  for (let d = 0; d < 9; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 9;
}

/** The nearest multiple of `step`, computed in integers so 33 × 0.1 reads 3.3. */
export function roundToStep(v: number, step: number): number {
  if (!(step > 0)) return v;
  const decimals = stepDecimals(step);
  const scale = 10 ** decimals;
  const units = Math.round(step * scale);
  return (Math.round(v / step) * units) / scale + 0;
}

function polygonEdges(polygon: Polygon): [Point, Point][] {
  return polygon.map((p, i) => [p, polygon[(i + 1) % polygon.length]!]);
}

/**
 * Where the lines through a–b and c–d cross, or null when parallel. An axis-aligned line gives its
 * constant coordinate exactly (a vertical wall at x = 60 crosses at x = 60, not 59.99999999).
 */
export function lineCrossing(a: Point, b: Point, c: Point, d: Point): Point | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (den === 0) return null;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
  let x = clean(a[0] + t * rx);
  let y = clean(a[1] + t * ry);
  if (rx === 0) x = a[0];
  else if (sx === 0) x = c[0];
  if (ry === 0) y = a[1];
  else if (sy === 0) y = c[1];
  return [x, y];
}

const within = (v: number, lo: number, hi: number, eps: number): boolean => v >= Math.min(lo, hi) - eps && v <= Math.max(lo, hi) + eps;
const samePoint = (p: Point, q: Point): boolean => Math.abs(p[0] - q[0]) < 1e-9 && Math.abs(p[1] - q[1]) < 1e-9;

/** Crossings of the lines, found by a sweep over their x extents (ends excluded). */
export function lineIntersections(lines: readonly SnapLine[]): Point[] {
  const sorted = [...lines].sort((p, q) => Math.min(p.a[0], p.b[0]) - Math.min(q.a[0], q.b[0]));
  const out: Point[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const l = sorted[i]!;
    const maxX = Math.max(l.a[0], l.b[0]);
    for (let j = i + 1; j < sorted.length; j++) {
      const m = sorted[j]!;
      if (Math.min(m.a[0], m.b[0]) > maxX + 1e-9) break;
      if (Math.max(l.a[1], l.b[1]) < Math.min(m.a[1], m.b[1]) - 1e-9 || Math.max(m.a[1], m.b[1]) < Math.min(l.a[1], l.b[1]) - 1e-9) continue;
      const p = lineCrossing(l.a, l.b, m.a, m.b);
      if (!p) continue;
      const onBoth = within(p[0], l.a[0], l.b[0], 1e-9) && within(p[1], l.a[1], l.b[1], 1e-9) && within(p[0], m.a[0], m.b[0], 1e-9) && within(p[1], m.a[1], m.b[1], 1e-9);
      if (!onBoth || samePoint(p, l.a) || samePoint(p, l.b) || samePoint(p, m.a) || samePoint(p, m.b)) continue;
      out.push(p);
    }
  }
  return out;
}

const floorTargets = new WeakMap<Floor, SnapTargets>();

/**
 * Snap targets of a floor: walls, outline, zones and cores (never desks: there are thousands).
 * Kept per floor object (an edit makes a new one), since the crossings take a sweep to find.
 */
export function floorSnapTargets(floor: Floor): SnapTargets {
  const known = floorTargets.get(floor);
  if (known) return known;
  const endpoints: Point[] = [];
  const midpoints: Point[] = [];
  const lines: SnapLine[] = [];
  for (const wall of floor.walls) {
    endpoints.push(wall.a, wall.b);
    midpoints.push(mid(wall.a, wall.b));
    lines.push({ a: wall.a, b: wall.b, kind: 'wall', ref: wall.id });
  }
  polygonEdges(floor.outline).forEach(([a, b], i) => {
    endpoints.push(a);
    midpoints.push(mid(a, b));
    lines.push({ a, b, kind: 'outline', ref: String(i) });
  });
  for (const polygon of [...floor.zones.map((z) => z.polygon), ...floor.cores.map((c) => c.polygon), ...floor.columns.map((c) => c.polygon)]) endpoints.push(...polygon);
  const targets = { endpoints, midpoints, lines, intersections: lineIntersections(lines) };
  floorTargets.set(floor, targets);
  return targets;
}

/** Snap targets of a park: the parcel, footprints and green areas (as outline lines). */
export function siteSnapTargets(polygons: readonly Polygon[]): SnapTargets {
  const targets: SnapTargets = { endpoints: [], midpoints: [], lines: [], intersections: [] };
  polygons.forEach((polygon, k) => {
    polygonEdges(polygon).forEach(([a, b], i) => {
      targets.endpoints.push(a);
      targets.midpoints.push(mid(a, b));
      targets.lines.push({ a, b, kind: 'outline', ref: `${k}:${i}` });
    });
  });
  targets.intersections = lineIntersections(targets.lines);
  return targets;
}

export const EMPTY_TARGETS: SnapTargets = { endpoints: [], midpoints: [], lines: [], intersections: [] };

export function snapToGrid(p: Point, grid: number): Point {
  if (!(grid > 0)) return [p[0], p[1]];
  return [roundToStep(p[0], grid), roundToStep(p[1], grid)];
}

/** A point no snap applies to, without floating noise. */
export function cleanPoint(p: Point): Point {
  return [roundDecimal(p[0], CLEAN_DECIMALS), roundDecimal(p[1], CLEAN_DECIMALS)];
}

function nearestPoint(p: Point, candidates: readonly Point[], tolerance: number): DrawingPointHit | null {
  let best: DrawingPointHit | null = null;
  let bestDistance = tolerance;
  for (const c of candidates) {
    const d = distance(p, c);
    if (d <= bestDistance) {
      best = { point: c, distance: d };
      bestDistance = d;
    }
  }
  return best;
}

/** The drawing's hit when it is strictly nearer than the plan's (a tie keeps the plan element). */
const drawingWins = (plan: { distance: number } | null, drawing: { distance: number } | null): boolean => drawing !== null && (plan === null || drawing.distance < plan.distance);

/** The nearest wall or outline line within `tolerance`, with the closest point on it. */
export function nearestLine(p: Point, lines: readonly SnapLine[], tolerance: number, kinds?: ReadonlySet<SnapLine['kind']>): { line: SnapLine; point: Point } | null {
  let best: { line: SnapLine; point: Point } | null = null;
  let bestDistance = tolerance;
  for (const line of lines) {
    if (kinds && !kinds.has(line.kind)) continue;
    const q = closestPointOnSegment(p, line.a, line.b);
    const d = distance(p, q);
    if (d <= bestDistance) {
      best = { line, point: onLinePoint(line, q) };
      bestDistance = d;
    }
  }
  return best;
}

/** A point on a line, keeping an axis-aligned line's constant coordinate exact. */
function onLinePoint(line: SnapLine, q: Point): Point {
  return [line.a[0] === line.b[0] ? line.a[0] : clean(q[0]), line.a[1] === line.b[1] ? line.a[1] : clean(q[1])];
}

/** The foot of the perpendicular from `from` onto a line near the pointer, inside the segment. */
function perpendicularFoot(raw: Point, from: Point, lines: readonly SnapLine[], tolerance: number): { line: SnapLine; point: Point } | null {
  let best: { line: SnapLine; point: Point } | null = null;
  let bestDistance = tolerance;
  for (const line of lines) {
    const dx = line.b[0] - line.a[0];
    const dy = line.b[1] - line.a[1];
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) continue;
    const t = ((from[0] - line.a[0]) * dx + (from[1] - line.a[1]) * dy) / len2;
    if (t <= 0 || t >= 1) continue;
    const foot = onLinePoint(line, [line.a[0] + t * dx, line.a[1] + t * dy]);
    if (distance(foot, from) < 1e-9) continue;
    const d = distance(raw, foot);
    if (d <= bestDistance) {
      best = { line, point: foot };
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A point on a horizontal or vertical line moved along it to the grid (a wall meets the outline at
 * y = 38, not 37.999999367), kept inside the segment; other lines keep the closest point.
 */
function alongGrid(line: SnapLine, p: Point, grid: number): Point {
  if (!(grid > 0)) return p;
  const clamp = (v: number, a: number, b: number) => Math.min(Math.max(v, Math.min(a, b)), Math.max(a, b));
  if (line.a[1] === line.b[1]) return [clamp(roundToStep(p[0], grid), line.a[0], line.b[0]), p[1]];
  if (line.a[0] === line.b[0]) return [p[0], clamp(roundToStep(p[1], grid), line.a[1], line.b[1])];
  return p;
}

/** The axis a segment from → p runs within NEAR_AXIS_DEGREES of, if any. */
export function nearAxis(from: Point, p: Point): 'x' | 'y' | null {
  const dx = Math.abs(p[0] - from[0]);
  const dy = Math.abs(p[1] - from[1]);
  if (dx === 0 && dy === 0) return null;
  if (dy <= dx * NEAR_AXIS_SLOPE) return 'x';
  if (dx <= dy * NEAR_AXIS_SLOPE) return 'y';
  return null;
}

/** Holds p on the horizontal ('x') or vertical ('y') through `from`: that coordinate is copied. */
const onAxis = (from: Point, p: Point, axis: 'x' | 'y'): Point => (axis === 'x' ? [p[0], from[1]] : [from[0], p[1]]);

export interface SnapOptions {
  /** the previous point of the segment being drawn (for the orthogonal lock and the near-axis snap) */
  from?: Point | null;
  /** orthogonal lock (Shift) */
  ortho?: boolean;
  /** the underlay's drawing to snap to as well (null or absent: none) */
  drawing?: DrawingSnapIndex | null;
}

export function snapPoint(raw: Point, targets: SnapTargets, settings: SnapSettings, options: SnapOptions = {}): SnapResult {
  const { from, ortho, drawing } = options;
  if (ortho && from) {
    const axis = Math.abs(raw[0] - from[0]) >= Math.abs(raw[1] - from[1]) ? 'x' : 'y';
    const crossing = settings.enabled && drawing ? drawingAxisCrossing(drawing, raw, settings.tolerance, from, axis) : null;
    if (crossing) return { point: crossing.point, kind: 'nearest', ortho: true, guide: { from, axis }, source: 'drawing', segment: crossing.segment };
    const along = settings.enabled ? snapToGrid(raw, settings.grid) : cleanPoint(raw);
    return { point: onAxis(from, along, axis), kind: settings.enabled ? 'grid' : 'none', ortho: true, guide: { from, axis } };
  }
  if (!settings.enabled) return { point: cleanPoint(raw), kind: 'none', ortho: false };
  const { tolerance } = settings;
  const onDrawing = drawing ? drawingSnapHits(drawing, raw, tolerance, from) : null;
  for (const kind of ['endpoint', 'intersection', 'midpoint'] as const) {
    const own = nearestPoint(raw, kind === 'endpoint' ? targets.endpoints : kind === 'intersection' ? targets.intersections : targets.midpoints, tolerance);
    const hit = onDrawing?.[kind] ?? null;
    if (drawingWins(own, hit)) return { point: hit!.point, kind, ortho: false, source: 'drawing' };
    if (own) return { point: [own.point[0], own.point[1]], kind, ortho: false };
  }
  const foot = from ? perpendicularFoot(raw, from, targets.lines, tolerance) : null;
  const drawingFoot = onDrawing?.perpendicular ?? null;
  if (drawingWins(foot && { distance: distance(raw, foot.point) }, drawingFoot)) return { point: drawingFoot!.point, kind: 'perpendicular', ortho: false, source: 'drawing', segment: drawingFoot!.segment };
  if (foot) return { point: foot.point, kind: 'perpendicular', line: foot.line, ortho: false };
  const online = nearestLine(raw, targets.lines, tolerance);
  const drawingLine = onDrawing?.nearest ?? null;
  if (drawingWins(online && { distance: distance(raw, online.point) }, drawingLine)) return { point: drawingLine!.point, kind: 'nearest', ortho: false, source: 'drawing', segment: drawingLine!.segment };
  const axis = from ? nearAxis(from, raw) : null;
  if (online) {
    // drawn nearly straight onto a line: land where the axis crosses it, if that is near
    if (from && axis) {
      const end: Point = axis === 'x' ? [from[0] + 1, from[1]] : [from[0], from[1] + 1];
      const p = lineCrossing(from, end, online.line.a, online.line.b);
      if (p && distance(p, raw) <= tolerance && distance(p, closestPointOnSegment(p, online.line.a, online.line.b)) < 1e-9) {
        return { point: onAxis(from, p, axis), kind: online.line.kind, line: online.line, ortho: false, guide: { from, axis } };
      }
    }
    const gridded = alongGrid(online.line, online.point, settings.grid);
    const point = distance(gridded, raw) <= tolerance ? gridded : online.point;
    return { point, kind: online.line.kind, line: online.line, ortho: false };
  }
  const grid = snapToGrid(raw, settings.grid);
  if (from && axis) return { point: onAxis(from, grid, axis), kind: 'grid', ortho: false, guide: { from, axis } };
  return { point: grid, kind: 'grid', ortho: false };
}

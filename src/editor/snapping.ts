// Snapping a pointer position (plan metres) to what a CAD user expects, strongest first:
// endpoints (wall ends, outline / zone / core corners), midpoints, wall lines and the outline,
// then the grid. With the orthogonal lock (Shift) the point is held on the horizontal or
// vertical through the previous point and snapped to the grid along it.
import { closestPointOnSegment, distance } from '../floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon } from '../floorplan/types.ts';

export type SnapKind = 'endpoint' | 'midpoint' | 'wall' | 'outline' | 'grid' | 'none';

export interface SnapSettings {
  /** grid step (m) */
  grid: number;
  /** how close (m) the pointer must come to a point or line to snap to it */
  tolerance: number;
  enabled: boolean;
}

export const DEFAULT_SNAP: SnapSettings = { grid: 0.1, tolerance: 0.3, enabled: true };

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
}

export interface SnapResult {
  point: Point;
  kind: SnapKind;
  /** the wall or outline edge snapped onto */
  line?: SnapLine;
  ortho: boolean;
}

const clean = (v: number): number => Math.round(v * 1e9) / 1e9;
const mid = (a: Point, b: Point): Point => [clean((a[0] + b[0]) / 2), clean((a[1] + b[1]) / 2)];

function polygonEdges(polygon: Polygon): [Point, Point][] {
  return polygon.map((p, i) => [p, polygon[(i + 1) % polygon.length]!]);
}

/** Snap targets of a floor: walls, outline, zones and cores (never desks: there are thousands). */
export function floorSnapTargets(floor: Floor): SnapTargets {
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
  for (const polygon of [...floor.zones.map((z) => z.polygon), ...floor.cores.map((c) => c.polygon)]) endpoints.push(...polygon);
  return { endpoints, midpoints, lines };
}

/** Snap targets of a park: the parcel, footprints and green areas (as outline lines). */
export function siteSnapTargets(polygons: readonly Polygon[]): SnapTargets {
  const targets: SnapTargets = { endpoints: [], midpoints: [], lines: [] };
  polygons.forEach((polygon, k) => {
    polygonEdges(polygon).forEach(([a, b], i) => {
      targets.endpoints.push(a);
      targets.midpoints.push(mid(a, b));
      targets.lines.push({ a, b, kind: 'outline', ref: `${k}:${i}` });
    });
  });
  return targets;
}

export const EMPTY_TARGETS: SnapTargets = { endpoints: [], midpoints: [], lines: [] };

export function snapToGrid(p: Point, grid: number): Point {
  if (!(grid > 0)) return [p[0], p[1]];
  return [clean(Math.round(p[0] / grid) * grid), clean(Math.round(p[1] / grid) * grid)];
}

function nearestPoint(p: Point, candidates: readonly Point[], tolerance: number): Point | null {
  let best: Point | null = null;
  let bestDistance = tolerance;
  for (const c of candidates) {
    const d = distance(p, c);
    if (d <= bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The nearest wall or outline line within `tolerance`, with the closest point on it. */
export function nearestLine(p: Point, lines: readonly SnapLine[], tolerance: number, kinds?: ReadonlySet<SnapLine['kind']>): { line: SnapLine; point: Point } | null {
  let best: { line: SnapLine; point: Point } | null = null;
  let bestDistance = tolerance;
  for (const line of lines) {
    if (kinds && !kinds.has(line.kind)) continue;
    const q = closestPointOnSegment(p, line.a, line.b);
    const d = distance(p, q);
    if (d <= bestDistance) {
      best = { line, point: [clean(q[0]), clean(q[1])] };
      bestDistance = d;
    }
  }
  return best;
}

export interface SnapOptions {
  /** the previous point of the segment being drawn (for the orthogonal lock) */
  from?: Point | null;
  /** orthogonal lock (Shift) */
  ortho?: boolean;
}

export function snapPoint(raw: Point, targets: SnapTargets, settings: SnapSettings, options: SnapOptions = {}): SnapResult {
  const { from, ortho } = options;
  if (ortho && from) {
    const horizontal = Math.abs(raw[0] - from[0]) >= Math.abs(raw[1] - from[1]);
    const along = settings.enabled ? snapToGrid(raw, settings.grid) : raw;
    const point: Point = horizontal ? [along[0], from[1]] : [from[0], along[1]];
    return { point, kind: settings.enabled ? 'grid' : 'none', ortho: true };
  }
  if (!settings.enabled) return { point: [raw[0], raw[1]], kind: 'none', ortho: false };
  const endpoint = nearestPoint(raw, targets.endpoints, settings.tolerance);
  if (endpoint) return { point: [endpoint[0], endpoint[1]], kind: 'endpoint', ortho: false };
  const midpoint = nearestPoint(raw, targets.midpoints, settings.tolerance);
  if (midpoint) return { point: [midpoint[0], midpoint[1]], kind: 'midpoint', ortho: false };
  const online = nearestLine(raw, targets.lines, settings.tolerance);
  if (online) return { point: online.point, kind: online.line.kind, line: online.line, ortho: false };
  return { point: snapToGrid(raw, settings.grid), kind: 'grid', ortho: false };
}

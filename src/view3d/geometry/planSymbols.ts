// Drawing symbols of the plan view as plain plan-space shapes (metres, x east, y north): wall
// bands at their thickness, hatching, door leaves and swings, window triple lines, core fills.
// No three.js here, so every end point can be checked by hand in tests; planGeometry.ts turns
// a whole floor's shapes into two merged buffers (fills, lines).
import type { Point, Polygon } from '../../floorplan/types.ts';
import type { Span } from './wallPieces.ts';

export type Segment = [Point, Point];

/** Lines and filled polygons of one colour each (a fill is a simple polygon, any orientation). */
export interface PlanShapes {
  fills: { polygon: Polygon; color: string }[];
  lines: { segment: Segment; color: string }[];
}

export const emptyShapes = (): PlanShapes => ({ fills: [], lines: [] });

export function appendShapes(into: PlanShapes, more: PlanShapes): PlanShapes {
  for (const f of more.fills) into.fills.push(f);
  for (const l of more.lines) into.lines.push(l);
  return into;
}

/** A straight wall's own axes: `along(s, v)` is `s` metres from `a` towards `b` and `v` metres to the left. */
export interface WallFrame {
  a: Point;
  length: number;
  /** unit vector a → b */
  u: Point;
  /** unit vector to the left of a → b */
  n: Point;
  along(s: number, v?: number): Point;
}

export function wallFrame(a: Point, b: Point): WallFrame {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const u: Point = length === 0 ? [1, 0] : [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
  const n: Point = [-u[1], u[0]];
  return { a, length, u, n, along: (s, v = 0) => [a[0] + u[0] * s + n[0] * v, a[1] + u[1] * s + n[1] * v] };
}

/** The rectangle of a wall piece from `from` to `to` along the frame, `thickness` wide (CCW). */
export function bandCorners(frame: WallFrame, from: number, to: number, thickness: number): Polygon {
  const h = thickness / 2;
  return [frame.along(from, -h), frame.along(to, -h), frame.along(to, h), frame.along(from, h)];
}

/**
 * 45° hatch lines clipped to the band [from, to] × [−half, half] of a frame, `spacing` apart
 * (measured along the wall), as (s, v) pairs in the frame's own coordinates.
 */
export function bandHatch(from: number, to: number, half: number, spacing: number): [[number, number], [number, number]][] {
  const out: [[number, number], [number, number]][] = [];
  if (to <= from || half <= 0 || spacing <= 0) return out;
  // lines s − v = c; c runs over every value whose line crosses the band
  const first = Math.ceil((from - half) / spacing) * spacing;
  for (let c = first; c <= to + half + 1e-9; c += spacing) {
    // on the line, s = c + v with v in [−half, half] and s in [from, to]
    const vLow = Math.max(-half, from - c);
    const vHigh = Math.min(half, to - c);
    if (vHigh - vLow <= 1e-9) continue;
    out.push([
      [c + vLow, vLow],
      [c + vHigh, vHigh],
    ]);
  }
  return out;
}

export interface WallStyle {
  fill: string | null;
  /** lines along both faces and across the ends of every piece */
  faces: string | null;
  /** a line along the centre of every piece: keeps a thin wall visible when zoomed far out */
  centre: string | null;
  hatch: { color: string; spacing: number } | null;
}

/**
 * The solid pieces of a wall between openings (spans along the frame, as `solidSpans` gives),
 * drawn in a style: filled band, face lines with end caps (door jambs included), centre line,
 * hatching clipped to each piece.
 */
export function wallShapes(frame: WallFrame, pieces: readonly Span[], thickness: number, style: WallStyle): PlanShapes {
  const shapes = emptyShapes();
  const h = thickness / 2;
  for (const { from, to } of pieces) {
    if (to - from <= 1e-9) continue;
    if (style.fill) shapes.fills.push({ polygon: bandCorners(frame, from, to, thickness), color: style.fill });
    if (style.faces) {
      const color = style.faces;
      const corners = bandCorners(frame, from, to, thickness);
      for (let i = 0; i < 4; i++) shapes.lines.push({ segment: [corners[i]!, corners[(i + 1) % 4]!], color });
    }
    if (style.centre) shapes.lines.push({ segment: [frame.along(from), frame.along(to)], color: style.centre });
    if (style.hatch) {
      const color = style.hatch.color;
      for (const [p, q] of bandHatch(from, to, h, style.hatch.spacing)) shapes.lines.push({ segment: [frame.along(p[0], p[1]), frame.along(q[0], q[1])], color });
    }
  }
  return shapes;
}

/** Points on a circular arc about `centre` from angle `start` to `end` (radians, counter-clockwise when end > start). */
export function arcPoints(centre: Point, radius: number, start: number, end: number, steps: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = start + ((end - start) * i) / steps;
    points.push([centre[0] + radius * Math.cos(a), centre[1] + radius * Math.sin(a)]);
  }
  return points;
}

export function polyline(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) out.push([points[i]!, points[i + 1]!]);
  return out;
}

/** Segments of a quarter swing. */
const ARC_STEPS = 12;

export interface DoorSwing {
  /** 1: the door opens to the left of the host's a → b; −1: to the right */
  side: 1 | -1;
  /** hinge at the opening's end nearer the host's `a` (else at the end nearer `b`) */
  hingeAtStart: boolean;
  /** two leaves, hinged at both jambs */
  double: boolean;
}

/**
 * A door in a wall seen from above: each leaf drawn open at 90° from its hinge (at the wall face
 * on the swing side) and the quarter circle its tip sweeps back to the closed position.
 * `centre` is the opening's centre distance along the frame.
 */
export function doorLines(frame: WallFrame, centre: number, width: number, thickness: number, swing: DoorSwing): Segment[] {
  const face = (swing.side * thickness) / 2;
  const start = centre - width / 2;
  const end = centre + width / 2;
  const leaves: { hinge: number; toward: 1 | -1; leaf: number }[] = swing.double
    ? [
        { hinge: start, toward: 1, leaf: width / 2 },
        { hinge: end, toward: -1, leaf: width / 2 },
      ]
    : [swing.hingeAtStart ? { hinge: start, toward: 1, leaf: width } : { hinge: end, toward: -1, leaf: width }];
  const out: Segment[] = [];
  const angleOf = (v: Point): number => Math.atan2(v[1], v[0]);
  for (const { hinge, toward, leaf } of leaves) {
    const h = frame.along(hinge, face);
    const open: Point = [frame.n[0] * swing.side, frame.n[1] * swing.side];
    const closed: Point = [frame.u[0] * toward, frame.u[1] * toward];
    out.push([h, [h[0] + open[0] * leaf, h[1] + open[1] * leaf]]);
    // sweep the short way (a quarter turn) from the open leaf to the closed position
    const a0 = angleOf(open);
    let a1 = angleOf(closed);
    while (a1 - a0 > Math.PI) a1 -= 2 * Math.PI;
    while (a0 - a1 > Math.PI) a1 += 2 * Math.PI;
    out.push(...polyline(arcPoints(h, leaf, a0, a1, ARC_STEPS)));
  }
  return out;
}

/** A window from a to b in a wall `thickness` thick: the two faces, the glass line between and the jambs. */
export function windowLines(a: Point, b: Point, thickness: number): { faces: Segment[]; glass: Segment } {
  const frame = wallFrame(a, b);
  const h = thickness / 2;
  const L = frame.length;
  return {
    faces: [
      [frame.along(0, -h), frame.along(L, -h)],
      [frame.along(0, h), frame.along(L, h)],
      [frame.along(0, -h), frame.along(0, h)],
      [frame.along(L, -h), frame.along(L, h)],
    ],
    glass: [frame.along(0), frame.along(L)],
  };
}

/**
 * The parts of the infinite line through `p` with direction `d` that lie inside the polygon
 * (even-odd), as segments.
 */
export function clipLineToPolygon(p: Point, d: Point, polygon: readonly Point[]): Segment[] {
  const ts: number[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const denom = d[0] * ey - d[1] * ex;
    if (Math.abs(denom) < 1e-12) continue;
    // p + t d = a + s e
    const wx = a[0] - p[0];
    const wy = a[1] - p[1];
    const t = (wx * ey - wy * ex) / denom;
    const s = (wx * d[1] - wy * d[0]) / denom;
    // half-open on the edge so a vertex shared by two edges counts once
    if (s >= 0 && s < 1) ts.push(t);
  }
  ts.sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < ts.length; i += 2) {
    const t0 = ts[i]!;
    const t1 = ts[i + 1]!;
    if (t1 - t0 > 1e-9) out.push([[p[0] + d[0] * t0, p[1] + d[1] * t0], [p[0] + d[0] * t1, p[1] + d[1] * t1]]);
  }
  return out;
}

/** Parallel hatch lines at `angle` (radians) across a polygon, `spacing` apart, clipped to it. */
export function polygonHatch(polygon: readonly Point[], spacing: number, angle: number): Segment[] {
  if (polygon.length < 3 || spacing <= 0) return [];
  const d: Point = [Math.cos(angle), Math.sin(angle)];
  const n: Point = [-d[1], d[0]];
  const offsets = polygon.map(([x, y]) => x * n[0] + y * n[1]);
  const lo = Math.min(...offsets);
  const hi = Math.max(...offsets);
  const out: Segment[] = [];
  // lines at offsets k·spacing strictly inside the polygon's extent across them
  for (let k = Math.floor(lo / spacing) + 1; k * spacing < hi; k++) {
    const c = k * spacing;
    out.push(...clipLineToPolygon([n[0] * c, n[1] * c], d, polygon));
  }
  return out;
}

export function outlineSegments(polygon: readonly Point[]): Segment[] {
  return polygon.map((p, i): Segment => [p, polygon[(i + 1) % polygon.length]!]);
}

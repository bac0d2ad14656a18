// The symbols of an architect's plan as plain geometry in plan metres (x east, y north): wall
// bands cut at their openings, hatching clipped to a band, door leaves with their quarter swing,
// the window triple line, lines clipped to a polygon and the marks in a core. The screen's plan
// view and the PDF / DXF plans both draw from here, so a wall, door or window looks the same on
// screen and on paper; each renderer only adds its colours and line weights.
import type { CoreKind, Point, Polygon } from '../types.ts';
import type { DoorSwing } from './doorSwing.ts';
import { openingSpans, solidSpans, type Opening } from './wallOpenings.ts';

export type Segment = [Point, Point];

/** Segments of a door's quarter swing. */
export const SWING_ARC_SEGMENTS = 12;
/** Spacing of the 45° hatch in a stair core (m, across the lines). */
export const STAIR_HATCH_SPACING = 0.4;

/** A straight wall's own axes: `along(s, v)` is `s` metres from `a` towards `b` and `v` metres to the left. */
export interface WallFrame {
  a: Point;
  length: number;
  /** unit vector a → b ((1, 0) for a zero-length wall) */
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

/** Distance of `p` along the frame (projected onto it). */
export function alongOf(frame: WallFrame, p: Point): number {
  return (p[0] - frame.a[0]) * frame.u[0] + (p[1] - frame.a[1]) * frame.u[1];
}

/** A straight band of `thickness` centred on a→b (a piece of wall). */
export interface Band {
  a: Point;
  b: Point;
  thickness: number;
}

/**
 * The solid pieces of a wall a→b once its openings are cut out. As in 3D (plan-format §Geometry)
 * the wall runs half its thickness past a and b so corners close; openings are cut from that
 * lengthened wall. None for a zero-length wall.
 */
export function wallPieces(a: Point, b: Point, thickness: number, openings: readonly Opening[]): Band[] {
  const base = wallFrame(a, b);
  if (base.length === 0) return [];
  const half = thickness / 2;
  const frame = wallFrame(base.along(-half), base.along(base.length + half));
  const cuts = openingSpans(frame.a, frame.along(frame.length), openings);
  return solidSpans(frame.length, cuts).map(({ from, to }) => ({ a: frame.along(from), b: frame.along(to), thickness }));
}

/** The band as a rectangle: a-right, b-right, b-left, a-left (counter-clockwise); none for a zero-length band. */
export function bandPolygon(band: Band): Polygon {
  const f = wallFrame(band.a, band.b);
  if (f.length === 0) return [];
  const h = band.thickness / 2;
  return [f.along(0, -h), f.along(f.length, -h), f.along(f.length, h), f.along(0, h)];
}

/** The two long faces of a band, right then left of a→b (a glass partition's double line); none for a zero-length band. */
export function bandFaces(band: Band): [Segment, Segment] | [] {
  const f = wallFrame(band.a, band.b);
  if (f.length === 0) return [];
  const h = band.thickness / 2;
  return [
    [f.along(0, -h), f.along(f.length, -h)],
    [f.along(0, h), f.along(f.length, h)],
  ];
}

/**
 * Diagonal hatching of a band: lines at 45° to its axis, `spacing` apart measured along the axis
 * from band.a, each clipped to the band so no stroke leaves it. In the band's frame (s along, v
 * across, |v| ≤ h) line k is s − v = k·spacing.
 */
export function hatchLines(band: Band, spacing: number): Segment[] {
  const f = wallFrame(band.a, band.b);
  const h = band.thickness / 2;
  const lines: Segment[] = [];
  if (f.length === 0 || h <= 0 || spacing <= 0) return lines;
  const last = Math.floor((f.length + h) / spacing);
  for (let k = Math.ceil(-h / spacing); k <= last; k++) {
    const c = k * spacing;
    // on the line s = c + v, with v in [−h, h] and s in [0, length]
    const vLow = Math.max(-h, -c);
    const vHigh = Math.min(h, f.length - c);
    if (vHigh - vLow <= 1e-9) continue;
    lines.push([f.along(c + vLow, vLow), f.along(c + vHigh, vHigh)]);
  }
  return lines;
}

/** A door drawn open at 90°: its leaves (hinge → tip) and the quarter circle each tip sweeps. */
export interface DoorSymbol {
  leaves: Segment[];
  /** per leaf, points from the closed position (the far jamb, or the centre of a double door) to the open tip */
  arcs: Point[][];
}

/** Points on a quarter circle about `hinge` of `radius`, from hinge + radius·u to hinge + radius·n. */
export function quarterArc(hinge: Point, u: Point, n: Point, radius: number, segments = SWING_ARC_SEGMENTS): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= segments; i++) {
    const angle = (Math.PI / 2) * (i / segments);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    points.push([hinge[0] + radius * (c * u[0] + s * n[0]), hinge[1] + radius * (c * u[1] + s * n[1])]);
  }
  return points;
}

/**
 * A door of `width` centred at `at` (projected onto the host wall a→b, `thickness` thick), open
 * at 90°: each leaf hinged on the wall face on the swing side, a single leaf the full width at the
 * jamb the swing names, a double door half the width at each jamb.
 */
export function doorSymbol(a: Point, b: Point, at: Point, width: number, thickness: number, swing: DoorSwing): DoorSymbol {
  const frame = wallFrame(a, b);
  const centre = alongOf(frame, at);
  const face = (swing.side * thickness) / 2;
  const open: Point = [frame.n[0] * swing.side, frame.n[1] * swing.side];
  const start = centre - width / 2;
  const end = centre + width / 2;
  const leaves: { hinge: number; toward: 1 | -1; leaf: number }[] = swing.double
    ? [
        { hinge: start, toward: 1, leaf: width / 2 },
        { hinge: end, toward: -1, leaf: width / 2 },
      ]
    : [swing.hingeAtStart ? { hinge: start, toward: 1, leaf: width } : { hinge: end, toward: -1, leaf: width }];
  const symbol: DoorSymbol = { leaves: [], arcs: [] };
  for (const { hinge, toward, leaf } of leaves) {
    const h = frame.along(hinge, face);
    symbol.leaves.push([h, [h[0] + open[0] * leaf, h[1] + open[1] * leaf]]);
    symbol.arcs.push(quarterArc(h, [frame.u[0] * toward, frame.u[1] * toward], open, leaf));
  }
  return symbol;
}

export interface WindowLines {
  /** right then left of a→b */
  faces: [Segment, Segment];
  glass: Segment;
  /** at a, then at b */
  jambs: [Segment, Segment];
}

/** A window from a to b in a wall `thickness` thick: both faces, the glass line between and the jambs; null when a = b. */
export function windowLines(a: Point, b: Point, thickness: number): WindowLines | null {
  const f = wallFrame(a, b);
  if (f.length === 0) return null;
  const h = thickness / 2;
  return {
    faces: [
      [f.along(0, -h), f.along(f.length, -h)],
      [f.along(0, h), f.along(f.length, h)],
    ],
    glass: [f.along(0), f.along(f.length)],
    jambs: [
      [f.along(0, -h), f.along(0, h)],
      [f.along(f.length, -h), f.along(f.length, h)],
    ],
  };
}

/** The parts of the infinite line through `p` along `d` that lie inside the polygon (even-odd), as segments. */
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

/**
 * The customary marks in a core: a stair hatched at 45°, `spacing` apart across the lines; a lift
 * or shaft crossed corner to corner of its bounding box, clipped to it.
 */
export function coreMarks(polygon: readonly Point[], kind: CoreKind, spacing = STAIR_HATCH_SPACING): Segment[] {
  if (polygon.length < 3) return [];
  const xs = polygon.map((q) => q[0]);
  const ys = polygon.map((q) => q[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (kind !== 'stair') {
    return [...clipLineToPolygon([x0, y0], [x1 - x0, y1 - y0], polygon), ...clipLineToPolygon([x0, y1], [x1 - x0, y0 - y1], polygon)];
  }
  if (spacing <= 0) return [];
  // lines x − y = c, i.e. through (c, 0) along (1, 1)/√2; c spaced so lines are `spacing` apart
  const step = spacing * Math.SQRT2;
  const d: Point = [Math.SQRT1_2, Math.SQRT1_2];
  const out: Segment[] = [];
  for (let c = Math.floor((x0 - y1) / step) * step + step; c < x1 - y0; c += step) out.push(...clipLineToPolygon([c, 0], d, polygon));
  return out;
}

// ---- fire-safety devices ----
// Each symbol is drawn about the device's point in plan metres, unrotated (a direction sign's
// arrow points +x, east); `ink` names the part so each renderer picks its own colours: `body` the
// filled shape, `mark` what is drawn on it (arrow, door, diagonal, letter), `edge` its line work.

export type SymbolInk = 'body' | 'mark' | 'edge';

export interface DeviceSymbol {
  fills: { polygon: Polygon; ink: SymbolInk }[];
  lines: { segment: Segment; ink: SymbolInk }[];
}

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

/** A regular polygon standing in for a circle of `radius` about `c`. */
export function circlePolygon(c: Point, radius: number, sides = 16): Polygon {
  const points: Polygon = [];
  for (let i = 0; i < sides; i++) {
    const a = (2 * Math.PI * i) / sides;
    points.push([c[0] + radius * Math.cos(a), c[1] + radius * Math.sin(a)]);
  }
  return points;
}

/** An arrow along +x from `tail` to `tip` (x), `shaft` and `head` half-widths, the head `headLength` long. */
function arrowPolygon(tail: number, tip: number, shaft: number, head: number, headLength: number): Polygon {
  const neck = tip - headLength;
  return [[tail, -shaft], [neck, -shaft], [neck, -head], [tip, 0], [neck, head], [neck, shaft], [tail, shaft]];
}

/** Plan size of a sign (m): larger than a real 360 × 145 mm sign, so it reads on a 1:200 plan. */
export const SIGN_SIZE: readonly [number, number] = [0.6, 0.25];

/**
 * A safety-exit sign (安全出口标志): a green plate with a door and an arrow into it; an evacuation
 * sign (疏散指示标志): the plate with one arrow across it, pointing +x before rotation.
 */
export function exitSignSymbol(kind: 'exit' | 'direction'): DeviceSymbol {
  const [w, h] = [SIGN_SIZE[0] / 2, SIGN_SIZE[1] / 2];
  const fills: DeviceSymbol['fills'] = [{ polygon: box(-w, -h, w, h), ink: 'body' }];
  if (kind === 'direction') fills.push({ polygon: arrowPolygon(-0.22, 0.22, 0.035, 0.09, 0.14), ink: 'mark' });
  else {
    fills.push({ polygon: box(0.1, -0.085, 0.22, 0.085), ink: 'mark' });
    fills.push({ polygon: arrowPolygon(-0.22, 0.06, 0.025, 0.07, 0.1), ink: 'mark' });
  }
  return { fills, lines: [] };
}

/** A smoke exhaust inlet (排烟口): a 0.5 m square, crossed corner to corner. */
export function smokeExhaustSymbol(): DeviceSymbol {
  const s = 0.25;
  const square = box(-s, -s, s, s);
  return {
    fills: [{ polygon: square, ink: 'body' }],
    lines: [...polygonSegments(square), [[-s, -s], [s, s]] as Segment, [[-s, s], [s, -s]] as Segment].map((segment) => ({ segment, ink: 'edge' as const })),
  };
}

/** An indoor hydrant cabinet (室内消火栓): a 0.7 × 0.24 m box with its diagonal, as drawn on fire plans. */
export function hydrantSymbol(): DeviceSymbol {
  const [w, h] = [0.35, 0.12];
  return { fills: [{ polygon: box(-w, -h, w, h), ink: 'body' }], lines: [{ segment: [[-w, -h], [w, h]], ink: 'mark' }] };
}

/** A "you are here" mark (您所在位置): a five-pointed star with a dot at its centre. */
export function evacuationMarkSymbol(): DeviceSymbol {
  const star: Polygon = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 0.4 : 0.17;
    const a = Math.PI / 2 + (Math.PI * i) / 5;
    star.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return { fills: [{ polygon: star, ink: 'body' }, { polygon: circlePolygon([0, 0], 0.07, 10), ink: 'mark' }], lines: [] };
}

/** Radius (m) of the ring that marks an emergency luminaire round its lamp. */
export const EMERGENCY_RING_RADIUS = 0.5;

/** An emergency luminaire (应急照明): a ring round the lamp and a badge with an E at its upper right. */
export function emergencyLuminaireSymbol(): DeviceSymbol {
  const fills: DeviceSymbol['fills'] = [];
  const sides = 24;
  const [outer, inner] = [EMERGENCY_RING_RADIUS, EMERGENCY_RING_RADIUS - 0.07];
  // the ring as quads, so every renderer can fill it without holes
  for (let i = 0; i < sides; i++) {
    const a0 = (2 * Math.PI * i) / sides;
    const a1 = (2 * Math.PI * (i + 1)) / sides;
    fills.push({
      polygon: [[inner * Math.cos(a0), inner * Math.sin(a0)], [outer * Math.cos(a0), outer * Math.sin(a0)], [outer * Math.cos(a1), outer * Math.sin(a1)], [inner * Math.cos(a1), inner * Math.sin(a1)]],
      ink: 'body',
    });
  }
  const c: Point = [0.4, 0.4];
  fills.push({ polygon: circlePolygon(c, 0.17, 16), ink: 'body' });
  const e = (x0: number, y0: number, x1: number, y1: number) => fills.push({ polygon: box(c[0] + x0, c[1] + y0, c[0] + x1, c[1] + y1), ink: 'mark' });
  e(-0.06, -0.09, -0.03, 0.09);
  e(-0.06, 0.06, 0.06, 0.09);
  e(-0.06, -0.015, 0.04, 0.015);
  e(-0.06, -0.09, 0.06, -0.06);
  return { fills, lines: [] };
}

function polygonSegments(polygon: Polygon): Segment[] {
  return polygon.map((p, i) => [p, polygon[(i + 1) % polygon.length]!] as Segment);
}

/** The symbol turned by `rotation` degrees counter-clockwise, scaled by `scale` and moved to `at`. */
export function placeSymbol(symbol: DeviceSymbol, at: Point, rotation = 0, scale = 1): DeviceSymbol {
  const r = (rotation * Math.PI) / 180;
  const [c, s] = [Math.cos(r) * scale, Math.sin(r) * scale];
  const move = ([x, y]: Point): Point => [at[0] + c * x - s * y, at[1] + s * x + c * y];
  return {
    fills: symbol.fills.map((f) => ({ polygon: f.polygon.map(move), ink: f.ink })),
    lines: symbol.lines.map((l) => ({ segment: [move(l.segment[0]), move(l.segment[1])], ink: l.ink })),
  };
}

/** A line drawn `width` wide as a filled rectangle (for renderers that only fill). */
export function thickSegment([a, b]: Segment, width: number): Polygon {
  return bandPolygon({ a, b, thickness: width });
}

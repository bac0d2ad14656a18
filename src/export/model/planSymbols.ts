// The drawing conventions of an architect's plan as plain geometry in plan metres: wall bands cut
// at their openings, hatching clipped to a band, door leaves with their swing arcs, windows as a
// triple line. Pure numbers, so any renderer (the PDF today) draws the same symbols.
import type { Point, Polygon } from '../../floorplan/types.ts';

/** A straight band of `thickness` centred on a→b (a wall piece). */
export interface Band {
  a: Point;
  b: Point;
  thickness: number;
}

export type Segment = [Point, Point];

/** Where an opening (a door, an exit, a window) falls on a wall, in metres along a→b. */
export interface Span {
  from: number;
  to: number;
}

const add = (p: Point, v: Point, k: number): Point => [p[0] + v[0] * k, p[1] + v[1] * k];

/** Unit direction of a→b and its left normal (90° counter-clockwise); null for a zero-length segment. */
export function frame(a: Point, b: Point): { u: Point; n: Point; length: number } | null {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return null;
  const u: Point = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
  return { u, n: [-u[1], u[0]], length };
}

/** Openings centred at `at` with `width`, projected onto a→b, clipped to it and merged where they overlap. */
export function openingSpans(a: Point, b: Point, openings: readonly { at: Point; width: number }[]): Span[] {
  const f = frame(a, b);
  if (!f) return [];
  const spans = openings
    .map((o) => {
      const t = (o.at[0] - a[0]) * f.u[0] + (o.at[1] - a[1]) * f.u[1];
      return { from: Math.max(0, t - o.width / 2), to: Math.min(f.length, t + o.width / 2) };
    })
    .filter((s) => s.to > s.from)
    .sort((p, q) => p.from - q.from);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * The solid pieces of a wall a→b once its openings are cut out. Like the wall footprint
 * (plan-format §Geometry) the wall runs half its thickness past a and b so corners close, even
 * where an opening reaches an end.
 */
export function wallPieces(a: Point, b: Point, thickness: number, openings: readonly Span[]): Band[] {
  const f = frame(a, b);
  if (!f) return [];
  const half = thickness / 2;
  const pieces: Band[] = [];
  let start = -half;
  for (const o of openings) {
    if (o.from > start) pieces.push({ a: add(a, f.u, start), b: add(a, f.u, o.from), thickness });
    start = Math.max(start, o.to);
  }
  const end = f.length + half;
  if (end > start) pieces.push({ a: add(a, f.u, start), b: add(a, f.u, end), thickness });
  return pieces;
}

/** The band as a rectangle: a-left, b-left, b-right, a-right (counter-clockwise when a→b runs east). */
export function bandPolygon(band: Band): Polygon {
  const f = frame(band.a, band.b);
  if (!f) return [];
  const h = band.thickness / 2;
  return [add(band.a, f.n, -h), add(band.b, f.n, -h), add(band.b, f.n, h), add(band.a, f.n, h)];
}

/** The two long faces of a band (a glass partition drawn as a double line). */
export function bandFaces(band: Band): [Segment, Segment] | null {
  const f = frame(band.a, band.b);
  if (!f) return null;
  const h = band.thickness / 2;
  return [
    [add(band.a, f.n, h), add(band.b, f.n, h)],
    [add(band.a, f.n, -h), add(band.b, f.n, -h)],
  ];
}

/**
 * Diagonal hatching of a band: lines at 45° to the band's axis, `spacing` apart measured along the
 * axis, each clipped to the band so no stroke leaves it. In the band's frame (s along, t across,
 * |t| ≤ h) line k is s − t = k·spacing.
 */
export function hatchLines(band: Band, spacing: number): Segment[] {
  const f = frame(band.a, band.b);
  if (!f || spacing <= 0) return [];
  const h = band.thickness / 2;
  const lines: Segment[] = [];
  const first = Math.ceil(-h / spacing);
  const last = Math.floor((f.length + h) / spacing);
  for (let k = first; k <= last; k++) {
    const c = k * spacing;
    // s = c + t must stay in [0, length]
    const t1 = Math.max(-h, -c);
    const t2 = Math.min(h, f.length - c);
    if (t2 - t1 <= 1e-9) continue;
    const at = (t: number): Point => add(add(band.a, f.u, c + t), f.n, t);
    lines.push([at(t1), at(t2)]);
  }
  return lines;
}

/** A door drawn open at 90°: its leaves (hinge → tip) and a quarter-circle swing arc per leaf. */
export interface DoorSymbol {
  leaves: Segment[];
  /** polylines from the closed position (on the far jamb or the centre) to the leaf's tip */
  arcs: Point[][];
}

/** Points on a quarter circle about `hinge` of `radius`, from hinge + radius·u to hinge + radius·n. */
export function quarterArc(hinge: Point, u: Point, n: Point, radius: number, segments = 12): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= segments; i++) {
    const angle = (Math.PI / 2) * (i / segments);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    points.push([hinge[0] + radius * (c * u[0] + s * n[0]), hinge[1] + radius * (c * u[1] + s * n[1])]);
  }
  return points;
}

export interface DoorPlacement {
  /** centre of the opening */
  at: Point;
  width: number;
  /** unit vector along the wall, pointing from the hinge jamb to the other jamb */
  along: Point;
  /** unit vector perpendicular to the wall, to the side the leaf opens into */
  swing: Point;
  /** thickness of the host wall: the hinge sits on its face on the swing side */
  thickness: number;
  double: boolean;
}

/**
 * A single door hinges at at − along·width/2 (on the wall face towards `swing`) and its leaf, the
 * full width, stands along `swing`; a double door hinges at both jambs, each leaf half the width,
 * meeting at the centre when closed.
 */
export function doorSymbol(d: DoorPlacement): DoorSymbol {
  const half = d.width / 2;
  const face = add(d.at, d.swing, d.thickness / 2);
  const hinges: { hinge: Point; toward: Point; leaf: number }[] = d.double
    ? [
        { hinge: add(face, d.along, -half), toward: d.along, leaf: half },
        { hinge: add(face, d.along, half), toward: [-d.along[0], -d.along[1]], leaf: half },
      ]
    : [{ hinge: add(face, d.along, -half), toward: d.along, leaf: d.width }];
  return {
    leaves: hinges.map(({ hinge, leaf }): Segment => [hinge, add(hinge, d.swing, leaf)]),
    arcs: hinges.map(({ hinge, toward, leaf }) => quarterArc(hinge, toward, d.swing, leaf)),
  };
}

/** A window in a wall of `thickness`: three lines across its span, on both faces and the centre. */
export function windowLines(a: Point, b: Point, thickness: number): Segment[] {
  const f = frame(a, b);
  if (!f) return [];
  const h = thickness / 2;
  return [-h, 0, h].map((t): Segment => [add(a, f.n, t), add(b, f.n, t)]);
}

/** The parts of the line through `p` along `d` that lie inside the polygon (even-odd), as segments. */
export function lineInPolygon(p: Point, d: Point, polygon: readonly Point[]): Segment[] {
  const hits: number[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const e: Point = [polygon[(i + 1) % polygon.length]![0] - a[0], polygon[(i + 1) % polygon.length]![1] - a[1]];
    const den = d[0] * e[1] - d[1] * e[0];
    if (Math.abs(den) < 1e-12) continue;
    const w: Point = [a[0] - p[0], a[1] - p[1]];
    const along = (w[0] * e[1] - w[1] * e[0]) / den;
    const onEdge = (w[0] * d[1] - w[1] * d[0]) / den;
    // half-open so a vertex shared by two edges is crossed once
    if (onEdge >= 0 && onEdge < 1) hits.push(along);
  }
  hits.sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < hits.length; i += 2) {
    if (hits[i + 1]! - hits[i]! > 1e-9) out.push([add(p, d, hits[i]!), add(p, d, hits[i + 1]!)]);
  }
  return out;
}

/**
 * The customary marks in a core: a stair hatched at 45°, `spacing` apart across the lines; a lift
 * or shaft crossed corner to corner of its bounding box, clipped to it.
 */
export function coreMarks(polygon: readonly Point[], kind: 'stair' | 'lift' | 'shaft', spacing: number): Segment[] {
  if (polygon.length < 3) return [];
  const xs = polygon.map((q) => q[0]);
  const ys = polygon.map((q) => q[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (kind !== 'stair') {
    return [...lineInPolygon([x0, y0], [x1 - x0, y1 - y0], polygon), ...lineInPolygon([x0, y1], [x1 - x0, y0 - y1], polygon)];
  }
  if (spacing <= 0) return [];
  // lines x − y = c, i.e. through (c, 0) along (1, 1)/√2; c spaced so lines are `spacing` apart
  const step = spacing * Math.SQRT2;
  const d: Point = [Math.SQRT1_2, Math.SQRT1_2];
  const out: Segment[] = [];
  for (let c = Math.floor((x0 - y1) / step) * step + step; c < x1 - y0; c += step) out.push(...lineInPolygon([c, 0], d, polygon));
  return out;
}

// Where desks may go on a floor: the target zones, less clearances round everything a desk must
// keep off (façade, walls, columns, cores, door and exit swings, other zones, desks kept). Works
// in a bench frame (u along the benches, v across): for a band of v it answers the u-intervals
// where a row of desks with its chairs fits. Blocked spans are the obstacle's Minkowski sum with
// a box of the clearance (a little more than the round clearance at corners: on the safe side).
import { bounds } from '../../floorplan/geometry/polygon.ts';
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import type { Floor, Point, Polygon, Zone } from '../../floorplan/types.ts';
import type { LayoutOptions } from './options.ts';

/** 'x': u = x, v = y (benches east–west); 'y': u = y, v = x (benches north–south). */
export type BenchFrame = 'x' | 'y';

export type Interval = [number, number];

type Blocker =
  | { kind: 'path'; points: Point[]; closed: boolean; solid: boolean; clearance: number }
  | { kind: 'disc'; at: Point; radius: number };

export interface LayoutSite {
  floor: Floor;
  zones: Zone[];
  margin: number;
  blockers: Blocker[];
}

const EPS = 1e-6;

function toFrame(p: Point, frame: BenchFrame): Point {
  return frame === 'x' ? p : [p[1], p[0]];
}

/** The site of a floor's target zones with the options' clearances; `kept`: envelopes of desks that stay. */
/** Clear radius (m) round an extinguisher or hydrant. */
export const EQUIPMENT_CLEARANCE = 1.0;

export function layoutSite(floor: Floor, zones: Zone[], o: LayoutOptions, kept: Polygon[] = []): LayoutSite {
  const blockers: Blocker[] = [];
  if (o.facadeBand > 0) blockers.push({ kind: 'path', points: floor.outline, closed: true, solid: false, clearance: o.facadeBand });
  for (const w of floor.walls) blockers.push({ kind: 'path', points: [w.a, w.b], closed: false, solid: false, clearance: o.wallClearance + wallThickness(w) / 2 });
  for (const c of floor.cores) blockers.push({ kind: 'path', points: c.polygon, closed: true, solid: true, clearance: o.columnClearance });
  for (const c of floor.columns) blockers.push({ kind: 'path', points: c.polygon, closed: true, solid: true, clearance: o.columnClearance });
  // a door's leaf sweeps a quarter circle of its width (a double door: half each side): keep the whole circle clear
  for (const d of [...floor.doors, ...floor.exits]) blockers.push({ kind: 'disc', at: d.at, radius: d.width + o.doorClearance });
  // fire equipment stays in sight and in reach, never behind a desk (GB 50140 §5.1.1: 便于取用, 不得影响安全疏散)
  for (const x of [...floor.extinguishers, ...floor.hydrants]) blockers.push({ kind: 'disc', at: x.at, radius: EQUIPMENT_CLEARANCE });
  const targetIds = new Set(zones.map((z) => z.id));
  for (const z of floor.zones) if (!targetIds.has(z.id)) blockers.push({ kind: 'path', points: z.polygon, closed: true, solid: true, clearance: o.zoneMargin });
  for (const k of kept) blockers.push({ kind: 'path', points: k, closed: true, solid: true, clearance: o.secondaryAisle / 2 });
  return { floor, zones, margin: o.zoneMargin, blockers };
}

/** Extent of the target zones in the frame: [uMin, uMax, vMin, vMax]. */
export function siteExtent(site: LayoutSite, frame: BenchFrame): [number, number, number, number] {
  const b = bounds(site.zones.flatMap((z) => z.polygon.map((p) => toFrame(p, frame))));
  return [b.minX, b.maxX, b.minY, b.maxY];
}

/** u-intervals where the horizontal line v crosses the inside of the polygon (frame coordinates). */
function scanline(poly: readonly Point[], v: number): Interval[] {
  const xs: number[] = [];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    if ((a[1] <= v && b[1] > v) || (b[1] <= v && a[1] > v)) xs.push(a[0] + ((v - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
  }
  xs.sort((p, q) => p - q);
  const out: Interval[] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i]!, xs[i + 1]!]);
  return out;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (hi > lo) out.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

function subtract(free: Interval[], blocked: Interval[]): Interval[] {
  if (blocked.length === 0) return free;
  const sorted = [...blocked].sort((p, q) => p[0] - q[0]);
  const out: Interval[] = [];
  for (const [a, b] of free) {
    let start = a;
    for (const [c, d] of sorted) {
      if (d <= start || c >= b) continue;
      if (c > start) out.push([start, c]);
      start = Math.max(start, d);
      if (start >= b) break;
    }
    if (start < b) out.push([start, b]);
  }
  return out;
}

/** Inside of one zone for the whole band [v0, v1], kept `margin` off its edges. */
function zoneBand(poly: readonly Point[], v0: number, v1: number, margin: number): Interval[] {
  const lo = v0 - margin;
  const hi = v1 + margin;
  const lines = [lo + EPS, hi - EPS];
  for (const p of poly) if (p[1] > lo && p[1] < hi) lines.push(p[1] - EPS, p[1] + EPS);
  let inside: Interval[] | null = null;
  for (const v of lines) {
    const s = scanline(poly, v);
    inside = inside === null ? s : intersect(inside, s);
    if (inside.length === 0) return [];
  }
  return (inside ?? []).map(([a, b]) => [a + margin, b - margin] as Interval).filter(([a, b]) => b > a);
}

/** The u-span a segment blocks in the band [v0, v1] when kept `c` clear of it; null when it does not reach the band. */
function segmentSpan(a: Point, b: Point, v0: number, v1: number, c: number): Interval | null {
  const lo = v0 - c;
  const hi = v1 + c;
  const dv = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  if (Math.abs(dv) < 1e-12) {
    if (a[1] < lo || a[1] > hi) return null;
  } else {
    const ta = (lo - a[1]) / dv;
    const tb = (hi - a[1]) / dv;
    t0 = Math.max(0, Math.min(ta, tb));
    t1 = Math.min(1, Math.max(ta, tb));
    if (t0 > t1) return null;
  }
  const u0 = a[0] + t0 * (b[0] - a[0]);
  const u1 = a[0] + t1 * (b[0] - a[0]);
  return [Math.min(u0, u1) - c, Math.max(u0, u1) + c];
}

/**
 * Where a row of desks (with chairs) spanning [v0, v1] across may run: u-intervals inside a
 * target zone and clear of every blocker.
 */
export function freeIntervals(site: LayoutSite, frame: BenchFrame, v0: number, v1: number): Interval[] {
  let free: Interval[] = [];
  for (const z of site.zones) free.push(...zoneBand(z.polygon.map((p) => toFrame(p, frame)), v0, v1, site.margin));
  free.sort((p, q) => p[0] - q[0]);
  const blocked: Interval[] = [];
  for (const b of site.blockers) {
    if (b.kind === 'disc') {
      const [cu, cv] = toFrame(b.at, frame);
      const dv = cv < v0 ? v0 - cv : cv > v1 ? cv - v1 : 0;
      if (dv >= b.radius) continue;
      const half = Math.sqrt(b.radius * b.radius - dv * dv);
      blocked.push([cu - half, cu + half]);
      continue;
    }
    const pts = b.points.map((p) => toFrame(p, frame));
    const edges = b.closed ? pts.length : pts.length - 1;
    if (b.closed) {
      // each edge reaching the band blocks its own span; a solid shape also its inside where
      // the band runs through it (the outline is not solid: only its edges keep desks off)
      for (let i = 0; i < edges; i++) {
        const s = segmentSpan(pts[i]!, pts[(i + 1) % pts.length]!, v0, v1, b.clearance);
        if (s) blocked.push(s);
      }
      if (b.solid) for (const s of scanline(pts, (v0 + v1) / 2)) blocked.push([s[0] - b.clearance, s[1] + b.clearance]);
    } else {
      for (let i = 0; i < edges; i++) {
        const s = segmentSpan(pts[i]!, pts[i + 1]!, v0, v1, b.clearance);
        if (s) blocked.push(s);
      }
    }
  }
  return subtract(free, blocked);
}

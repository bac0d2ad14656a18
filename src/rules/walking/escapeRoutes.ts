// Escape routes and the stretches of them without a sign in sight (fire.exit-signs). A route is
// the shortest walk to the nearest exit from an egress door (room doors and the open floor's
// doors) or from a point of a corridor or open zone, one point per `originCell` square of the
// rule grid (rooms are left at their doors: inside a room is not an escape route). Each sign (any
// kind) within `tolerance` of a route stands on it where it comes closest; the stretches between
// them, and from the route's start to the first and from the last to the exit, are its gaps
// (measured along the route, exactly). A gap that begins in a corridor zone at a
// point that is not between two exits (both exits seen on one side, as egress.ts judges doors)
// lies in a dead end (袋形走道).
import { bounds, vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../floorplan/types.ts';
import type { FloorContext } from '../context.ts';
import type { NavTarget } from './navigation.ts';

export interface SignGap {
  /** length (m) along the route */
  length: number;
  from: Point;
  to: Point;
  /** halfway along the gap: where a finding points */
  mid: Point;
  /** the gap starts in a dead-end corridor */
  deadEnd: boolean;
  /** where the gap lies on its route: before the first sign, between two, or after the last */
  place: 'start' | 'between' | 'end';
  /** the zone holding `mid` */
  zone: Zone | undefined;
}

export interface EscapeRoutes {
  /** how many routes were walked */
  routes: number;
  gaps: SignGap[];
}

export interface EscapeRouteSettings {
  /** a sign this close (m) to a route covers it there */
  tolerance: number;
  /** one route from each cell of this side (m) of a corridor or open zone */
  originCell: number;
  /** grid step (m) of the points routes start from */
  gridStep: number;
  signs: readonly Point[];
}

/** Gaps shorter than this (m) are rounding: two marks at one place. */
const SLIVER = 1e-6;

/** Two exits lie in clearly different directions (more than 90° apart) from the point. */
function betweenExits(at: Point, exits: readonly NavTarget[]): boolean {
  for (let i = 0; i < exits.length; i++) {
    for (let j = i + 1; j < exits.length; j++) {
      const a = exits[i]!.at;
      const b = exits[j]!.at;
      if ((a[0] - at[0]) * (b[0] - at[0]) + (a[1] - at[1]) * (b[1] - at[1]) < 0) return true;
    }
  }
  return false;
}

/** Where along segment a→b (m from a) a sign at c comes closest, when it comes within r; else null. */
function signPosition(a: Point, b: Point, length: number, c: Point, r: number): number | null {
  const t = length === 0 ? 0 : Math.min(length, Math.max(0, ((c[0] - a[0]) * (b[0] - a[0]) + (c[1] - a[1]) * (b[1] - a[1])) / length));
  const x = length === 0 ? a[0] : a[0] + ((b[0] - a[0]) * t) / length;
  const y = length === 0 ? a[1] : a[1] + ((b[1] - a[1]) * t) / length;
  return vectorLength(c[0] - x, c[1] - y) <= r ? t : null;
}

/** Where along the polyline (by length from its start) a point lies. */
function pointAt(path: readonly Point[], starts: readonly number[], s: number): Point {
  for (let i = 0; i < path.length - 1; i++) {
    const len = starts[i + 1]! - starts[i]!;
    if (s <= starts[i + 1]! || i === path.length - 2) {
      const f = len > 0 ? Math.min(1, Math.max(0, (s - starts[i]!) / len)) : 0;
      const a = path[i]!;
      const b = path[i + 1]!;
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
    }
  }
  return path[path.length - 1]!;
}

/**
 * The stretches of one route between the places where signs stand beside it (each sign at the
 * point of the route it comes closest to, when within r), from its start and to its end.
 */
function routeGaps(path: readonly Point[], signs: readonly Point[], r: number): { starts: number[]; gaps: { from: number; to: number; place: SignGap['place'] }[] } {
  const starts = [0];
  const marks: number[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const a = path[i]!;
    const b = path[i + 1]!;
    const length = vectorLength(b[0] - a[0], b[1] - a[1]);
    const s0 = starts[i]!;
    starts.push(s0 + length);
    const minX = Math.min(a[0], b[0]) - r;
    const maxX = Math.max(a[0], b[0]) + r;
    const minY = Math.min(a[1], b[1]) - r;
    const maxY = Math.max(a[1], b[1]) + r;
    for (const c of signs) {
      if (c[0] < minX || c[0] > maxX || c[1] < minY || c[1] > maxY) continue;
      const t = signPosition(a, b, length, c, r);
      if (t !== null) marks.push(s0 + t);
    }
  }
  const total = starts[starts.length - 1]!;
  marks.sort((x, y) => x - y);
  const gaps: { from: number; to: number; place: SignGap['place'] }[] = [];
  let reached = 0;
  let first = true;
  for (const m of marks) {
    if (m - reached > SLIVER) gaps.push({ from: reached, to: m, place: first ? 'start' : 'between' });
    first = false;
    reached = Math.max(reached, m);
  }
  if (total - reached > SLIVER) gaps.push({ from: reached, to: total, place: first ? 'start' : 'end' });
  return { starts, gaps };
}

export function escapeRoutes(ctx: FloorContext, settings: EscapeRouteSettings): EscapeRoutes {
  const { floor } = ctx;
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
  if (exits.length === 0 || floor.outline.length < 3) return { routes: 0, gaps: [] };
  const nav = ctx.navigation;
  // the travel rule's field to the same exits: walked once per floor
  const field = ctx.egress.exitField;
  const origins: Point[] = ctx.egress.doors.map((d) => d.door.at);
  // one point of each origin cell of the zones that are escape routes themselves
  const grid = ctx.grid(settings.gridStep);
  const enclosed = new Set([...ctx.enclosures.values()].filter((e) => e.enclosed).map((e) => e.zone.id));
  const box = bounds(floor.outline);
  const taken = new Set<number>();
  const columns = Math.ceil((box.maxY - box.minY) / settings.originCell) + 1;
  grid.points.forEach((p, i) => {
    const zone = grid.zones[i];
    if (zone && enclosed.has(zone.id)) return;
    const cell = Math.floor((p[0] - box.minX) / settings.originCell) * columns + Math.floor((p[1] - box.minY) / settings.originCell);
    if (taken.has(cell)) return;
    taken.add(cell);
    origins.push(p);
  });
  const gaps: SignGap[] = [];
  let routes = 0;
  for (const origin of origins) {
    const walk = field.query(origin);
    if (!Number.isFinite(walk.walking)) continue;
    const path = walk.path;
    if (path.length < 2) continue;
    routes++;
    const { starts, gaps: found } = routeGaps(path, settings.signs, settings.tolerance);
    for (const g of found) {
      const from = pointAt(path, starts, g.from);
      const to = pointAt(path, starts, g.to);
      const mid = pointAt(path, starts, (g.from + g.to) / 2);
      const startZone = ctx.zoneIndex.zoneAt(from);
      const deadEnd = startZone?.use === 'corridor' && !betweenExits(from, exits);
      gaps.push({ length: g.to - g.from, from, to, mid, deadEnd, place: g.place, zone: ctx.zoneIndex.zoneAt(mid) });
    }
  }
  return { routes, gaps };
}

// The evacuation plans (疏散示意图) of a scope as plain data: one page per "you are here" mark of
// each floor (a floor with none gets one page without a marker, and says so), the escape routes
// to draw — from each zone's representative point and from the mark to the nearest exit by
// walking distance, through the rules' own navigation — the symbols on the floor and the legend
// entries a page needs. No DOM: the PDF (pdf/evacuationPdf.ts) only draws this.
import polylabel from 'polylabel';
import { bounds, distance, pointInPolygon, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Building, EvacuationMark, Floor, PlanDocument, Point, SignKind } from '../../floorplan/types.ts';
import { buildFloorNavigation, type FloorNavigation, type NavField } from '../../rules/walking/navigation.ts';
import { floorDrawing, type FloorDrawing } from './floorDrawing.ts';
import { resolveScope, scopedFloors, type ReportScope } from './scope.ts';

export type EvacuationPaper = 'a3' | 'a4';
export const EVACUATION_PAPERS: readonly EvacuationPaper[] = ['a3', 'a4'];

export interface EvacuationRoute {
  /** where the walk starts: the zone's representative point or the mark (moved onto free floor when it stood on a desk) */
  from: Point;
  /** the zone it starts from; null for the route from a mark */
  zoneId: string | null;
  exitId: string;
  /** walking distance (m) */
  walking: number;
  /** the walk as a polyline from `from` to the exit */
  path: Point[];
}

/** What a page's legend lists, in this order, each only when the page draws it. */
export const LEGEND_KEYS = [
  'youAreHere', 'markRoute', 'route', 'exit', 'stair', 'lift', 'extinguisher', 'hydrant', 'exitSign', 'directionSign', 'smokeExhaust',
] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

/** Zones larger than this (m²), open work floors mostly, get more routes than the one from their pole. */
export const LARGE_ZONE_AREA = 300;
/** …one from the middle of each square of this side (m) of a grid over the zone that lies in it. */
export const LARGE_ZONE_CELL = 15;

export interface EvacuationFloor {
  buildingId: string;
  buildingName: string;
  floorId: string;
  floorName: string;
  /** walls, doors, cores, zones, exits and the fire-safety layer, as the other reports draw them */
  drawing: FloorDrawing;
  /**
   * one route per zone that can reach an exit, from its pole, plus, in zones over LARGE_ZONE_AREA,
   * one from each LARGE_ZONE_CELL square of it (so an open floor shows which way each part goes);
   * roomiest zone first, its pole's route before its others
   */
  routes: EvacuationRoute[];
  /** names of zones from which no exit can be walked to (drawn without a route, listed on the page) */
  unreachableZones: string[];
  extinguishers: Point[];
  hydrants: Point[];
  smokeExhausts: Point[];
  signs: { at: Point; kind: SignKind; rotation: number }[];
}

export interface EvacuationPage {
  floor: EvacuationFloor;
  /** null: the floor has no mark; the page says no position was placed */
  mark: EvacuationMark | null;
  /** the walk from the mark to its nearest exit; null without a mark or when no exit can be reached */
  markRoute: EvacuationRoute | null;
  legend: LegendKey[];
}

export interface EvacuationModel {
  project: string;
  pages: EvacuationPage[];
}

/** Grid step (m) of the search for free floor near a point that stands on a desk or column. */
const FREE_SEARCH_STEP = 0.25;
/** Farthest (m) a start point is moved to reach free floor. */
const FREE_SEARCH_REACH = 6;

/** A free point near `p` (p itself when free), inside `within` when given; null when none lies within reach. */
export function nearestFreePoint(nav: FloorNavigation, p: Point, within?: readonly Point[]): Point | null {
  const inside = (q: Point) => !within || pointInPolygon(q, within);
  if (nav.isFree(p) && inside(p)) return p;
  let best: Point | null = null;
  let bestDistance = Infinity;
  const steps = Math.ceil(FREE_SEARCH_REACH / FREE_SEARCH_STEP);
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      const d = Math.hypot(i, j) * FREE_SEARCH_STEP;
      if (d >= bestDistance || d > FREE_SEARCH_REACH) continue;
      const q: Point = [p[0] + i * FREE_SEARCH_STEP, p[1] + j * FREE_SEARCH_STEP];
      if (nav.isFree(q) && inside(q)) {
        best = q;
        bestDistance = d;
      }
    }
  }
  return best;
}

/** A zone's representative point: its pole of inaccessibility (the inside point farthest from its edges, where its label sits). */
export function zoneAnchor(polygon: readonly Point[]): Point {
  const b = bounds(polygon);
  const extent = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  const pole = polylabel([polygon], Math.max(extent / 200, 0.01));
  return [pole[0], pole[1]];
}

function routeFrom(field: NavField, from: Point, zoneId: string | null): EvacuationRoute | null {
  const r = field.query(from);
  if (!Number.isFinite(r.walking) || !r.targetId) return null;
  return { from, zoneId, exitId: r.targetId, walking: r.walking, path: r.path.map((p) => [p[0], p[1]] as Point) };
}

/** A floor's navigation and its field to every exit, built once for all its pages. */
export interface FloorWalker {
  nav: FloorNavigation;
  field: NavField | null;
}

export function walkerOf(floor: Floor): FloorWalker {
  const nav = buildFloorNavigation(floor);
  return { nav, field: floor.exits.length > 0 ? nav.field(floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }))) : null };
}

/** Where a large zone's extra routes start: the middles of the grid squares that lie inside it (before moving off desks). */
export function gridOrigins(polygon: readonly Point[], cell = LARGE_ZONE_CELL): Point[] {
  const b = bounds(polygon);
  const origins: Point[] = [];
  for (let x = b.minX + cell / 2; x < b.maxX; x += cell) {
    for (let y = b.minY + cell / 2; y < b.maxY; y += cell) if (pointInPolygon([x, y], polygon, 0)) origins.push([x, y]);
  }
  return origins;
}

/** The walk from a mark to the exit nearest it by walking distance; null when none can be reached. */
export function markRoute(walker: FloorWalker, mark: EvacuationMark): EvacuationRoute | null {
  if (!walker.field) return null;
  const start = nearestFreePoint(walker.nav, mark.at);
  const route = start ? routeFrom(walker.field, start, null) : null;
  // a mark placed on a desk or column: the walk starts with the step off it
  if (!route || start === mark.at) return route;
  return { ...route, from: mark.at, walking: route.walking + distance(mark.at, start!), path: [mark.at, ...route.path] };
}

export function evacuationFloor(building: Building, floor: Floor, walker: FloorWalker = walkerOf(floor)): EvacuationFloor {
  const routes: { route: EvacuationRoute; area: number; order: number }[] = [];
  const unreachableZones: string[] = [];
  const drawing = floorDrawing(building, floor);
  for (const zone of floor.zones) {
    const area = polygonArea(zone.polygon);
    const origins = [zoneAnchor(zone.polygon), ...(area > LARGE_ZONE_AREA ? gridOrigins(zone.polygon) : [])];
    let reached = false;
    origins.forEach((origin, order) => {
      const start = walker.field ? nearestFreePoint(walker.nav, origin, zone.polygon) : null;
      const route = start && walker.field ? routeFrom(walker.field, start, zone.id) : null;
      if (route) routes.push({ route, area, order });
      reached ||= route !== null && order === 0;
    });
    // a zone is reachable when its pole is: a grid square cut off behind a partition does not make it so
    if (!reached) unreachableZones.push(zone.name);
  }
  routes.sort((a, b) => b.area - a.area || a.order - b.order);
  const safety = drawing.safety;
  return {
    buildingId: building.id,
    buildingName: building.name,
    floorId: floor.id,
    floorName: floor.name,
    drawing,
    routes: routes.map((r) => r.route),
    unreachableZones,
    extinguishers: floor.extinguishers.map((x) => x.at),
    hydrants: safety?.hydrants ?? [],
    smokeExhausts: safety?.smokeExhausts ?? [],
    signs: safety?.signs ?? [],
  };
}

/** The legend of one page: what it draws, in LEGEND_KEYS order. */
export function pageLegend(floor: EvacuationFloor, mark: EvacuationMark | null, route: EvacuationRoute | null): LegendKey[] {
  const cores = floor.drawing.cores;
  const shown: Record<LegendKey, boolean> = {
    youAreHere: mark !== null,
    markRoute: route !== null,
    route: floor.routes.length > 0,
    exit: floor.drawing.exits.length > 0,
    stair: cores.some((c) => c.kind === 'stair'),
    lift: cores.some((c) => c.kind === 'lift'),
    extinguisher: floor.extinguishers.length > 0,
    hydrant: floor.hydrants.length > 0,
    exitSign: floor.signs.some((s) => s.kind === 'exit'),
    directionSign: floor.signs.some((s) => s.kind === 'direction'),
    smokeExhaust: floor.smokeExhausts.length > 0,
  };
  return LEGEND_KEYS.filter((k) => shown[k]);
}

/** Every page of the scope, floors bottom to top, marks in the order they were placed; null when the scope is not in the plan. */
export function buildEvacuationModel(plan: PlanDocument, scope: ReportScope): EvacuationModel | null {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return null;
  const pages: EvacuationPage[] = [];
  for (const { building, floor } of scopedFloors(scoped)) {
    const walker = walkerOf(floor);
    const model = evacuationFloor(building, floor, walker);
    const marks = floor.evacuationMarks ?? [];
    if (marks.length === 0) pages.push({ floor: model, mark: null, markRoute: null, legend: pageLegend(model, null, null) });
    for (const mark of marks) {
      const route = markRoute(walker, mark);
      pages.push({ floor: model, mark, markRoute: route, legend: pageLegend(model, mark, route) });
    }
  }
  return { project: plan.name, pages };
}

export interface RouteArrow {
  at: Point;
  /** unit vector along the walk */
  direction: Point;
}

/**
 * Arrowheads along the routes, every `spacing` metres of each walk, leaving the last `spacing`/2
 * before an exit to the route's own end arrow. Where routes share a corridor an arrow is left out
 * when one pointing the same way (within 60°) already stands within `clearance`, so shared
 * stretches carry one row of arrows; arrows pointing apart (where the way splits) all stay.
 */
export function routeArrows(routes: readonly { path: readonly Point[] }[], spacing: number, clearance: number): RouteArrow[] {
  const arrows: RouteArrow[] = [];
  if (!(spacing > 0)) return arrows;
  for (const { path } of routes) {
    let total = 0;
    for (let i = 1; i < path.length; i++) total += distance(path[i - 1]!, path[i]!);
    let next = spacing / 2;
    let walked = 0;
    for (let i = 1; i < path.length && next < total - spacing / 2; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      const length = distance(a, b);
      if (length === 0) continue;
      const direction: Point = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
      while (next <= walked + length && next < total - spacing / 2) {
        const t = next - walked;
        const at: Point = [a[0] + direction[0] * t, a[1] + direction[1] * t];
        const crowded = arrows.some((x) => distance(x.at, at) < clearance && x.direction[0] * direction[0] + x.direction[1] * direction[1] > 0.5);
        if (!crowded) arrows.push({ at, direction });
        next += spacing;
      }
      walked += length;
    }
  }
  return arrows;
}

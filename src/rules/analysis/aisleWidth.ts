// The clear width of the aisles that escape routes use in open zones (fire.corridor-width, aisles).
// Routes: the walks of the seats to their nearest exit (the field the travel rules walk), the
// longest first; a seat is not walked when a route already walked passes within COVER (2 m) of it,
// in sight, and joining that route there is at most JOIN_SLACK (1 m) longer than the seat's own
// walk: it leaves that way, or by a way no more than a metre shorter. Along each route, points
// every `step` m or closer (evenly spaced on each leg) are measured, once per square of `step` and
// direction (15° sectors: routes running side by side in one aisle are measured once there),
// except the first `skipStart` m (the seat's own chair space), points within `skipTurn` m of a
// vertex of the route (a turn, where the perpendicular is ill-defined) or of its end, and points
// within half its width + `skipTurn` of a door or exit (door openings are fire.door-width's). At each
// point the perpendicular to the route is cast both ways to the nearest barrier edge (walls with
// door openings cut, cores, columns, desks' footprints, the outline); left + right is the clear
// width there. Only points in open zones count (not an enclosed room, not a corridor zone, which
// is measured as a whole); the narrowest point of each zone is its aisle width. A chord through
// free space between two barriers is never shorter than their distance apart, so a point can
// overstate a width (a route crossing an aisle on the slant) but not invent a narrow place that
// the barriers it hits do not make.
//
// A re-check after desks moved repeats the route choice (its walks are the egress analysis's,
// mostly kept) but not the measuring where nothing measured can differ: each route remembers,
// by its seat's desk, its path and what was found at its points (the zone, a door nearby, the two
// casts). A point's place, zone and doors follow from the path and from fields that did not
// change (the memory is kept only while the outline, walls, doors, cores, columns, zones and exits
// are the very arrays they were, holding what they held); its casts hold while the cells they
// visited hold the same edges (aisleBarriers.ts says which cells the changed desks' edges, compared
// by their numbers, were filed in). So a route with the same path measures exactly what it
// measured, and only the casts near the desks that changed are cast again
// (test/rules/analysis/aisleMemory.test.ts holds it to a measuring from nothing).
import type { Point, Zone } from '../../floorplan/types.ts';
import type { FloorContext } from '../context.ts';
import { sameData } from '../../floorplan/sameData.ts';
import { BarrierIndex } from './aisleBarriers.ts';
import { fixedObstaclePolygons } from './fixedObstacles.ts';

export interface AisleSettings {
  /** largest spacing (m) of the measured points along a route */
  step: number;
  /** metres from a route's start (the seat) left unmeasured */
  skipStart: number;
  /** metres either side of a route's vertices (and before its end) left unmeasured */
  skipTurn: number;
}

export interface AisleReading {
  /** the open zone (undefined: the floor outside every zone) */
  zone: Zone | undefined;
  /** narrowest clear width (m) across the routes in the zone */
  width: number;
  /** the middle of the narrowest cross-section */
  at: Point;
  /** where its perpendicular meets the barriers on either side */
  left: Point;
  right: Point;
  /** points measured in the zone */
  samples: number;
}

export interface AisleWidths {
  /** routes walked */
  routes: number;
  /** one per open zone some route was measured in */
  zones: AisleReading[];
}

/** A seat this close (m) to a route already walked may join it. */
const COVER = 2;
/** Joining a route may be this much (m) longer than the seat's own walk and still stand for it. */
const JOIN_SLACK = 1;
/** Directions of the legs of routes, in sectors of 15°: a place is measured once per sector. */
const SECTORS = 12;
/** Floors whose measuring is remembered (the ones being edited). */
const REMEMBERED_FLOORS = 4;

/** What a sight test needs of the navigation scene. */
interface Sight {
  visible(ax: number, ay: number, bx: number, by: number): boolean;
}

/**
 * Route points filed by cells of COVER m over the floor's box (points beyond it in the border
 * cells: a point within COVER of another is still in the 3 × 3 cells round it), each with the
 * walk left from it to the exit. Its arrays are kept from check to check.
 */
class RoutePoints {
  private cols = 0;
  private rows = 0;
  private x0 = 0;
  private y0 = 0;
  private head = new Int32Array(0);
  private next = new Int32Array(256);
  private xyr = new Float64Array(768);
  private count = 0;

  /** Empties it for a floor whose box starts at (x0, y0) and spans to (maxX, maxY). */
  reset(x0: number, y0: number, maxX: number, maxY: number): void {
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.max(1, Math.ceil((maxX - x0) / COVER));
    this.rows = Math.max(1, Math.ceil((maxY - y0) / COVER));
    if (this.head.length < this.cols * this.rows) this.head = new Int32Array(this.cols * this.rows);
    this.head.fill(-1, 0, this.cols * this.rows);
    this.count = 0;
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / COVER)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / COVER)));
  }

  add(x: number, y: number, remaining: number): void {
    if (this.count === this.next.length) {
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
      const xyr = new Float64Array(this.xyr.length * 2);
      xyr.set(this.xyr);
      this.xyr = xyr;
    }
    const k = this.count++;
    const c = this.col(x) * this.rows + this.row(y);
    this.xyr[3 * k] = x;
    this.xyr[3 * k + 1] = y;
    this.xyr[3 * k + 2] = remaining;
    this.next[k] = this.head[c]!;
    this.head[c] = k;
  }

  /** Whether a route point within COVER of (px, py), in sight of it, leads out no more than JOIN_SLACK longer than `walking`. */
  joins(px: number, py: number, walking: number, sight: Sight): boolean {
    const ci = this.col(px);
    const cj = this.row(py);
    const { xyr, next, head } = this;
    for (let i = Math.max(0, ci - 1); i <= Math.min(this.cols - 1, ci + 1); i++) {
      for (let j = Math.max(0, cj - 1); j <= Math.min(this.rows - 1, cj + 1); j++) {
        for (let k = head[i * this.rows + j]!; k >= 0; k = next[k]!) {
          const x = xyr[3 * k]!;
          const y = xyr[3 * k + 1]!;
          const dx = x - px;
          const dy = y - py;
          const d2 = dx * dx + dy * dy;
          if (d2 > COVER * COVER) continue;
          if (Math.sqrt(d2) + xyr[3 * k + 2]! <= walking + JOIN_SLACK && sight.visible(px, py, x, y)) return true;
        }
      }
    }
    return false;
  }
}

/** What one route found at its points, in the order they come along it (see the top of the file). */
interface RouteMemo {
  /** the route's vertices, x and y */
  path: Float64Array;
  /** per point: its zone by its index in floor.zones, -1 outside every zone, -2 not asked */
  zone: Int32Array;
  /** per point: 0 not asked, 1 near a door or exit, 2 not */
  opening: Uint8Array;
  /** per point: 1 when its casts below hold for the desks the barrier index holds */
  cast: Uint8Array;
  /** per point: left distance, its hit x, y, right distance, its hit x, y */
  casts: Float64Array;
}

/** One floor's measuring, kept for the next check of it. */
interface AisleMemory {
  /** the floor fields the places, zones and openings follow from (the arrays, and a copy of what they held), and the settings */
  inputs: readonly unknown[];
  copy: unknown;
  settings: string;
  barriers: BarrierIndex | null;
  /** by the seat's desk id */
  routes: Map<string, RouteMemo>;
  /** places measured: the check that measured it last */
  measured: Int32Array;
  check: number;
  walked: RoutePoints;
  /** the seats in the order of the last check (see longestFirst) */
  order: number[];
}

const memories = new Map<string, AisleMemory>();

function memoryFor(key: string, inputs: readonly unknown[], settings: string): AisleMemory {
  let memory = memories.get(key);
  memories.delete(key);
  // the very arrays (a plan updated by an edit's patches) holding what they held (not changed in place)
  if (!memory || memory.settings !== settings || memory.inputs.length !== inputs.length || memory.inputs.some((x, i) => x !== inputs[i]) || !sameData(memory.copy, inputs)) {
    memory = { inputs, copy: structuredClone(inputs), settings, barriers: null, routes: new Map(), measured: new Int32Array(0), check: 0, walked: new RoutePoints(), order: [] };
  }
  memories.set(key, memory);
  while (memories.size > REMEMBERED_FLOORS) memories.delete(memories.keys().next().value!);
  return memory;
}

/** Forgets every floor's measuring (tests: a check from nothing). */
export function forgetAisleMemory(): void {
  memories.clear();
}

/**
 * The seats that reach an exit (by their index), the longest walk first and, among equal walks,
 * in floor order: a stable sort of them by walk, as the unique order it is. Sorted from the last
 * check's order (all seats, those that reach no exit last), which an edit leaves nearly sorted:
 * the merge sort of the engine takes a sorted run in one pass.
 */
function longestFirst(memory: AisleMemory, seats: readonly { exit: { walking: number } }[]): number[] {
  const n = seats.length;
  const walking = new Float64Array(n);
  for (let i = 0; i < n; i++) walking[i] = seats[i]!.exit.walking;
  let order = memory.order;
  if (order.length !== n) order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const wa = walking[a]!;
    const wb = walking[b]!;
    const fa = Number.isFinite(wa);
    if (fa !== Number.isFinite(wb)) return fa ? -1 : 1;
    return (fa ? wb - wa : 0) || a - b;
  });
  memory.order = order;
  let reach = n;
  while (reach > 0 && !Number.isFinite(walking[order[reach - 1]!]!)) reach--;
  return order.slice(0, reach);
}

function memoOf(known: RouteMemo | undefined, path: readonly Point[]): RouteMemo {
  if (known && known.path.length === path.length * 2) {
    let same = true;
    for (let v = 0; v < path.length && same; v++) same = known.path[2 * v] === path[v]![0] && known.path[2 * v + 1] === path[v]![1];
    if (same) return known;
  }
  const flat = new Float64Array(path.length * 2);
  path.forEach((p, v) => {
    flat[2 * v] = p[0];
    flat[2 * v + 1] = p[1];
  });
  return { path: flat, zone: new Int32Array(16).fill(-2), opening: new Uint8Array(16), cast: new Uint8Array(16), casts: new Float64Array(16 * 6) };
}

/** Makes room in `memo` for point `q`. */
function reserve(memo: RouteMemo, q: number): void {
  if (q < memo.cast.length) return;
  const n = Math.max(q + 1, memo.cast.length * 2);
  const zone = new Int32Array(n).fill(-2);
  zone.set(memo.zone);
  memo.zone = zone;
  const opening = new Uint8Array(n);
  opening.set(memo.opening);
  memo.opening = opening;
  const cast = new Uint8Array(n);
  cast.set(memo.cast);
  memo.cast = cast;
  const casts = new Float64Array(n * 6);
  casts.set(memo.casts);
  memo.casts = casts;
}

export function aisleWidths(ctx: FloorContext, settings: AisleSettings): AisleWidths {
  const { floor } = ctx;
  const none: AisleWidths = { routes: 0, zones: [] };
  if (floor.exits.length === 0 || floor.outline.length < 3 || !(settings.step > 0)) return none;
  const enclosures = ctx.enclosures;
  const openZones = new Map<Zone | undefined, boolean>();
  const open = (zone: Zone | undefined): boolean => {
    let known = openZones.get(zone);
    if (known === undefined) openZones.set(zone, (known = zone === undefined || (zone.use !== 'corridor' && enclosures.get(zone.id)?.enclosed !== true)));
    return known;
  };
  const all = ctx.egress.seats;
  if (!all.some((s) => Number.isFinite(s.exit.walking))) return none;

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of floor.outline) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  // what the places, zones (the zone index is built from floor.zones), openings and barriers follow from, besides the desks
  const inputs = [floor.outline, floor.walls, floor.doors, floor.cores, floor.columns, floor.zones, floor.exits];
  const memory = memoryFor(`${ctx.buildingId}\u0000${ctx.floorId}`, inputs, `${settings.step}|${settings.skipStart}|${settings.skipTurn}`);
  const desks = floor.workstations;
  if (memory.barriers) {
    // casts remembered from before hold where the changed desks' edges are not in their cells
    const blocks = memory.barriers.update(desks);
    if (blocks === null) memory.barriers = null;
    for (const memo of memory.routes.values()) {
      if (blocks === null) memo.cast.fill(0);
      else if (blocks.length > 0) {
        for (let q = 0; q < memo.cast.length; q++) {
          const o = q * 6;
          if (memo.cast[q] && memory.barriers!.castMayChange(memo.casts[o + 1]!, memo.casts[o + 2]!, memo.casts[o + 4]!, memo.casts[o + 5]!, blocks)) memo.cast[q] = 0;
        }
      }
    }
  }
  const barriers = (): BarrierIndex => (memory.barriers ??= BarrierIndex.build(minX, minY, maxX, maxY, [floor.outline, ...fixedObstaclePolygons(floor)], desks));
  // door openings and exits: centre and the radius left unmeasured round it
  const openings = new Float64Array([...floor.doors, ...floor.exits].flatMap((d) => [d.at[0], d.at[1], d.width / 2 + settings.skipTurn]));
  const nearOpening = (x: number, y: number): boolean => {
    for (let o = 0; o < openings.length; o += 3) {
      const dx = x - openings[o]!;
      const dy = y - openings[o + 1]!;
      if (dx * dx + dy * dy <= openings[o + 2]! * openings[o + 2]!) return true;
    }
    return false;
  };

  const field = ctx.egress.exitField;
  const scene = ctx.navigation.scene;
  const walked = memory.walked;
  walked.reset(minX, minY, maxX, maxY);
  // places measured: a square of `step` by a direction sector
  const cols = Math.max(1, Math.ceil((maxX - minX) / settings.step));
  const rows = Math.max(1, Math.ceil((maxY - minY) / settings.step));
  if (memory.measured.length !== cols * rows * SECTORS) {
    memory.measured = new Int32Array(cols * rows * SECTORS);
    memory.check = 0;
  }
  const measured = memory.measured;
  const seats = longestFirst(memory, all);
  const check = ++memory.check;
  const routesNow = new Map<string, RouteMemo>();
  const zones = floor.zones;
  const zoneIndexOf = new Map<Zone, number>(zones.map((z, i) => [z, i]));
  const readings = new Map<Zone | undefined, AisleReading>();
  const point: Point = [0, 0];
  let routes = 0;
  for (const s of seats) {
    const seat = all[s]!;
    const from = seat.point;
    if (walked.joins(from[0], from[1], seat.exit.walking, scene)) continue;
    // the walk egress measured bounds this one: the field answers it without a search
    const walk = field.query(from, seat.exit.walking);
    const path = walk.path;
    if (!Number.isFinite(walk.walking) || path.length < 2) continue;
    routes++;
    const memo = memoOf(routesNow.get(seat.ws.id) ?? memory.routes.get(seat.ws.id), path);
    routesNow.set(seat.ws.id, memo);
    let along = 0;
    // the points of the route that may be measured, numbered in order
    let q = -1;
    for (let v = 0; v + 1 < path.length; v++) {
      const a = path[v]!;
      const b = path[v + 1]!;
      const ux = b[0] - a[0];
      const uy = b[1] - a[1];
      const length = Math.sqrt(ux * ux + uy * uy);
      if (length === 0) continue;
      const n = Math.max(1, Math.ceil(length / settings.step - 1e-9));
      // where the route may be joined: points of the leg at most COVER / 2 apart, and its ends
      const m = Math.max(1, Math.ceil((2 * length) / COVER));
      for (let k = 0; k <= m; k++) walked.add(a[0] + (ux * k) / m, a[1] + (uy * k) / m, walk.walking - along - (length * k) / m);
      const legStart = along;
      along += length;
      const dx = ux / length;
      const dy = uy / length;
      const angle = Math.atan2(dy, dx);
      const sector = Math.min(SECTORS - 1, Math.floor(((angle < 0 ? angle + Math.PI : angle) % Math.PI) / (Math.PI / SECTORS)));
      const turnAtStart = v > 0;
      for (let k = 0; k < n; k++) {
        const t = ((k + 0.5) * length) / n;
        if (legStart + t < settings.skipStart) continue;
        if (turnAtStart && t <= settings.skipTurn) continue;
        if (length - t <= settings.skipTurn) continue; // a turn, or the route's end at the exit
        q++;
        const x = a[0] + dx * t;
        const y = a[1] + dy * t;
        const i = Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / settings.step)));
        const j = Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / settings.step)));
        const place = (i * rows + j) * SECTORS + sector;
        if (measured[place] === check) continue;
        measured[place] = check;
        reserve(memo, q);
        if (memo.opening[q] === 0) memo.opening[q] = nearOpening(x, y) ? 1 : 2;
        if (memo.opening[q] === 1) continue;
        let zone: Zone | undefined;
        if (memo.zone[q] === -2) {
          point[0] = x;
          point[1] = y;
          zone = ctx.zoneIndex.zoneAt(point);
          // remembered by its place in floor.zones (a zone the index has from elsewhere is not remembered)
          const at = zone === undefined ? -1 : (zoneIndexOf.get(zone) ?? -2);
          memo.zone[q] = at;
        } else {
          zone = memo.zone[q]! < 0 ? undefined : zones[memo.zone[q]!];
        }
        if (!open(zone)) continue;
        const o = q * 6;
        const casts = memo.casts;
        if (!memo.cast[q]) {
          const index = barriers();
          const left = index.cast(x, y, -dy, dx);
          const lx = index.hitX;
          const ly = index.hitY;
          const right = index.cast(x, y, dy, -dx);
          if (left === Infinity || right === Infinity) continue; // outside the outline
          casts[o] = left;
          casts[o + 1] = lx;
          casts[o + 2] = ly;
          casts[o + 3] = right;
          casts[o + 4] = index.hitX;
          casts[o + 5] = index.hitY;
          memo.cast[q] = 1;
        }
        const width = casts[o]! + casts[o + 3]!;
        const known = readings.get(zone);
        if (known) known.samples++;
        if (!known || width < known.width) {
          const l: Point = [casts[o + 1]!, casts[o + 2]!];
          const r: Point = [casts[o + 4]!, casts[o + 5]!];
          readings.set(zone, { zone, width, at: [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2], left: l, right: r, samples: known ? known.samples : 1 });
        }
      }
    }
  }
  memory.routes = routesNow;
  return { routes, zones: [...readings.values()] };
}

// Escape routes and the stretches of them without a sign in sight (fire.exit-signs). A route is
// the shortest walk to the nearest exit from an egress door (room doors and the open floor's
// doors) or from a point of a corridor or open zone, one point per `originCell` square of the
// rule grid (rooms are left at their doors: inside a room is not an escape route). Each sign (any
// kind) within `tolerance` of a route stands on it where it comes closest; the stretches between
// them, and from the route's start to the first and from the last to the exit, are its gaps
// (measured along the route, exactly). A gap that begins in a corridor zone at a
// point that is not between two exits (both exits seen on one side, as egress.ts judges doors)
// lies in a dead end (袋形走道).
//
// A route's gaps follow from its path, the signs, the tolerance, the zones (where a gap lies, and
// whether it begins in a corridor) and the exits (dead ends) alone. So a re-check after desks
// moved keeps each route's gaps by where it starts and takes them again where the route's path is
// the very same, point for point, while the signs, the tolerance, the zones and the exits are what
// they were (a route walked in any earlier check of them, not only the last): only the routes
// whose walk the edit changed are read again
// (test/rules/walking/escapeRoutes.test.ts holds it to a check from nothing).
import { sameData } from '../../floorplan/sameData.ts';
import { sameNumber } from '../sameNumber.ts';
import { bounds, vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../floorplan/types.ts';
import type { FloorContext } from '../context.ts';
import type { NavResult, NavTarget } from './navigation.ts';
import { coordinatesBox } from './coordinatesBox.ts';

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
  /** kept for the next check of the floor: read them, do not change them or hand on their points */
  gaps: readonly SignGap[];
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

/** The marks of a route, reused from route to route. */
let markScratch = new Float64Array(64);

/** Side (m) of the cells the signs are filed by. */
const SIGN_CELL = 4;
/** Floors whose routes are remembered (the ones being edited). */
const REMEMBERED_FLOORS = 4;
/** Records of routes no longer walked kept at most, beyond twice the routes walked. */
const SPARE_ROUTES = 1024;

/** The signs filed by square cells, for the signs near a leg; those with a coordinate that is not finite apart, tried for every leg. */
class SignCells {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** cell c's signs are items[start[c] .. start[c + 1]) (the finite signs, numbered first) */
  readonly start: Int32Array;
  readonly items: Int32Array;
  readonly odd: Int32Array;
  readonly cols: number;
  readonly rows: number;
  readonly x0: number;
  readonly y0: number;

  constructor(signs: readonly Point[]) {
    const finite = (c: Point) => Number.isFinite(c[0]) && Number.isFinite(c[1]);
    const ordered = [...signs.filter(finite), ...signs.filter((c) => !finite(c))];
    const n = signs.filter(finite).length;
    this.x = Float64Array.from(ordered, (c) => c[0]);
    this.y = Float64Array.from(ordered, (c) => c[1]);
    this.odd = Int32Array.from({ length: signs.length - n }, (_, k) => n + k);
    const { minX, minY, maxX, maxY } = coordinatesBox(this.x, this.y, n);
    this.x0 = n > 0 ? minX : 0;
    this.y0 = n > 0 ? minY : 0;
    this.cols = n > 0 ? Math.floor((maxX - minX) / SIGN_CELL) + 1 : 1;
    this.rows = n > 0 ? Math.floor((maxY - minY) / SIGN_CELL) + 1 : 1;
    const cell = new Int32Array(n);
    this.start = new Int32Array(this.cols * this.rows + 1);
    for (let i = 0; i < n; i++) {
      cell[i] = this.col(this.x[i]!) * this.rows + this.row(this.y[i]!);
      this.start[cell[i]! + 1]!++;
    }
    for (let c = 0; c < this.cols * this.rows; c++) this.start[c + 1]! += this.start[c]!;
    this.items = new Int32Array(n);
    const fill = this.start.slice(0, this.cols * this.rows);
    for (let i = 0; i < n; i++) this.items[fill[cell[i]!]!++] = i;
  }

  /** The cell column of x, clamped to the lattice (an infinite x too). */
  col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / SIGN_CELL)));
  }

  row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / SIGN_CELL)));
  }
}

/**
 * The stretches of one route between the places where signs stand beside it (each sign at the
 * point of the route it comes closest to, when within r), from its start and to its end. Only the
 * signs of the cells a leg's box (grown by r) meets are tried: the others fail the box test.
 */
function routeGaps(path: readonly Point[], signs: SignCells, r: number): { starts: number[]; gaps: { from: number; to: number; place: SignGap['place'] }[] } {
  const starts = [0];
  let marks = 0;
  const c: Point = [0, 0];
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
    const mark = (s: number): void => {
      c[0] = signs.x[s]!;
      c[1] = signs.y[s]!;
      if (c[0] < minX || c[0] > maxX || c[1] < minY || c[1] > maxY) return;
      const t = signPosition(a, b, length, c, r);
      if (t === null) return;
      if (marks === markScratch.length) {
        const grown = new Float64Array(2 * marks);
        grown.set(markScratch);
        markScratch = grown;
      }
      markScratch[marks++] = s0 + t;
    };
    for (const s of signs.odd) mark(s);
    if (!(minX <= maxX && minY <= maxY)) {
      // a box that is empty (r < 0) or NaN: no cells to go by, every sign is tried
      for (let s = 0; s < signs.items.length; s++) mark(s);
      continue;
    }
    const i1 = signs.col(maxX);
    const j0 = signs.row(minY);
    const j1 = signs.row(maxY);
    for (let ci = signs.col(minX); ci <= i1; ci++) {
      for (let k = signs.start[ci * signs.rows + j0]!; k < signs.start[ci * signs.rows + j1 + 1]!; k++) mark(signs.items[k]!);
    }
  }
  const total = starts[starts.length - 1]!;
  // ascending, whatever order they were found in: no mark is -0 (t >= +0) or NaN (the path's
  // points are finite: its walk is), so this is the order the comparison x - y gives
  const sorted = markScratch.subarray(0, marks).sort();
  const gaps: { from: number; to: number; place: SignGap['place'] }[] = [];
  let reached = 0;
  let first = true;
  for (const m of sorted) {
    if (m - reached > SLIVER) gaps.push({ from: reached, to: m, place: first ? 'start' : 'between' });
    first = false;
    reached = Math.max(reached, m);
  }
  if (total - reached > SLIVER) gaps.push({ from: reached, to: total, place: first ? 'start' : 'end' });
  return { starts, gaps };
}

/** A route's path and the gaps found on it. */
interface RouteRecord {
  /** x, y of each point (an array of numbers: a typed array costs far more to make, one per route of a first check) */
  path: readonly number[];
  /**
   * the walk whose path that is (the field's result object, kept from check to check while the
   * walk is carried): the very object again has the very path (a walk's path follows from its
   * own fields, which are not changed after), so it is not drawn to be compared
   */
  walk: NavResult;
  gaps: SignGap[];
  /** the last check of the floor that walked it */
  walkedIn: number;
}

/**
 * Route records by their origin's coordinates (x, then y: numbers as keys match as the strings
 * "x,y" did, -0 as 0 and NaN as NaN, without writing each number out).
 */
class RouteIndex {
  private readonly byX = new Map<number, Map<number, RouteRecord>>();
  /** records held */
  size = 0;

  at(x: number, y: number): RouteRecord | undefined {
    return this.byX.get(x)?.get(y);
  }

  set(x: number, y: number, record: RouteRecord): void {
    let column = this.byX.get(x);
    if (!column) this.byX.set(x, (column = new Map()));
    const before = column.size;
    column.set(y, record);
    this.size += column.size - before;
  }

  /** An index of the records walked in check `check` alone. */
  walkedIn(check: number): RouteIndex {
    const kept = new RouteIndex();
    for (const [x, column] of this.byX) for (const [y, record] of column) if (record.walkedIn === check) kept.set(x, y, record);
    return kept;
  }
}

/**
 * The origin cells taken so far: a flag per cell of the outline's box (cols × rows), and a set
 * for any other number (a cell off the box, or settings that give no box): each number is
 * always kept in the same one of them, so it answers as one set of numbers would.
 */
class TakenCells {
  private readonly flags: Uint8Array | null;
  private readonly others = new Set<number>();

  constructor(cols: number, rows: number) {
    const size = cols * rows;
    this.flags = Number.isSafeInteger(size) && size > 0 && size <= MAX_FLAGGED_CELLS ? new Uint8Array(size) : null;
  }

  /** Takes `cell`; false when it was taken already. */
  take(cell: number): boolean {
    const flags = this.flags;
    if (flags !== null && Number.isInteger(cell) && cell >= 0 && cell < flags.length) {
      if (flags[cell]) return false;
      flags[cell] = 1;
      return true;
    }
    if (this.others.has(cell)) return false;
    this.others.add(cell);
    return true;
  }
}

/**
 * The origin cell of each grid point of the last check, by the point's place in the grid: a
 * point that is the very object at its place again (grid points are not changed after they are
 * made: walks are remembered by them) in the same lattice of cells lies in the same cell, so its
 * coordinates are not read again (thousands of points, scattered in memory).
 */
class PointCells {
  /** the lattice: the box's corner, the cell's side and the cells per column */
  x0 = NaN;
  y0 = NaN;
  side = NaN;
  columns = NaN;
  /** per place: the point whose cell `cells` holds (null: none) */
  points: (Point | null)[] = [];
  cells = new Float64Array(0);

  /** Forgets the cells where the lattice is another; makes room for `count` places. */
  begin(x0: number, y0: number, side: number, columns: number, count: number): void {
    if (!(sameNumber(this.x0, x0) && sameNumber(this.y0, y0) && sameNumber(this.side, side) && sameNumber(this.columns, columns))) {
      this.x0 = x0;
      this.y0 = y0;
      this.side = side;
      this.columns = columns;
      this.points.fill(null);
    }
    if (this.points.length !== count) {
      this.points = new Array<Point | null>(count).fill(null);
      this.cells = new Float64Array(count);
    }
  }

  /** The cell of point p, at place i of the grid (as the loop of escapeRoutes worked it out: column, then row). */
  cellOf(p: Point, i: number): number {
    if (this.points[i] === p) return this.cells[i]!;
    const cell = Math.floor((p[0] - this.x0) / this.side) * this.columns + Math.floor((p[1] - this.y0) / this.side);
    this.points[i] = p;
    this.cells[i] = cell;
    return cell;
  }
}

/** Origin cells flagged in an array at most (a floor of 1 km² in cells of 1 m); beyond, a set. */
const MAX_FLAGGED_CELLS = 1 << 20;

/** One floor's routes, kept for the next check of it. */
interface RouteMemory {
  /** the zones and exits the gaps follow from (the arrays, and a copy of what they held) */
  inputs: readonly unknown[];
  copy: unknown;
  /** the tolerance and the signs, as numbers */
  settings: Float64Array;
  /**
   * by origin point: the routes of this floor's checks (a record holds for its path whenever it
   * was made, the memory being of the same signs, tolerance, zones and exits), those of the
   * last check at least
   */
  routes: RouteIndex;
  /** checks of the floor so far */
  checks: number;
  /** the grid points' origin cells */
  cells: PointCells;
}

const memories = new Map<string, RouteMemory>();

function memoryFor(key: string, inputs: readonly unknown[], settings: Float64Array): RouteMemory {
  let memory = memories.get(key);
  memories.delete(key);
  if (!memory || !sameNumbers(memory.settings, settings) || memory.inputs.length !== inputs.length || memory.inputs.some((x, i) => x !== inputs[i]) || !sameData(memory.copy, inputs)) {
    memory = { inputs, copy: structuredClone(inputs), settings, routes: new RouteIndex(), checks: 0, cells: new PointCells() };
  }
  memories.set(key, memory);
  while (memories.size > REMEMBERED_FLOORS) memories.delete(memories.keys().next().value!);
  return memory;
}

/** Forgets every floor's routes (tests: a check from nothing). */
export function forgetEscapeRoutes(): void {
  memories.clear();
}

/** Same numbers, NaN matching NaN (Object.is: a NaN setting gives what it gave). */
function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameNumber(a[i]!, b[i]!)) return false;
  return true;
}

function samePath(flat: readonly number[], path: readonly Point[]): boolean {
  if (flat.length !== 2 * path.length) return false;
  for (let v = 0; v < path.length; v++) if (!sameNumber(flat[2 * v]!, path[v]![0]) || !sameNumber(flat[2 * v + 1]!, path[v]![1])) return false;
  return true;
}

function flatPath(path: readonly Point[]): number[] {
  const flat: number[] = [];
  for (let v = 0; v < path.length; v++) flat.push(path[v]![0], path[v]![1]);
  return flat;
}

/**
 * The tolerance and the signs, as numbers. A function of its own: the signs' array comes in
 * arrays of more than one kind (empty, of points), and a read of it that meets a new kind sends
 * only this back to be compiled again, not escapeRoutes().
 */
function settingNumbers(settings: EscapeRouteSettings): Float64Array {
  const numbers = new Float64Array(1 + 2 * settings.signs.length);
  numbers[0] = settings.tolerance;
  settings.signs.forEach((c, i) => {
    numbers[1 + 2 * i] = c[0];
    numbers[2 + 2 * i] = c[1];
  });
  return numbers;
}

export function escapeRoutes(ctx: FloorContext, settings: EscapeRouteSettings): EscapeRoutes {
  const { floor } = ctx;
  // (the floor's own array asked: the targets' array comes in more than one kind, each a recompile here)
  if (floor.exits.length === 0 || floor.outline.length < 3) return { routes: 0, gaps: [] };
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
  const nav = ctx.navigation;
  // the travel rule's field to the same exits: walked once per floor
  const field = ctx.egress.exitField;
  const doorOrigins: Point[] = ctx.egress.doors.map((d) => d.door.at);
  // then one point of each origin cell (gathered in an array of their own: one made here, always of the same kind)
  const cellOrigins: Point[] = [];
  // one point of each origin cell of the zones that are escape routes themselves
  const grid = ctx.grid(settings.gridStep);
  const enclosed = new Set([...ctx.enclosures.values()].filter((e) => e.enclosed).map((e) => e.zone.id));
  const box = bounds(floor.outline);
  const columns = Math.ceil((box.maxY - box.minY) / settings.originCell) + 1;
  const taken = new TakenCells(Math.floor((box.maxX - box.minX) / settings.originCell) + 1, columns);
  // per zone (a few): whether it is enclosed, asked once rather than per grid point
  const enclosedZones = new Map<Zone, boolean>();
  const { points, zones } = grid;
  const settingsNow = settingNumbers(settings);
  const memory = memoryFor(`${ctx.buildingId}\u0000${ctx.floorId}`, [floor.zones, floor.exits], settingsNow);
  const pointCells = memory.cells;
  pointCells.begin(box.minX, box.minY, settings.originCell, columns, points.length);
  // and the last zone's answer: grid points come zone by zone, much of the time
  let lastZone: Zone | undefined;
  let lastInRoom = false;
  for (let i = 0; i < points.length; i++) {
    const zone = zones[i];
    if (zone) {
      if (zone !== lastZone) {
        let inRoom = enclosedZones.get(zone);
        if (inRoom === undefined) enclosedZones.set(zone, (inRoom = enclosed.has(zone.id)));
        lastZone = zone;
        lastInRoom = inRoom;
      }
      if (lastInRoom) continue;
    }
    const p = points[i]!;
    if (!taken.take(pointCells.cellOf(p, i))) continue;
    cellOrigins.push(p);
  }
  const origins = doorOrigins.concat(cellOrigins);
  const check = ++memory.checks;
  const known = memory.routes;
  let signs: SignCells | null = null;
  const gaps: SignGap[] = [];
  let routes = 0;
  // (indexed loops: an iterator's result objects would be made for every origin and gap of every check)
  for (let o = 0; o < origins.length; o++) {
    const origin = origins[o]!;
    const walk = field.query(origin);
    if (!Number.isFinite(walk.walking)) continue;
    const same = known.at(origin[0], origin[1]);
    // the same walk as the one recorded: its path (of two points at least, as it was then)
    if (same && same.walk === walk) {
      routes++;
      same.walkedIn = check;
      for (let g = 0; g < same.gaps.length; g++) gaps.push(same.gaps[g]!);
      continue;
    }
    const path = walk.path;
    if (path.length < 2) continue;
    routes++;
    if (same && samePath(same.path, path)) {
      same.walk = walk;
      same.walkedIn = check;
      for (let g = 0; g < same.gaps.length; g++) gaps.push(same.gaps[g]!);
      continue;
    }
    signs ??= new SignCells(settings.signs);
    const { starts, gaps: found } = routeGaps(path, signs, settings.tolerance);
    const record: RouteRecord = { path: flatPath(path), walk, gaps: [], walkedIn: check };
    for (const g of found) {
      const from = pointAt(path, starts, g.from);
      const to = pointAt(path, starts, g.to);
      const mid = pointAt(path, starts, (g.from + g.to) / 2);
      const startZone = ctx.zoneIndex.zoneAt(from);
      const deadEnd = startZone?.use === 'corridor' && !betweenExits(from, exits);
      const gap: SignGap = { length: g.to - g.from, from, to, mid, deadEnd, place: g.place, zone: ctx.zoneIndex.zoneAt(mid) };
      record.gaps.push(gap);
      gaps.push(gap);
    }
    known.set(origin[0], origin[1], record);
  }
  // the records of routes no longer walked let go once they outnumber those walked
  if (known.size > 2 * routes + SPARE_ROUTES) memory.routes = known.walkedIn(check);
  return { routes, gaps };
}

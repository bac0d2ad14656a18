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
// Routes to one exit share most of their legs (the walks run on along the same shortest-path
// tree), so each leg (a straight stretch between two vertices, by its two ends) is measured once:
// its points and their places follow from its ends alone, and a leg whose points a route has
// already run through in this check (from past its skipStart, after a turn as this one is, or not
// after one) holds no place left to measure; such a leg only lowers the walk left at its join
// points where this route's is shorter (joins() asks whether some point within COVER leads out
// short enough: the least walk left at a place answers it as the copies of the place would).
//
// A re-check after desks moved repeats the route choice (its walks are the egress analysis's,
// mostly kept; a seat first tries the route point it joined by last time: a point joins() would
// find and accept gives joins()'s answer; the sight line to it, clear last time from the same
// seat point, is clear now unless a desk that changed since may cross it: the barrier index says
// which desks changed) but not the measuring where nothing measured can differ: each leg remembers what
// was found at its points (the zone, a door nearby, the two casts). A point's place, zone and
// doors follow from the leg and from fields that did not change (the memory is kept only while
// the outline, walls, doors, cores, columns, zones and exits are the very arrays they were,
// holding what they held); its casts hold while the cells they visited hold the same edges
// (aisleBarriers.ts says which cells the changed desks' edges, compared by their numbers, were
// filed in). So a leg measures exactly what it measured, and only the casts near the desks that
// changed are cast again (test/rules/analysis/aisleMemory.test.ts holds it to a measuring from
// nothing). Nor does it sweep the legs again where the routes walk the legs the last check walked,
// in the same order: which points of a leg walk are measured (their place not yet measured in the
// check) follows from that leg walk (the leg, whether after a turn, where along its route it
// starts) and the leg walks before it alone, so the check takes the points the last one found,
// in the order found, up to the first leg walk that differs, and sweeps from there
// (test/rules/analysis/aisleSweeps.test.ts). Each zone's narrowest point is then read from those
// points in that order, as the sweeps read it.
import type { Point, Zone } from '../../floorplan/types.ts';
import type { FloorContext } from '../context.ts';
import { sameData } from '../../floorplan/sameData.ts';
import { BarrierIndex, clearOfBoxes } from './aisleBarriers.ts';
import { fixedObstaclePolygons } from './fixedObstacles.ts';
import { sameNumber } from '../sameNumber.ts';
import { sortByWalk, walksBefore } from './walkOrder.ts';

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
  /** per point: the leg it lies on */
  private leg = new Int32Array(256);
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

  /**
   * Adds the m + 1 join points of a leg: point k at (ax + (ux × k) / m, ay + (uy × k) / m), with
   * the walk left from it `left` − (length × k) / m. The numbers come in LEG_NUMBERS (ax, ay, ux,
   * uy, left, length): passed to a call the engine does not inline, each would be boxed, for
   * every leg of every route of every check.
   */
  addLeg(m: number, leg: number): void {
    const ax = LEG_NUMBERS[0]!;
    const ay = LEG_NUMBERS[1]!;
    const ux = LEG_NUMBERS[2]!;
    const uy = LEG_NUMBERS[3]!;
    const left = LEG_NUMBERS[4]!;
    const length = LEG_NUMBERS[5]!;
    for (let k = 0; k <= m; k++) {
      if (this.count === this.next.length) this.grow();
      const x = ax + (ux * k) / m;
      const y = ay + (uy * k) / m;
      const p = this.count++;
      this.leg[p] = leg;
      const c = this.col(x) * this.rows + this.row(y);
      this.xyr[3 * p] = x;
      this.xyr[3 * p + 1] = y;
      this.xyr[3 * p + 2] = left - (length * k) / m;
      this.next[p] = this.head[c]!;
      this.head[c] = p;
    }
  }

  private grow(): void {
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
    const xyr = new Float64Array(this.xyr.length * 2);
    xyr.set(this.xyr);
    this.xyr = xyr;
    const legs = new Int32Array(this.leg.length * 2);
    legs.set(this.leg);
    this.leg = legs;
  }

  /** The number of points added since reset(): the next point's index. */
  get size(): number {
    return this.count;
  }

  /** Lowers the walk left from point k to `remaining` where that is less. */
  lower(k: number, remaining: number): void {
    if (remaining < this.xyr[3 * k + 2]!) this.xyr[3 * k + 2] = remaining;
  }

  /** The leg point k lies on. */
  legOf(k: number): number {
    return this.leg[k]!;
  }

  /**
   * Whether joins() would find point k, and find that it stands for seat s, at (seatX[s],
   * seatY[s]) with the walk walking[s] (read here: passed in, the numbers would be boxed for every
   * seat of every check). `changes` given: the sight line from the seat to k was clear in the
   * scene of the last check, and these boxes hold all that changed in the scene since; a line
   * clear of them is clear now without a test.
   */
  witnesses(k: number, s: number, seatX: Float64Array, seatY: Float64Array, walking: Float64Array, sight: Sight, changes: Float64Array | null): boolean {
    const px = seatX[s]!;
    const py = seatY[s]!;
    const x = this.xyr[3 * k]!;
    const y = this.xyr[3 * k + 1]!;
    // in the cells joins() looks in
    if (Math.abs(this.col(x) - this.col(px)) > 1 || Math.abs(this.row(y) - this.row(py)) > 1) return false;
    const dx = x - px;
    const dy = y - py;
    const d2 = dx * dx + dy * dy;
    if (d2 > COVER * COVER) return false;
    if (!(Math.sqrt(d2) + this.xyr[3 * k + 2]! <= walking[s]! + JOIN_SLACK)) return false;
    if (changes !== null && clearOfBoxes(changes, px, py, x, y)) return true;
    return sight.visible(px, py, x, y);
  }

  /** A route point within COVER of (px, py), in sight of it, that leads out no more than JOIN_SLACK longer than `walking` (its index; -1: none). */
  joins(px: number, py: number, walking: number, sight: Sight): number {
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
          if (Math.sqrt(d2) + xyr[3 * k + 2]! <= walking + JOIN_SLACK && sight.visible(px, py, x, y)) return k;
        }
      }
    }
    return -1;
  }
}

/** The numbers of the leg RoutePoints.addLeg adds the join points of. */
const LEG_NUMBERS = new Float64Array(6);

/** Legs held at most, beyond twice those the last check walked, before the rest are let go. */
const SPARE_LEGS = 4096;

/** The bits of a number, for hashing. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * The legs of the routes by their ends (numbers compared as Object.is does), each with its points'
 * findings (zone, opening, casts) and, for the check under way, whether it was swept and where its
 * join points were added. Kept from check to check.
 */
class Legs {
  count = 0;
  /** per leg: its ends ax, ay, bx, by */
  private ends = new Float64Array(4 * 256);
  /** per leg: its first point in the point arrays, and how many */
  first = new Int32Array(256);
  points = new Int32Array(256);
  /** per leg: the last check a route walked it */
  seen = new Int32Array(256);
  /** per leg: the check that swept it, and whether that sweep left out the points near its start (a turn) */
  sweptIn = new Int32Array(256);
  sweptAfterTurn = new Uint8Array(256);
  /** per leg: the check that added its join points, the first one's index, and how many */
  joinedIn = new Int32Array(256);
  joinAt = new Int32Array(256);
  joinCount = new Int32Array(256);
  /** per leg: the box round the hits of its remembered casts (minX, minY, maxX, maxY) */
  castBox = new Float64Array(4 * 256);
  /** hash slots: leg + 1, 0 empty */
  private slots = new Int32Array(1024);

  /** per point: its zone by its index in floor.zones, -1 outside every zone, -2 not asked */
  zone = new Int32Array(4096);
  /** per point: 0 not asked, 1 near a door or exit, 2 not */
  opening = new Uint8Array(4096);
  /** per point: 1 when its casts below hold for the desks the barrier index holds */
  cast = new Uint8Array(4096);
  /** per point: left distance, its hit x, y, right distance, its hit x, y */
  casts = new Float64Array(6 * 4096);
  /** per point: the cells its left cast and its right cast visited */
  castCells = new Int32Array(2 * 4096);
  private used = 0;

  /** The leg from a to b, added with `n` points when new (the points passed whole: their numbers would be boxed). */
  find(a: Point, b: Point, n: number): number {
    const ax = a[0];
    const ay = a[1];
    const bx = b[0];
    const by = b[1];
    const mask = this.slots.length - 1;
    for (let h = hashEnds(ax, ay, bx, by) & mask; ; h = (h + 1) & mask) {
      const at = this.slots[h]!;
      if (at === 0) break;
      const o = 4 * (at - 1);
      const e = this.ends;
      if (sameNumber(e[o]!, ax) && sameNumber(e[o + 1]!, ay) && sameNumber(e[o + 2]!, bx) && sameNumber(e[o + 3]!, by)) return at - 1;
    }
    return this.add(ax, ay, bx, by, n);
  }

  /** Whether `leg` runs from a to b (as find() compares them: it is the leg find() gives then). */
  runs(leg: number, a: Point, b: Point): boolean {
    const e = this.ends;
    const o = 4 * leg;
    return sameNumber(e[o]!, a[0]) && sameNumber(e[o + 1]!, a[1]) && sameNumber(e[o + 2]!, b[0]) && sameNumber(e[o + 3]!, b[1]);
  }

  private add(ax: number, ay: number, bx: number, by: number, n: number): number {
    if (this.count === this.first.length) this.growLegs();
    if (this.used + n > this.cast.length) this.growPoints(this.used + n);
    const leg = this.count++;
    const e = this.ends;
    e[4 * leg] = ax;
    e[4 * leg + 1] = ay;
    e[4 * leg + 2] = bx;
    e[4 * leg + 3] = by;
    this.first[leg] = this.used;
    this.points[leg] = n;
    this.seen[leg] = 0;
    this.sweptIn[leg] = 0;
    this.joinedIn[leg] = 0;
    this.castBox.set(EMPTY_BOX, 4 * leg);
    this.zone.fill(-2, this.used, this.used + n);
    this.opening.fill(0, this.used, this.used + n);
    this.cast.fill(0, this.used, this.used + n);
    this.used += n;
    if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);
    else this.slot(leg);
    return leg;
  }

  private slot(leg: number): void {
    const mask = this.slots.length - 1;
    const e = this.ends;
    let h = hashEnds(e[4 * leg]!, e[4 * leg + 1]!, e[4 * leg + 2]!, e[4 * leg + 3]!) & mask;
    while (this.slots[h] !== 0) h = (h + 1) & mask;
    this.slots[h] = leg + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let leg = 0; leg < this.count; leg++) this.slot(leg);
  }

  private growLegs(): void {
    const n = 2 * this.first.length;
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, per = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(n * per);
      b.set(a);
      return b;
    };
    this.ends = grow(this.ends, 4);
    this.first = grow(this.first);
    this.points = grow(this.points);
    this.seen = grow(this.seen);
    this.sweptIn = grow(this.sweptIn);
    this.sweptAfterTurn = grow(this.sweptAfterTurn);
    this.joinedIn = grow(this.joinedIn);
    this.joinAt = grow(this.joinAt);
    this.joinCount = grow(this.joinCount);
    this.castBox = grow(this.castBox, 4);
  }

  private growPoints(least: number): void {
    const n = Math.max(least, 2 * this.cast.length);
    const zone = new Int32Array(n);
    zone.set(this.zone);
    this.zone = zone;
    const opening = new Uint8Array(n);
    opening.set(this.opening);
    this.opening = opening;
    const cast = new Uint8Array(n);
    cast.set(this.cast);
    this.cast = cast;
    const casts = new Float64Array(6 * n);
    casts.set(this.casts);
    this.casts = casts;
    const castCells = new Int32Array(2 * n);
    castCells.set(this.castCells);
    this.castCells = castCells;
  }

  /**
   * Point k of leg `leg` measured with spacing `step`: its x, y and the leg's unit direction into
   * POINT_NUMBERS (x, y, dx, dy), by the very operations the sweep of the leg places it with.
   */
  pointAt(leg: number, k: number, step: number): void {
    const e = this.ends;
    const o = 4 * leg;
    const ux = e[o + 2]! - e[o]!;
    const uy = e[o + 3]! - e[o + 1]!;
    const length = Math.sqrt(ux * ux + uy * uy);
    const n = Math.max(1, Math.ceil(length / step - 1e-9));
    const dx = ux / length;
    const dy = uy / length;
    const t = ((k + 0.5) * length) / n;
    POINT_NUMBERS[0] = e[o]! + dx * t;
    POINT_NUMBERS[1] = e[o + 1]! + dy * t;
    POINT_NUMBERS[2] = dx;
    POINT_NUMBERS[3] = dy;
  }

  /** Notes point p's casts (of leg `leg`) in the leg's box. */
  castAt(leg: number, p: number): void {
    const c = this.casts;
    const b = this.castBox;
    const o = 4 * leg;
    b[o] = Math.min(b[o]!, c[6 * p + 1]!, c[6 * p + 4]!);
    b[o + 1] = Math.min(b[o + 1]!, c[6 * p + 2]!, c[6 * p + 5]!);
    b[o + 2] = Math.max(b[o + 2]!, c[6 * p + 1]!, c[6 * p + 4]!);
    b[o + 3] = Math.max(b[o + 3]!, c[6 * p + 2]!, c[6 * p + 5]!);
  }

  /** Forgets every cast (the barrier index was built anew). */
  forgetCasts(): void {
    this.cast.fill(0);
    for (let leg = 0; leg < this.count; leg++) this.castBox.set(EMPTY_BOX, 4 * leg);
  }

  /**
   * Forgets the casts that visited a cell of `blocks` (points measured with spacing `step`): a
   * leg whose box of hits is not near one keeps all of its, a point whose hits are not near one
   * keeps its casts, and of the others, those whose cells visited (walked again) miss them.
   */
  forgetCastsNear(index: BarrierIndex, blocks: Int32Array, step: number): void {
    const { castBox: box, casts, cast, castCells } = this;
    // the block round every block: most legs are far from all of them
    const around = new Int32Array(4);
    around[0] = around[2] = 2147483647;
    around[1] = around[3] = -2147483648;
    for (let k = 0; k < blocks.length; k += 4) {
      around[0] = Math.min(around[0]!, blocks[k]!);
      around[1] = Math.max(around[1]!, blocks[k + 1]!);
      around[2] = Math.min(around[2]!, blocks[k + 2]!);
      around[3] = Math.max(around[3]!, blocks[k + 3]!);
    }
    for (let leg = 0; leg < this.count; leg++) {
      const o = 4 * leg;
      if (box[o]! > box[o + 2]! || !index.castMayChange(box[o]!, box[o + 1]!, box[o + 2]!, box[o + 3]!, around)) continue;
      if (!index.castMayChange(box[o]!, box[o + 1]!, box[o + 2]!, box[o + 3]!, blocks)) continue;
      const first = this.first[leg]!;
      const end = first + this.points[leg]!;
      for (let p = first; p < end; p++) {
        const c = 6 * p;
        if (!cast[p] || !index.castMayChange(casts[c + 1]!, casts[c + 2]!, casts[c + 4]!, casts[c + 5]!, blocks)) continue;
        // the point and its casts' directions, as they were cast
        this.pointAt(leg, p - first, step);
        const x = POINT_NUMBERS[0]!;
        const y = POINT_NUMBERS[1]!;
        const dx = POINT_NUMBERS[2]!;
        const dy = POINT_NUMBERS[3]!;
        if (index.castVisits(x, y, -dy, dx, castCells[2 * p]!, blocks) || index.castVisits(x, y, dy, -dx, castCells[2 * p + 1]!, blocks)) cast[p] = 0;
      }
    }
  }

  /** These legs, or (when many more are held) only those walked in check `last`, with what their points found. */
  pruned(last: number): Legs {
    let live = 0;
    for (let leg = 0; leg < this.count; leg++) if (this.seen[leg] === last) live++;
    if (this.count <= 2 * live + SPARE_LEGS) return this;
    const kept = new Legs();
    for (let leg = 0; leg < this.count; leg++) {
      if (this.seen[leg] !== last) continue;
      const o = 4 * leg;
      const n = this.points[leg]!;
      const to = kept.add(this.ends[o]!, this.ends[o + 1]!, this.ends[o + 2]!, this.ends[o + 3]!, n);
      const from = this.first[leg]!;
      const at = kept.first[to]!;
      kept.zone.set(this.zone.subarray(from, from + n), at);
      kept.opening.set(this.opening.subarray(from, from + n), at);
      kept.cast.set(this.cast.subarray(from, from + n), at);
      kept.casts.set(this.casts.subarray(6 * from, 6 * (from + n)), 6 * at);
      kept.castCells.set(this.castCells.subarray(2 * from, 2 * (from + n)), 2 * at);
      kept.castBox.set(this.castBox.subarray(o, o + 4), 4 * to);
      kept.seen[to] = last;
    }
    return kept;
  }
}

const EMPTY_BOX = new Float64Array([Infinity, Infinity, -Infinity, -Infinity]);
/** The point Legs.pointAt gives: x, y, and its leg's unit direction. */
const POINT_NUMBERS = new Float64Array(4);

/**
 * What the sweeps of a check measured: each leg a route walked (in order: the leg, whether it
 * came after a turn, where along the route it starts) and the points whose place was new, in the
 * order found (their index in the legs' point arrays, their leg, their place). Which places a
 * sweep finds new follows from these alone (a leg's points and places from its ends, the places
 * already found from the legs before it), so a check walking the same legs in the same order
 * finds the same points (see aisleWidths).
 */
class SweepLog {
  /** legs walked */
  count = 0;
  leg = new Int32Array(1024);
  afterTurn = new Uint8Array(1024);
  start = new Float64Array(1024);
  /** per leg walked: the end of its points in the point list */
  end = new Int32Array(1024);
  /** points found */
  size = 0;
  point = new Int32Array(4096);
  pointLeg = new Int32Array(4096);
  place = new Float64Array(4096);
  /**
   * per point found: its clear width while its casts (legs.cast) hold, NaN not known: read in
   * the order found, where the casts lie scattered over every leg's points
   */
  width = new Float64Array(4096);

  /** Whether leg walk e is this one. */
  matches(e: number, leg: number, afterTurn: boolean, start: number): boolean {
    return e < this.count && this.leg[e] === leg && this.afterTurn[e] === (afterTurn ? 1 : 0) && sameNumber(this.start[e]!, start);
  }

  /** Empties it, then holds the first `walks` leg walks of `from` (and their points). */
  copyFrom(from: SweepLog, walks: number): void {
    const points = walks > 0 ? from.end[walks - 1]! : 0;
    this.count = 0;
    this.size = 0;
    this.roomForWalks(walks);
    this.roomForPoints(points);
    this.leg.set(from.leg.subarray(0, walks));
    this.afterTurn.set(from.afterTurn.subarray(0, walks));
    this.start.set(from.start.subarray(0, walks));
    this.end.set(from.end.subarray(0, walks));
    this.point.set(from.point.subarray(0, points));
    this.pointLeg.set(from.pointLeg.subarray(0, points));
    this.place.set(from.place.subarray(0, points));
    this.width.set(from.width.subarray(0, points));
    this.count = walks;
    this.size = points;
  }

  /** Adds a leg walk (its points follow, by addPoint). */
  addWalk(leg: number, afterTurn: boolean, start: number): void {
    this.roomForWalks(this.count + 1);
    const e = this.count++;
    this.leg[e] = leg;
    this.afterTurn[e] = afterTurn ? 1 : 0;
    this.start[e] = start;
    this.end[e] = this.size;
  }

  /** Adds a point found by the last leg walk. */
  addPoint(point: number, leg: number, place: number): void {
    this.roomForPoints(this.size + 1);
    const q = this.size++;
    this.point[q] = point;
    this.pointLeg[q] = leg;
    this.place[q] = place;
    this.width[q] = NaN;
    this.end[this.count - 1] = this.size;
  }

  private roomForWalks(n: number): void {
    if (n <= this.leg.length) return;
    const size = Math.max(n, 2 * this.leg.length);
    this.leg = grown(this.leg, size);
    this.afterTurn = grown(this.afterTurn, size);
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
  }

  private roomForPoints(n: number): void {
    if (n <= this.point.length) return;
    const size = Math.max(n, 2 * this.point.length);
    this.point = grown(this.point, size);
    this.pointLeg = grown(this.pointLeg, size);
    this.place = grown(this.place, size);
    this.width = grown(this.width, size);
  }
}

/** A copy of `a` `size` long (size at least a's length). */
function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function hashEnds(ax: number, ay: number, bx: number, by: number): number {
  return mixBits(mixBits(mixBits(mixBits(0x811c9dc5, ax), ay), bx), by);
}

function mixBits(h: number, x: number): number {
  bits[0] = x;
  h = Math.imul(h ^ words[0]!, 0x01000193);
  h = Math.imul(h ^ words[1]!, 0x01000193);
  return h ^ (h >>> 15);
}

/** One floor's measuring, kept for the next check of it. */
interface AisleMemory {
  /** the floor fields the places, zones and openings follow from (the arrays, and a copy of what they held), and the settings */
  inputs: readonly unknown[];
  copy: unknown;
  settings: string;
  barriers: BarrierIndex | null;
  legs: Legs;
  /** the last check of this floor */
  check: number;
  walked: RoutePoints;
  /** per seat (by index), read at the start of each check: its walk, and its point */
  walking: Float64Array;
  seatX: Float64Array;
  seatY: Float64Array;
  /** the seats in the order of the last check (see longestFirst) */
  order: number[];
  /**
   * per seat (by index): the leg, and the point of it, that the seat joined last time; tried
   * first, as one point joins() would find (any point joins() finds makes the same answer)
   */
  joinedLeg: Int32Array;
  joinedPoint: Int32Array;
  /**
   * per seat: the check in which its sight line to that point (from `seenX`, `seenY`) was found
   * clear (0: none); with the desks that changed since that check (the barrier index says which),
   * a line clear of them needs no test in the next
   */
  seenIn: Int32Array;
  seenX: Float64Array;
  seenY: Float64Array;
  /** what the sweeps of the last check measured (by the legs' numbers in `legs`), and a log to fill */
  sweeps: SweepLog;
  spare: SweepLog;
}

const memories = new Map<string, AisleMemory>();

function memoryFor(key: string, inputs: readonly unknown[], settings: string): AisleMemory {
  let memory = memories.get(key);
  memories.delete(key);
  // the very arrays (a plan updated by an edit's patches) holding what they held (not changed in place)
  if (!memory || memory.settings !== settings || memory.inputs.length !== inputs.length || memory.inputs.some((x, i) => x !== inputs[i]) || !sameData(memory.copy, inputs)) {
    memory = { inputs, copy: structuredClone(inputs), settings, barriers: null, legs: new Legs(), check: 0, walked: new RoutePoints(), walking: new Float64Array(0), seatX: new Float64Array(0), seatY: new Float64Array(0), order: [], joinedLeg: new Int32Array(0), joinedPoint: new Int32Array(0), seenIn: new Int32Array(0), seenX: new Float64Array(0), seenY: new Float64Array(0), sweeps: new SweepLog(), spare: new SweepLog() };
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
 * The places measured in the check under way (a square of `step` by a direction sector, by
 * number): a set of a few thousand, hashed, where a stamp per place of the floor would be a
 * megabyte visited at random.
 */
class Places {
  private keys = new Float64Array(1 << 13);
  /** the check each slot was filled in: slots of earlier checks are empty */
  private stamps = new Int32Array(1 << 13);
  private size = 0;
  private check = 0;

  begin(check: number): void {
    this.check = check;
    this.size = 0;
  }

  /** Adds `place`; false when it was in already. */
  add(place: number): boolean {
    const { keys, stamps } = this;
    const mask = keys.length - 1;
    for (let h = hashPlace(place) & mask; ; h = (h + 1) & mask) {
      if (stamps[h] !== this.check) {
        stamps[h] = this.check;
        keys[h] = place;
        if (2 * ++this.size > keys.length) this.grow();
        return true;
      }
      if (keys[h] === place) return false;
    }
  }

  private grow(): void {
    const { keys, stamps } = this;
    this.keys = new Float64Array(2 * keys.length);
    this.stamps = new Int32Array(2 * keys.length);
    this.size = 0;
    for (let h = 0; h < keys.length; h++) if (stamps[h] === this.check) this.add(keys[h]!);
  }
}

function hashPlace(place: number): number {
  const h = Math.imul(place | 0, 0x9e3779b1) ^ Math.imul((place / 4294967296) | 0, 0x85ebca6b);
  return h ^ (h >>> 16);
}

const measured = new Places();
/** Checks so far, of every floor: each check's stamp in the places and the legs is its own. */
let checks = 0;

/** Out-of-place moves the insertion sort of longestFirst makes at most per seat before it leaves the rest to the engine's sort. */
const INSERTION_MOVES = 8;

/**
 * The seats that reach an exit (by their index), the longest walk first and, among equal walks,
 * in floor order: a stable sort of them by walk, as the unique order it is (any sort gives it).
 * Sorted from the last check's order (all seats, those that reach no exit last), which an edit
 * leaves sorted but for the few seats whose walk changed: an insertion sort puts those in place
 * in one pass (the engine's sort would call the comparison for every pair of neighbours), and
 * hands what is far from sorted (and a first check's seats) to a merge sort (walkOrder.ts).
 * Fills memory's walking, seatX and seatY (each seat's walk and point) first; returns how many
 * of memory.order reach an exit (they come first).
 */
function longestFirst(memory: AisleMemory, seats: readonly { point: Point; exit: { walking: number } }[]): number {
  const n = seats.length;
  if (memory.walking.length !== n) {
    memory.walking = new Float64Array(n);
    memory.seatX = new Float64Array(n);
    memory.seatY = new Float64Array(n);
  }
  // read in the seats' own order (the objects lie in memory much in that order), not the order walked
  const { walking, seatX, seatY } = memory;
  for (let i = 0; i < n; i++) {
    const seat = seats[i]!;
    walking[i] = seat.exit.walking;
    seatX[i] = seat.point[0];
    seatY[i] = seat.point[1];
  }
  let order = memory.order;
  if (order.length !== n) {
    // no earlier order: far from sorted
    order = Array.from({ length: n }, (_, i) => i);
    sortByWalk(order, walking);
  } else {
    let moves = 0;
    const budget = INSERTION_MOVES * n;
    for (let i = 1; i < n && moves <= budget; i++) {
      const s = order[i]!;
      let j = i - 1;
      if (!walksBefore(walking, s, order[j]!)) continue;
      while (j >= 0 && walksBefore(walking, s, order[j]!)) {
        order[j + 1] = order[j]!;
        j--;
        moves++;
      }
      order[j + 1] = s;
    }
    if (moves > budget) sortByWalk(order, walking);
  }
  memory.order = order;
  let reach = n;
  while (reach > 0 && !Number.isFinite(walking[order[reach - 1]!]!)) reach--;
  return reach;
}

export function aisleWidths(ctx: FloorContext, settings: AisleSettings): AisleWidths {
  const { floor } = ctx;
  const none: AisleWidths = { routes: 0, zones: [] };
  if (floor.exits.length === 0 || floor.outline.length < 3 || !(settings.step > 0)) return none;
  const enclosures = ctx.enclosures;
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
  const legs = memory.legs.pruned(memory.check);
  // the legs renumbered (or the seats other ones): the seats' last joins say nothing
  if (legs !== memory.legs || memory.joinedLeg.length !== all.length) {
    memory.joinedLeg = new Int32Array(all.length).fill(-1);
    memory.joinedPoint = new Int32Array(all.length);
    memory.seenIn = new Int32Array(all.length);
    memory.seenX = new Float64Array(all.length);
    memory.seenY = new Float64Array(all.length);
  }
  // the legs renumbered: the sweeps logged name other legs
  if (legs !== memory.legs) memory.sweeps.count = memory.sweeps.size = 0;
  memory.legs = legs;
  // the check before this one, and boxes round what changed in the scene since (null: not known);
  // this check is the memory's from here on (before the index is updated to its desks: a check
  // that stops half way leaves no line found clear in a scene the index does not know)
  const lastCheck = memory.check;
  const check = ++checks;
  memory.check = check;
  let changes: Float64Array | null = null;
  if (memory.barriers) {
    // casts remembered from before hold where the changed desks' edges are not in their cells
    const blocks = memory.barriers.update(desks);
    if (blocks === null) {
      memory.barriers = null;
      legs.forgetCasts();
    } else {
      if (blocks.length > 0) legs.forgetCastsNear(memory.barriers, blocks, settings.step);
      // the index held the desks of the last check (updated, or built, in it): the scene the
      // sight lines were tested in differs from this one only in the desks that changed since
      if (lastCheck > 0) changes = memory.barriers.changedBoxes;
    }
  }

  memory.walked.reset(minX, minY, maxX, maxY);
  const reach = longestFirst(memory, all);
  measured.begin(check);
  const zones = floor.zones;
  const zoneIndexOf = new Map<Zone, number>(zones.map((z, i) => [z, i]));
  // the sweeps of this check: the last check's while its leg walks come again in the same order
  // (`replayed` of them so far), from there on a log of their own
  const logged = memory.sweeps;
  const sweep: Sweep = { log: null, replayed: 0 };
  const routes = walkRoutes(ctx, settings, memory, { minX, minY, maxX, maxY }, reach, check, lastCheck, changes, sweep);
  // the same leg walks as last time, or the first of them: the same points
  let log = sweep.log;
  const replayed = sweep.replayed;
  if (log === null) {
    logged.count = replayed;
    logged.size = replayed > 0 ? logged.end[replayed - 1]! : 0;
    log = logged;
  } else {
    memory.spare = logged;
    memory.sweeps = log;
  }
  const tallies = tallyWidths(ctx, settings, legs, log, zoneIndexOf, enclosures, memory, { minX, minY, maxX, maxY });
  const readings = tallies.map(({ zone, width, point: p, samples }): AisleReading => {
    const c = legs.casts;
    const l: Point = [c[6 * p + 1]!, c[6 * p + 2]!];
    const r: Point = [c[6 * p + 4]!, c[6 * p + 5]!];
    return { zone, width, at: [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2], left: l, right: r, samples };
  });
  return { routes, zones: readings };
}

/** How the sweeps of a check stand: the log of its own (null: the last check's leg walks so far), and how many of those came again. */
interface Sweep {
  log: SweepLog | null;
  replayed: number;
}

/** The log `spare` made to hold the first `replayed` leg walks of `logged`, their places measured. */
function diverged(spare: SweepLog, logged: SweepLog, replayed: number): SweepLog {
  spare.copyFrom(logged, replayed);
  for (let q = 0; q < spare.size; q++) measured.add(spare.place[q]!);
  return spare;
}

/**
 * Walks the routes of the first `reach` seats longest first (aisleWidths), adding their join
 * points and logging the points to measure; returns how many routes it walked. A function of its
 * own, as is tallyWidths(): nothing runs after its long loop but the return.
 */
function walkRoutes(
  ctx: FloorContext,
  settings: AisleSettings,
  memory: AisleMemory,
  box: { minX: number; minY: number; maxX: number; maxY: number },
  reach: number,
  check: number,
  lastCheck: number,
  changes: Float64Array | null,
  sweep: Sweep,
): number {
  const { minX, minY, maxX, maxY } = box;
  const all = ctx.egress.seats;
  const field = ctx.egress.exitField;
  const scene = ctx.navigation.scene;
  const { legs, walked, joinedLeg, joinedPoint, seenIn, seenX, seenY } = memory;
  // places measured: a square of `step` by a direction sector
  const cols = Math.max(1, Math.ceil((maxX - minX) / settings.step));
  const rows = Math.max(1, Math.ceil((maxY - minY) / settings.step));
  const { order: seats, walking, seatX, seatY } = memory;
  const logged = memory.sweeps;
  let log: SweepLog | null = null;
  let replayed = 0;
  let routes = 0;
  for (let r = 0; r < reach; r++) {
    const s = seats[r]!;
    const px = seatX[s]!;
    const py = seatY[s]!;
    const last = joinedLeg[s]!;
    if (last >= 0 && legs.joinedIn[last] === check && joinedPoint[s]! < legs.joinCount[last]!) {
      // the same seat point and the same point joined (a leg's join points follow from its ends) as when the line was found clear
      const seenClear = changes !== null && seenIn[s] === lastCheck && sameNumber(seenX[s]!, px) && sameNumber(seenY[s]!, py);
      if (walked.witnesses(legs.joinAt[last]! + joinedPoint[s]!, s, seatX, seatY, walking, scene, seenClear ? changes : null)) {
        seenIn[s] = check;
        seenX[s] = px;
        seenY[s] = py;
        continue;
      }
    }
    const joined = walked.joins(px, py, walking[s]!, scene);
    if (joined >= 0) {
      const leg = walked.legOf(joined);
      joinedLeg[s] = leg;
      joinedPoint[s] = joined - legs.joinAt[leg]!;
      seenIn[s] = check;
      seenX[s] = px;
      seenY[s] = py;
      continue;
    }
    // the walk egress measured bounds this one: the field answers it without a search
    const walk = field.query(all[s]!.point, walking[s]!);
    const path = walk.path;
    if (!Number.isFinite(walk.walking) || path.length < 2) continue;
    routes++;
    let along = 0;
    for (let v = 0; v + 1 < path.length; v++) {
      const a = path[v]!;
      const b = path[v + 1]!;
      const ux = b[0] - a[0];
      const uy = b[1] - a[1];
      const length = Math.sqrt(ux * ux + uy * uy);
      if (length === 0) continue;
      const n = Math.max(1, Math.ceil(length / settings.step - 1e-9));
      // while the leg walks are the last check's, this one is most likely the next logged
      const nextLogged: number = log === null && replayed < logged.count ? logged.leg[replayed]! : -1;
      const leg = nextLogged >= 0 && legs.runs(nextLogged, a, b) ? nextLogged : legs.find(a, b, n);
      legs.seen[leg] = check;
      // where the route may be joined: points of the leg at most COVER / 2 apart, and its ends
      const m = Math.max(1, Math.ceil((2 * length) / COVER));
      if (legs.joinedIn[leg] === check) {
        const at = legs.joinAt[leg]!;
        for (let k = 0; k <= m; k++) walked.lower(at + k, walk.walking - along - (length * k) / m);
      } else {
        legs.joinedIn[leg] = check;
        legs.joinAt[leg] = walked.size;
        legs.joinCount[leg] = m + 1;
        LEG_NUMBERS[0] = a[0];
        LEG_NUMBERS[1] = a[1];
        LEG_NUMBERS[2] = ux;
        LEG_NUMBERS[3] = uy;
        LEG_NUMBERS[4] = walk.walking - along;
        LEG_NUMBERS[5] = length;
        walked.addLeg(m, leg);
      }
      const legStart = along;
      along += length;
      const turnAtStart = v > 0;
      if (log === null) {
        if (logged.matches(replayed, leg, turnAtStart, legStart)) {
          // the same leg walks so far: this one finds the points it found last time
          sweep.replayed = ++replayed;
        } else {
          // from here on the sweeps differ: the places found so far are those the log found
          log = sweep.log = diverged(memory.spare, logged, replayed);
        }
      }
      // every place this walk of the leg would measure was measured by a sweep of it already
      const swept = legs.sweptIn[leg] === check && (turnAtStart || legs.sweptAfterTurn[leg] === 0);
      if (log !== null) {
        log.addWalk(leg, turnAtStart, legStart);
        if (!swept) {
          const dx = ux / length;
          const dy = uy / length;
          const angle = Math.atan2(dy, dx);
          const sector = Math.min(SECTORS - 1, Math.floor(((angle < 0 ? angle + Math.PI : angle) % Math.PI) / (Math.PI / SECTORS)));
          const first = legs.first[leg]!;
          for (let k = 0; k < n; k++) {
            const t = ((k + 0.5) * length) / n;
            if (legStart + t < settings.skipStart) continue;
            if (turnAtStart && t <= settings.skipTurn) continue;
            if (length - t <= settings.skipTurn) continue; // a turn, or the route's end at the exit
            const x = a[0] + dx * t;
            const y = a[1] + dy * t;
            const i = Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / settings.step)));
            const j = Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / settings.step)));
            const place = (i * rows + j) * SECTORS + sector;
            if (measured.add(place)) log.addPoint(first + k, leg, place);
          }
        }
      }
      // swept: no point was left out for lying before skipStart (legStart + t >= legStart)
      if (!swept && legStart >= settings.skipStart && !(legs.sweptIn[leg] === check && legs.sweptAfterTurn[leg] === 0)) {
        legs.sweptIn[leg] = check;
        legs.sweptAfterTurn[leg] = turnAtStart ? 1 : 0;
      }
    }
  }
  return routes;
}

/** Whether aisles in the zone are measured (not a corridor zone, not an enclosed room), asked once per zone a check. */
function isOpen(known: Map<Zone | undefined, boolean>, enclosures: FloorContext['enclosures'], zone: Zone | undefined): boolean {
  let open = known.get(zone);
  if (open === undefined) known.set(zone, (open = zone === undefined || (zone.use !== 'corridor' && enclosures.get(zone.id)?.enclosed !== true)));
  return open;
}

/** Whether (x, y) lies within the radius of an opening (`openings`: centre x, y and radius of each). */
function nearOpening(openings: Float64Array, x: number, y: number): boolean {
  for (let o = 0; o < openings.length; o += 3) {
    const dx = x - openings[o]!;
    const dy = y - openings[o + 1]!;
    if (dx * dx + dy * dy <= openings[o + 2]! * openings[o + 2]!) return true;
  }
  return false;
}

/** The barrier index of the floor's fixed obstacles and its desks, over its box. */
function barrierIndexOf(floor: FloorContext['floor'], box: { minX: number; minY: number; maxX: number; maxY: number }): BarrierIndex {
  return BarrierIndex.build(box.minX, box.minY, box.maxX, box.maxY, [floor.outline, ...fixedObstaclePolygons(floor)], floor.workstations);
}

/**
 * The points the log found, in the order found: their zone, the doors near them, their casts;
 * each zone's narrowest (the first found of the narrowest) and its count, in the order zones come.
 */
function tallyWidths(
  ctx: FloorContext,
  settings: AisleSettings,
  legs: Legs,
  log: SweepLog,
  zoneIndexOf: Map<Zone, number>,
  enclosures: FloorContext['enclosures'],
  memory: AisleMemory,
  box: { minX: number; minY: number; maxX: number; maxY: number },
): Tally[] {
  const { floor } = ctx;
  // (whether a zone is open, the openings, the barriers: module functions, not closures made per check, which a compiled loop would check it was given)
  const openZones = new Map<Zone | undefined, boolean>();
  // door openings and exits: centre and the radius left unmeasured round it
  const openings = new Float64Array([...floor.doors, ...floor.exits].flatMap((d) => [d.at[0], d.at[1], d.width / 2 + settings.skipTurn]));
  const zones = floor.zones;
  const tallies: Tally[] = [];
  // tallies by the zone's index in floor.zones + 1 (0: outside every zone), and of zones from elsewhere
  const tallyAt: (Tally | undefined)[] = new Array<Tally | undefined>(zones.length + 1);
  const otherTallies = new Map<Zone | undefined, Tally>();
  // per zone index + 1: 0 not asked, 1 open, 2 not
  const openAt = new Uint8Array(zones.length + 1);
  const point: Point = [0, 0];
  const { opening, cast, first: firstOf } = legs;
  for (let q = 0; q < log.size; q++) {
    const p = log.point[q]!;
    const leg = log.pointLeg[q]!;
    // POINT_NUMBERS holds this point (worked out once, where needed)
    let located = false;
    if (opening[p] === 0) {
      legs.pointAt(leg, p - firstOf[leg]!, settings.step);
      located = true;
      opening[p] = nearOpening(openings, POINT_NUMBERS[0]!, POINT_NUMBERS[1]!) ? 1 : 2;
    }
    if (opening[p] === 1) continue;
    let code = legs.zone[p]!;
    let zone: Zone | undefined = undefined;
    if (code === -2) {
      if (!located) legs.pointAt(leg, p - firstOf[leg]!, settings.step);
      located = true;
      point[0] = POINT_NUMBERS[0]!;
      point[1] = POINT_NUMBERS[1]!;
      zone = ctx.zoneIndex.zoneAt(point);
      // remembered by its place in floor.zones (a zone the index has from elsewhere is not remembered)
      code = legs.zone[p] = zone === undefined ? -1 : (zoneIndexOf.get(zone) ?? -2);
    }
    // (the very zone zoneAt gave where it was just asked: zoneIndexOf holds each zone's place in floor.zones)
    if (code !== -2) zone = code < 0 ? undefined : zones[code];
    if (code === -2) {
      if (!isOpen(openZones, enclosures, zone)) continue;
    } else {
      if (openAt[code + 1] === 0) openAt[code + 1] = isOpen(openZones, enclosures, zone) ? 1 : 2;
      if (openAt[code + 1] === 2) continue;
    }
    const o = p * 6;
    const casts = legs.casts;
    if (!cast[p]) {
      if (!located) legs.pointAt(leg, p - firstOf[leg]!, settings.step);
      const x = POINT_NUMBERS[0]!;
      const y = POINT_NUMBERS[1]!;
      const dx = POINT_NUMBERS[2]!;
      const dy = POINT_NUMBERS[3]!;
      const index = (memory.barriers ??= barrierIndexOf(floor, box));
      const left = index.cast(x, y, -dy, dx);
      const lx = index.hitX;
      const ly = index.hitY;
      const leftCells = index.visited;
      const right = index.cast(x, y, dy, -dx);
      if (left === Infinity || right === Infinity) continue; // outside the outline
      legs.castCells[2 * p] = leftCells;
      legs.castCells[2 * p + 1] = index.visited;
      casts[o] = left;
      casts[o + 1] = lx;
      casts[o + 2] = ly;
      casts[o + 3] = right;
      casts[o + 4] = index.hitX;
      casts[o + 5] = index.hitY;
      cast[p] = 1;
      legs.castAt(leg, p);
      log.width[q] = casts[o]! + casts[o + 3]!;
    } else if (log.width[q] !== log.width[q]) {
      log.width[q] = casts[o]! + casts[o + 3]!;
    }
    const width = log.width[q]!;
    const known = code === -2 ? otherTallies.get(zone) : tallyAt[code + 1];
    if (known === undefined) {
      const tally: Tally = { zone, width, point: p, samples: 1 };
      tallies.push(tally);
      if (code === -2) otherTallies.set(zone, tally);
      else tallyAt[code + 1] = tally;
    } else {
      known.samples++;
      if (width < known.width) {
        known.width = width;
        known.point = p;
      }
    }
  }
  return tallies;
}

/** A zone's narrowest point so far (its index in the legs' point arrays) and its count. */
interface Tally {
  zone: Zone | undefined;
  width: number;
  point: number;
  samples: number;
}

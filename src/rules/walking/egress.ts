// Egress distances of a floor, measured once for every rule that needs them:
//  - from every occupant point to the nearest exit (seat access, the analysis output, intl travel);
//  - gb: from every occupant point and grid point to the door it must reach first: in an enclosed
//    room, the room's doors (and exits on its boundary); elsewhere (open zones), the nearest exit
//    or egress door of the open floor (a door on an open zone's edge that does not lead into a room);
//  - from each of those doors (when not itself an exit) to the nearest exit.
// Straight-line distances are to the nearest of the same targets, ignoring obstacles.
import type { Door, Point, Workstation, Zone } from '../../floorplan/types.ts';
import type { FloorInputs } from '../floorInputs.ts';
import type { FindingStatus } from '../types.ts';
import type { FloorGrid } from './grid.ts';
import { gbPointStatus, gbTravelLimits, intlTravelStatus } from './egressLimits.ts';
import { longestWalks } from './longestWalks.ts';
import type { FloorNavigation, NavField, NavResult, NavTarget } from './navigation.ts';
import type { SprinklerCredit } from '../analysis/sprinklerLayout.ts';
import type { EgressKind, Walk } from './walk.ts';

export type { EgressKind, Walk } from './walk.ts';

export interface SeatEgress {
  ws: Workstation;
  point: Point;
  zone: Zone | undefined;
  /** to the nearest exit */
  exit: Walk;
  /** gb: to the first door (room door or open-floor egress door/exit); intl: same as `exit` */
  travel: Walk;
  kind: EgressKind;
}

export interface PointEgress {
  point: Point;
  zone: Zone | undefined;
  travel: Walk;
  kind: EgressKind;
}

export interface DoorEgress {
  door: Door;
  /** the door serves an enclosed room, or the open floor */
  serves: EgressKind;
  /** to the nearest exit */
  exit: Walk;
  /** two exits lie in clearly different directions (more than 90° apart) from the door */
  betweenExits: boolean;
}

export interface FloorEgress {
  exits: NavTarget[];
  /** walking distance to the nearest exit (the field every seat's `exit` walk came from) */
  exitField: NavField;
  seats: SeatEgress[];
  /**
   * Grid points whose walk was measured: every point that can be its zone's longest walk (the
   * others are shown by a bound to be shorter; longestWalks.ts)
   */
  points: PointEgress[];
  /** how many grid points each zone has (by zone id; '' for points outside every zone) */
  pointCount: Map<string, number>;
  doors: DoorEgress[];
  /**
   * The same object for the egress of a floor and of its desk edits (their navigations share
   * their point ids), another for another floor or an edit of more than desks: a key for what
   * is worked out from the seats (an unchanged seat keeps its egress object along the line).
   */
  lineage: object;
}

function walk(r: NavResult, straight = r.nearestStraight): Walk {
  return { walking: r.walking, straight, targetId: r.targetId };
}

/**
 * The least of the straight lines to the targets: the root of the least square (a root never falls
 * as its square grows, so it is the same number as the least root), one root per point.
 */
function nearestDistance(p: Point, targets: readonly NavTarget[]): number {
  let best = Infinity;
  for (const t of targets) {
    const dx = t.at[0] - p[0];
    const dy = t.at[1] - p[1];
    best = Math.min(best, dx * dx + dy * dy);
  }
  return Math.sqrt(best);
}

function isBetweenExits(at: Point, exits: readonly NavTarget[]): boolean {
  for (let i = 0; i < exits.length; i++) {
    for (let j = i + 1; j < exits.length; j++) {
      const a = exits[i]!.at;
      const b = exits[j]!.at;
      const dot = (a[0] - at[0]) * (b[0] - at[0]) + (a[1] - at[1]) * (b[1] - at[1]);
      if (dot < 0) return true;
    }
  }
  return false;
}

const target = (e: { id: string; at: Point; width: number }): NavTarget => ({ id: e.id, at: e.at, width: e.width });

/** Side (m) of the cells of grid points measured first; the rest are bounded from them. */
const SAMPLE_CELL = 3;

function countByZone(grid: FloorGrid): Map<string, number> {
  const counts = new Map<string, number>();
  // by runs of points in one zone (a grid lists a zone's points mostly together): one look-up a
  // run, each zone entered where its first point is, as point by point
  const { zones } = grid;
  for (let i = 0; i < zones.length; ) {
    const zone = zones[i];
    let end = i + 1;
    while (end < zones.length && zones[end] === zone) end++;
    const id = zone?.id ?? '';
    counts.set(id, (counts.get(id) ?? 0) + (end - i));
    i = end;
  }
  return counts;
}

/** Grid points to measure together, with their zones and the zones' ids ('' outside every zone), in grid order. */
interface PointList {
  points: readonly Point[];
  zones: readonly (Zone | undefined)[];
  zoneIds: readonly string[];
}

/**
 * The grid's points split into lists (`list[i]`: the list of point i, -1 for none), each in grid
 * order, sized by a count first: one pass to fill, no list grown point by point.
 */
function splitPoints(grid: FloorGrid, list: Int32Array, lists: number): PointList[] {
  const sizes = new Int32Array(lists);
  for (let i = 0; i < list.length; i++) if (list[i]! >= 0) sizes[list[i]!]!++;
  const out: PointList[] = [];
  for (let l = 0; l < lists; l++) out.push({ points: new Array<Point>(sizes[l]!), zones: new Array<Zone | undefined>(sizes[l]!), zoneIds: new Array<string>(sizes[l]!) });
  const filled = new Int32Array(lists);
  const { points, zones, zoneIds } = grid;
  for (let i = 0; i < list.length; i++) {
    const l = list[i]!;
    if (l < 0) continue;
    const at = filled[l]!++;
    const to = out[l]! as { points: Point[]; zones: (Zone | undefined)[]; zoneIds: string[] };
    to.points[at] = points[i]!;
    to.zones[at] = zones[i];
    to.zoneIds[at] = zoneIds[i]!;
  }
  return out;
}

const STATUS_RANK: Record<FindingStatus, number> = { 'n/a': 0, pass: 0, warn: 1, fail: 2 };

/**
 * The points of `list` that may decide their zone's finding through `field`, measured: a
 * point left out is shown by its bound to have a better status than its zone's worst point, or
 * the same status and a shorter walk (`judge` gives a point's status for a walk; its straight
 * line, to the nearest of `targets`, needs no walk), added to `out` (returned).
 */
function measurePoints(list: PointList, field: NavField, nav: FloorNavigation, targets: readonly NavTarget[], judge: (walk: Walk) => FindingStatus, kind: EgressKind, out: PointEgress[] = []): PointEgress[] {
  const { points, zones, zoneIds } = list;
  const n = points.length;
  const earlier = field.remembers ? earlierPoints(nav, kind, targets) : null;
  // per point: its place in the earlier list (-1: none), and its straight line (the earlier
  // one for the same point object when the targets are the same)
  const place = earlier ? placesIn(earlier.points, points) : null;
  const sameTargets = earlier !== null && earlier.hasTargets(targets);
  const straight = straightLines(points, targets, place, sameTargets ? earlier : null);
  // one walk to judge, refilled for each point and length asked (the bounds ask thousands)
  const asked: Walk = { walking: 0, straight: 0, targetId: null };
  const rank = (k: number, walking: number) => {
    asked.walking = walking;
    asked.straight = straight[k]!;
    return STATUS_RANK[judge(asked)];
  };
  const { walks } = longestWalks(points, zoneIds, field, nav, { cell: SAMPLE_CELL, rank });
  const measured = earlier ? new Array<PointEgress | null>(n).fill(null) : null;
  egressOfWalks(points, zones, straight, walks, kind, place, sameTargets ? earlier : null, out, measured);
  if (earlier) earlier.replace(points, zones, targets, straight, walks, measured!);
  return out;
}

// measurePoints' two loops stand in functions of their own: a loop in measurePoints itself had it
// compiled on the stack (OSR) before the code after the loop had run, and that code was thrown
// out at the end of every call while the first floors were checked (tens of deopts per floor)

/** Each point's straight line to the nearest of `targets`; the earlier one where `same` (earlier points with the same targets) had it (`place`). */
function straightLines(points: readonly Point[], targets: readonly NavTarget[], place: Int32Array | null, same: EarlierPoints | null): Float64Array {
  const n = points.length;
  const straight = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const m = place ? place[k]! : -1;
    straight[k] = m >= 0 && same ? same.straight[m]! : nearestDistance(points[k]!, targets);
  }
  return straight;
}

/** The egress of each point walked (`walks`), added to `out` and, by point, to `measured`; `same`: earlier points with the same targets, whose egress a point asked again keeps. */
function egressOfWalks(
  points: readonly Point[], zones: readonly (Zone | undefined)[], straight: Float64Array, walks: readonly (NavResult | null)[], kind: EgressKind,
  place: Int32Array | null, same: EarlierPoints | null, out: PointEgress[], measured: (PointEgress | null)[] | null,
): void {
  for (let k = 0; k < points.length; k++) {
    const r = walks[k];
    if (!r) continue;
    const m = place ? place[k]! : -1;
    // the same point, zone, answer and straight line: the very same egress (its object is not read)
    const e = m >= 0 && same && same.results[m] === r && same.zones[m] === zones[k] ? same.out[m]! : { point: points[k]!, zone: zones[k], travel: walk(r, straight[k]!), kind };
    out.push(e);
    if (measured) measured[k] = e;
  }
}

/**
 * What measurePoints gave for one list of points last time, for a field that remembers its
 * answers (the worker's: its next check is an edit's): per point in order, the point, its zone,
 * its straight line, its answer and the egress built from them. A point asked again (the same
 * point object, in the same zone, with the same answer object: answers carried across an edit
 * keep theirs) gets the same egress, which holds only those; its straight line is a function of
 * the point and the targets' places, which are compared.
 */
class EarlierPoints {
  points: readonly Point[] = [];
  zones: readonly (Zone | undefined)[] = [];
  /** the targets' coordinates (x, y), flat */
  private targets = new Float64Array(0);
  straight: Float64Array = new Float64Array(0);
  results: readonly (NavResult | null)[] = [];
  out: readonly (PointEgress | null)[] = [];

  /** whether the targets lie where the earlier ones did (the straight lines are then the same) */
  hasTargets(targets: readonly NavTarget[]): boolean {
    const t = this.targets;
    if (t.length !== 2 * targets.length) return false;
    for (let i = 0; i < targets.length; i++) if (t[2 * i] !== targets[i]!.at[0] || t[2 * i + 1] !== targets[i]!.at[1]) return false;
    return true;
  }

  replace(points: readonly Point[], zones: readonly (Zone | undefined)[], targets: readonly NavTarget[], straight: Float64Array, results: readonly (NavResult | null)[], out: readonly (PointEgress | null)[]): void {
    this.points = points;
    this.zones = zones;
    // filled by a loop: flatMap on target lists of several array shapes threw out measurePoints'
    // compiled code at every call (a deopt loop on the first floors)
    const at = new Float64Array(2 * targets.length);
    for (let i = 0; i < targets.length; i++) {
      at[2 * i] = targets[i]!.at[0];
      at[2 * i + 1] = targets[i]!.at[1];
    }
    this.targets = at;
    this.straight = straight;
    this.results = results;
    this.out = out;
  }
}

/** How a seat's travel is walked (SeatTravel.branch). */
const TRAVEL_NO_DOOR = 0;
const TRAVEL_ROOM = 1;
const TRAVEL_EXIT = 2;
const TRAVEL_OPEN = 3;

/** A seat's travel: how it is walked, the walk's answer where it has its own, and its straight line to the room's doors. */
interface SeatTravel {
  branch: number;
  result: NavResult | null;
  /** NaN where the branch has none */
  straight: number;
}

/**
 * Every seat's egress: its exit walk (answered in `exitResults`) and its travel (`travelOf`,
 * asked seat by seat in order, as the fields' answers are kept in). A seat whose desk, point,
 * zone, answers and straight line are those it had last time (`earlier`, for fields that
 * remember their answers) gets the very egress it got then: it holds nothing else.
 */
function seatEgress(
  workstations: readonly Workstation[], seatPoints: readonly Point[], seatZones: readonly (Zone | undefined)[], exitResults: readonly NavResult[],
  earlier: EarlierSeats | null, travelOf: (p: Point, zone: Zone | undefined, out: SeatTravel) => void,
): SeatEgress[] {
  const n = workstations.length;
  const place = earlier ? placesIn(earlier.workstations, workstations) : null;
  const seats = new Array<SeatEgress>(n);
  const travels = earlier ? new Array<NavResult | null>(n) : null;
  const branches = new Uint8Array(n);
  const straights = new Float64Array(n);
  // one travel filled seat by seat (read at once, kept nowhere), not an object a seat
  const t: SeatTravel = { branch: TRAVEL_NO_DOOR, result: null, straight: NaN };
  for (let i = 0; i < n; i++) {
    const ws = workstations[i]!;
    const point = seatPoints[i]!;
    const zone = seatZones[i];
    const r = exitResults[i]!;
    t.result = null;
    t.straight = NaN;
    travelOf(point, zone, t);
    const straight = t.straight;
    branches[i] = t.branch;
    straights[i] = straight;
    if (travels) travels[i] = t.result;
    const m = place ? place[i]! : -1;
    if (m >= 0 && earlier!.points[m] === point && earlier!.zones[m] === zone && earlier!.exits[m] === r && earlier!.travels[m] === t.result && earlier!.branches[m] === t.branch && (t.branch !== TRAVEL_ROOM || earlier!.straights[m] === straight)) {
      seats[i] = earlier!.seats[m]!;
      continue;
    }
    const exit = walk(r);
    // written out: spreading the travel into the literal copied it at run time, seat by seat
    const travel: Walk = t.branch === TRAVEL_EXIT ? exit : t.branch === TRAVEL_NO_DOOR ? { walking: Infinity, straight: Infinity, targetId: null } : t.branch === TRAVEL_ROOM ? walk(t.result!, straight) : walk(t.result!);
    seats[i] = { ws, point, zone, exit, travel, kind: t.branch === TRAVEL_ROOM || t.branch === TRAVEL_NO_DOOR ? 'room' : 'open' };
  }
  if (earlier) {
    earlier.workstations = workstations;
    earlier.points = seatPoints;
    earlier.zones = seatZones;
    earlier.exits = exitResults;
    earlier.travels = travels!;
    earlier.branches = branches;
    earlier.straights = straights;
    earlier.seats = seats;
  }
  return seats;
}

/** What seatEgress gave last time, by seat (in floor.workstations order), with what each egress was built from. */
class EarlierSeats {
  workstations: readonly Workstation[] = [];
  points: readonly Point[] = [];
  zones: readonly (Zone | undefined)[] = [];
  exits: readonly NavResult[] = [];
  travels: readonly (NavResult | null)[] = [];
  branches = new Uint8Array(0);
  straights: Float64Array = new Float64Array(0);
  seats: readonly SeatEgress[] = [];
}

/**
 * Per item: its place in the earlier list, else -1. Looked for where it stood in order: the
 * place after the last item's (an item replaced keeps the rest in place), one before (an item
 * added) or one after (an item gone).
 */
export function placesIn<T>(before: readonly T[], items: readonly T[]): Int32Array {
  const place = new Int32Array(items.length);
  let j = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const m = before[j] === item ? j : before[j + 1] === item ? j + 1 : j > 0 && before[j - 1] === item ? j - 1 : -1;
    place[k] = m;
    j = m >= 0 ? m + 1 : j + 1;
  }
  return place;
}

/** What egress remembers of one line of navigations' last check: point lists by kind and target ids, and the seats by profile. */
interface EgressMemory {
  lists: Map<string, EarlierPoints>;
  seats: { gb: EarlierSeats; intl: EarlierSeats };
}

/**
 * The memory of a line of navigations (one built from nothing and the updates after desk edits,
 * which share their point ids): another line's answers are other objects, so it has nothing in
 * common with this one.
 */
const memories = new WeakMap<object, EgressMemory>();

function earlierLists(nav: FloorNavigation): EgressMemory {
  let memory = memories.get(nav.pointIds);
  if (!memory) memories.set(nav.pointIds, (memory = { lists: new Map(), seats: { gb: new EarlierSeats(), intl: new EarlierSeats() } }));
  return memory;
}

function earlierPoints(nav: FloorNavigation, kind: EgressKind, targets: readonly NavTarget[]): EarlierPoints {
  const { lists } = earlierLists(nav);
  const key = `${kind}\u0000${targets.map((t) => t.id).join('\u0000')}`;
  let list = lists.get(key);
  if (!list) lists.set(key, (list = new EarlierPoints()));
  return list;
}

/** What the egress analysis reads of a floor (a FloorContext provides it); the sprinkler credit only under gb. */
export type EgressInputs = Pick<FloorInputs, 'floor' | 'read' | 'facts' | 'navigation' | 'occupancy' | 'enclosures' | 'grid'> & {
  readonly sprinklerCredit: Pick<SprinklerCredit, 'granted'>;
};

/**
 * The exits, then the doors as targets. A function of its own: the exits' array comes in arrays of
 * more than one kind (empty, of targets), and the copy meeting a new kind sends only this back to
 * be compiled again, not floorEgress().
 */
function exitsAndDoors(exits: readonly NavTarget[], doors: Map<string, Door>): NavTarget[] {
  return [...exits, ...[...doors.values()].map(target)];
}

export function floorEgress(ctx: EgressInputs): FloorEgress {
  const { floor } = ctx;
  const nav = ctx.navigation;
  const occupancy = ctx.occupancy;
  const exits = floor.exits.map(target);
  const exitField = nav.field(exits);
  const seatPoints = occupancy.seatPoints;
  const exitResults = seatPoints.map((p) => exitField.query(p));
  const grid = ctx.grid(ctx.read.num('fire.travel.gridStep'));
  const earlierSeats = exitField.remembers ? earlierLists(nav).seats : null;

  if (ctx.read.base !== 'gb') {
    const seats = seatEgress(floor.workstations, seatPoints, occupancy.seatZones, exitResults, earlierSeats?.intl ?? null, (_p, _zone, t) => {
      t.branch = TRAVEL_EXIT;
    });

    const limit = ctx.read.num(ctx.facts.sprinklered ? 'fire.travel.exitAccessSprinklered' : 'fire.travel.exitAccess');
    const points = measurePoints(grid, exitField, nav, exits, (w) => intlTravelStatus(w.walking, limit), 'open');
    return { exits, exitField, seats, points, pointCount: countByZone(grid), doors: [], lineage: nav.pointIds };
  }

  const enclosures = ctx.enclosures;
  const rooms = [...enclosures.values()].filter((e) => e.enclosed);
  const roomDoorIds = new Set(rooms.flatMap((r) => r.doors.map((d) => d.id)));
  const openDoors = new Map<string, Door>();
  for (const e of enclosures.values()) {
    if (e.enclosed) continue;
    for (const d of e.doors) if (!roomDoorIds.has(d.id)) openDoors.set(d.id, d);
  }
  const openTargets = exitsAndDoors(exits, openDoors);
  const openField = openDoors.size > 0 ? nav.field(openTargets) : exitField;
  const roomTargetsOf = new Map(rooms.map((r) => [r.zone.id, [...r.doors.map(target), ...r.exits.map(target)]]));
  const roomTargets = rooms.flatMap((r) => roomTargetsOf.get(r.zone.id)!);
  const roomField = roomTargets.length > 0 ? nav.field(roomTargets) : null;

  // how a seat's travel is walked: to its room's doors, to the nearest exit (its exit walk) or
  // to the nearest exit or open-floor egress door
  const travelOf = (p: Point, zone: Zone | undefined, t: SeatTravel): void => {
    const own = zone ? roomTargetsOf.get(zone.id) : undefined;
    if (zone && own) {
      if (!roomField || own.length === 0) t.branch = TRAVEL_NO_DOOR;
      else {
        t.branch = TRAVEL_ROOM;
        t.result = roomField.query(p);
        t.straight = nearestDistance(p, own);
      }
    } else if (openField === exitField) t.branch = TRAVEL_EXIT;
    else {
      t.branch = TRAVEL_OPEN;
      t.result = openField.query(p);
    }
  };
  const seats = seatEgress(floor.workstations, seatPoints, occupancy.seatZones, exitResults, earlierSeats?.gb ?? null, travelOf);
  // grid points: each group (open floor, rooms) through its own field; a room without doors is unreachable
  const points: PointEgress[] = [];
  // per grid point its list: 0 the open floor, 1 + r the r-th room with points (in order of its
  // first point), -1 none (a room without doors: unreachable, added here)
  const listOf = new Int32Array(grid.points.length);
  const roomIds: string[] = [];
  const roomSlot = new Map<string, number>();
  // a zone's own targets looked up once a run of its points (a grid lists them mostly together)
  let lastZone: Zone | undefined;
  let lastOwn: NavTarget[] | undefined;
  let lastList = 0;
  for (let i = 0; i < listOf.length; i++) {
    const zone = grid.zones[i];
    if (zone !== lastZone) {
      lastZone = zone;
      lastOwn = zone ? roomTargetsOf.get(zone.id) : undefined;
      lastList = -1;
      if (!zone || !lastOwn) lastList = 0;
      else if (roomField && lastOwn.length > 0) {
        let slot = roomSlot.get(zone.id);
        if (slot === undefined) {
          roomSlot.set(zone.id, (slot = roomIds.length));
          roomIds.push(zone.id);
        }
        lastList = 1 + slot;
      }
    }
    listOf[i] = lastList;
    if (lastList < 0) points.push({ point: grid.points[i]!, zone, travel: { walking: Infinity, straight: Infinity, targetId: null }, kind: 'room' });
  }
  const lists = splitPoints(grid, listOf, 1 + roomIds.length);
  const L = gbTravelLimits(ctx.read, ctx.facts, ctx.sprinklerCredit.granted);
  measurePoints(lists[0]!, openField, nav, openField === exitField ? exits : openTargets, (w) => gbPointStatus(w, 'open', L), 'open', points);
  // points of each room go to that room's own doors: measured room by room, each with its targets
  for (let r = 0; r < roomIds.length; r++) measurePoints(lists[1 + r]!, roomField!, nav, roomTargetsOf.get(roomIds[r]!)!, (w) => gbPointStatus(w, 'room', L), 'room', points);
  const exitIds = new Set(exits.map((e) => e.id));
  const doors: DoorEgress[] = [];
  const doorById = new Map(floor.doors.map((d) => [d.id, d]));
  for (const id of [...roomDoorIds, ...openDoors.keys()]) {
    const door = doorById.get(id);
    if (!door || exitIds.has(id)) continue;
    doors.push({ door, serves: roomDoorIds.has(id) ? 'room' : 'open', exit: walk(exitField.query(door.at)), betweenExits: isBetweenExits(door.at, exits) });
  }
  return { exits, exitField, seats, points, pointCount: countByZone(grid), doors, lineage: nav.pointIds };
}

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
  for (const z of grid.zones) counts.set(z?.id ?? '', (counts.get(z?.id ?? '') ?? 0) + 1);
  return counts;
}

/** The grid points (indices) that may be their zone's longest walk through `field`, measured. */
const STATUS_RANK: Record<FindingStatus, number> = { 'n/a': 0, pass: 0, warn: 1, fail: 2 };

/**
 * The grid points (indices) that may decide their zone's finding through `field`, measured: a
 * point left out is shown by its bound to have a better status than its zone's worst point, or
 * the same status and a shorter walk (`judge` gives a point's status for a walk; its straight
 * line, to the nearest of `targets`, needs no walk).
 */
function measurePoints(grid: FloorGrid, indices: readonly number[], field: NavField, nav: FloorNavigation, targets: readonly NavTarget[], judge: (walk: Walk) => FindingStatus, kind: EgressKind): PointEgress[] {
  const points = indices.map((i) => grid.points[i]!);
  const straight = points.map((p) => nearestDistance(p, targets));
  // one walk to judge, refilled for each point and length asked (the bounds ask thousands)
  const asked: Walk = { walking: 0, straight: 0, targetId: null };
  const rank = (k: number, walking: number) => {
    asked.walking = walking;
    asked.straight = straight[k]!;
    return STATUS_RANK[judge(asked)];
  };
  const { walks } = longestWalks(points, indices.map((i) => grid.zones[i]?.id ?? ''), field, nav, { cell: SAMPLE_CELL, rank });
  const out: PointEgress[] = [];
  walks.forEach((r, k) => {
    if (r) out.push({ point: points[k]!, zone: grid.zones[indices[k]!], travel: walk(r, straight[k]!), kind });
  });
  return out;
}

/** What the egress analysis reads of a floor (a FloorContext provides it); the sprinkler credit only under gb. */
export type EgressInputs = Pick<FloorInputs, 'floor' | 'read' | 'facts' | 'navigation' | 'occupancy' | 'enclosures' | 'grid'> & {
  readonly sprinklerCredit: Pick<SprinklerCredit, 'granted'>;
};

export function floorEgress(ctx: EgressInputs): FloorEgress {
  const { floor } = ctx;
  const nav = ctx.navigation;
  const occupancy = ctx.occupancy;
  const exits = floor.exits.map(target);
  const exitField = nav.field(exits);
  const exitWalks = occupancy.seatPoints.map((p) => walk(exitField.query(p)));
  const grid = ctx.grid(ctx.read.num('fire.travel.gridStep'));

  if (ctx.read.base !== 'gb') {
    const seats = floor.workstations.map((ws, i) => ({
      ws, point: occupancy.seatPoints[i]!, zone: occupancy.seatZones[i], exit: exitWalks[i]!, travel: exitWalks[i]!, kind: 'open' as const,
    }));
    const all = grid.points.map((_, i) => i);
    const limit = ctx.read.num(ctx.facts.sprinklered ? 'fire.travel.exitAccessSprinklered' : 'fire.travel.exitAccess');
    const points = measurePoints(grid, all, exitField, nav, exits, (w) => intlTravelStatus(w.walking, limit), 'open');
    return { exits, exitField, seats, points, pointCount: countByZone(grid), doors: [] };
  }

  const enclosures = ctx.enclosures;
  const rooms = [...enclosures.values()].filter((e) => e.enclosed);
  const roomDoorIds = new Set(rooms.flatMap((r) => r.doors.map((d) => d.id)));
  const openDoors = new Map<string, Door>();
  for (const e of enclosures.values()) {
    if (e.enclosed) continue;
    for (const d of e.doors) if (!roomDoorIds.has(d.id)) openDoors.set(d.id, d);
  }
  const openTargets = [...exits, ...[...openDoors.values()].map(target)];
  const openField = openDoors.size > 0 ? nav.field(openTargets) : exitField;
  const roomTargetsOf = new Map(rooms.map((r) => [r.zone.id, [...r.doors.map(target), ...r.exits.map(target)]]));
  const roomTargets = rooms.flatMap((r) => roomTargetsOf.get(r.zone.id)!);
  const roomField = roomTargets.length > 0 ? nav.field(roomTargets) : null;

  const travelFrom = (p: Point, zone: Zone | undefined, exitWalk?: Walk): { travel: Walk; kind: EgressKind } => {
    const own = zone ? roomTargetsOf.get(zone.id) : undefined;
    if (zone && own) {
      if (!roomField || own.length === 0) return { travel: { walking: Infinity, straight: Infinity, targetId: null }, kind: 'room' };
      return { travel: walk(roomField.query(p), nearestDistance(p, own)), kind: 'room' };
    }
    if (exitWalk && openField === exitField) return { travel: exitWalk, kind: 'open' };
    return { travel: walk(openField.query(p)), kind: 'open' };
  };

  const seats = floor.workstations.map((ws, i) => {
    const point = occupancy.seatPoints[i]!;
    const zone = occupancy.seatZones[i];
    // written out: spreading the travel into the literal copied it at run time, seat by seat
    const { travel, kind } = travelFrom(point, zone, exitWalks[i]);
    return { ws, point, zone, exit: exitWalks[i]!, travel, kind };
  });
  // grid points: each group (open floor, rooms) through its own field; a room without doors is unreachable
  const openPoints: number[] = [];
  const roomPoints: number[] = [];
  const points: PointEgress[] = [];
  grid.points.forEach((point, i) => {
    const zone = grid.zones[i];
    const own = zone ? roomTargetsOf.get(zone.id) : undefined;
    if (!zone || !own) openPoints.push(i);
    else if (roomField && own.length > 0) roomPoints.push(i);
    else points.push({ point, zone, travel: { walking: Infinity, straight: Infinity, targetId: null }, kind: 'room' });
  });
  const L = gbTravelLimits(ctx.read, ctx.facts, ctx.sprinklerCredit.granted);
  points.push(...measurePoints(grid, openPoints, openField, nav, openField === exitField ? exits : openTargets, (w) => gbPointStatus(w, 'open', L), 'open'));
  // points of each room go to that room's own doors: measured room by room, each with its targets
  if (roomField) {
    const byRoom = new Map<string, number[]>();
    for (const i of roomPoints) {
      const id = grid.zones[i]!.id;
      const list = byRoom.get(id);
      if (list) list.push(i);
      else byRoom.set(id, [i]);
    }
    for (const [id, indices] of byRoom) points.push(...measurePoints(grid, indices, roomField, nav, roomTargetsOf.get(id)!, (w) => gbPointStatus(w, 'room', L), 'room'));
  }
  const exitIds = new Set(exits.map((e) => e.id));
  const doors: DoorEgress[] = [];
  const doorById = new Map(floor.doors.map((d) => [d.id, d]));
  for (const id of [...roomDoorIds, ...openDoors.keys()]) {
    const door = doorById.get(id);
    if (!door || exitIds.has(id)) continue;
    doors.push({ door, serves: roomDoorIds.has(id) ? 'room' : 'open', exit: walk(exitField.query(door.at)), betweenExits: isBetweenExits(door.at, exits) });
  }
  return { exits, exitField, seats, points, pointCount: countByZone(grid), doors };
}

// Egress numbers derived from the profile and the building: the gb travel limits (Table 5.5.17
// with the sprinkler factor), the gb width factor (Table 5.5.21-1), the intl occupant load per zone.
import type { BuildingFacts } from '../buildingFacts.ts';
import type { FloorInputs } from '../floorInputs.ts';
import type { ProfileReader } from '../profiles/reader.ts';
import { ZONE_USES, type ZoneUse } from '../../floorplan/types.ts';
import type { FindingStatus } from '../types.ts';
import type { EgressKind, Walk } from './walk.ts';
import { ibcZoneLoad, wholePersons } from '../analysis/occupants.ts';

export interface GbTravelLimits {
  /** §5.5.17-4 open hall / open office; null where the building's grade does not allow it (3, 4) */
  hall: number | null;
  hallCorridor: number;
  /** §5.5.17-3: any point of a room to its door; also the dead-end door-to-exit limit */
  room: number;
  /** door between two exits to the nearest exit */
  betweenExits: number;
  reading: 'hall-with-room-warning' | 'hall' | 'room';
  /** parameter ids (local) behind each limit, for clauses */
  ids: { hall: string; hallCorridor: string; room: string; betweenExits: string };
}

/**
 * `sprinklerCredit`: whether the floor earns the sprinkler factor (FloorContext.sprinklerCredit:
 * marked sprinklered and the layout verified or accepted), not merely the building's mark.
 */
export function gbTravelLimits(read: ProfileReader, b: BuildingFacts, sprinklerCredit: boolean): GbTravelLimits {
  const factor = sprinklerCredit ? read.num('fire.sprinklerFactorTravel') : 1;
  const gradeSuffix = b.grade === 3 ? '.g3' : b.grade === 4 ? '.g4' : '';
  const roomId = b.highRise ? 'fire.travel.deadEnd.high' : `fire.travel.deadEnd.multi${gradeSuffix}`;
  const betweenId = b.highRise ? 'fire.travel.betweenExits.high' : `fire.travel.betweenExits.multi${gradeSuffix}`;
  const hallAllowed = b.grade <= 2;
  const declared = read.str('fire.openFloorReading');
  const reading = !hallAllowed ? 'room' : declared === 'hall' || declared === 'room' ? declared : 'hall-with-room-warning';
  return {
    hall: hallAllowed ? read.num('fire.travel.hall') * factor : null,
    hallCorridor: read.num('fire.travel.hallCorridor') * factor,
    room: read.num(roomId) * factor,
    betweenExits: read.num(betweenId) * factor,
    reading,
    ids: { hall: 'fire.travel.hall', hallCorridor: 'fire.travel.hallCorridor', room: roomId, betweenExits: betweenId },
  };
}

/** Local id of the gb width factor for the building's grade and storeys (Table 5.5.21-1). */
export function gbWidthFactorId(b: BuildingFacts): string {
  const grade = b.grade <= 2 ? 'g12' : b.grade === 3 ? 'g3' : 'g4';
  if (grade === 'g4') return 'fire.widthPer100.g4.s12';
  const s = b.storeys <= 2 ? 's12' : b.storeys === 3 ? 's3' : 's4';
  return `fire.widthPer100.${grade}.${s}`;
}

/**
 * Local id of the IBC Table 1004.5 load factor (m² per occupant) of a zone's function; null for
 * zones counted with the spaces they serve (corridors and toilets lie in those spaces' gross area).
 * `work` is the call floor, concentrated business use (§1004.8), `fire.occupantLoadFactor`.
 */
export function intlLoadFactorId(use: ZoneUse): string | null {
  switch (use) {
    case 'work':
      return 'fire.occupantLoadFactor';
    case 'corridor':
    case 'toilet':
      return null;
    default:
      return `fire.occupantLoadFactor.${use}`;
  }
}

/** Every parameter id the intl occupant load reads. */
export const INTL_LOAD_FACTOR_IDS: readonly string[] = ZONE_USES.flatMap((u) => intlLoadFactorId(u) ?? []);

/**
 * intl design occupant load per zone (by zone id): the zone's area ÷ its function's factor (IBC
 * 2021 Table 1004.5, §1004.8), but not less than the persons counted in it (seats, beds).
 */
export function intlZoneLoads(ctx: Pick<FloorInputs, 'occupancy' | 'read'>): Map<string, number> {
  const loads = new Map<string, number>();
  for (const z of ctx.occupancy.zones.values()) {
    const id = intlLoadFactorId(z.zone.use);
    loads.set(z.zone.id, ibcZoneLoad(z, id !== null && ctx.read.has(id) ? ctx.read.num(id) : null));
  }
  return loads;
}

/**
 * intl occupant load of a floor: the sum of its zones' loads plus seats in no zone (IBC 2021
 * §1004.5: each function with its own factor, not one factor for the whole floor). A floor with
 * no zones yet (planning) is read as one call floor: max(persons, ⌈gross ÷ 4.65 m²⌉) (§1004.8).
 */
export function intlOccupantLoad(ctx: Pick<FloorInputs, 'floor' | 'occupancy' | 'read' | 'grossArea'>): number {
  const occ = ctx.occupancy;
  if (ctx.floor.zones.length === 0) return Math.max(occ.persons, wholePersons(ctx.grossArea / ctx.read.num('fire.occupantLoadFactor')));
  let load = wholePersons(occ.unzonedSeats.length * ctx.read.num('occupancy.shiftOverlap'));
  for (const l of intlZoneLoads(ctx).values()) load += l;
  return load;
}

/** Σ exit widths of the floor (m). */
export function exitWidth(ctx: Pick<FloorInputs, 'floor'>): number {
  return ctx.floor.exits.reduce((sum, e) => sum + e.width, 0);
}

/** gb wording: straight line over → fail; only the walk over → warn. */
export function straightLineStatus(walk: Walk, limit: number): FindingStatus {
  const eps = 1e-9 * Math.max(1, limit);
  if (walk.straight > limit + eps) return 'fail';
  if (walk.walking > limit + eps) return 'warn';
  return 'pass';
}

export interface Judged {
  status: FindingStatus;
  /** which limit the status comes from */
  limit: number;
  limitId: string;
  variant: string;
}

/**
 * judgeGbPoint's status alone, by the same steps, without building the judgement (the bounds of
 * longestWalks.ts rank thousands of points and lengths).
 */
export function gbPointStatus(walk: Walk, kind: EgressKind, L: GbTravelLimits): FindingStatus {
  if (!Number.isFinite(walk.walking)) return 'fail';
  const room = straightLineStatus(walk, L.room);
  if (kind === 'room' || L.reading === 'room' || L.hall === null) return room;
  const hall = straightLineStatus(walk, L.hall);
  if (L.reading === 'hall' || hall === 'fail') return hall;
  if (room !== 'pass') return 'warn';
  return hall;
}

/** Status of one point under the gb readings. */
export function judgeGbPoint(walk: Walk, kind: EgressKind, L: GbTravelLimits): Judged {
  if (!Number.isFinite(walk.walking)) {
    const limit = kind === 'room' || L.hall === null ? L.room : L.hall;
    return { status: 'fail', limit, limitId: kind === 'room' ? L.ids.room : L.ids.hall, variant: 'unreachable' };
  }
  const room = straightLineStatus(walk, L.room);
  if (kind === 'room' || L.reading === 'room' || L.hall === null) {
    return { status: room, limit: L.room, limitId: L.ids.room, variant: kind === 'room' ? `room-${room}` : `open-room-${room}` };
  }
  const hall = straightLineStatus(walk, L.hall);
  if (L.reading === 'hall' || hall === 'fail') return { status: hall, limit: L.hall, limitId: L.ids.hall, variant: `hall-${hall}` };
  if (room !== 'pass') return { status: 'warn', limit: L.room, limitId: L.ids.room, variant: 'room-reading-warn' };
  return { status: hall, limit: L.hall, limitId: L.ids.hall, variant: `hall-${hall}` };
}

/** intl: walking distance to the nearest exit against the limit (an unreachable point fails). */
export function intlTravelStatus(walking: number, limit: number): FindingStatus {
  return walking <= limit + 1e-9 * limit ? 'pass' : 'fail';
}

// Egress numbers derived from the profile and the building: the gb travel limits (Table 5.5.17
// with the sprinkler factor), the gb width factor (Table 5.5.21-1), the intl occupant load.
import type { BuildingFacts, FloorContext, ProfileReader } from '../context.ts';
import type { FindingStatus } from '../types.ts';
import type { EgressKind, Walk } from './egress.ts';

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

export function gbTravelLimits(read: ProfileReader, b: BuildingFacts): GbTravelLimits {
  const factor = b.sprinklered ? read.num('fire.sprinklerFactorTravel') : 1;
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

/** intl occupant load of a floor: max(persons, gross area ÷ 4.65 m²), whole persons (IBC 1004.8). */
export function intlOccupantLoad(ctx: FloorContext): number {
  const byArea = Math.ceil(ctx.grossArea / ctx.read.num('fire.occupantLoadFactor') - 1e-9);
  return Math.max(ctx.occupancy.persons, byArea);
}

/** Σ exit widths of the floor (m). */
export function exitWidth(ctx: FloorContext): number {
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

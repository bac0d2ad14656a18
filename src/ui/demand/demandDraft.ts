// The Demand panel's form as text (what the user typed), turned into a profile or problems.
// Percentages are typed as 0..100 and stored as shares (shrinkage, max occupancy). No React here.
import type { DemandProfile, DemandScope } from '../../floorplan/types.ts';
import { demandProblems, type DemandProblem } from '../../floorplan/queries/demandInputs.ts';

export interface DemandDraft {
  name: string;
  /** 'floor:<id>', 'building:<id>', 'tenant:<id>' or 'park' */
  scope: string;
  intervals: { start: string; calls: string }[];
  aht: string;
  slPercent: string;
  slSeconds: string;
  shrinkage: string;
  maxOccupancy: string;
  open: string;
  close: string;
  shiftHours: string;
  overlap: string;
}

export function scopeKey(scope: DemandScope): string {
  if (scope.floorId) return `floor:${scope.floorId}`;
  if (scope.buildingId) return `building:${scope.buildingId}`;
  if (scope.tenantId) return `tenant:${scope.tenantId}`;
  return 'park';
}

export function scopeOfKey(key: string): DemandScope {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (colon < 0 || !id) return {};
  if (kind === 'floor') return { floorId: id };
  if (kind === 'building') return { buildingId: id };
  if (kind === 'tenant') return { tenantId: id };
  return {};
}

/** Shares shown as percentages without float dust (0.3 → "30"). */
const percentText = (share: number): string => String(Math.round(share * 100 * 1e6) / 1e6);

export function draftOf(p: DemandProfile): DemandDraft {
  return {
    name: p.name,
    scope: scopeKey(p.scope),
    intervals: p.intervals.map((iv) => ({ start: iv.start, calls: String(iv.callsPerHour) })),
    aht: String(p.ahtSeconds),
    slPercent: String(p.serviceLevel.percent),
    slSeconds: String(p.serviceLevel.seconds),
    shrinkage: percentText(p.shrinkage),
    maxOccupancy: p.maxOccupancy === undefined ? '' : percentText(p.maxOccupancy),
    open: p.hoursOfOperation.open,
    close: p.hoursOfOperation.close,
    shiftHours: String(p.shiftHours),
    overlap: p.shiftOverlapHours ? String(p.shiftOverlapHours) : '',
  };
}

/** A new profile's form: the usual call-centre targets, one shift of 8 h, the peak hour's calls to be typed. */
export function newDraft(name: string, scope: string): DemandDraft {
  return { name, scope, intervals: [{ start: '10:00', calls: '' }], aht: '280', slPercent: '80', slSeconds: '20', shrinkage: '30', maxOccupancy: '', open: '09:00', close: '17:00', shiftHours: '8', overlap: '' };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
/** A typed number; NaN when the text is not one (the profile's checks then name the field). */
const num = (text: string): number => (NUMBER.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function profileOfDraft(id: string, d: DemandDraft): DemandProfile {
  const maxOccupancy = d.maxOccupancy.trim() === '' ? undefined : num(d.maxOccupancy) / 100;
  return {
    id,
    name: d.name,
    scope: scopeOfKey(d.scope),
    intervals: d.intervals.map((iv) => ({ start: iv.start.trim(), callsPerHour: num(iv.calls) })),
    ahtSeconds: num(d.aht),
    serviceLevel: { percent: num(d.slPercent), seconds: num(d.slSeconds) },
    shrinkage: num(d.shrinkage) / 100,
    ...(maxOccupancy !== undefined ? { maxOccupancy } : {}),
    hoursOfOperation: { open: d.open.trim(), close: d.close.trim() },
    shiftHours: num(d.shiftHours),
    ...(d.overlap.trim() !== '' ? { shiftOverlapHours: num(d.overlap) } : {}),
  };
}

export function draftProblems(d: DemandDraft): DemandProblem[] {
  return demandProblems(profileOfDraft('draft', d));
}

/** Only calls still to be typed: the form asks for them rather than listing a problem. */
export function awaitsCalls(d: DemandDraft): boolean {
  return d.intervals.every((iv) => iv.calls.trim() === '');
}

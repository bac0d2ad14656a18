// The inputs of a demand profile (plan `demand`): clock times, hours of operation, and what is
// wrong with a profile — shared by the commands that store profiles and the staffing maths.
import type { DemandInterval, DemandProfile } from '../types.ts';

const DAY = 24 * 60;

export function minutesOf(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  // 24:00 is accepted as the end of the day
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

export function clockOf(minutes: number): string {
  const m = ((Math.round(minutes) % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes the centre is open: close − open, over midnight if close is earlier; equal times: 24 h. */
export function openMinutes(open: string, close: string): number {
  const o = minutesOf(open) ?? 0;
  const c = minutesOf(close) ?? 0;
  const d = (c - o + DAY) % DAY;
  return d === 0 ? DAY : d;
}

export type DemandProblemKey =
  | 'name' | 'noInterval' | 'intervalTime' | 'calls' | 'aht' | 'slPercent' | 'slSeconds' | 'shrinkage' | 'maxOccupancy' | 'hours' | 'shiftHours' | 'overlap' | 'outsideHours';

export interface DemandProblem {
  key: DemandProblemKey;
  /** the interval the problem is about */
  index?: number;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What is wrong with a profile's inputs; empty when it can be computed. */
export function demandProblems(p: Omit<DemandProfile, 'id' | 'scope'> & Partial<Pick<DemandProfile, 'id' | 'scope'>>): DemandProblem[] {
  const problems: DemandProblem[] = [];
  if (typeof p.name !== 'string' || p.name.trim() === '') problems.push({ key: 'name' });
  const hoursOk = minutesOf(p.hoursOfOperation?.open ?? '') !== null && minutesOf(p.hoursOfOperation?.close ?? '') !== null;
  if (!hoursOk) problems.push({ key: 'hours' });
  if (!Array.isArray(p.intervals) || p.intervals.length === 0) problems.push({ key: 'noInterval' });
  else {
    p.intervals.forEach((iv, index) => {
      if (minutesOf(iv.start) === null) problems.push({ key: 'intervalTime', index });
      if (!finite(iv.callsPerHour) || iv.callsPerHour < 0) problems.push({ key: 'calls', index });
    });
    if (hoursOk && problems.every((q) => q.key !== 'intervalTime') && inHours(p.intervals, p.hoursOfOperation.open, p.hoursOfOperation.close).length === 0) problems.push({ key: 'outsideHours' });
  }
  if (!finite(p.ahtSeconds) || p.ahtSeconds <= 0) problems.push({ key: 'aht' });
  if (!finite(p.serviceLevel?.percent) || p.serviceLevel.percent <= 0 || p.serviceLevel.percent >= 100) problems.push({ key: 'slPercent' });
  if (!finite(p.serviceLevel?.seconds) || p.serviceLevel.seconds < 0) problems.push({ key: 'slSeconds' });
  if (!finite(p.shrinkage) || p.shrinkage < 0 || p.shrinkage >= 1) problems.push({ key: 'shrinkage' });
  if (p.maxOccupancy !== undefined && (!finite(p.maxOccupancy) || p.maxOccupancy <= 0 || p.maxOccupancy > 1)) problems.push({ key: 'maxOccupancy' });
  if (!finite(p.shiftHours) || p.shiftHours <= 0 || p.shiftHours > 24) problems.push({ key: 'shiftHours' });
  const overlap = p.shiftOverlapHours ?? 0;
  if (!finite(overlap) || overlap < 0 || (finite(p.shiftHours) && overlap >= p.shiftHours)) problems.push({ key: 'overlap' });
  return problems;
}

/** Intervals that start within the hours of operation, with their offset from opening, in time order. */
export function inHours(intervals: readonly DemandInterval[], open: string, close: string): { interval: DemandInterval; offset: number }[] {
  const o = minutesOf(open)!;
  const length = openMinutes(open, close);
  return intervals
    .map((interval) => ({ interval, offset: ((minutesOf(interval.start)! - o) % DAY + DAY) % DAY }))
    .filter((x) => x.offset < length)
    .sort((a, b) => a.offset - b.offset);
}

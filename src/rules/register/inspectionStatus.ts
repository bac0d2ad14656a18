// The one status function of fire device inspections: the register's rows and the inspection
// rules (fire.extinguisher-inspection, fire.equipment-inspection) both call it, so a device the
// register lists as overdue is the device a rule fails, and nothing else.
import type { FindingStatus } from '../types.ts';

/** ok: in date; due-soon: due within the window (the due day included); overdue: past the due day; never: no inspection on record. */
export const INSPECTION_STATUSES = ['overdue', 'never', 'due-soon', 'ok'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (UTC calendar days); null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from.slice(0, 10));
  const b = Date.parse(to.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY_MS);
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso.slice(0, 10)) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

export interface InspectionState {
  status: InspectionStatus;
  /** whole days from the last inspection to the as-of date; null when never inspected */
  daysSince: number | null;
  /** the last inspection date plus the interval; null when never inspected */
  nextDue: string | null;
}

/**
 * A device last inspected on `last` (null: never), as of `asOf`: due on last + interval days;
 * overdue from the day after; due soon from `dueSoonDays` before the due day to the due day.
 */
export function inspectionState(last: string | null, asOf: string, intervalDays: number, dueSoonDays: number): InspectionState {
  const daysSince = last ? daysBetween(last, asOf) : null;
  if (last === null || daysSince === null) return { status: 'never', daysSince: null, nextDue: null };
  const nextDue = addDays(last, intervalDays);
  const daysLeft = intervalDays - daysSince;
  const status: InspectionStatus = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'ok';
  return { status, daysSince, nextDue };
}

/** What a rule reports for a device in that state: overdue fails (a warning when the interval is advisory); in date passes; never inspected is the rule's to word. */
export function findingStatusOf(status: Exclude<InspectionStatus, 'never'>, advisory: boolean): FindingStatus {
  if (status === 'overdue') return advisory ? 'warn' : 'fail';
  return 'pass';
}

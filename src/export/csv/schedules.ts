// The two CSV schedules: one row per workstation, one row per zone.
import { occupantPoint } from '../../floorplan/geometry/elements.ts';
import { floorSeats } from '../../floorplan/queries/seats.ts';
import { zoneLocator } from '../../floorplan/queries/zones.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { worstStatusByElement, type FindingStatus, type ReportedRun } from '../../rules/results.ts';
import { resolveScope, type ReportScope } from '../model/scope.ts';
import { reportText } from '../reportText.ts';
import { roundTo, toCsv, type CsvCell } from './csv.ts';

/**
 * A desk's status in the schedule: the worst finding naming it; a desk no finding names passed
 * (the checks ran and found nothing against it); blank only when no check was run.
 */
export function deskStatus(worst: FindingStatus | undefined, checked: boolean, words: Record<FindingStatus, string>): string {
  if (worst) return words[worst];
  return checked ? words.pass : '';
}

export interface ScheduleOptions {
  locale: Locale;
  scope?: ReportScope;
  rules?: ReportedRun;
}

/** Columns: id, building, floor, zone, role, x, y (occupant point), walking and straight distance to exit, status ("pass" when nothing names the desk). */
export function workstationScheduleCsv(plan: PlanDocument, options: ScheduleOptions): string {
  const text = reportText(options.locale);
  const scoped = resolveScope(plan, options.scope ?? { kind: 'park' });
  const distances = new Map((options.rules?.analysis?.floors ?? []).flatMap((f) => f.workstations.map((w) => [w.id, w] as const)));
  const statuses = worstStatusByElement(options.rules?.findings ?? []);
  const rows: CsvCell[][] = [];
  for (const { building, floors } of scoped?.buildings ?? []) {
    for (const floor of floors) {
      const locator = zoneLocator(floor);
      for (const ws of floor.workstations) {
        const p = occupantPoint(ws);
        const d = distances.get(ws.id);
        const status = statuses.get(ws.id);
        rows.push([
          ws.id,
          building.name,
          floor.name,
          locator.zoneAt(p)?.name ?? '',
          text.roles[ws.role],
          roundTo(p[0]),
          roundTo(p[1]),
          roundTo(d?.walking),
          roundTo(d?.straight),
          deskStatus(status, options.rules !== undefined, text.statuses),
        ]);
      }
    }
  }
  return toCsv(text.csvWorkstations, rows);
}

/** Columns: id, building, floor, name, use, area, seats, area per seat, illuminance, fresh air per person. */
export function zoneScheduleCsv(plan: PlanDocument, options: ScheduleOptions): string {
  const text = reportText(options.locale);
  const scoped = resolveScope(plan, options.scope ?? { kind: 'park' });
  const analysis = new Map((options.rules?.analysis?.floors ?? []).flatMap((f) => f.zones.map((z) => [`${f.id}|${z.id}`, z] as const)));
  const rows: CsvCell[][] = [];
  for (const { building, floors } of scoped?.buildings ?? []) {
    for (const floor of floors) {
      for (const z of floorSeats(building, floor).zones) {
        const a = analysis.get(`${floor.id}|${z.zoneId}`);
        rows.push([
          z.zoneId,
          building.name,
          floor.name,
          z.name,
          text.uses[z.use],
          roundTo(z.area),
          z.seats,
          z.seats > 0 ? roundTo(z.area / z.seats) : null,
          roundTo(a?.illuminance, 0),
          roundTo(a?.freshAirPerPerson, 1),
        ]);
      }
    }
  }
  return toCsv(text.csvZones, rows);
}

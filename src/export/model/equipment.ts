// The fire equipment register: every extinguisher with its last inspection and whether it is overdue.
import type { Extinguisher, PlanDocument } from '../../floorplan/types.ts';
import { resolveScope, type ReportScope } from './scope.ts';

export type InspectionState = 'in-date' | 'overdue' | 'missing';

export interface EquipmentRow {
  buildingName: string;
  floorName: string;
  floorId: string;
  id: string;
  rating: string;
  lastInspected: string | null;
  /** whole days from the last inspection to the report date; null without a date */
  daysSince: number | null;
  state: InspectionState;
}

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (UTC calendar days); null when either is not a date. */
export function daysBetween(fromIso: string, toIso: string): number | null {
  const from = Date.parse(fromIso.slice(0, 10));
  const to = Date.parse(toIso.slice(0, 10));
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  return Math.round((to - from) / DAY_MS);
}

/** Overdue when more than `intervalDays` have passed (exactly the interval is still in date). */
export function inspectionState(ex: Extinguisher, date: string, intervalDays: number): { daysSince: number | null; state: InspectionState } {
  if (!ex.lastInspected) return { daysSince: null, state: 'missing' };
  const daysSince = daysBetween(ex.lastInspected, date);
  if (daysSince === null) return { daysSince: null, state: 'missing' };
  return { daysSince, state: daysSince > intervalDays ? 'overdue' : 'in-date' };
}

export function equipmentRegister(plan: PlanDocument, scope: ReportScope, date: string, intervalDays = 30): EquipmentRow[] {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return [];
  const rows: EquipmentRow[] = [];
  for (const { building, floors } of scoped.buildings) {
    for (const floor of floors) {
      for (const ex of floor.extinguishers) {
        rows.push({
          buildingName: building.name,
          floorName: floor.name,
          floorId: floor.id,
          id: ex.id,
          rating: ex.rating ?? '',
          lastInspected: ex.lastInspected ?? null,
          ...inspectionState(ex, date, intervalDays),
        });
      }
    }
  }
  return rows;
}

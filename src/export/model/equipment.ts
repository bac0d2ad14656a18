// The fire equipment part of the compliance report, read from the facility manager's register
// (src/rules/register): the same statuses as the register and the inspection rules, the log
// included. Extinguishers are listed one by one; every device type is summed by status.
import { FIRE_DEVICE_TYPES, type FireDeviceType } from '../../floorplan/register/fireDevices.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import { buildRegister, type RegisterScope } from '../../rules/register/register.ts';
import type { InspectionStatus } from '../../rules/register/inspectionStatus.ts';
import type { ReportScope } from './scope.ts';

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

/** Devices of one type in the scope, by inspection status. */
export interface EquipmentSummary {
  type: FireDeviceType;
  total: number;
  counts: Record<InspectionStatus, number>;
}

export interface EquipmentPart {
  /** the extinguishers, one row each */
  rows: EquipmentRow[];
  /** every device type the scope has */
  summary: EquipmentSummary[];
}

const STATE: Record<InspectionStatus, InspectionState> = { ok: 'in-date', 'due-soon': 'in-date', overdue: 'overdue', never: 'missing' };

function registerScope(scope: ReportScope): RegisterScope {
  if (scope.kind === 'building') return { buildingId: scope.buildingId };
  if (scope.kind === 'floor') return { floorId: scope.floorId };
  return {};
}

export function equipmentPart(plan: PlanDocument, scope: ReportScope, date: string): EquipmentPart {
  const register = buildRegister(plan, registerScope(scope), { asOf: date });
  if (!register) return { rows: [], summary: [] };
  const rows: EquipmentRow[] = register.rows
    .filter((r) => r.type === 'extinguisher')
    .map((r) => ({
      buildingName: r.buildingName,
      floorName: r.floorName,
      floorId: r.floorId,
      id: r.id,
      rating: r.rating ?? '',
      lastInspected: r.lastInspected,
      daysSince: r.daysSince,
      state: STATE[r.status],
    }));
  const summary = FIRE_DEVICE_TYPES.map((type) => {
    const counts: Record<InspectionStatus, number> = { overdue: 0, never: 0, 'due-soon': 0, ok: 0 };
    for (const r of register.rows) if (r.type === type) counts[r.status]++;
    return { type, total: counts.overdue + counts.never + counts['due-soon'] + counts.ok, counts };
  }).filter((s) => s.total > 0);
  return { rows, summary };
}

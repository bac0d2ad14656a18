// The open actions raised on inspection defects (reviews keyed `inspection|building|floor|device`,
// src/floorplan/register/actionKeys.ts) in a scope: rows of the compliance report's action list.
import { isInspectionActionKey, parseFindingKey } from '../../floorplan/register/actionKeys.ts';
import { fireDevicesById } from '../../floorplan/register/fireDevices.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { registerWords } from '../../rules/register/registerWords.ts';
import { resolveScope, scopedFloors, type ReportScope } from './scope.ts';

export interface InspectionActionRow {
  deviceId: string;
  /** "火灾探测器 A-3F-k12" / "Fire detector A-3F-k12" */
  device: string;
  /** building and floor names */
  place: string;
  /** what was found */
  note: string;
  owner: string;
  due: string;
  /** due before the report date */
  overdue: boolean;
}

export function inspectionActionRows(plan: PlanDocument, scope: ReportScope, reportDate: string, locale: Locale): InspectionActionRow[] {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return [];
  const floors = new Set(scopedFloors(scoped).map((f) => f.floor.id));
  const devices = fireDevicesById(plan);
  const words = registerWords(locale);
  const rows: InspectionActionRow[] = [];
  for (const review of plan.reviews ?? []) {
    if (review.decision !== 'open' || !isInspectionActionKey(review.findingKey)) continue;
    const key = parseFindingKey(review.findingKey);
    if (!key || !floors.has(key.floorId)) continue;
    for (const id of key.elementIds) {
      const found = devices.get(id);
      rows.push({
        deviceId: id,
        device: found ? `${words.types[found.device.type]} ${id}` : id,
        place: found ? `${found.building.name} ${found.floor.name}` : '',
        note: review.note ?? '',
        owner: review.owner ?? '',
        due: review.due ?? '',
        overdue: !!review.due && review.due < reportDate.slice(0, 10),
      });
    }
  }
  return rows.sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999') || a.deviceId.localeCompare(b.deviceId));
}

// Record inspections of fire equipment (extinguishers, detectors, sprinklers, fire doors, emergency
// luminaires, exit signs, hydrants, smoke exhausts): one device, a selection or a whole floor in
// one undoable command. Each device gets a new entry in the plan's inspection log (date,
// inspector, pass or defect with a note; entries are never overwritten) and its `lastInspected`
// moves to the date when that is later. A pass closes the device's open defect action (its
// defects are followed by a pass, so the log no longer counts them open).
import { fireDevicesById, fireDevicesOf, type LocatedFireDevice } from '../register/fireDevices.ts';
import { inspectionActionKey } from '../register/actionKeys.ts';
import { INSPECTION_RESULTS, type InspectionResult, type PlanDocument } from '../types.ts';
import { isIsoDate } from './checks.ts';
import { idCounter } from './idSpace.ts';
import { refuse, type Command } from './command.ts';

export interface MarkInspectedArgs {
  /** the devices; with `floorId`, added to that floor's devices */
  ids?: string[];
  /** every fire device of this floor */
  floorId?: string;
  /** ISO date, e.g. '2026-05-01' */
  date: string;
  /** default 'pass' */
  result?: InspectionResult;
  /** who inspected */
  by?: string;
  /** what was found (required for a defect) */
  note?: string;
}

export const markInspected: Command<MarkInspectedArgs> = {
  type: 'fire/mark-inspected',
  labelKey: 'commands.markInspected',
  apply(draft, { ids = [], floorId, date, result = 'pass', by, note }) {
    if (!isIsoDate(date)) return refuse('commands.refused.badDate', ids);
    if (!INSPECTION_RESULTS.includes(result)) return refuse('register.refused.badResult', ids);
    const text = note?.trim() ?? '';
    if (result === 'defect' && text === '') return refuse('register.refused.defectNeedsNote', ids);
    const devices = fireDevicesById(draft);
    const targets: LocatedFireDevice[] = [];
    const seen = new Set<string>();
    if (floorId !== undefined) {
      const building = draft.site.buildings.find((b) => b.floors.some((f) => f.id === floorId));
      const floor = building?.floors.find((f) => f.id === floorId);
      if (!building || !floor) return refuse('commands.refused.noFloor');
      for (const device of fireDevicesOf(floor)) {
        seen.add(device.id);
        targets.push({ building, floor, device });
      }
    }
    const missing = ids.filter((id) => !devices.has(id));
    if (missing.length) return refuse('commands.refused.notFound', missing);
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      targets.push(devices.get(id)!);
    }
    if (targets.length === 0) return refuse('commands.refused.empty');
    const log = draft.inspections ?? [];
    // log entry ids: `insp-<n>`, n above every number already used (in this peer's id space)
    const entryId = idCounter('insp-', new Set(log.map((e) => e.id)));
    const who = by?.trim() ?? '';
    for (const { building, floor, device } of targets) {
      log.push({ id: entryId(), deviceId: device.id, date, result, ...(who ? { by: who } : {}), ...(text ? { note: text } : {}) });
      const last = device.element.lastInspected;
      if (!last || last < date) device.element.lastInspected = date;
      if (result === 'pass') closeAction(draft, inspectionActionKey(building.id, floor.id, device.id), date, who);
    }
    draft.inspections = log;
    return undefined;
  },
};

/** An open defect action on the device is done once the device passes. */
function closeAction(draft: PlanDocument, key: string, date: string, by: string): void {
  const review = draft.reviews?.find((r) => r.findingKey === key);
  if (!review || review.decision !== 'open') return;
  review.decision = 'accepted';
  review.at = `${date}T00:00:00Z`;
  if (by) review.by = by;
}

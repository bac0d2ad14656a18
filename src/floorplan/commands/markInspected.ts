// Record an inspection date on fire equipment (extinguishers, detectors, sprinklers) anywhere in
// the park: one command for one or many devices, so "mark inspected today" is one undo step.
import { isIsoDate } from './checks.ts';
import { refuse, type Command } from './command.ts';
import type { PlanDocument } from '../types.ts';

export const FIRE_EQUIPMENT = ['extinguishers', 'detectors', 'sprinklers'] as const;
export type FireEquipmentCollection = (typeof FIRE_EQUIPMENT)[number];

export interface MarkInspectedArgs {
  ids: string[];
  /** ISO date, e.g. '2026-05-01' */
  date: string;
}

function fireDevices(plan: PlanDocument): Map<string, { lastInspected?: string }> {
  const devices = new Map<string, { lastInspected?: string }>();
  for (const building of plan.site.buildings) {
    for (const floor of building.floors) {
      for (const collection of FIRE_EQUIPMENT) for (const device of floor[collection]) devices.set(device.id, device);
    }
  }
  return devices;
}

export const markInspected: Command<MarkInspectedArgs> = {
  type: 'fire/mark-inspected',
  labelKey: 'commands.markInspected',
  apply(draft, { ids, date }) {
    if (!isIsoDate(date)) return refuse('commands.refused.badDate', ids);
    if (ids.length === 0) return refuse('commands.refused.empty');
    const devices = fireDevices(draft);
    const missing = ids.filter((id) => !devices.has(id));
    if (missing.length) return refuse('commands.refused.notFound', missing);
    for (const id of ids) devices.get(id)!.lastInspected = date;
    return undefined;
  },
};

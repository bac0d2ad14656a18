// The inspection log (PlanDocument.inspections) read per device: its entries in date order, the
// latest inspection date, and its open defects — defect entries not followed by a pass. Pure; the
// index of a log array is built once (plans are immutable: a changed log is a new array).
import type { Inspection } from '../types.ts';

export interface DeviceLog {
  /** oldest first (by date; entries of one day in the order they were logged) */
  entries: Inspection[];
  /** date of the newest entry */
  latest: string;
  /** defect entries after the device's last pass, oldest first */
  openDefects: Inspection[];
}

const EMPTY: ReadonlyMap<string, DeviceLog> = new Map();
const cache = new WeakMap<readonly Inspection[], ReadonlyMap<string, DeviceLog>>();

function build(inspections: readonly Inspection[]): Map<string, DeviceLog> {
  const byDevice = new Map<string, Inspection[]>();
  for (const entry of inspections) {
    const list = byDevice.get(entry.deviceId);
    if (list) list.push(entry);
    else byDevice.set(entry.deviceId, [entry]);
  }
  const index = new Map<string, DeviceLog>();
  for (const [deviceId, list] of byDevice) {
    // a stable sort keeps the log's order within a day
    const entries = list.length > 1 ? [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : list;
    let lastPass = -1;
    for (let i = 0; i < entries.length; i++) if (entries[i]!.result === 'pass') lastPass = i;
    index.set(deviceId, {
      entries,
      latest: entries[entries.length - 1]!.date,
      openDefects: entries.slice(lastPass + 1).filter((e) => e.result === 'defect'),
    });
  }
  return index;
}

/** The log by device id. */
export function inspectionLogIndex(inspections: readonly Inspection[] | undefined): ReadonlyMap<string, DeviceLog> {
  if (!inspections || inspections.length === 0) return EMPTY;
  let index = cache.get(inspections);
  if (!index) {
    index = build(inspections);
    cache.set(inspections, index);
  }
  return index;
}

/** The device's last inspection: the later of its `lastInspected` and its newest log entry; null when neither. */
export function latestInspection(lastInspected: string | undefined, log: DeviceLog | undefined): string | null {
  const a = lastInspected && lastInspected.length >= 10 ? lastInspected.slice(0, 10) : null;
  const b = log?.latest ?? null;
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

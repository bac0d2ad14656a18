// The facility manager's register (pure): every fire device of a scope (park, building or floor)
// with its place, last inspection, next due date, status, history and open defects and actions.
// Statuses come from inspectionState, the function the inspection rules use.
import { inspectionActionKey, isInspectionActionKey, parseFindingKey } from '../../floorplan/register/actionKeys.ts';
import { fireDevicesOf, type FireDeviceType } from '../../floorplan/register/fireDevices.ts';
import { inspectionLogIndex, latestInspection, type DeviceLog } from '../../floorplan/register/inspectionLog.ts';
import { zoneLocator } from '../../floorplan/queries/zones.ts';
import type { Building, Floor, Inspection, PlanDocument, Point, Review } from '../../floorplan/types.ts';
import { resolveProfile } from '../profiles/resolveProfile.ts';
import type { ResolvedProfile } from '../profiles/parameter.ts';
import { inspectionPolicy, type InspectionPolicy } from './inspectionPolicy.ts';
import { inspectionState, INSPECTION_STATUSES, type InspectionStatus } from './inspectionStatus.ts';

/** The whole park, one building, or one floor. */
export interface RegisterScope {
  buildingId?: string;
  floorId?: string;
}

export interface RegisterRow {
  id: string;
  type: FireDeviceType;
  /** extinguisher rating, door fire rating (A/B/C), sign kind (exit/direction); null when none */
  rating: string | null;
  buildingId: string;
  buildingName: string;
  floorId: string;
  floorName: string;
  /** the floor's level, for sorting floors in order */
  level: number;
  /** the zone (room) it stands in; null outside every zone */
  zoneName: string | null;
  at: Point;
  lastInspected: string | null;
  nextDue: string | null;
  status: InspectionStatus;
  daysSince: number | null;
  intervalDays: number;
  /** the log of this device, oldest first */
  history: readonly Inspection[];
  /** defect entries not followed by a pass */
  defects: readonly Inspection[];
  /** open reviews with an owner or due date: the defect's action and actions on findings about the device */
  actions: readonly Review[];
  /** open defects plus open actions not of a listed defect */
  openDefects: number;
  /** the key an action on this device is kept under: its defect's when it has one, else its inspection finding's */
  actionKey: string;
}

export interface Register {
  asOf: string;
  policy: InspectionPolicy;
  rows: RegisterRow[];
  counts: Record<InspectionStatus, number>;
}

export interface RegisterOptions {
  /** YYYY-MM-DD the statuses are as of */
  asOf: string;
  /** default: the plan's profile with its overrides */
  profile?: ResolvedProfile;
}

/** The rule that reports a device type's inspection (its finding key names the device). */
export function inspectionRuleOf(type: FireDeviceType): string {
  return type === 'extinguisher' ? 'fire.extinguisher-inspection' : 'fire.equipment-inspection';
}

/** The scope's buildings and floors (floors by level); null when an id is not in the plan or the floor is not in the building. */
export function scopeFloors(plan: PlanDocument, scope: RegisterScope): { building: Building; floor: Floor }[] | null {
  const out: { building: Building; floor: Floor }[] = [];
  const buildings = scope.buildingId ? plan.site.buildings.filter((b) => b.id === scope.buildingId) : plan.site.buildings;
  if (buildings.length === 0 && scope.buildingId) return null;
  for (const building of buildings) {
    const floors = [...building.floors].sort((a, b) => a.level - b.level);
    for (const floor of floors) if (!scope.floorId || floor.id === scope.floorId) out.push({ building, floor });
  }
  if (scope.floorId && out.length === 0) return null;
  return out;
}

interface PlacedDevice {
  id: string;
  type: FireDeviceType;
  rating: string | null;
  at: Point;
  zoneName: string | null;
  lastInspected: string | undefined;
}

/** Devices of a floor with their zone names, worked out once per floor object. */
const placedCache = new WeakMap<Floor, PlacedDevice[]>();
function placedDevices(floor: Floor): PlacedDevice[] {
  let placed = placedCache.get(floor);
  if (!placed) {
    const locator = zoneLocator(floor);
    placed = fireDevicesOf(floor).map((d) => ({
      id: d.id,
      type: d.type,
      rating: d.rating,
      at: d.at,
      zoneName: locator.zoneAt(d.at)?.name ?? null,
      lastInspected: d.element.lastInspected,
    }));
    placedCache.set(floor, placed);
  }
  return placed;
}

/** Open reviews that are actions (an owner or a due date), by the device ids their keys name. */
function openActionsByDevice(reviews: readonly Review[] | undefined): Map<string, Review[]> {
  const byDevice = new Map<string, Review[]>();
  for (const r of reviews ?? []) {
    if (r.decision !== 'open' || (!r.owner && !r.due)) continue;
    const parsed = parseFindingKey(r.findingKey);
    if (!parsed) continue;
    for (const id of parsed.elementIds) {
      const list = byDevice.get(id);
      if (list) list.push(r);
      else byDevice.set(id, [r]);
    }
  }
  return byDevice;
}

const NO_ENTRIES: readonly Inspection[] = [];
const NO_REVIEWS: readonly Review[] = [];

export function emptyCounts(): Record<InspectionStatus, number> {
  return Object.fromEntries(INSPECTION_STATUSES.map((s) => [s, 0])) as Record<InspectionStatus, number>;
}

/** One row of the register: the device's state as of a date. */
function registerRow(
  building: Building,
  floor: Floor,
  d: PlacedDevice,
  log: DeviceLog | undefined,
  actions: readonly Review[],
  policy: InspectionPolicy,
  asOf: string,
): RegisterRow {
  const last = latestInspection(d.lastInspected, log);
  const interval = policy.intervals[d.type].days;
  const state = inspectionState(last, asOf, interval, policy.dueSoonDays);
  const defects = log?.openDefects ?? NO_ENTRIES;
  const defectKey = inspectionActionKey(building.id, floor.id, d.id);
  const otherActions = defects.length > 0 ? actions.filter((a) => a.findingKey !== defectKey) : actions;
  return {
    id: d.id,
    type: d.type,
    rating: d.rating,
    buildingId: building.id,
    buildingName: building.name,
    floorId: floor.id,
    floorName: floor.name,
    level: floor.level,
    zoneName: d.zoneName,
    at: d.at,
    lastInspected: last,
    nextDue: state.nextDue,
    status: state.status,
    daysSince: state.daysSince,
    intervalDays: interval,
    history: log?.entries ?? NO_ENTRIES,
    defects,
    actions,
    openDefects: defects.length + otherActions.length,
    actionKey: defects.length > 0 || actions.some((a) => isInspectionActionKey(a.findingKey)) ? defectKey : `${inspectionRuleOf(d.type)}|${building.id}|${floor.id}|${d.id}`,
  };
}

/** The register of a scope as of a date; null when the scope is not in the plan. */
export function buildRegister(plan: PlanDocument, scope: RegisterScope, options: RegisterOptions): Register | null {
  const floors = scopeFloors(plan, scope);
  if (!floors) return null;
  const policy = inspectionPolicy(options.profile ?? resolveProfile(plan));
  const logs = inspectionLogIndex(plan.inspections);
  const actions = openActionsByDevice(plan.reviews);
  const rows: RegisterRow[] = [];
  const counts = emptyCounts();
  for (const { building, floor } of floors) {
    for (const d of placedDevices(floor)) {
      const row = registerRow(building, floor, d, logs.get(d.id), actions.get(d.id) ?? NO_REVIEWS, policy, options.asOf);
      counts[row.status]++;
      rows.push(row);
    }
  }
  return { asOf: options.asOf, policy, rows, counts };
}

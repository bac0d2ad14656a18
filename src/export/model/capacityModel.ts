// The capacity report as data: summary, site indicators, stack plan, zone tables, assumptions.
import { floorSeats } from '../../floorplan/queries/seats.ts';
import type { PlanDocument, Profile, RoleCounts, ZoneUse } from '../../floorplan/index.ts';
import { ZONE_USES } from '../../floorplan/types.ts';
import { countStatuses, type ReportedCapacityLimit, type ReportedFloorCapacity, type ReportedRun, type StatusCounts } from '../../rules/results.ts';
import { findingsInScope } from './findingsInScope.ts';
import type { ReportMeta } from './meta.ts';
import { resolveScope, scopeName, scopedFloors, type ReportScope } from './scope.ts';
import { siteIndicators, type Indicator } from './siteIndicators.ts';
import { profileOutcome, profilesIn, type ProfileOutcome } from '../../rules/demand/demandTargets.ts';
import { buildEconomicsModel, type EconomicsReportModel } from './economicsModel.ts';

export interface ZoneRow {
  zoneId: string;
  name: string;
  use: ZoneUse;
  area: number;
  seats: number;
  /** area ÷ seats; null without seats */
  areaPerSeat: number | null;
  illuminance: number | null;
  freshAirPerPerson: number | null;
}

export interface FloorCapacityRow {
  buildingId: string;
  buildingName: string;
  floorId: string;
  name: string;
  level: number;
  seats: number;
  byRole: RoleCounts;
  grossArea: number;
  usableArea: number;
  /** seats whose occupant point lies in no zone */
  unzoned: number;
  zones: ZoneRow[];
  /** area by zone use, uses with no area left out, in ZONE_USES order (the stack plan's bar) */
  useAreas: { use: ZoneUse; area: number }[];
  capacity: ReportedFloorCapacity | null;
}

export interface BuildingStack {
  buildingId: string;
  name: string;
  /** bottom to top */
  floors: FloorCapacityRow[];
}

export interface BindingLimit {
  floorId: string;
  floorName: string;
  buildingName: string;
  limit: ReportedCapacityLimit & { allows: number };
  seats: number;
}

export interface CapacitySummary {
  seats: number;
  byRole: RoleCounts;
  grossArea: number;
  usableArea: number;
  workArea: number;
  workSeats: number;
  /** gross floor area ÷ seats */
  areaPerSeatGross: number | null;
  /** work-zone area ÷ seats in work zones */
  areaPerSeatWork: number | null;
  /** Σ over floors of the smallest limit; null when the rules gave no capacity */
  compliant: number | null;
  /** the floor limit with the least headroom (most negative = most over) */
  binding: BindingLimit | null;
  counts: StatusCounts;
}

export interface CapacityReportModel {
  kind: 'capacity';
  meta: ReportMeta;
  scope: ReportScope;
  scopeName: string;
  summary: CapacitySummary;
  indicators: Indicator[];
  stacks: BuildingStack[];
  floors: FloorCapacityRow[];
  profile: Profile;
  /** the demand profiles within the scope, each worked out into agents and seats (docs/demand.md) */
  demand: ProfileOutcome[];
  /** tenants, phases and investment (docs/economics.md); null when the plan states none of them */
  economics: EconomicsReportModel | null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function buildCapacityModel(plan: PlanDocument, rules: ReportedRun, meta: ReportMeta, scope: ReportScope): CapacityReportModel | null {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return null;
  const zoneAnalysis = new Map((rules.analysis?.floors ?? []).flatMap((f) => f.zones.map((z) => [`${f.id}|${z.id}`, z] as const)));
  const capacityByFloor = new Map((rules.capacity?.buildings ?? []).flatMap((b) => b.floors.map((c) => [c.id, c] as const)));

  const stacks: BuildingStack[] = scoped.buildings.map(({ building, floors }) => ({
    buildingId: building.id,
    name: building.name,
    floors: floors.map((floor): FloorCapacityRow => {
      const s = floorSeats(building, floor);
      return {
        buildingId: building.id,
        buildingName: building.name,
        floorId: floor.id,
        name: floor.name,
        level: floor.level,
        seats: s.seats,
        byRole: s.byRole,
        grossArea: s.grossArea,
        usableArea: s.usableArea,
        unzoned: s.unzoned,
        zones: s.zones.map((z) => {
          const a = zoneAnalysis.get(`${floor.id}|${z.zoneId}`);
          return {
            zoneId: z.zoneId,
            name: z.name,
            use: z.use,
            area: z.area,
            seats: z.seats,
            areaPerSeat: ratio(z.area, z.seats),
            illuminance: a?.illuminance ?? null,
            freshAirPerPerson: a?.freshAirPerPerson ?? null,
          };
        }),
        useAreas: ZONE_USES.map((use) => ({ use, area: s.byUse[use].area })).filter((u) => u.area > 0),
        capacity: capacityByFloor.get(floor.id) ?? null,
      };
    }),
  }));
  const floors = stacks.flatMap((s) => s.floors);

  const byRole: RoleCounts = { agent: 0, leader: 0, supervisor: 0 };
  let seats = 0, grossArea = 0, usableArea = 0, workArea = 0, workSeats = 0;
  for (const f of floors) {
    seats += f.seats;
    grossArea += f.grossArea;
    usableArea += f.usableArea;
    byRole.agent += f.byRole.agent;
    byRole.leader += f.byRole.leader;
    byRole.supervisor += f.byRole.supervisor;
    for (const z of f.zones) {
      if (z.use !== 'work') continue;
      workArea += z.area;
      workSeats += z.seats;
    }
  }

  let compliant: number | null = null;
  let binding: BindingLimit | null = null;
  let bindingHeadroom = Infinity;
  for (const f of floors) {
    const c = f.capacity;
    if (!c || c.capacity === null) continue;
    compliant = (compliant ?? 0) + c.capacity;
    const limit = c.limits.find((l) => l.id === c.binding);
    const allows = limit?.allows ?? null;
    if (limit && allows !== null && allows - f.seats < bindingHeadroom) {
      bindingHeadroom = allows - f.seats;
      binding = { floorId: f.floorId, floorName: f.name, buildingName: f.buildingName, limit: { ...limit, allows }, seats: f.seats };
    }
  }

  return {
    kind: 'capacity',
    meta,
    scope,
    scopeName: scopeName(plan, scoped),
    summary: {
      seats,
      byRole,
      grossArea,
      usableArea,
      workArea,
      workSeats,
      areaPerSeatGross: ratio(grossArea, seats),
      areaPerSeatWork: ratio(workArea, workSeats),
      compliant,
      binding,
      counts: countStatuses(findingsInScope(rules.findings, scoped)),
    },
    indicators: siteIndicators(plan),
    stacks,
    floors,
    profile: plan.profile ?? { base: 'gb', overrides: {} },
    demand: profilesIn(plan, scope).map((p) => profileOutcome(plan, p)),
    economics: buildEconomicsModel(plan, rules, scope),
  };
}

/** Floors in scope without building the whole model (for progress estimates). */
export function floorCount(plan: PlanDocument, scope: ReportScope): number {
  const scoped = resolveScope(plan, scope);
  return scoped ? scopedFloors(scoped).length : 0;
}

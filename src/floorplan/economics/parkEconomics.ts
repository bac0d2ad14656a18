// The park's economics in one pass: occupancy from the tenants, money per floor, building, phase
// and park, the tenant table and compliance per phase (docs/economics.md). Pure: the rules run
// is passed in (its findings), never made here.
import { floorGrossArea } from '../queries/areas.ts';
import { floorsByLevel } from '../queries/lookup.ts';
import type { Building, Floor, PlanDocument } from '../types.ts';
import { planCosts, type ResolvedCosts } from './costParameters.ts';
import { moneyFigures, type MoneyFigures } from './investment.ts';
import { leaseMonths } from './leases.ts';
import { occupancy, type Occupancy, type OccupancyOptions, type OccupancyProblem } from './occupancy.ts';

/** What economics reads of a finding (a subset of the rules engine's Finding). */
export interface FindingLike {
  status: string;
  where: { buildingId?: string; floorId?: string };
}

export interface ComplianceCounts {
  fail: number;
  warn: number;
}

export interface PhaseEconomics extends MoneyFigures {
  /** null: the floors that name no phase */
  phaseId: string | null;
  name: string;
  start?: string;
  end?: string;
  buildingIds: string[];
  floorIds: string[];
  /** findings on the phase's floors and of its buildings' own (floorless) findings; null without a rules run */
  compliance: ComplianceCounts | null;
}

export interface TenantEconomics {
  tenantId: string;
  name: string;
  /** floors where it has seats, as "building floor" */
  floorNames: string[];
  leased: number;
  occupied: number;
  leaseStart?: string;
  leaseEnd?: string;
  /** whole months of the lease; null without both dates */
  leaseMonths: number | null;
  rentPerSeatMonth: number | null;
  /** rentPerSeatMonth × occupied */
  rentPerMonth: number;
  /** rent over the lease: rentPerMonth × (leaseMonths − rentFreeMonths), at least 0; null without dates */
  leaseIncome: number | null;
}

export type EconomicsProblem = OccupancyProblem | { kind: 'unknown-phase'; phaseId: string };

export interface ParkEconomics {
  currency: string;
  costs: ResolvedCosts;
  occupancy: Occupancy;
  park: MoneyFigures;
  /** plan phases in order, then unknown phase ids, then the unphased floors (when there are any) */
  phases: PhaseEconomics[];
  tenants: TenantEconomics[];
  problems: EconomicsProblem[];
}

export interface EconomicsOptions extends OccupancyOptions {
  /** the findings of a rules run of this plan (for compliance per phase) */
  findings?: readonly FindingLike[];
}

/** The phase a floor is built in: its own, else its building's; undefined: none named. */
export function floorPhase(building: Building, floor: Floor): string | undefined {
  return floor.phase ?? building.phase;
}

interface FloorFacts {
  building: Building;
  floor: Floor;
  phase: string | null;
  seats: number;
  occupied: number;
  grossArea: number;
  rentIncomeMonth: number;
}

export function parkEconomics(plan: PlanDocument, options: EconomicsOptions = {}): ParkEconomics {
  const costs = planCosts(plan);
  const occ = occupancy(plan, options);
  const rentOf = new Map((plan.tenants ?? []).map((t) => [t.id, t.rentPerSeatMonth ?? 0]));
  const occByFloor = new Map(occ.buildings.flatMap((b) => b.floors.map((f) => [f.floorId, f] as const)));
  const facts: FloorFacts[] = plan.site.buildings.flatMap((building) =>
    floorsByLevel(building).map((floor) => {
      const o = occByFloor.get(floor.id);
      return {
        building,
        floor,
        phase: floorPhase(building, floor) ?? null,
        seats: floor.workstations.length,
        occupied: o?.occupied ?? 0,
        grossArea: floorGrossArea(building, floor),
        rentIncomeMonth: (o?.byTenant ?? []).reduce((sum, t) => sum + t.seats * (rentOf.get(t.tenantId) ?? 0), 0),
      };
    }),
  );
  const siteGrossArea = facts.reduce((s, f) => s + f.grossArea, 0);
  const sum = (list: FloorFacts[]): MoneyFigures =>
    moneyFigures(
      {
        seats: list.reduce((n, f) => n + f.seats, 0),
        occupied: list.reduce((n, f) => n + f.occupied, 0),
        grossArea: list.reduce((n, f) => n + f.grossArea, 0),
        siteGrossArea,
        rentIncomeMonth: list.reduce((n, f) => n + f.rentIncomeMonth, 0),
      },
      costs,
    );

  const problems: EconomicsProblem[] = [...occ.problems];
  const known = new Set((plan.phases ?? []).map((p) => p.id));
  const order: { id: string | null; name: string; start?: string; end?: string }[] = (plan.phases ?? []).map((p) => ({ id: p.id, name: p.name, ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}) }));
  for (const f of facts) {
    if (f.phase !== null && !known.has(f.phase)) {
      known.add(f.phase);
      order.push({ id: f.phase, name: f.phase });
      problems.push({ kind: 'unknown-phase', phaseId: f.phase });
    }
  }
  if (facts.some((f) => f.phase === null)) order.push({ id: null, name: '' });

  const findings = options.findings;
  const phases: PhaseEconomics[] = order.map((p) => {
    const list = facts.filter((f) => f.phase === p.id);
    const floorIds = new Set(list.map((f) => f.floor.id));
    const buildingIds = [...new Set(list.map((f) => f.building.id))];
    // a building's own findings belong to the phase the building is built in
    const ownBuildings = new Set(plan.site.buildings.filter((b) => (b.phase ?? null) === p.id).map((b) => b.id));
    let compliance: ComplianceCounts | null = null;
    if (findings) {
      compliance = { fail: 0, warn: 0 };
      for (const finding of findings) {
        const { floorId, buildingId } = finding.where;
        const inPhase = floorId !== undefined ? floorIds.has(floorId) : buildingId !== undefined && ownBuildings.has(buildingId);
        if (!inPhase) continue;
        if (finding.status === 'fail') compliance.fail++;
        else if (finding.status === 'warn') compliance.warn++;
      }
    }
    return { phaseId: p.id, name: p.name, ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}), buildingIds, floorIds: [...floorIds], ...sum(list), compliance };
  });

  const floorName = new Map(facts.map((f) => [f.floor.id, `${f.building.name} ${f.floor.name}`]));
  const tenants: TenantEconomics[] = (plan.tenants ?? []).map((t, i) => {
    const o = occ.tenants[i]!;
    const rate = t.rentPerSeatMonth ?? null;
    const rentPerMonth = (rate ?? 0) * o.occupied;
    const months = leaseMonths(t.leaseStart, t.leaseEnd);
    return {
      tenantId: t.id,
      name: t.name,
      floorNames: o.floorIds.map((id) => floorName.get(id) ?? id),
      leased: o.leased,
      occupied: o.occupied,
      ...(t.leaseStart ? { leaseStart: t.leaseStart } : {}),
      ...(t.leaseEnd ? { leaseEnd: t.leaseEnd } : {}),
      leaseMonths: months,
      rentPerSeatMonth: rate,
      rentPerMonth,
      leaseIncome: months === null ? null : rentPerMonth * Math.max(0, months - costs.rentFreeMonths),
    };
  });

  return { currency: costs.currency, costs, occupancy: occ, park: sum(facts), phases, tenants, problems };
}

/** Money figures of one building or one floor of the park (presentation KPIs, panels). */
export function economicsOf(plan: PlanDocument, scope: { buildingId?: string; floorId?: string }, options: OccupancyOptions = {}): MoneyFigures | null {
  const costs = planCosts(plan);
  const occ = occupancy(plan, options);
  const rentOf = new Map((plan.tenants ?? []).map((t) => [t.id, t.rentPerSeatMonth ?? 0]));
  const siteGrossArea = plan.site.buildings.reduce((s, b) => s + b.floors.reduce((n, f) => n + floorGrossArea(b, f), 0), 0);
  const floors = occ.buildings.flatMap((b) => b.floors.map((f) => ({ b, f })));
  const chosen = floors.filter(({ b, f }) => (scope.floorId ? f.floorId === scope.floorId : scope.buildingId ? b.buildingId === scope.buildingId : true));
  if (chosen.length === 0 && (scope.floorId || scope.buildingId)) return null;
  let grossArea = 0;
  for (const { b, f } of chosen) {
    const building = plan.site.buildings.find((x) => x.id === b.buildingId)!;
    grossArea += floorGrossArea(building, building.floors.find((x) => x.id === f.floorId)!);
  }
  return moneyFigures(
    {
      seats: chosen.reduce((n, { f }) => n + f.seats, 0),
      occupied: chosen.reduce((n, { f }) => n + f.occupied, 0),
      grossArea,
      siteGrossArea,
      rentIncomeMonth: chosen.reduce((n, { f }) => n + f.byTenant.reduce((s, t) => s + t.seats * (rentOf.get(t.tenantId) ?? 0), 0), 0),
    },
    costs,
  );
}

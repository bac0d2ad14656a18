// The park's economics as the capacity report prints them: a page per phase, the tenant table
// and the seats per tenant on each floor of the stack plan. Only for plans that state tenants,
// phases or costs; within a building or floor scope, the phases and tenants that touch it.
import { parkEconomics, type EconomicsProblem, type PhaseEconomics, type TenantEconomics } from '../../floorplan/economics/parkEconomics.ts';
import type { ResolvedCosts } from '../../floorplan/economics/costParameters.ts';
import type { MoneyFigures } from '../../floorplan/economics/investment.ts';
import type { TenantSeats } from '../../floorplan/economics/occupancy.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import type { ReportedRun } from '../../rules/results.ts';
import { resolveScope, scopedFloors, type ReportScope } from './scope.ts';

export interface FloorTenants {
  seats: number;
  occupied: number;
  byTenant: TenantSeats[];
}

export interface EconomicsReportModel {
  currency: string;
  costs: ResolvedCosts;
  /** the whole park (a phase's land share is of the whole site) */
  park: MoneyFigures;
  phases: PhaseEconomics[];
  tenants: TenantEconomics[];
  /** tenant ids in plan order: their colour in the stack plan */
  tenantOrder: string[];
  tenantNames: Record<string, string>;
  /** per floor id in scope */
  floors: Record<string, FloorTenants>;
  problems: EconomicsProblem[];
}

export function buildEconomicsModel(plan: PlanDocument, rules: ReportedRun, scope: ReportScope): EconomicsReportModel | null {
  if (!plan.tenants?.length && !plan.phases?.length && !plan.costs) return null;
  const scoped = resolveScope(plan, scope);
  if (!scoped) return null;
  const inScope = new Set(scopedFloors(scoped).map((f) => f.floor.id));
  const e = parkEconomics(plan, { findings: rules.findings });
  const floors: Record<string, FloorTenants> = {};
  for (const b of e.occupancy.buildings) for (const f of b.floors) if (inScope.has(f.floorId)) floors[f.floorId] = { seats: f.seats, occupied: f.occupied, byTenant: f.byTenant };
  const tenantsInScope = new Set(Object.values(floors).flatMap((f) => f.byTenant.map((t) => t.tenantId)));
  const park = scope.kind === 'park';
  return {
    currency: e.currency,
    costs: e.costs,
    park: e.park,
    phases: e.phases.filter((p) => park || p.floorIds.some((id) => inScope.has(id))),
    tenants: e.tenants.filter((t) => park || tenantsInScope.has(t.tenantId)),
    tenantOrder: (plan.tenants ?? []).map((t) => t.id),
    tenantNames: Object.fromEntries((plan.tenants ?? []).map((t) => [t.id, t.name])),
    floors,
    problems: e.problems,
  };
}

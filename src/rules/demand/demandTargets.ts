// Demand against the plan: the seats a profile's scope has, how many it needs, and the seat
// target of a floor, a building or the park (the sum of its profiles' seats needed) — the number
// auto-layout and the capacity report compare against.
import { findBuilding, findFloor } from '../../floorplan/queries/lookup.ts';
import type { DemandProfile, DemandScope, PlanDocument } from '../../floorplan/types.ts';
import { staffDemand, type DemandResult } from './staffing.ts';

export type DemandScopeKind = 'floor' | 'building' | 'tenant' | 'park';

export interface ScopeSeats {
  kind: DemandScopeKind;
  /** the floor's, building's or tenant's name; '' for the park */
  name: string;
  /** seats (workstations) the scope has; null when the plan cannot tell (unknown id, a tenant leasing zones only) */
  seats: number | null;
}

const floorSeats = (plan: PlanDocument, floorId: string): number | null => findFloor(plan, floorId)?.floor.workstations.length ?? null;

/**
 * Seats of what a profile is for. The narrowest id wins: a floor, else a building, else a
 * tenant (its leased seats, or every seat of its leased floors), else the whole park.
 */
export function scopeSeats(plan: PlanDocument, scope: DemandScope): ScopeSeats {
  if (scope.floorId) {
    const ref = findFloor(plan, scope.floorId);
    return { kind: 'floor', name: ref ? `${ref.building.name} ${ref.floor.name}` : scope.floorId, seats: ref ? ref.floor.workstations.length : null };
  }
  if (scope.buildingId) {
    const building = findBuilding(plan, scope.buildingId);
    return { kind: 'building', name: building?.name ?? scope.buildingId, seats: building ? building.floors.reduce((n, f) => n + f.workstations.length, 0) : null };
  }
  if (scope.tenantId) {
    const tenant = plan.tenants?.find((t) => t.id === scope.tenantId);
    if (!tenant) return { kind: 'tenant', name: scope.tenantId, seats: null };
    if (typeof tenant.seats === 'number') return { kind: 'tenant', name: tenant.name, seats: tenant.seats };
    const floors = (tenant.floorIds ?? []).map((id) => floorSeats(plan, id));
    // seats of leased zones need the zones' outlines: not counted here, so no figure rather than a wrong one
    const known = floors.length > 0 && !(tenant.zoneIds?.length) && floors.every((n) => n !== null);
    return { kind: 'tenant', name: tenant.name, seats: known ? floors.reduce<number>((a, b) => a + (b ?? 0), 0) : null };
  }
  return { kind: 'park', name: '', seats: plan.site.buildings.reduce((n, b) => n + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0) };
}

export interface SeatComparison {
  needed: number;
  have: number | null;
  /** have − needed: spare seats when ≥ 0, short by −balance when < 0; null without a seat count */
  balance: number | null;
}

export function compareSeats(needed: number, have: number | null): SeatComparison {
  return { needed, have, balance: have === null ? null : have - needed };
}

export interface ProfileOutcome {
  profile: DemandProfile;
  /** null: the inputs have problems */
  result: DemandResult | null;
  scope: ScopeSeats;
  comparison: SeatComparison | null;
}

export function profileOutcome(plan: PlanDocument, profile: DemandProfile): ProfileOutcome {
  const result = staffDemand(profile);
  const scope = scopeSeats(plan, profile.scope);
  return { profile, result, scope, comparison: result ? compareSeats(result.seatsNeeded, scope.seats) : null };
}

export type TargetScope = { kind: 'park' } | { kind: 'building'; buildingId: string } | { kind: 'floor'; floorId: string };

/** Profiles whose scope lies within a floor, a building (its floors included) or the park (all). */
export function profilesIn(plan: PlanDocument, target: TargetScope): DemandProfile[] {
  const profiles = plan.demand ?? [];
  if (target.kind === 'park') return [...profiles];
  if (target.kind === 'floor') return profiles.filter((p) => p.scope.floorId === target.floorId);
  const building = findBuilding(plan, target.buildingId);
  const floorIds = new Set(building?.floors.map((f) => f.id) ?? []);
  return profiles.filter((p) => (p.scope.floorId ? floorIds.has(p.scope.floorId) : p.scope.buildingId === target.buildingId));
}

/** Seats needed by the demand within a scope (the sum over its profiles); null when it has no computable profile. */
export function demandTarget(plan: PlanDocument, target: TargetScope): number | null {
  const results = profilesIn(plan, target).map(staffDemand).filter((r): r is DemandResult => r !== null);
  return results.length ? results.reduce((n, r) => n + r.seatsNeeded, 0) : null;
}

// What a report or export covers: the whole park, one building or one floor.
import { findBuilding, findFloor, floorsByLevel, type FloorRef } from '../../floorplan/queries/lookup.ts';
import type { Building, PlanDocument } from '../../floorplan/types.ts';

export type ReportScope = { kind: 'park' } | { kind: 'building'; buildingId: string } | { kind: 'floor'; floorId: string };

/** `park`, `building:<id>` or `floor:<id>`; null when the text is none of these. */
export function parseScope(text: string | undefined): ReportScope | null {
  if (text === undefined || text === 'park') return { kind: 'park' };
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (!id) return null;
  if (kind === 'building') return { kind: 'building', buildingId: id };
  if (kind === 'floor') return { kind: 'floor', floorId: id };
  return null;
}

export function formatScope(scope: ReportScope): string {
  if (scope.kind === 'park') return 'park';
  return scope.kind === 'building' ? `building:${scope.buildingId}` : `floor:${scope.floorId}`;
}

export interface ScopedPlan {
  scope: ReportScope;
  /** buildings touched by the scope, with only the floors in scope, floors bottom to top */
  buildings: { building: Building; floors: FloorRef['floor'][] }[];
}

/** The buildings and floors a scope covers, or null when its id is not in the plan. */
export function resolveScope(plan: PlanDocument, scope: ReportScope): ScopedPlan | null {
  if (scope.kind === 'park') {
    return { scope, buildings: plan.site.buildings.map((building) => ({ building, floors: floorsByLevel(building) })) };
  }
  if (scope.kind === 'building') {
    const building = findBuilding(plan, scope.buildingId);
    return building ? { scope, buildings: [{ building, floors: floorsByLevel(building) }] } : null;
  }
  const ref = findFloor(plan, scope.floorId);
  return ref ? { scope, buildings: [{ building: ref.building, floors: [ref.floor] }] } : null;
}

export function scopedFloors(scoped: ScopedPlan): FloorRef[] {
  return scoped.buildings.flatMap(({ building, floors }) => floors.map((floor) => ({ building, floor })));
}

/** Human label: the park's name, the building's name, or building + floor names. */
export function scopeName(plan: PlanDocument, scoped: ScopedPlan): string {
  const first = scoped.buildings[0];
  if (scoped.scope.kind === 'park' || !first) return plan.name;
  if (scoped.scope.kind === 'building') return first.building.name;
  return `${first.building.name} ${first.floors[0]?.name ?? ''}`.trim();
}

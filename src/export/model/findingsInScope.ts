// Which findings belong to a report's scope (counting them: countStatuses in src/rules/results.ts).
import type { Finding } from '../../rules/results.ts';
import type { ScopedPlan } from './scope.ts';

/**
 * Park scope: every finding. Building scope: findings located in that building (site-wide
 * findings without a building are left out). Floor scope: findings on that floor, plus the
 * building's own findings that name no floor (e.g. functional areas of the building).
 */
export function findingsInScope(findings: readonly Finding[], scoped: ScopedPlan): Finding[] {
  if (scoped.scope.kind === 'park') return [...findings];
  const buildingIds = new Set(scoped.buildings.map((b) => b.building.id));
  const floorIds = new Set(scoped.buildings.flatMap((b) => b.floors.map((f) => f.id)));
  return findings.filter((f) => {
    if (f.where.floorId !== undefined) return floorIds.has(f.where.floorId);
    return f.where.buildingId !== undefined && buildingIds.has(f.where.buildingId);
  });
}

// Seat counts for the header and navigator: plain counts of workstations (no zone lookups).
import type { Building, PlanDocument } from '../floorplan/types.ts';

export function buildingSeatCount(building: Building): number {
  return building.floors.reduce((n, f) => n + f.workstations.length, 0);
}

export function siteSeatCount(plan: PlanDocument): number {
  return plan.site.buildings.reduce((n, b) => n + buildingSeatCount(b), 0);
}

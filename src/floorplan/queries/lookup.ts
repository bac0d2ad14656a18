// Finding things in a plan by id.
import type { Building, Floor, PlanDocument } from '../types.ts';

export interface FloorRef {
  building: Building;
  floor: Floor;
}

export function findBuilding(plan: PlanDocument, buildingId: string): Building | undefined {
  return plan.site.buildings.find((b) => b.id === buildingId);
}

export function findFloor(plan: PlanDocument, floorId: string): FloorRef | undefined {
  for (const building of plan.site.buildings) {
    const floor = building.floors.find((f) => f.id === floorId);
    if (floor) return { building, floor };
  }
  return undefined;
}

export function allFloors(plan: PlanDocument): FloorRef[] {
  return plan.site.buildings.flatMap((building) => building.floors.map((floor) => ({ building, floor })));
}

/** Floors ordered bottom to top by level. */
export function floorsByLevel(building: Building): Floor[] {
  return [...building.floors].sort((a, b) => a.level - b.level);
}

/**
 * Storeys of a building above ground: its stated `storeys` where given, never fewer than the
 * highest level among its floors (a plan may list only some floors).
 */
export function storeys(building: Building): number {
  return Math.max(building.storeys ?? 0, building.floors.reduce((max, f) => Math.max(max, f.level), 0));
}

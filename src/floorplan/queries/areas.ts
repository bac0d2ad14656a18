// Areas of zones, floors, buildings and the site (m²), as docs/plan-format.md defines them.
import { polygonArea } from '../geometry/polygon.ts';
import type { Building, Floor, PlanDocument } from '../types.ts';

/** Gross floor area: the building's footprint area unless the floor gives `grossArea`. */
export function floorGrossArea(building: Building, floor: Floor): number {
  return floor.grossArea ?? polygonArea(building.footprint);
}

/** Usable floor plate: the area inside the outline (inner face of the exterior walls). */
export function floorUsableArea(floor: Floor): number {
  return polygonArea(floor.outline);
}

export function buildingGrossArea(building: Building): number {
  return building.floors.reduce((sum, f) => sum + floorGrossArea(building, f), 0);
}

export interface SiteFigures {
  parcelArea: number;
  footprintArea: number;
  grossFloorArea: number;
  greenArea: number;
  /** 容积率 */
  far: number;
  /** 建筑密度 */
  coverage: number;
  /** 绿地率 */
  greenRatio: number;
  maxBuildingHeight: number;
}

export function siteFigures(plan: PlanDocument): SiteFigures {
  const parcelArea = polygonArea(plan.site.boundary);
  const footprintArea = plan.site.buildings.reduce((s, b) => s + polygonArea(b.footprint), 0);
  const grossFloorArea = plan.site.buildings.reduce((s, b) => s + buildingGrossArea(b), 0);
  const greenArea = plan.site.green.reduce((s, g) => s + polygonArea(g), 0);
  const ratio = (x: number): number => (parcelArea > 0 ? x / parcelArea : 0);
  return {
    parcelArea,
    footprintArea,
    grossFloorArea,
    greenArea,
    far: ratio(grossFloorArea),
    coverage: ratio(footprintArea),
    greenRatio: ratio(greenArea),
    maxBuildingHeight: plan.site.buildings.reduce((m, b) => Math.max(m, b.height), 0),
  };
}

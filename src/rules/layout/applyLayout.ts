// A layout put into the plan (the command line's --out, building mode), and every floor of a
// building laid out in turn. The plan is changed the way the app's Apply changes it
// (replaceWorkstations: the target zones' desks, and with services their luminaires and outlets),
// with shallow copies down to the floor.
import { deskInZones, pointInZonesOnly } from '../../floorplan/commands/replaceWorkstations.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import { demandTarget } from '../demand/demandTargets.ts';
import { autoLayout, type LayoutProblem, type LayoutProgress, type LayoutRequest, type LayoutResult } from './autoLayout.ts';
import { planWithDesks } from './judge.ts';

/** The plan with one variant (default the first) in place of the target zones' desks, luminaires and outlets. */
export function planWithLayout(plan: PlanDocument, result: LayoutResult, variantIndex = 0): PlanDocument {
  const floor = plan.site.buildings.find((b) => b.id === result.buildingId)!.floors.find((f) => f.id === result.floorId)!;
  const zones = floor.zones.filter((z) => result.zoneIds.includes(z.id));
  const variant = result.variants[variantIndex]!;
  const others = floor.workstations.filter((ws) => !deskInZones(ws, zones));
  const services = variant.services
    ? {
        luminaires: [...floor.luminaires.filter((l) => !pointInZonesOnly(l.at, zones, floor.zones)), ...variant.services.luminaires],
        airTerminals: [...floor.airTerminals.filter((t) => !pointInZonesOnly(t.at, zones, floor.zones)), ...variant.services.airTerminals],
      }
    : null;
  return planWithDesks(plan, result.buildingId, result.floorId, [...others, ...variant.workstations], services);
}

export interface BuildingLayout {
  buildingId: string;
  /** per floor, lowest first: its layout, or why it was not laid out (no work zone) */
  floors: { floorId: string; result: LayoutResult | LayoutProblem }[];
  /** the plan with every floor's first variant applied */
  plan: PlanDocument;
  /** seats of the building after the layouts */
  seats: number;
  /** seats the building's demand profiles need (its floors' included), null without any */
  seatsNeeded: number | null;
  ms: number;
}

/**
 * Lays out every floor of a building, lowest first, each on the plan with the floors below
 * already laid out (the building's rules, stair width, see their persons). The request's floor
 * and zones are ignored: each floor's work zones are laid out.
 */
export function layoutBuilding(plan: PlanDocument, buildingId: string, request: Omit<LayoutRequest, 'floorId' | 'zoneIds'>, onProgress?: (floorIndex: number, floorCount: number, p: LayoutProgress) => void): BuildingLayout | LayoutProblem {
  const t0 = performance.now();
  const building = plan.site.buildings.find((b) => b.id === buildingId);
  if (!building) return { problem: 'noBuilding', detail: buildingId };
  const order = [...building.floors].sort((a, b) => a.level - b.level);
  let current = plan;
  const floors: BuildingLayout['floors'] = [];
  order.forEach((f, i) => {
    const result = autoLayout(current, { ...request, floorId: f.id }, (p) => onProgress?.(i, order.length, p));
    floors.push({ floorId: f.id, result });
    if (!('problem' in result) && result.variants[0]?.passes) current = planWithLayout(current, result);
  });
  const after = current.site.buildings.find((b) => b.id === buildingId)!;
  return {
    buildingId,
    floors,
    plan: current,
    seats: after.floors.reduce((n, f) => n + f.workstations.length, 0),
    seatsNeeded: demandTarget(current, { kind: 'building', buildingId }),
    ms: Math.round(performance.now() - t0),
  };
}

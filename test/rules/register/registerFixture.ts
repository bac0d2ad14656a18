// A small plan for the register tests: the spec example's floor A-3F (zones 话务一区 and 休息区)
// with one device of every type the register lists, and a second floor with one extinguisher.
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';

export const FLOOR = 'A-3F';
export const FLOOR_2 = 'A-4F';

export function registerPlan(): PlanDocument {
  const plan = examplePlan();
  // a facility manager who records GB 25201's monthly single-item checks per device (docs/register.md):
  // every interval 30 days, so the boundaries below are hand-checkable on one month
  const monthly = ['detector', 'sprinkler', 'fireDoor', 'emergencyLight', 'exitSign', 'hydrant', 'smokeExhaust'].map((t) => [`fire.${t}.inspectionDays`, 30]);
  plan.profile = { base: 'gb', overrides: { ...plan.profile?.overrides, ...Object.fromEntries(monthly) } };
  const building = plan.site.buildings[0]!;
  const floor = building.floors[0]!;
  floor.extinguishers = [{ id: 'x1', at: [40, 35], rating: '3A', lastInspected: '2026-05-01' }];
  floor.detectors = [{ id: 'k1', at: [30, 30] }];
  floor.sprinklers = [{ id: 's9', at: [70, 30], lastInspected: '2026-04-20' }];
  floor.doors = [{ ...floor.doors[0]!, fireRating: 'B', lastInspected: '2026-05-10' }, { id: 'd2', at: [40, 20.2], width: 1 }];
  floor.luminaires = [
    { id: 'l1', at: [30, 40], mount: 2.8, flux: 3000, power: 30 },
    { id: 'l2', at: [70, 40], mount: 2.8, flux: 3000, power: 30, emergency: true },
  ];
  floor.exitSigns = [{ id: 'g1', at: [21, 35], kind: 'exit' }];
  floor.hydrants = [{ id: 'h1', at: [59, 25], lastInspected: '2026-05-20' }];
  floor.smokeExhausts = [{ id: 'sx1', at: [50, 45] }];
  const upper = structuredClone(floor);
  Object.assign(upper, { id: FLOOR_2, name: '4F', level: 4, elevation: floor.elevation + floor.height });
  for (const key of ['walls', 'doors', 'windows', 'exits', 'cores', 'workstations', 'luminaires', 'airTerminals', 'detectors', 'sprinklers', 'exitSigns', 'hydrants', 'smokeExhausts', 'evacuationMarks'] as const) {
    (upper[key] as unknown[]) = [];
  }
  upper.zones = upper.zones.map((z) => ({ ...z, id: `${z.id}-4F` }));
  upper.extinguishers = [{ id: 'x2', at: [40, 35], rating: '2A' }];
  building.floors.push(upper);
  return plan;
}

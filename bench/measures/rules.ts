// Rule checks against plan size: a full check (gb and intl) of one floor, of a building and of
// the park; the re-check of one floor after one desk moved; and two analyses on their own
// (walking distance is in egress.ts, illuminance here).
import { occupantPoint } from '../../src/floorplan/geometry/elements.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { zoneLighting } from '../../src/rules/analysis/illuminance.ts';
import { runFloorRules, runRules } from '../../src/rules/runRules.ts';
import { time, type Measure } from '../harness.ts';
import { buildingOf, denseFloor, parkOf, seatLabel } from '../plans.ts';

const DATE = '2026-11-24';

function fullCheck(label: string, plan: () => PlanDocument, profile: 'gb' | 'intl', target: number | undefined, runs: number): Measure {
  return {
    name: `rule check ${profile} (${label})`,
    get size() {
      return seatLabel(plan());
    },
    unit: 'ms',
    runs,
    ...(target !== undefined ? { target } : {}),
    run: () => time(() => runRules(plan(), { profile, date: DATE })),
  };
}

function recheckAfterEdit(plan: () => PlanDocument): Measure {
  let moved: PlanDocument | null = null;
  return {
    name: 're-check one floor after moving a desk',
    get size() {
      return `floor of ${seatLabel(plan())}`;
    },
    unit: 'ms',
    target: 100,
    runs: 5,
    async setup() {
      const p = structuredClone(plan());
      const ws = p.site.buildings[0]!.floors[0]!.workstations[0]!;
      ws.at = [ws.at[0] + 0.3, ws.at[1]];
      moved = p;
    },
    run: () => {
      const p = moved!;
      const b = p.site.buildings[0]!;
      return time(() => runFloorRules(p, b.id, b.floors[0]!.id, { date: DATE }));
    },
  };
}

function illuminance(plan: () => PlanDocument): Measure {
  return {
    name: 'illuminance (lumen + point grid), one floor',
    get size() {
      return seatLabel(plan());
    },
    unit: 'ms',
    runs: 5,
    run: () =>
      time(() => {
        const floor = plan().site.buildings[0]!.floors[0]!;
        const cores = floor.cores.map((c) => c.polygon);
        for (const z of floor.zones) {
          zoneLighting(z, floor.luminaires, 0, { utilisationFactor: 0.6, maintenanceFactor: 0.8, workPlane: 0.75, gridStep: 0.5, gridBorder: 0.5 }, cores);
        }
        // keep the occupant points warm as the rules do, so the timing is the lighting alone
        void occupantPoint(floor.workstations[0]!);
      }),
  };
}

export function rulesMeasures(quick: boolean): Measure[] {
  if (quick) {
    const floor = () => denseFloor(500);
    return [fullCheck('floor', floor, 'gb', undefined, 2), recheckAfterEdit(floor), illuminance(floor)];
  }
  const floor = () => denseFloor(2000);
  const building = () => buildingOf(20000);
  const park = () => parkOf(150000);
  return [
    fullCheck('floor', floor, 'gb', 250, 5),
    fullCheck('floor', floor, 'intl', 250, 5),
    recheckAfterEdit(floor),
    illuminance(floor),
    fullCheck('building', building, 'gb', 3000, 3),
    fullCheck('building', building, 'intl', 3000, 3),
    fullCheck('park', () => parkOf(20000), 'gb', undefined, 2),
    fullCheck('park', park, 'gb', 25000, 1),
  ];
}

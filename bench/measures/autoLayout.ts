// Auto-layout of one 2,000 m² call floor (60 × 34 m, built by the sample generator): the whole
// search of the "most seats" variant — candidates, the baseline check, the candidate's checks and
// trims — on one thread, as the worker runs it. Target 3 s (issue 17).
// And of a 20-floor building (generateTower: 100 × 38 m plates, 394 seats a floor as generated),
// every floor in turn as `callfloor layout --building` does it, from a cold lighting cache.
// Target 60 s (issue 17).
import { buildCallFloor, type RoomSpec } from '../../src/floorplan/generate/callFloor.ts';
import { seededRandom } from '../../src/floorplan/generate/random.ts';
import { CURRENT_VERSION } from '../../src/floorplan/format/migrations.ts';
import type { PlanDocument, Polygon } from '../../src/floorplan/types.ts';
import { forgetLighting } from '../../src/rules/analysis/floorLighting.ts';
import { generateTower } from '../../src/floorplan/generate/tower.ts';
import { autoLayout } from '../../src/rules/layout/autoLayout.ts';
import { layoutBuilding } from '../../src/rules/layout/applyLayout.ts';
import { time, type Measure } from '../harness.ts';

const DATE = '2026-11-24';
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
const ROOMS: RoomSpec[] = [
  { use: 'cabling', name: '综合布线机房', width: 5 },
  { use: 'stair', name: '楼梯间', width: 6 },
  { use: 'management', name: '业务管理区', width: 12, desks: 8 },
  { use: 'rest', name: '休息区', width: 6 },
  { use: 'toilet', name: '卫生间', width: 4 },
  { use: 'meeting', name: '会议室', width: 10 },
  { use: 'power', name: '电源机房', width: 5 },
  { use: 'stair', name: '楼梯间', width: 6 },
  { use: 'toilet', name: '卫生间', width: 6 },
];

function floorPlan(): PlanDocument {
  const floor = buildCallFloor({
    buildingId: 'L', level: 3, origin: [10, 10], length: 60, depth: 34, floorHeight: 3.9, clearHeight: 2.8,
    rooms: ROOMS, southCores: [27], inspectedDates: ['2026-11-20'], random: seededRandom(7),
  });
  return {
    format: 'callfloor', version: CURRENT_VERSION, name: 'auto-layout bench', locale: 'zh-CN', profile: { base: 'gb', overrides: {} },
    site: { boundary: rect(0, 0, 80, 60), green: [], buildings: [{ id: 'L', name: 'L', footprint: rect(9.9, 9.9, 70.1, 44.1), height: 23.4, sprinklered: true, fireResistanceGrade: 2, floors: [floor] }] },
  };
}

export function autoLayoutMeasures(): Measure[] {
  const plan = floorPlan();
  let tower: PlanDocument | null = null;
  return [
    {
      name: 'auto-layout 2,000 m² floor',
      size: '2,040 m²',
      unit: 'ms',
      target: 3000,
      runs: 3,
      warmup: 1,
      run: () =>
        time(() => {
          forgetLighting();
          const result = autoLayout(plan, { floorId: 'L-3F', run: { date: DATE } });
          if ('problem' in result || !result.variants[0]!.passes) throw new Error('auto-layout did not pass');
        }),
    },
    {
      name: 'auto-layout, 20-floor building',
      size: '20 × 3,800 m²',
      unit: 'ms',
      target: 60000,
      runs: 2,
      setup: async () => {
        tower = generateTower({ storeys: 20 });
      },
      run: () =>
        time(() => {
          forgetLighting();
          const result = layoutBuilding(tower!, 'T', { run: { date: DATE } });
          if ('problem' in result || result.floors.some((f) => 'problem' in f.result || !f.result.variants[0]!.passes)) throw new Error('auto-layout of a floor did not pass');
        }),
    },
  ];
}

// Floors of several shapes for the auto-layout tests, built by the sample generator (so lights,
// fresh air and fire equipment are sized as on the sample park), then reshaped: an L (a corner
// of the plate cut away), columns on a grid, an atrium (a shaft core in the call area).
import { buildCallFloor, type RoomSpec } from '../../../src/floorplan/generate/callFloor.ts';
import { seededRandom } from '../../../src/floorplan/generate/random.ts';
import { pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import { CURRENT_VERSION } from '../../../src/floorplan/format/migrations.ts';
import type { Floor, PlanDocument, Point, Polygon } from '../../../src/floorplan/types.ts';

/** The date the tests check on: every generated inspection is in date then. */
export const CHECK_DATE = '2026-11-21';
const INSPECTED = ['2026-11-03', '2026-11-06', '2026-11-10'];
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

const ROOMS: RoomSpec[] = [
  { use: 'cabling', name: 'Cabling 综合布线机房', width: 5 },
  { use: 'stair', name: 'Stair 楼梯间', width: 6 },
  { use: 'management', name: 'Management 业务管理区', width: 12, desks: 8 },
  { use: 'rest', name: 'Rest 休息区', width: 6 },
  { use: 'toilet', name: 'Toilet 卫生间', width: 4 },
  { use: 'meeting', name: 'Meeting 会议室', width: 10 },
  { use: 'power', name: 'Power 电源机房', width: 5 },
  { use: 'stair', name: 'Stair 楼梯间', width: 6 },
  { use: 'toilet', name: 'Toilet 卫生间', width: 6 },
];

/** A 60 × 34 m plate (2,040 m²): a north band of rooms, a corridor, the call area to the south. */
export function rectangleFloor(): Floor {
  const floor = buildCallFloor({
    buildingId: 'T',
    level: 3,
    origin: [10, 10],
    length: 60,
    depth: 34,
    floorHeight: 3.9,
    clearHeight: 2.8,
    rooms: ROOMS,
    southCores: [27],
    inspectedDates: INSPECTED,
    random: seededRandom(7),
  });
  // direction signs along the end walls: routes from the plate's corners, once no bench aisle leads them
  for (const x of [11.2, 68.8]) for (const y of [14, 22, 29]) floor.exitSigns.push({ id: `T-sign-${x}-${y}`, at: [x, y], kind: 'direction', lastInspected: INSPECTED[0]! });
  return floor;
}

function keepInside(floor: Floor, outline: Polygon): void {
  const inside = (p: Point) => pointInPolygon(p, outline);
  floor.outline = outline;
  for (const key of ['luminaires', 'airTerminals', 'extinguishers', 'detectors', 'sprinklers', 'smokeExhausts', 'exitSigns', 'hydrants', 'evacuationMarks', 'workstations'] as const) {
    (floor[key] as { at: Point }[]) = (floor[key] as { at: Point }[]).filter((d) => inside(d.at));
  }
  floor.windows = floor.windows.filter((w) => inside(w.a) && inside(w.b));
}

/** The rectangle less its south-west 20 × 10 m corner: an L. */
export function lShapeFloor(): Floor {
  const floor = rectangleFloor();
  keepInside(floor, [[10, 20], [30, 20], [30, 10], [70, 10], [70, 44], [10, 44]]);
  const work = floor.zones.find((z) => z.use === 'work')!;
  work.polygon = [[10, 20], [30, 20], [30, 10], [37, 10], [37, 16], [43, 16], [43, 10], [70, 10], [70, 33], [10, 33]];
  return floor;
}

/** The rectangle with 0.6 m columns every 8.4 m in the call area. */
export function columnsFloor(): Floor {
  const floor = rectangleFloor();
  const work = floor.zones.find((z) => z.use === 'work')!;
  let n = 0;
  for (let x = 14.2; x < 70; x += 8.4) {
    for (let y = 14.2; y < 31; y += 8.4) {
      const c = rect(x - 0.3, y - 0.3, x + 0.3, y + 0.3);
      if (c.every((p) => pointInPolygon(p, work.polygon)) && !floor.cores.some((k) => c.some((p) => pointInPolygon(p, k.polygon)))) floor.columns.push({ id: `T-col${++n}`, polygon: c });
    }
  }
  return floor;
}

/** The rectangle with a 10 × 6 m atrium (a shaft core) in the middle of the call area. */
export function atriumFloor(): Floor {
  const floor = rectangleFloor();
  floor.cores.push({ id: 'T-atrium', kind: 'shaft', polygon: rect(50, 15, 60, 21) });
  return floor;
}

export function planOf(floor: Floor): PlanDocument {
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: 'layout test',
    locale: 'en',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(0, 0, 80, 60),
      green: [],
      buildings: [{ id: 'T', name: 'T', footprint: rect(9.9, 9.9, 70.1, 44.1), height: 23.4, sprinklered: true, fireResistanceGrade: 2, floors: [floor] }],
    },
  };
}

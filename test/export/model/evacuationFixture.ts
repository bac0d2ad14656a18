// A small building for the evacuation plan tests, its walks easy to follow by hand.
import type { Floor, PlanDocument, Polygon } from '../../../src/floorplan/types.ts';

export const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

function floor(id: string, name: string, level: number, extra: Partial<Floor>): Floor {
  return {
    id,
    name,
    level,
    elevation: (level - 1) * 4,
    height: 4,
    clearHeight: 2.8,
    outline: rect(0, 0, 40, 20),
    walls: [],
    doors: [],
    windows: [],
    exits: [],
    cores: [],
    columns: [],
    zones: [],
    workstations: [],
    luminaires: [],
    airTerminals: [],
    extinguishers: [],
    detectors: [],
    sprinklers: [],
    smokeExhausts: [],
    exitSigns: [],
    hydrants: [],
    evacuationMarks: [],
    ...extra,
  };
}

/**
 * Building B, 40 × 20 m. 1F: exits W (0, 10) and E (40, 10); a wall along x = 6 from y = 0 to
 * 18 leaves a 2 m gap at the north end; zones 西区 (0–6) and 东区 (6–40); marks at (3, 10) west of
 * the wall and (18, 10) east of it; a stair core (36–40, 16–20); one extinguisher, hydrant and
 * direction sign. 2F: one zone 二层, exits W and E, no marks.
 */
export function evacuationPlan(): PlanDocument {
  return {
    format: 'callfloor',
    version: 3,
    name: '疏散测试园区',
    locale: 'zh-CN',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(-10, -10, 50, 30),
      green: [],
      buildings: [
        {
          id: 'B',
          name: 'B栋',
          footprint: rect(0, 0, 40, 20),
          height: 8,
          sprinklered: false,
          fireResistanceGrade: 2,
          floors: [
            floor('B-1F', '1F', 1, {
              walls: [{ id: 'w', a: [6, 0], b: [6, 18], kind: 'solid' }],
              exits: [
                { id: 'e-west', at: [0, 10], width: 1.2, kind: 'exterior' },
                { id: 'e-east', at: [40, 10], width: 1.5, kind: 'exterior' },
              ],
              cores: [{ id: 'c', kind: 'stair', polygon: rect(36, 16, 40, 20) }],
              zones: [
                { id: 'z-west', name: '西区', use: 'corridor', polygon: rect(0, 0, 6, 20) },
                { id: 'z-east', name: '东区', use: 'work', polygon: rect(6, 0, 40, 20) },
              ],
              extinguishers: [{ id: 'x', at: [20, 1] }],
              hydrants: [{ id: 'h', at: [20, 19] }],
              exitSigns: [{ id: 's', at: [30, 12], kind: 'direction', rotation: 0 }],
              evacuationMarks: [
                { id: 'm-west', at: [3, 10], label: '西门' },
                { id: 'm-east', at: [18, 10] },
              ],
            }),
            floor('B-2F', '2F', 2, {
              exits: [
                { id: 'e2-west', at: [0, 10], width: 1.2, kind: 'exterior' },
                { id: 'e2-east', at: [40, 10], width: 1.2, kind: 'exterior' },
              ],
              zones: [{ id: 'z2', name: '二层', use: 'work', polygon: rect(0, 0, 40, 20) }],
            }),
          ],
        },
      ],
    },
  } as PlanDocument;
}

// A hand-made park for the economics tests: two buildings, three floors, three tenants, two
// phases, figures worked out by hand in economics.test.ts.
//   X: 20 × 10 m (200 m² a floor), phase p1; floors X1 (10 seats: 6 in zone zx1a, 4 in zx1b), X2 (8 seats)
//   Y: 30 × 10 m (300 m²), no phase of its own; floor Y1 (12 seats) names phase p2
import { emptyFloor } from '../../../src/floorplan/emptyFloor.ts';
import type { Floor, PlanDocument, Point, Workstation } from '../../../src/floorplan/types.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Point[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

function desks(prefix: string, xs: number[]): Workstation[] {
  return xs.map((x, i) => ({ id: `${prefix}${i + 1}`, at: [x, 5], rotation: 0, size: [1.2, 0.7], role: 'agent' }));
}

function floor(id: string, name: string, level: number, outline: Point[], extra: Partial<Floor>): Floor {
  return { ...emptyFloor({ id, name, level, elevation: (level - 1) * 4, height: 4, clearHeight: 3, outline }), ...extra };
}

export function economicsPlan(): PlanDocument {
  const x = rect(0, 0, 20, 10);
  const y = rect(30, 0, 60, 10);
  return {
    format: 'callfloor',
    version: 3,
    name: 'Economics fixture',
    site: {
      boundary: rect(-10, -10, 70, 20),
      green: [],
      buildings: [
        {
          id: 'X',
          name: 'X',
          footprint: x,
          height: 8,
          sprinklered: true,
          fireResistanceGrade: 2,
          phase: 'p1',
          floors: [
            floor('X2', '2F', 2, x, { workstations: desks('x2-', [1, 3, 5, 7, 9, 11, 13, 15]) }),
            floor('X1', '1F', 1, x, {
              zones: [
                { id: 'zx1a', name: 'West', use: 'work', polygon: rect(0, 0, 10, 10) },
                { id: 'zx1b', name: 'East', use: 'work', polygon: rect(10, 0, 20, 10) },
              ],
              // file order mixes the zones: east, west, west …
              workstations: desks('x1-', [11, 1, 2, 12, 3, 4, 13, 5, 6, 14]),
            }),
          ],
        },
        {
          id: 'Y',
          name: 'Y',
          footprint: y,
          height: 4,
          sprinklered: true,
          fireResistanceGrade: 2,
          floors: [floor('Y1', '1F', 1, y, { phase: 'p2', workstations: desks('y1-', [31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53]) })],
        },
      ],
    },
    costs: {
      currency: 'CNY',
      fitOutPerM2: 1000,
      rentPerM2Month: 40,
      equipmentPerSeat: 6000,
      landCost: 700000,
      constructionPerM2: 3000,
      fitOutPerSeat: 500,
      rentFreeMonths: 3,
      utilitiesPerSeatMonth: 200,
      staffPerSeatMonth: 5000,
    },
    tenants: [
      { id: 'alpha', name: 'Alpha', zoneIds: ['zx1a'], rentPerSeatMonth: 100, leaseStart: '2026-01-01', leaseEnd: '2028-12-31' },
      { id: 'beta', name: 'Beta', floorIds: ['X2'], rentPerSeatMonth: 120, leaseStart: '2026-07-01', leaseEnd: '2027-06-30' },
      { id: 'gamma', name: 'Gamma', seats: 10, rentPerSeatMonth: 80 },
    ],
    phases: [
      { id: 'p1', name: 'Phase 1', start: '2025-03-01', end: '2026-06-30' },
      { id: 'p2', name: 'Phase 2', start: '2026-07-01', end: '2027-12-31' },
    ],
  };
}

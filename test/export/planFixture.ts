// A small hand-drawn floor for the plan drawing tests: every symbol once, positions easy to check.
import type { Building, Floor, Polygon } from '../../src/floorplan/types.ts';

export const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/**
 * 10 × 6 m: a corridor (y 0–3) under a meeting room (y 3–6), a 0.1 m wall between them along
 * y = 3 with a 0.9 m door at x = 2; a 1.5 m exit on the east outline at y = 1.5; a stair core
 * (7–9, 4–6) entered by a 1 m exit at (8, 4); a window on the south outline from x 2 to 6; a
 * glass partition along x = 4 and a short fire wall along x = 7 in the room.
 */
export function testFloor(overrides: Partial<Floor> = {}): { building: Building; floor: Floor } {
  const floor: Floor = {
    id: 'F1',
    name: '1F',
    level: 1,
    elevation: 0,
    height: 4,
    clearHeight: 2.8,
    outline: rect(0, 0, 10, 6),
    walls: [
      { id: 'w1', a: [0, 3], b: [10, 3], kind: 'solid' },
      { id: 'w2', a: [4, 3], b: [4, 6], kind: 'glass' },
      { id: 'w3', a: [7, 3], b: [7, 4], kind: 'fire', thickness: 0.2 },
    ],
    doors: [{ id: 'd1', at: [2, 3], width: 0.9, wall: 'w1' }],
    windows: [{ id: 'n1', a: [2, 0], b: [6, 0], sill: 0.9, head: 2.6 }],
    exits: [
      { id: 'e1', at: [10, 1.5], width: 1.5, kind: 'exterior' },
      { id: 'e2', at: [8, 4], width: 1, kind: 'stair' },
    ],
    cores: [{ id: 'c1', kind: 'stair', polygon: rect(7, 4, 9, 6) }],
    columns: [],
    zones: [
      { id: 'z1', name: '走道', use: 'corridor', polygon: rect(0, 0, 10, 3) },
      { id: 'z2', name: '会议室', use: 'meeting', polygon: rect(0, 3, 10, 6) },
    ],
    workstations: [{ id: 's1', at: [5, 5], rotation: 0, size: [1.2, 0.7], role: 'agent' }],
    luminaires: [],
    airTerminals: [],
    extinguishers: [],
    detectors: [],
    sprinklers: [],
    smokeExhausts: [],
    exitSigns: [],
    hydrants: [],
    evacuationMarks: [],
    ...overrides,
  };
  const building: Building = { id: 'B', name: 'B栋', footprint: rect(0, 0, 10, 6), height: 4, sprinklered: true, fireResistanceGrade: 2, floors: [floor] };
  return { building, floor };
}

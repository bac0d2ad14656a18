// A plan of any size for storage tests and the storage benchmark: one building of `floors`
// floors, seats spread evenly, a light and a detector per four seats (roughly the JSON weight of
// a real call floor). Deterministic: the same arguments give the same document.
import type { Floor, PlanDocument, Workstation } from '../../src/floorplan/types.ts';

export function syntheticFloor(index: number, seats: number): Floor {
  const workstations: Workstation[] = [];
  for (let i = 0; i < seats; i++) {
    const x = 2 + (i % 50) * 1.2;
    const y = 2 + Math.floor(i / 50) * 1.6;
    workstations.push({ id: `f${index}-s${i}`, at: [x, y], rotation: i % 2 ? 180 : 0, size: [1.2, 0.7], role: i % 15 === 0 ? 'leader' : 'agent' });
  }
  const quarter = Math.ceil(seats / 4);
  return {
    id: `F${index + 1}`,
    name: `${index + 1}F`,
    level: index + 1,
    elevation: index * 4.2,
    height: 4.2,
    clearHeight: 2.8,
    outline: [[0, 0], [64, 0], [64, 40], [0, 40]],
    walls: [{ id: `f${index}-w1`, a: [62, 0], b: [62, 40], kind: 'glass' }],
    doors: [],
    windows: [],
    exits: [{ id: `f${index}-e1`, at: [0, 20], width: 1.4, kind: 'stair' }],
    cores: [],
    columns: [],
    zones: [{ id: `f${index}-z1`, name: '话务区', use: 'work', polygon: [[0, 0], [62, 0], [62, 40], [0, 40]] }],
    workstations,
    luminaires: Array.from({ length: quarter }, (_, i) => ({ id: `f${index}-l${i}`, at: [2 + (i % 25) * 2.4, 2 + Math.floor(i / 25) * 2.4], mount: 2.8, flux: 3600, power: 32 })),
    airTerminals: [],
    extinguishers: [],
    detectors: Array.from({ length: quarter }, (_, i) => ({ id: `f${index}-d${i}`, at: [3 + (i % 25) * 2.4, 3 + Math.floor(i / 25) * 2.4] })),
    sprinklers: [],
    smokeExhausts: [],
    exitSigns: [],
    hydrants: [],
    evacuationMarks: [],
  };
}

export function syntheticPlan(seats: number, floors = 20): PlanDocument {
  const perFloor = Math.ceil(seats / floors);
  return {
    format: 'callfloor',
    version: 3,
    name: `合成园区 ${seats}`,
    locale: 'zh-CN',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: [[-20, -20], [100, -20], [100, 80], [-20, 80]],
      green: [],
      buildings: [
        {
          id: 'A',
          name: 'A栋',
          footprint: [[-0.2, -0.2], [64.2, -0.2], [64.2, 40.2], [-0.2, 40.2]],
          height: floors * 4.2,
          sprinklered: true,
          fireResistanceGrade: 1,
          floors: Array.from({ length: floors }, (_, i) => syntheticFloor(i, Math.min(perFloor, seats - i * perFloor))),
        },
      ],
    },
  };
}

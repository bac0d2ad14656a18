// A small hand-made park whose figures are easy to compute by hand, and a rules result for it.
import type { Floor, PlanDocument, Polygon } from '../../src/floorplan/types.ts';
import type { Finding } from '../../src/rules/types.ts';
import type { ReportedRun } from '../../src/rules/results.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

function floor(id: string, level: number, extra: Partial<Floor>): Floor {
  return {
    id,
    name: `${level}F`,
    level,
    elevation: (level - 1) * 4,
    height: 4,
    clearHeight: 2.8,
    outline: rect(10, 10, 50, 30),
    walls: [],
    doors: [],
    windows: [],
    exits: [
      { id: `${id}-e1`, at: [10, 20], width: 1.2, kind: 'stair' },
      { id: `${id}-e2`, at: [50, 20], width: 1.5, kind: 'exterior' },
    ],
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
 * Parcel 100 × 50 = 5000 m²; building 40 × 20 = 800 m² footprint, two floors: 1F (800 m² gross)
 * and 2F (grossArea 700) → GFA 1500, FAR 0.3, coverage 0.16. Green 20 × 50 = 1000 → 0.2 (exactly
 * the control). Height 24 m = the control. Seats: 1F has 4 in the work zone (3 agents, 1 leader)
 * and 1 in the rest zone; 2F has 2 in its work zone (1 supervisor): 7 seats.
 */
export function handPlan(): PlanDocument {
  return {
    format: 'callfloor',
    version: 1,
    name: '测试园区 "Alpha", 一期',
    locale: 'zh-CN',
    profile: { base: 'gb', overrides: { 'gb.fire.crowdedPlace': false } },
    site: {
      boundary: rect(0, 0, 100, 50),
      controls: { maxFar: 0.3, maxCoverage: 0.15, minGreenRatio: 0.2, maxHeight: 24 },
      green: [rect(70, 0, 90, 50)],
      buildings: [
        {
          id: 'A',
          name: 'A栋',
          footprint: rect(10, 10, 50, 30),
          height: 24,
          sprinklered: true,
          fireResistanceGrade: 2,
          floors: [
            floor('A-2F', 2, {
              grossArea: 700,
              zones: [{ id: 'z21', name: '话务二区', use: 'work', polygon: rect(10, 10, 50, 30) }],
              workstations: [
                { id: 's21', at: [20, 20], rotation: 0, size: [1.2, 0.7], role: 'agent' },
                { id: 's22', at: [30, 20], rotation: 0, size: [1.2, 0.7], role: 'supervisor' },
              ],
              extinguishers: [{ id: 'x21', at: [30, 25] }],
            }),
            floor('A-1F', 1, {
              zones: [
                { id: 'z11', name: '话务一区', use: 'work', polygon: rect(10, 10, 40, 30) },
                { id: 'z12', name: '休息区', use: 'rest', polygon: rect(40, 10, 50, 30) },
              ],
              workstations: [
                { id: 's11', at: [15, 20], rotation: 0, size: [1.2, 0.7], role: 'agent' },
                { id: 's12', at: [20, 20], rotation: 0, size: [1.2, 0.7], role: 'agent' },
                { id: 's13', at: [25, 20], rotation: 0, size: [1.2, 0.7], role: 'agent' },
                { id: 's14', at: [30, 20], rotation: 0, size: [1.2, 0.7], role: 'leader' },
                { id: 's15', at: [45, 20], rotation: 0, size: [1.2, 0.7], role: 'agent' },
              ],
              extinguishers: [
                { id: 'x11', at: [20, 25], rating: '3A', lastInspected: '2026-10-02' },
                { id: 'x12', at: [35, 25], rating: '3A', lastInspected: '2026-10-01' },
              ],
            }),
          ],
        },
      ],
    },
  };
}

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'status'>): Finding {
  return {
    area: 'fire',
    measured: { value: 1, unit: 'm' },
    required: { value: 1, unit: 'm', comparator: '>=' },
    clause: 'GB 50016-2014 §5.5.18',
    messageKey: `${partial.ruleId}.${partial.status}`,
    messageParams: {},
    where: { elementIds: [] },
    key: `${partial.ruleId}|${partial.where?.floorId ?? ''}|${(partial.where?.elementIds ?? []).join(',')}`,
    ...partial,
  };
}

/** Findings: 1 fail (1F exit width), 2 warn (seat s11 travel; 2F fresh air), 3 pass, 1 n/a, 1 site pass. */
export function handRules(): ReportedRun {
  const findings: Finding[] = [
    finding({ ruleId: 'fire.door-width', status: 'pass', where: { buildingId: 'A', floorId: 'A-1F', elementIds: ['A-1F-e1'] } }),
    finding({
      ruleId: 'fire.travel-distance',
      status: 'warn',
      clause: 'GB 50016-2014 §5.5.17',
      measured: { value: 28.123, unit: 'm' },
      required: { value: 27.5, unit: 'm', comparator: '<=' },
      where: { buildingId: 'A', floorId: 'A-1F', elementIds: ['s11'], point: [15, 19.2] },
    }),
    finding({
      ruleId: 'fire.egress-width',
      status: 'fail',
      clause: 'GB 50016-2014 §5.5.21',
      measured: { value: 2.7, unit: 'm' },
      required: { value: 3, unit: 'm', comparator: '>=' },
      where: { buildingId: 'A', floorId: 'A-1F', elementIds: ['A-1F-e1', 'A-1F-e2'] },
    }),
    finding({ ruleId: 'fire.door-width', status: 'pass', where: { buildingId: 'A', floorId: 'A-1F', elementIds: ['A-1F-e2'] } }),
    finding({ ruleId: 'fire.door-width', status: 'pass', where: { buildingId: 'A', floorId: 'A-2F', elementIds: ['A-2F-e1'] } }),
    finding({
      ruleId: 'vent.fresh-air',
      area: 'ventilation',
      status: 'warn',
      clause: 'GB 50736-2012 §3.0.6',
      measured: { value: 25, unit: 'm³/h·p' },
      required: { value: 30, unit: 'm³/h·p', comparator: '>=' },
      where: { buildingId: 'A', floorId: 'A-2F', elementIds: ['z21'] },
    }),
    finding({ ruleId: 'light.illuminance', area: 'lighting', status: 'n/a', clause: 'GB 50034-2024 §5.3.2', where: { buildingId: 'A', floorId: 'A-2F', elementIds: ['z21'] } }),
    finding({ ruleId: 'site.far', area: 'site', status: 'pass', clause: '规划条件', where: { elementIds: [] } }),
  ];
  return {
    findings,
    capacity: {
      buildings: [
        {
          floors: [
            { id: 'A-1F', seats: 5, capacity: 5, binding: 'exit-width', limits: [{ id: 'exit-width', allows: 5, unit: 'm', shortfall: 0 }] },
            { id: 'A-2F', seats: 2, capacity: 10, binding: 'fresh-air', limits: [{ id: 'fresh-air', allows: 10, unit: 'm³/h', shortfall: 0 }] },
          ],
        },
      ],
    },
    analysis: {
      floors: [
        {
          id: 'A-1F',
          buildingId: 'A',
          seats: 5,
          maxWalking: 31.25,
          maxStraight: 28.1,
          workstations: [
            { id: 's11', zone: 'z11', occupant: [15, 19.2], walking: 31.25, straight: 28.123 },
            { id: 's12', zone: 'z11', occupant: [20, 19.2], walking: 12.5, straight: 10.03 },
          ],
          zones: [{ id: 'z11', use: 'work', area: 600, seats: 4, illuminance: 312.4, freshAirPerPerson: 31.25 }],
        },
      ],
    },
  };
}

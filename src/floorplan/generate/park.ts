// Seeded, deterministic parks: the shipped samples and the benchmark plans of any seat count.
import { CURRENT_VERSION } from '../format/migrations.ts';
import type { Building, Floor, Locale, PlanDocument, Point, Polygon } from '../types.ts';
import { buildCallFloor, extinguisher, floorPersons, FloorBuilder, lightStairs, serviceZone, type CallFloorOptions, type RoomSpec } from './callFloor.ts';
import { seededRandom, type Random } from './random.ts';
import { equipSafety } from './safetyDevices.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Inspection dates of November 2026: within 30 days of the sample's reference date 2026-11-24. */
const INSPECTED = ['2026-11-03', '2026-11-06', '2026-11-10', '2026-11-13', '2026-11-17', '2026-11-20'];
const WALL = 0.3;
const FLOOR_HEIGHT = 3.9;

/** The north band of rooms of a call floor `length` m long (a compact band below 90 m); the last toilet takes what the others leave. */
export function callBandRooms(length: number, server: boolean): RoomSpec[] {
  if (length < 90) {
    // A compact band for short plates: the same room types, narrower.
    const compact: RoomSpec[] = [
      { use: 'cabling', name: 'Cabling 综合布线机房', width: 5 },
      { use: 'stair', name: 'Stair 楼梯间', width: 6 },
      { use: 'management', name: 'Management 业务管理区', width: 12, desks: 8 },
      { use: 'rest', name: 'Rest 休息区', width: 6 },
      // a toilet mid-band too: no seat more than 50 m from one (JGJ 67 §4.3.6)
      { use: 'toilet', name: 'Toilet 卫生间', width: 4 },
      { use: 'meeting', name: 'Meeting 会议室', width: 10 },
      { use: 'power', name: 'Power 电源机房', width: 5 },
      { use: 'stair', name: 'Stair 楼梯间', width: 6 },
    ];
    const used = compact.reduce((s, r) => s + r.width, 0);
    compact.push({ use: 'toilet', name: 'Toilet 卫生间', width: Math.max(4, length - used) });
    return compact;
  }
  const rooms: RoomSpec[] = [
    { use: 'toilet', name: '卫生间', width: 6 },
    { use: 'cabling', name: '综合布线机房', width: 6 },
    { use: 'stair', name: '楼梯间', width: 6 },
    { use: 'management', name: '业务管理区', width: 14, desks: 10 },
    { use: 'rest', name: '休息区', width: 10 },
    // A toilet mid-band too: no seat more than 50 m from one (JGJ 67 §4.3.6).
    { use: 'toilet', name: '卫生间', width: 4 },
    { use: 'stair', name: '楼梯间', width: 6 },
    { use: 'meeting', name: '会议室', width: 12 },
    { use: 'power', name: '电源机房', width: 6 },
    server ? { use: 'server', name: '机房', width: 6 } : { use: 'storage', name: '储藏', width: 6 },
    { use: 'stair', name: '楼梯间', width: 6 },
    { use: 'lift', name: '电梯', width: 6 },
    { use: 'rest', name: '茶水休息区', width: 10 },
  ];
  const used = rooms.reduce((s, r) => s + r.width, 0);
  rooms.push({ use: 'toilet', name: '卫生间', width: Math.max(4, length - used) });
  return rooms;
}

interface CallBuildingOptions {
  id: string;
  name: string;
  origin: Point;
  storeys: number;
  length: number;
  depth: number;
  random: Random;
  defects?: Map<number, CallFloorOptions['defects']>;
  workNames?: string[];
}

function callBuilding(o: CallBuildingOptions): Building {
  const [x, y] = o.origin;
  const floors: Floor[] = [];
  for (let level = 1; level <= o.storeys; level++) {
    floors.push(
      buildCallFloor({
        buildingId: o.id,
        level,
        origin: [x + WALL, y + WALL],
        length: o.length,
        depth: o.depth,
        floorHeight: FLOOR_HEIGHT,
        clearHeight: 2.8,
        rooms: callBandRooms(o.length, level === 1),
        southCores: [Math.round(o.length * 0.22), Math.round(o.length * 0.7)],
        crossAisle: 3.0,
        inspectedDates: INSPECTED,
        random: o.random,
        workName: o.workNames?.[level % (o.workNames.length || 1)] ?? '话务区',
        ...(o.defects?.get(level) ? { defects: o.defects.get(level)! } : {}),
      }),
    );
  }
  return {
    id: o.id,
    name: o.name,
    footprint: rect(x, y, x + o.length + 2 * WALL, y + o.depth + 2 * WALL),
    height: Math.round(o.storeys * FLOOR_HEIGHT * 100) / 100,
    sprinklered: true,
    fireResistanceGrade: 2,
    floors,
  };
}

/** Amenity floors: canteen (ground), training, dormitories. 60 × 30 m plate, two stair cores. */
function amenityFloor(buildingId: string, level: number, origin: Point, kind: 'canteen' | 'training' | 'dormitory', random: Random, defects?: CallFloorOptions['defects']): Floor {
  const [ox, oy] = origin;
  const L = 60;
  const D = 30;
  const fid = `${buildingId}-${level}F`;
  const fb = new FloorBuilder(fid, {
    id: fid,
    name: `${level}F`,
    level,
    elevation: Math.round((level - 1) * FLOOR_HEIGHT * 100) / 100,
    height: FLOOR_HEIGHT,
    clearHeight: 2.9,
    outline: rect(ox, oy, ox + L, oy + D),
  });
  const opts = { inspectedDates: INSPECTED, random } as CallFloorOptions;
  const mount = 2.9;
  // Stair cores at both ends of the north side; a corridor along the middle.
  fb.core('stair', rect(ox, oy + D - 7, ox + 6, oy + D));
  fb.core('stair', rect(ox + L - 6, oy + D - 7, ox + L, oy + D));
  fb.core('lift', rect(ox + 27, oy + D - 7, ox + 33, oy + D));
  fb.exit([ox + 6, oy + D - 3.5], 1.8);
  fb.exit([ox + L - 6, oy + D - 3.5], 1.8);
  extinguisher(fb, [ox + 7, oy + D - 1], opts);
  extinguisher(fb, [ox + L - 7, oy + D - 1], opts);
  extinguisher(fb, [ox + 30, oy + 12], opts, !!defects?.has('overdue-extinguisher'));
  extinguisher(fb, [ox + 16, oy + D - 1], opts);
  extinguisher(fb, [ox + 44, oy + D - 1], opts);

  const roomRow = (y0: number, y1: number, x0: number, x1: number, width: number, use: 'dormitory' | 'training' | 'toilet', name: (i: number) => string, doorY: number, desks = 0): void => {
    const count = Math.floor((x1 - x0) / width);
    const w = (x1 - x0) / count;
    for (let i = 0; i < count; i++) {
      const a = x0 + i * w;
      const b = a + w;
      if (i > 0) fb.wall([a, y0], [a, y1], use === 'training' ? 'glass' : 'solid', use === 'training' ? 2.4 : undefined);
      const front = fb.wall([a, doorY], [b, doorY], use === 'training' ? 'glass' : 'solid', use === 'training' ? 2.4 : undefined);
      if (w * (y1 - y0) > 120) {
        // Rooms over 120 m² need two doors (GB 50016 §5.5.15).
        fb.door([a + w * 0.25, doorY], 1.2, front);
        fb.door([a + w * 0.75, doorY], 1.2, front);
      } else {
        fb.door([(a + b) / 2, doorY], use === 'dormitory' ? 0.9 : 1.2, front);
      }
      fb.zone(name(i), use, rect(a, y0, b, y1));
      let placed = 0;
      if (desks > 0) {
        for (let y = y0 + 1.6; y < y1 - 1.6 && placed < desks; y += 2.2) {
          for (let x = a + 1.2; x + 1.4 < b - 0.6 && placed < desks; x += 1.8) {
            fb.desk([x + 0.7, y + 0.8], 0, 1.4, 'agent');
            placed++;
          }
        }
      }
      serviceZone(fb, [a, y0, b, y1], use, placed, mount);
    }
  };

  if (kind === 'canteen') {
    // Ground floor: canteen with doors straight outside, kitchen store, toilets.
    fb.zone('员工食堂', 'canteen', rect(ox, oy, ox + 40, oy + D - 7));
    for (const ex of [10, 30]) for (const ey of [6, 17]) extinguisher(fb, [ox + ex, oy + ey], opts);
    serviceZone(fb, [ox, oy, ox + 40, oy + D - 7], 'canteen', 0, mount, { perimeter: true });
    fb.exit([ox + 10, oy], 2.4, 'exterior');
    fb.exit([ox + 30, oy], 2.4, 'exterior');
    fb.exit([ox, oy + 11], 2.0, 'exterior');
    const w1 = fb.wall([ox + 40, oy], [ox + 40, oy + D - 7], 'solid');
    fb.door([ox + 40, oy + 6], 1.2, w1);
    fb.zone('厨房储藏', 'storage', rect(ox + 40, oy, ox + L, oy + 12));
    extinguisher(fb, [ox + 50, oy + 1], opts);
    serviceZone(fb, [ox + 40, oy, ox + L, oy + 12], 'storage', 0, mount);
    const w2 = fb.wall([ox + 40, oy + 12], [ox + L, oy + 12], 'solid');
    fb.door([ox + 50, oy + 12], 1.0, w2);
    fb.zone('卫生间', 'toilet', rect(ox + 40, oy + 12, ox + L, oy + D - 7));
    serviceZone(fb, [ox + 40, oy + 12, ox + L, oy + D - 7], 'toilet', 0, mount);
    fb.exit([ox + L, oy + 6], 1.6, 'exterior');
    fb.zone('门厅', 'corridor', rect(ox + 6, oy + D - 7, ox + 27, oy + D));
    fb.zone('门厅', 'corridor', rect(ox + 33, oy + D - 7, ox + L - 6, oy + D));
  } else {
    // Rooms along the south side, a 2.4 m corridor, rooms along the north side between cores.
    const corridor0 = oy + 12;
    const corridor1 = oy + 14.4;
    fb.zone('走道', 'corridor', rect(ox, corridor0, ox + L, corridor1));
    serviceZone(fb, [ox, corridor0, ox + L, corridor1], 'corridor', 0, mount);
    // The north rooms close against a wall along the lobby side; the corridor leads to stairs
    // at both ends of the building.
    fb.wall([ox, oy + D - 7], [ox + L, oy + D - 7], 'solid');
    fb.exit([ox, (corridor0 + corridor1) / 2], 1.6);
    fb.exit([ox + L, (corridor0 + corridor1) / 2], 1.6);
    if (kind === 'training') {
      roomRow(oy, corridor0, ox, ox + L, 15, 'training', (i) => `培训室${i + 1}`, corridor0, 24);
      roomRow(corridor1, oy + D - 7, ox, ox + 20, 20, 'training', () => '培训室5', corridor1, 24);
      roomRow(corridor1, oy + D - 7, ox + 40, ox + L, 20, 'training', () => '培训室6', corridor1, 24);
      // A rest room between the two north training rooms, reached from the corridor.
      fb.wall([ox + 20, corridor1], [ox + 20, oy + D - 7], 'glass', 2.4);
      fb.wall([ox + 40, corridor1], [ox + 40, oy + D - 7], 'glass', 2.4);
      const front = fb.wall([ox + 20, corridor1], [ox + 40, corridor1], 'glass', 2.4);
      fb.door([ox + 25, corridor1], 1.2, front);
      fb.door([ox + 35, corridor1], 1.2, front);
      fb.zone('学员休息区', 'rest', rect(ox + 20, corridor1, ox + 40, oy + D - 7));
      serviceZone(fb, [ox + 20, corridor1, ox + 40, oy + D - 7], 'rest', 0, mount);
    } else {
      roomRow(oy, corridor0, ox, ox + L, 4, 'dormitory', (i) => `宿舍${level}${String(i + 1).padStart(2, '0')}`, corridor0);
      roomRow(corridor1, oy + D - 7, ox, ox + L - 12, 4, 'dormitory', (i) => `宿舍${level}${String(i + 16).padStart(2, '0')}`, corridor1);
      fb.wall([ox + L - 12, corridor1], [ox + L - 12, oy + D - 7], 'solid');
      const wt = fb.wall([ox + L - 12, corridor1], [ox + L, corridor1], 'solid');
      fb.door([ox + L - 6, corridor1], 1.0, wt);
      fb.zone('卫生间', 'toilet', rect(ox + L - 12, corridor1, ox + L, oy + D - 7));
      serviceZone(fb, [ox + L - 12, corridor1, ox + L, oy + D - 7], 'toilet', 0, mount);
    }
    fb.zone('电梯厅', 'corridor', rect(ox + 6, oy + D - 7, ox + 27, oy + D));
    fb.zone('电梯厅', 'corridor', rect(ox + 33, oy + D - 7, ox + L - 6, oy + D));
    for (const ex of [5, 17, 30, 43, 55]) extinguisher(fb, [ox + ex, corridor0 + 1.2], opts);
  }
  serviceZone(fb, [ox + 6, oy + D - 7, ox + 27, oy + D], 'corridor', 0, mount);
  serviceZone(fb, [ox + 33, oy + D - 7, ox + L - 6, oy + D], 'corridor', 0, mount);
  fb.floor.windows.push({ id: fb.id('n'), a: [ox + 1, oy], b: [ox + L - 1, oy], sill: 0.9, head: 2.6, openable: 0.3 });
  lightStairs(fb, mount);
  // Four-bed rooms (a bed per 12 m² or so: the rooms are 4 × 12 m).
  for (const z of fb.floor.zones) if (z.use === 'dormitory') z.beds = 4;
  equipSafety(fb, { stairEnclosure: 'enclosed', stairFlightWidth: 1.4, persons: floorPersons(fb.floor), femaleShare: 0.6, inspectedOn: () => random.pick(INSPECTED) });
  return fb.floor;
}

function amenityBuilding(id: string, name: string, origin: Point, random: Random): Building {
  const [x, y] = origin;
  const kinds = ['canteen', 'training', 'dormitory', 'dormitory'] as const;
  return {
    id,
    name,
    footprint: rect(x, y, x + 60 + 2 * WALL, y + 30 + 2 * WALL),
    height: Math.round(kinds.length * FLOOR_HEIGHT * 100) / 100,
    sprinklered: true,
    fireResistanceGrade: 2,
    floors: kinds.map((k, i) =>
      amenityFloor(id, i + 1, [x + WALL, y + WALL], k, random, i === 1 ? new Set(['overdue-extinguisher'] as const) : undefined),
    ),
  };
}

/**
 * The shipped sample: 星河呼叫中心产业园 — two six-storey call buildings and an amenity
 * building (canteen, training, dormitories), about 5,000 seats. A few defects are planted on
 * purpose (docs/samples.md).
 */
export function generateSamplePark(): PlanDocument {
  const random = seededRandom(20261101);
  const defectsA = new Map<number, CallFloorOptions['defects']>([
    [2, new Set(['detector-by-outlet'] as const)],
    [3, new Set(['cabling-door-c'] as const)],
    [4, new Set(['missing-exit-sign'] as const)],
  ]);
  const defectsB = new Map<number, CallFloorOptions['defects']>([
    [2, new Set(['overdue-extinguisher'] as const)],
    [3, new Set(['open-stair'] as const)],
    [5, new Set(['dark-rest'] as const)],
  ]);
  const a = callBuilding({ id: 'A', name: 'A栋 话务楼', origin: [20, 20], storeys: 6, length: 106, depth: 38, random, defects: defectsA, workNames: ['话务一区', '话务二区'] });
  const b = callBuilding({ id: 'B', name: 'B栋 话务楼', origin: [20, 85], storeys: 6, length: 106, depth: 38, random, defects: defectsB, workNames: ['话务三区', '话务四区'] });
  const c = amenityBuilding('C', 'C栋 综合楼', [160, 20], random);
  // the park's economics (docs/economics.md): A and C built first, B second
  a.phase = 'phase-1';
  c.phase = 'phase-1';
  b.phase = 'phase-2';
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: '星河呼叫中心产业园',
    locale: 'zh-CN',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(0, 0, 260, 200),
      controls: { maxFar: 2.0, maxCoverage: 0.4, minGreenRatio: 0.3, maxHeight: 50, minSetback: 5 },
      green: [rect(150, 75, 250, 190), rect(10, 140, 140, 190)],
      buildings: [a, b, c],
    },
    costs: {
      currency: 'CNY',
      fitOutPerM2: 1500,
      rentPerM2Month: 45,
      equipmentPerSeat: 6000,
      landCost: 48_000_000,
      constructionPerM2: 3200,
      fitOutPerSeat: 800,
      rentFreeMonths: 3,
      utilitiesPerSeatMonth: 260,
      staffPerSeatMonth: 6500,
    },
    tenants: [
      { id: 'tenant-1', name: '华信通信客服中心', floorIds: ['A-2F', 'A-3F', 'A-4F'], leaseStart: '2025-01-01', leaseEnd: '2029-12-31', rentPerSeatMonth: 420 },
      { id: 'tenant-2', name: '安泰保险服务热线', floorIds: ['B-1F', 'B-2F', 'B-3F'], seats: 1000, leaseStart: '2026-03-01', leaseEnd: '2031-02-28', rentPerSeatMonth: 450 },
    ],
    phases: [
      { id: 'phase-1', name: '一期', start: '2023-03-01', end: '2024-12-31' },
      { id: 'phase-2', name: '二期', start: '2025-04-01', end: '2026-09-30' },
    ],
  };
}

/** A one-floor sample of about 150 seats for quick demos and tests. */
export function generateSmallFloor(): PlanDocument {
  const random = seededRandom(7);
  const building = callBuilding({ id: 'S', name: 'Demo building 示范楼', origin: [10, 10], storeys: 1, length: 64, depth: 26, random, workNames: ['Call area 话务区'] });
  building.height = 20;
  building.floors[0]!.level = 3;
  building.floors[0]!.elevation = 7.8;
  building.floors[0]!.name = '3F';
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: 'Small call floor 小型话务层',
    locale: 'en',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(0, 0, 100, 60),
      controls: { maxFar: 2.5, maxCoverage: 0.5, minGreenRatio: 0.2, maxHeight: 50, minSetback: 5 },
      green: [rect(80, 5, 95, 55)],
      buildings: [building],
    },
  };
}

export interface ParkOptions {
  seats: number;
  seed?: number;
  name?: string;
  locale?: Locale;
}

/**
 * A park of about `seats` seats for benchmarks: six-storey call buildings of 100 × 38 m plates
 * (≈ 380 seats a floor) on a grid, plus one amenity building per 20,000 seats.
 */
export function generatePark(options: ParkOptions): PlanDocument {
  const random = seededRandom(options.seed ?? 1);
  const amenities = Math.max(1, Math.floor(options.seats / 20000));
  // Seats of one call floor and of one amenity building, measured rather than assumed.
  const probe = callBuilding({ id: 'P', name: 'P', origin: [0, 0], storeys: 1, length: 100, depth: 38, random: seededRandom(0) });
  const perFloor = probe.floors[0]!.workstations.length;
  const perAmenity = amenityBuilding('Q', 'Q', [0, 0], seededRandom(0)).floors.reduce((n, f) => n + f.workstations.length, 0);
  const floorsNeeded = Math.max(1, Math.round((options.seats - amenities * perAmenity) / perFloor));
  const buildingCount = Math.ceil(floorsNeeded / 6);
  const cols = Math.ceil(Math.sqrt(buildingCount));
  const buildings: Building[] = [];
  let remaining = floorsNeeded;
  for (let i = 0; i < buildingCount; i++) {
    const storeys = Math.min(6, remaining);
    remaining -= storeys;
    const col = i % cols;
    const row = Math.floor(i / cols);
    buildings.push(callBuilding({ id: `B${i + 1}`, name: `${i + 1}号楼`, origin: [20 + col * 120, 20 + row * 60], storeys, length: 100, depth: 38, random }));
  }
  const rows = Math.ceil(buildingCount / cols);
  const width = 40 + cols * 120;
  const height = 40 + rows * 60 + 60;
  for (let k = 0; k < amenities; k++) {
    buildings.push(amenityBuilding(`C${k + 1}`, `综合楼${k + 1}`, [20 + k * 80, 20 + rows * 60 + 5], random));
  }
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: options.name ?? `园区 ${options.seats} 座`,
    locale: options.locale ?? 'zh-CN',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(0, 0, Math.max(width, 40 + amenities * 80), height),
      controls: { maxFar: 2.5, maxCoverage: 0.45, minGreenRatio: 0.1, maxHeight: 50, minSetback: 5 },
      green: [rect(5, height - 12, Math.max(width, 40 + amenities * 80) - 5, height - 6)],
      buildings,
    },
  };
}

/**
 * One dense floor of about `seats` seats (benchmarks: a 2,000-seat floor). The plate grows in
 * length; benches are packed at a 3.6 m pitch as on the densest real call floors.
 */
export function generateDenseFloor(seats: number, seed = 1): PlanDocument {
  // Seats grow with the plate's length; size it once from a probe plate, then build.
  const probe = denseFloorPlan(100, seed);
  const perMetre = probe.site.buildings[0]!.floors[0]!.workstations.length / 100;
  return denseFloorPlan(Math.max(60, Math.round(seats / perMetre)), seed);
}

function denseFloorPlan(length: number, seed: number): PlanDocument {
  const random = seededRandom(seed);
  const depth = 60;
  const floor = buildCallFloor({
    buildingId: 'D',
    level: 2,
    origin: [10.3, 10.3],
    length,
    depth,
    floorHeight: FLOOR_HEIGHT,
    clearHeight: 2.8,
    rooms: callBandRooms(length, true),
    southCores: [Math.round(length * 0.22), Math.round(length * 0.5), Math.round(length * 0.78)],
    blockPitch: 3.6,
    benchDesks: 8,
    crossAisle: 1.8,
    exitWidth: 2.4,
    inspectedDates: INSPECTED,
    random,
  });
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: `Dense floor ${floor.workstations.length}`,
    locale: 'zh-CN',
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: rect(0, 0, length + 40, depth + 40),
      green: [],
      buildings: [{ id: 'D', name: 'D', footprint: rect(10, 10, 10.6 + length, 10.6 + depth), height: 23.4, sprinklered: true, fireResistanceGrade: 2, floors: [floor] }],
    },
  };
}

// One realistic call floor, laid out on a rectangular plate:
//   north band  — rooms behind partitions (management and rest behind 2.4 m glass, meeting,
//                 power / cabling / server rooms behind fire walls with rated doors, toilets)
//                 between stair cores whose exits face the corridor;
//   corridor    — a 3 m main aisle along the band;
//   south part  — the open call area: back-to-back benches with cross aisles, two more stair
//                 cores on the south side so every seat is near an exit.
// Lights, fresh air, extinguishers, detectors and sprinklers are placed per zone from the
// same numbers the rules check (the rules' lighting model, m³/h per person, reach).
import { emptyFloor, type FloorFacts } from '../emptyFloor.ts';
import type {
  AirTerminal,
  Core,
  Door,
  Exit,
  Extinguisher,
  FireRating,
  Floor,
  Luminaire,
  Point,
  PointDevice,
  Polygon,
  StairEnclosure,
  Wall,
  WallKind,
  WindowPane,
  Workstation,
  Zone,
  ZoneUse,
} from '../types.ts';
import type { Random } from './random.ts';
import { equipSafety, type PlantedDefect } from './safetyDevices.ts';

export type { PlantedDefect } from './safetyDevices.ts';

export interface RoomSpec {
  use: ZoneUse | 'stair' | 'lift';
  name: string;
  /** width along the plate (m) */
  width: number;
  /** desks inside (management, training) */
  desks?: number;
  doorRating?: FireRating;
}

export interface CallFloorOptions {
  buildingId: string;
  level: number;
  /** south-west corner of the plate's inner face */
  origin: Point;
  /** inner length (east–west) and depth (north–south) */
  length: number;
  depth: number;
  floorHeight: number;
  clearHeight: number;
  /** depth of the north room band */
  bandDepth?: number;
  /** rooms along the north band, west to east; widths should add up to `length` */
  rooms: RoomSpec[];
  /** x offsets (from origin) of south stair cores; each 6 m wide, 6 m deep */
  southCores?: number[];
  /** desks per bench, desk width, bench-to-bench pitch north–south (back-to-back pair) */
  benchDesks?: number;
  deskWidth?: number;
  blockPitch?: number;
  crossAisle?: number;
  exitWidth?: number;
  /** call-area name */
  workName?: string;
  /** ISO dates to draw inspection dates from */
  inspectedDates: string[];
  random: Random;
  /** ids of deliberate defects to plant on this floor (see docs/samples.md) */
  defects?: Set<PlantedDefect>;
  /** how the stair cores are enclosed (default enclosed, 封闭楼梯间) and their flight width (default 1.3 m) */
  stairEnclosure?: StairEnclosure;
  stairFlightWidth?: number;
}

const DESK_DEPTH = 0.7;
const CORRIDOR = 3;
const LUX_REQUIRED: Partial<Record<ZoneUse, number>> = {
  work: 300, management: 300, meeting: 300, training: 500, server: 500, cabling: 500,
  canteen: 200, power: 200, rest: 100, storage: 100, toilet: 75, corridor: 50, dormitory: 100,
};
/** persons per m² for zones without desks (rules.md "Occupants") */
const DENSITY: Partial<Record<ZoneUse, number>> = { meeting: 0.5, canteen: 1.0, training: 0.5, rest: 0.3 };
const FRESH_AIR_PER_PERSON = 30;
/** LED panels at 139 lm/W, their lumen package chosen per zone (see lightZone) */
const LUMENS_PER_WATT = 139;
/** no further apart than about the mounting height above the work plane (uniformity) */
const MAX_LIGHT_SPACING = 2.2;
/** the rules' lighting model (docs/rules.md "Lighting"), gb values: reference planes of the uses rated at floor level, */
const FLOOR_PLANE_USES: readonly ZoneUse[] = ['corridor', 'toilet', 'rest', 'storage', 'power'];
/** maintenance factor, reflectances (ceiling, walls, floor) and the grid's band at the walls */
const MF = 0.8;
const REFLECTANCE = { ceiling: 0.7, walls: 0.5, floor: 0.2 };
const BAND = 0.5;
/** design aim: 8 % over the required level (under it fails; over +20 % gets a note, GB 50034-2024 §4.1.5) */
const LIGHT_AIM = 1.08;
/** emergency mode of the panels marked emergency (every second one each way): 250 lm, about 10 % */
const EMERGENCY_FLUX = 250;

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const r2 = (x: number): number => Math.round(x * 1000) / 1000;
const pt = (x: number, y: number): Point => [r2(x), r2(y)];

export class FloorBuilder {
  readonly floor: Floor;
  private n = 0;
  constructor(readonly prefix: string, base: FloorFacts) {
    this.floor = emptyFloor(base);
  }
  id(kind: string): string {
    return `${this.prefix}-${kind}${++this.n}`;
  }
  wall(a: Point, b: Point, kind: WallKind, height?: number): Wall {
    const w: Wall = { id: this.id('w'), a: pt(...a), b: pt(...b), kind };
    if (height !== undefined) w.height = height;
    if (kind === 'fire') w.thickness = 0.2;
    if (kind === 'fire-partition') {
      w.thickness = 0.2;
      w.fireResistance = 2;
    }
    this.floor.walls.push(w);
    return w;
  }
  door(at: Point, width: number, wall?: Wall, rating?: FireRating): Door {
    const d: Door = { id: this.id('d'), at: pt(...at), width };
    if (wall) d.wall = wall.id;
    if (rating) d.fireRating = rating;
    this.floor.doors.push(d);
    return d;
  }
  zone(name: string, use: ZoneUse, polygon: Polygon): Zone {
    const z: Zone = { id: this.id('z'), name, use, polygon: polygon.map((p) => pt(...p)) };
    this.floor.zones.push(z);
    return z;
  }
  core(kind: Core['kind'], polygon: Polygon): Core {
    const c: Core = { id: this.id('c'), kind, polygon: polygon.map((p) => pt(...p)) };
    this.floor.cores.push(c);
    return c;
  }
  exit(at: Point, width: number, kind: Exit['kind'] = 'stair'): Exit {
    const e: Exit = { id: this.id('e'), at: pt(...at), width, kind };
    this.floor.exits.push(e);
    return e;
  }
  desk(at: Point, rotation: number, width: number, role: Workstation['role']): void {
    this.floor.workstations.push({ id: this.id('s'), at: pt(...at), rotation, size: [width, DESK_DEPTH], role });
  }
}

/** Evenly spaced positions along [a, b] with at most `spacing` between them, half a step from each end. */
function spread(a: number, b: number, spacing: number): number[] {
  const count = Math.max(1, Math.ceil((b - a) / spacing - 1e-9));
  const step = (b - a) / count;
  return Array.from({ length: count }, (_, i) => a + step * (i + 0.5));
}

/**
 * Luminaire positions along [a, b]: at most `spacing` apart, the outer ones 0.3 of a step from
 * the walls so the border of the zone is not left dark (uniformity is measured to 0.5 m from it).
 */
function spreadLights(a: number, b: number, spacing: number): number[] {
  const count = Math.max(1, Math.ceil((b - a) / spacing - 1e-9));
  if (count === 1) return [(a + b) / 2];
  const step = (b - a) / count;
  const first = a + 0.3 * step;
  const last = b - 0.3 * step;
  return Array.from({ length: count }, (_, i) => first + ((last - first) * i) / (count - 1));
}

/**
 * Share of a Lambertian downlight's flux falling on the rectangle [x0, x1] × [y0, y1] of a plane
 * h below it (the view factor of a small parallel surface to the rectangle, corner by corner).
 */
function fluxShare(sx: number, sy: number, h: number, x0: number, y0: number, x1: number, y1: number): number {
  const corner = (a: number, b: number): number => {
    const X = Math.abs(a) / h;
    const Y = Math.abs(b) / h;
    const f = (X / Math.sqrt(1 + X * X)) * Math.atan(Y / Math.sqrt(1 + X * X)) + (Y / Math.sqrt(1 + Y * Y)) * Math.atan(X / Math.sqrt(1 + Y * Y));
    return (Math.sign(a) * Math.sign(b) * f) / (2 * Math.PI);
  };
  return corner(x1 - sx, y1 - sy) - corner(x0 - sx, y1 - sy) - corner(x1 - sx, y0 - sy) + corner(x0 - sx, y0 - sy);
}

/**
 * Maintained average illuminance (lx) per lumen of each luminaire on the zone's calculation area,
 * by the rules' model: direct light (the flux share on the area less its 0.5 m band, over that
 * area) plus the reflected component of the room above the plane (`cavity` m high), × MF.
 */
function luxPerLumen(box: [number, number, number, number], at: readonly Point[], h: number, cavity: number): number {
  const [x0, y0, x1, y1] = box;
  const area = (x1 - x0) * (y1 - y0);
  const band = Math.min(BAND, (x1 - x0) / 2 - 0.05, (y1 - y0) / 2 - 0.05);
  const calc = (x1 - x0 - 2 * band) * (y1 - y0 - 2 * band);
  let onCalc = 0;
  for (const [x, y] of at) onCalc += fluxShare(x, y, h, x0 + band, y0 + band, x1 - band, y1 - band);
  const direct = onCalc / calc;
  const walls = 2 * (x1 - x0 + y1 - y0) * cavity;
  const surfaces = 2 * area + walls;
  const mean = ((REFLECTANCE.ceiling + REFLECTANCE.floor) * area + REFLECTANCE.walls * walls) / surfaces;
  const down = Math.min(at.length, direct * area);
  const reflected = (REFLECTANCE.floor * down + REFLECTANCE.walls * (at.length - down)) / (surfaces * (1 - mean));
  return MF * (direct + reflected);
}

/**
 * Luminaires of a rectangular zone: a grid no sparser than MAX_LIGHT_SPACING (uniformity), the
 * lumen package chosen so the rules' model gives LIGHT_AIM × the required level on the zone's
 * reference plane; every second one each way also an emergency luminaire.
 */
function lightZone(fb: FloorBuilder, box: [number, number, number, number], use: ZoneUse, mount: number, options: { dark?: boolean; perimeter?: boolean }): void {
  const [x0, y0, x1, y1] = box;
  const width = x1 - x0;
  const depth = y1 - y0;
  const required = LUX_REQUIRED[use] ?? 100;
  const plane = FLOOR_PLANE_USES.includes(use) ? 0 : 0.75;
  const spacing = options.dark ? 4.5 : MAX_LIGHT_SPACING;
  const xs = spreadLights(x0, x1, width / Math.max(1, Math.ceil(width / spacing)) + 1e-9);
  const ys = spreadLights(y0, y1, depth / Math.max(1, Math.ceil(depth / spacing)) + 1e-9);
  const at: { p: Point; emergency: boolean }[] = [];
  xs.forEach((x, i) => ys.forEach((y, j) => at.push({ p: [x, y], emergency: i % 2 === 0 && j % 2 === 0 })));
  if (options.perimeter) {
    // Wall-washing row round large open areas: the edges see only half the ceiling's lights.
    const inset = 0.3;
    for (const x of xs) for (const y of [y0 + inset, y1 - inset]) at.push({ p: [x, y], emergency: false });
    for (const y of ys) for (const x of [x0 + inset, x1 - inset]) at.push({ p: [x, y], emergency: false });
  }
  const target = required * (options.dark ? 0.6 : LIGHT_AIM);
  const flux = Math.round(target / luxPerLumen(box, at.map((l) => l.p), mount - plane, mount - plane) / 10) * 10;
  const power = Math.round((flux / LUMENS_PER_WATT) * 10) / 10;
  for (const { p, emergency } of at) {
    const l: Luminaire = { id: fb.id('l'), at: pt(...p), mount, flux, power };
    if (emergency) {
      l.emergency = true;
      l.emergencyFlux = Math.min(flux, EMERGENCY_FLUX);
    }
    fb.floor.luminaires.push(l);
  }
}

/** Emergency lights of the stair cores (flights and landings): four per core, 400 lm in emergency mode. */
export function lightStairs(fb: FloorBuilder, mount: number): void {
  for (const core of fb.floor.cores) {
    if (core.kind !== 'stair') continue;
    const xs = core.polygon.map((p) => p[0]);
    const ys = core.polygon.map((p) => p[1]);
    const [cx0, cx1, cy0, cy1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const fx of [0.3, 0.7]) for (const fy of [0.3, 0.7]) {
      fb.floor.luminaires.push({ id: fb.id('l'), at: pt(cx0 + (cx1 - cx0) * fx, cy0 + (cy1 - cy0) * fy), mount, flux: 800, power: 6, emergency: true, emergencyFlux: 400 });
    }
  }
}

/** Lights, fresh air and detectors for a rectangular zone, sized from the rule numbers. */
export function serviceZone(
  fb: FloorBuilder,
  box: [number, number, number, number],
  use: ZoneUse,
  persons: number,
  mount: number,
  options: { dark?: boolean; perimeter?: boolean } = {},
): void {
  const [x0, y0, x1, y1] = box;
  const area = (x1 - x0) * (y1 - y0);
  lightZone(fb, box, use, mount, options);

  const people = persons > 0 ? persons : Math.ceil(area * (DENSITY[use] ?? 0));
  if (people > 0 && (use === 'work' || use === 'management' || use === 'training' || use === 'meeting' || use === 'canteen' || use === 'rest')) {
    const axs = spread(x0, x1, 6);
    const ays = spread(y0, y1, 6);
    const count = axs.length * ays.length;
    const flow = Math.ceil((people * FRESH_AIR_PER_PERSON * 1.1) / count / 10) * 10;
    for (const y of ays) for (const x of axs) fb.floor.airTerminals.push({ id: fb.id('a'), at: pt(x, y + 0.3), freshAir: flow } satisfies AirTerminal);
  }
  // 5.5 m apart: every point within 3.9 m (radius 5.8 m), with room to slide one clear of an outlet.
  for (const y of spread(y0, y1, 5.5)) for (const x of spread(x0, x1, 5.5)) fb.floor.detectors.push({ id: fb.id('k'), at: pt(x + 0.2, y) } satisfies PointDevice);
  for (const y of spread(y0, y1, 3.4)) for (const x of spread(x0, x1, 3.4)) fb.floor.sprinklers.push({ id: fb.id('p'), at: pt(x, y) } satisfies PointDevice);
}

/** Persons a floor holds as the rules count them: a seat each, and zones without desks by their density. */
export function floorPersons(floor: Floor): number {
  let persons = floor.workstations.length;
  for (const z of floor.zones) {
    const density = z.use === 'dormitory' ? 0 : DENSITY[z.use] ?? 0;
    const xs = z.polygon.map((p) => p[0]);
    const ys = z.polygon.map((p) => p[1]);
    const hasDesks = floor.workstations.some((w) => w.at[0] > Math.min(...xs) && w.at[0] < Math.max(...xs) && w.at[1] > Math.min(...ys) && w.at[1] < Math.max(...ys));
    if (!hasDesks) persons += Math.ceil((Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)) * density);
    if (z.use === 'dormitory') persons += z.beds ?? 0;
  }
  return persons;
}

export function extinguisher(fb: FloorBuilder, at: Point, options: CallFloorOptions, overdue = false): void {
  const x: Extinguisher = { id: fb.id('x'), at: pt(...at), rating: '3A' };
  x.lastInspected = overdue ? '2026-08-15' : options.random.pick(options.inspectedDates);
  fb.floor.extinguishers.push(x);
}

const WALL_KIND: Partial<Record<ZoneUse, WallKind>> = {
  management: 'glass', rest: 'glass', meeting: 'glass', training: 'glass',
  power: 'fire-partition', cabling: 'fire-partition', server: 'fire-partition', toilet: 'solid', storage: 'solid',
};
const DOOR_RATING: Partial<Record<ZoneUse, FireRating>> = { power: 'A', server: 'A', cabling: 'B' };

export function buildCallFloor(o: CallFloorOptions): Floor {
  const [ox, oy] = o.origin;
  const L = o.length;
  const D = o.depth;
  const band = o.bandDepth ?? 8;
  const fid = `${o.buildingId}-${o.level}F`;
  const fb = new FloorBuilder(fid, {
    id: fid,
    name: `${o.level}F`,
    level: o.level,
    elevation: r2((o.level - 1) * o.floorHeight),
    height: o.floorHeight,
    clearHeight: o.clearHeight,
    outline: rect(ox, oy, ox + L, oy + D).map((p) => pt(...p)),
  });
  const mount = o.clearHeight;
  const exitWidth = o.exitWidth ?? 1.5;
  const bandY = oy + D - band;
  const corridorY = bandY - CORRIDOR;

  // North band: rooms and cores, west to east.
  let x = ox;
  let previousKind: WallKind | null = null;
  const roomBoxes: { spec: RoomSpec; box: [number, number, number, number] }[] = [];
  for (const [i, spec] of o.rooms.entries()) {
    const x1 = i === o.rooms.length - 1 ? ox + L : x + spec.width;
    if (spec.use === 'stair' || spec.use === 'lift') {
      fb.core(spec.use, rect(x, bandY, x1, oy + D));
      if (spec.use === 'stair') {
        fb.exit([(x + x1) / 2, bandY], exitWidth);
        extinguisher(fb, [(x + x1) / 2 + 1.6, bandY - 0.4], o);
      }
      previousKind = null;
    } else {
      const kind = WALL_KIND[spec.use] ?? 'solid';
      const height = kind === 'glass' ? 2.4 : undefined;
      // Side wall to the west unless a core or the outline is there.
      if (i > 0 && previousKind !== null) {
        const sideKind: WallKind = kind === 'fire-partition' || previousKind === 'fire-partition' ? 'fire-partition' : kind === 'glass' && previousKind === 'glass' ? 'glass' : 'solid';
        fb.wall([x, bandY], [x, oy + D], sideKind, sideKind === 'glass' ? 2.4 : undefined);
      }
      const front = fb.wall([x, bandY], [x1, bandY], kind, height);
      let rating = DOOR_RATING[spec.use];
      if (spec.use === 'cabling' && o.defects?.has('cabling-door-c')) rating = 'C';
      const doorWidth = spec.use === 'toilet' || spec.use === 'storage' ? 1.0 : 1.2;
      if ((x1 - x) * band > 120) {
        // Rooms over 120 m² need two doors (GB 50016 §5.5.15).
        fb.door([x + (x1 - x) * 0.25, bandY], doorWidth, front, spec.doorRating ?? rating);
        fb.door([x + (x1 - x) * 0.75, bandY], doorWidth, front, spec.doorRating ?? rating);
      } else {
        fb.door([(x + x1) / 2, bandY], doorWidth, front, spec.doorRating ?? rating);
      }
      fb.zone(spec.name, spec.use, rect(x, bandY, x1, oy + D));
      roomBoxes.push({ spec, box: [x, bandY, x1, oy + D] });
      previousKind = kind;
    }
    x = x1;
  }

  // Desks inside rooms (management offices, training): rows facing north.
  for (const { spec, box } of roomBoxes) {
    const desks = spec.desks ?? 0;
    const [x0, y0, x1, y1] = box;
    let placed = 0;
    for (let y = y0 + 2.2; y + 0.35 < y1 - 0.8 && placed < desks; y += 2.4) {
      for (let dx = x0 + 1.2; dx + 0.7 < x1 - 0.6 && placed < desks; dx += 1.6) {
        fb.desk([dx + 0.7, y], 0, 1.4, spec.use === 'management' ? (placed === 0 ? 'supervisor' : 'leader') : 'agent');
        placed++;
      }
    }
    const persons = desks > 0 ? placed : 0;
    const dark = spec.use === 'rest' && o.defects?.has('dark-rest');
    serviceZone(fb, box, spec.use as ZoneUse, persons, mount, { dark });
    // A plant room is a calculation unit of its own: two extinguishers at least (GB 50140 §6.1.1).
    if (spec.use === 'power' || spec.use === 'cabling' || spec.use === 'server') {
      extinguisher(fb, [x0 + 0.8, y1 - 0.8], o);
      extinguisher(fb, [x1 - 0.8, y1 - 0.8], o);
    }
  }

  // Corridor.
  fb.zone('走道', 'corridor', rect(ox, corridorY, ox + L, bandY));
  serviceZone(fb, [ox, corridorY, ox + L, bandY], 'corridor', 0, mount);

  // South stair cores, their exits facing north into the call area.
  const southCores = o.southCores ?? [];
  for (const cx of southCores) {
    fb.core('stair', rect(ox + cx, oy, ox + cx + 6, oy + 6));
    fb.exit([ox + cx + 3, oy + 6], exitWidth);
    extinguisher(fb, [ox + cx + 3 + 1.8, oy + 6.4], o);
  }

  // Call area polygon: the south part with notches round the south cores.
  const work: Point[] = [[ox, oy]];
  for (const cx of [...southCores].sort((a, b) => a - b)) {
    work.push([ox + cx, oy], [ox + cx, oy + 6], [ox + cx + 6, oy + 6], [ox + cx + 6, oy]);
  }
  work.push([ox + L, oy], [ox + L, corridorY], [ox, corridorY]);
  fb.zone(o.workName ?? '话务区', 'work', work);

  // Benches: back-to-back pairs of rows; cross aisles between benches.
  const benchDesks = o.benchDesks ?? 6;
  const deskWidth = o.deskWidth ?? 1.2;
  const benchLength = benchDesks * deskWidth;
  const crossAisle = o.crossAisle ?? 2.6;
  const pitch = o.blockPitch ?? 5.0;
  const benches = Math.floor((L - 3 + crossAisle) / (benchLength + crossAisle));
  const used = benches * benchLength + (benches - 1) * crossAisle;
  const startX = ox + (L - used) / 2;
  const blocks = Math.floor((corridorY - oy - 1.6 - 1.6) / pitch);
  const startY = oy + 1.6 + 1.15 + (corridorY - oy - 3.2 - blocks * pitch) / 2 + (pitch - 2.3) / 2;
  for (let b = 0; b < blocks; b++) {
    const cy = startY + b * pitch;
    for (let k = 0; k < benches; k++) {
      const bx0 = startX + k * (benchLength + crossAisle);
      const bx1 = bx0 + benchLength;
      // Keep 1.4 m clear of the south cores.
      const clash = southCores.some((cx) => bx1 > ox + cx - 1.4 && bx0 < ox + cx + 6 + 1.4 && cy - 1.3 < oy + 6 + 1.4);
      if (clash) continue;
      for (let d = 0; d < benchDesks; d++) {
        const dx = bx0 + deskWidth * (d + 0.5);
        const leader = d === 0 && k % 2 === 0;
        fb.desk([dx, cy - DESK_DEPTH / 2], 0, deskWidth, leader ? 'leader' : 'agent');
        fb.desk([dx, cy + DESK_DEPTH / 2], 180, deskWidth, 'agent');
      }
    }
  }
  const workSeats = fb.floor.workstations.filter((w) => w.at[1] < corridorY).length;
  const firstLight = fb.floor.luminaires.length;
  serviceZone(fb, [ox, oy, ox + L, corridorY], 'work', workSeats, mount, { perimeter: true });
  // Lights over a core's footprint would not light the call area: hang them beside the core.
  for (const l of fb.floor.luminaires.slice(firstLight)) {
    const core = southCores.find((cx) => l.at[0] > ox + cx - 0.2 && l.at[0] < ox + cx + 6.2 && l.at[1] < oy + 6.2);
    if (core !== undefined) l.at = pt(l.at[0] < ox + core + 3 ? ox + core - 0.6 : ox + core + 6.6, l.at[1]);
  }

  // Extinguishers along the corridor edge and the window aisle, ≤ 12 m apart.
  let first = true;
  for (const ex of spread(ox, ox + L, 12)) {
    extinguisher(fb, [ex, corridorY + 0.5], o, first && !!o.defects?.has('overdue-extinguisher'));
    first = false;
    extinguisher(fb, [ex, oy + 0.6], o);
  }

  // Windows along both long sides, between cores.
  const windowRun = (y: number, from: number, to: number): void => {
    if (to - from < 2) return;
    fb.floor.windows.push({ id: fb.id('n'), a: pt(from + 0.6, y), b: pt(to - 0.6, y), sill: 0.9, head: 2.6, openable: 0.3 } satisfies WindowPane);
  };
  let wx = ox;
  for (const cx of [...southCores].sort((a, b) => a - b)) {
    windowRun(oy, wx, ox + cx);
    wx = ox + cx + 6;
  }
  windowRun(oy, wx, ox + L);
  for (const { box } of roomBoxes) windowRun(oy + D, box[0], box[2]);
  lightStairs(fb, mount);

  // Aisles escape routes follow through the call area: the cross aisles between benches, the
  // window aisle, the aisle along the corridor and the aisles between the bench blocks.
  const aisles: [Point, Point][] = [];
  for (let k = 1; k < benches; k++) {
    const ax = startX + k * (benchLength + crossAisle) - crossAisle / 2;
    aisles.push([pt(ax, oy + 0.8), pt(ax, corridorY - 0.6)]);
  }
  aisles.push([pt(ox + 0.8, oy + 1.2), pt(ox + L - 0.8, oy + 1.2)], [pt(ox + 0.8, corridorY - 0.6), pt(ox + L - 0.8, corridorY - 0.6)]);
  for (let b = 1; b < blocks; b++) {
    const ay = startY + b * pitch - pitch / 2;
    aisles.push([pt(ox + 0.8, ay), pt(ox + L - 0.8, ay)]);
  }
  equipSafety(fb, { stairEnclosure: o.stairEnclosure ?? 'enclosed', stairFlightWidth: o.stairFlightWidth ?? 1.3, persons: floorPersons(fb.floor), femaleShare: 0.6, defects: o.defects, inspectedOn: () => o.random.pick(o.inspectedDates) }, aisles);
  return fb.floor;
}

// One realistic call floor, laid out on a rectangular plate:
//   north band  — rooms behind partitions (management and rest behind 2.4 m glass, meeting,
//                 power / cabling / server rooms behind fire walls with rated doors, toilets)
//                 between stair cores whose exits face the corridor;
//   corridor    — a 3 m main aisle along the band;
//   south part  — the open call area: back-to-back benches with cross aisles, two more stair
//                 cores on the south side so every seat is near an exit.
// Lights, fresh air, extinguishers, detectors and sprinklers are placed per zone from the
// same numbers the rules check (lumen method, m³/h per person, reach).
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
  Wall,
  WallKind,
  WindowPane,
  Workstation,
  Zone,
  ZoneUse,
} from '../types.ts';
import type { Random } from './random.ts';

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
  defects?: Set<'overdue-extinguisher' | 'cabling-door-c' | 'dark-rest'>;
}

const DESK_DEPTH = 0.7;
const CORRIDOR = 3;
const LUX_REQUIRED: Partial<Record<ZoneUse, number>> = {
  work: 300, management: 300, meeting: 300, training: 300, server: 500, cabling: 500,
  canteen: 200, power: 200, rest: 100, storage: 100, toilet: 75, corridor: 50, dormitory: 100,
};
/** persons per m² for zones without desks (rules.md "Occupants") */
const DENSITY: Partial<Record<ZoneUse, number>> = { meeting: 0.5, canteen: 1.0, training: 0.5, rest: 0.3 };
const FRESH_AIR_PER_PERSON = 30;
/** a 2,500 lm LED panel at 139 lm/W: many small lights give an even field at 2.8 m ceilings */
const LUMINAIRE = { flux: 2500, power: 18 };
/** no further apart than about the mounting height above the work plane (uniformity) */
const MAX_LIGHT_SPACING = 2.2;

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
  const required = LUX_REQUIRED[use] ?? 100;
  // Lumen method: E = N·flux·0.6·0.8/A. Aim 12 % over the requirement, never sparser than 3.6 m
  // (uniformity) and never denser than needed (power density).
  const perLuminaire = LUMINAIRE.flux * 0.48;
  const target = (options.dark ? required * 0.6 : required * 1.12);
  // The fewest luminaires that reach the target, no more than MAX_LIGHT_SPACING apart —
  // fewer luminaires, lower power density.
  const width = x1 - x0;
  const depth = y1 - y0;
  const needed = Math.max(1, Math.ceil((target * area) / perLuminaire));
  let best: [number, number] | null = null;
  for (let nx = Math.max(1, Math.ceil(width / MAX_LIGHT_SPACING)); nx <= Math.ceil(width / 0.8); nx++) {
    const ny = Math.max(Math.ceil(depth / MAX_LIGHT_SPACING), Math.ceil(needed / nx));
    if (!best || nx * ny < best[0] * best[1]) best = [nx, ny];
    if (nx >= needed) break;
  }
  let [nx, ny] = best ?? [1, 1];
  if (options.dark) {
    nx = Math.max(1, Math.ceil(width / 4.5));
    ny = Math.max(1, Math.ceil(depth / 4.5));
  }
  const xs = spreadLights(x0, x1, width / nx + 1e-9);
  const ys = spreadLights(y0, y1, depth / ny + 1e-9);
  for (const y of ys) for (const x of xs) fb.floor.luminaires.push({ id: fb.id('l'), at: pt(x, y), mount, flux: LUMINAIRE.flux, power: LUMINAIRE.power } satisfies Luminaire);
  if (options.perimeter) {
    // Wall-washing row round large open areas: the edges see only half the ceiling's lights.
    const inset = 0.3;
    for (const x of xs) for (const y of [y0 + inset, y1 - inset]) fb.floor.luminaires.push({ id: fb.id('l'), at: pt(x, y), mount, flux: LUMINAIRE.flux, power: LUMINAIRE.power });
    for (const y of ys) for (const x of [x0 + inset, x1 - inset]) fb.floor.luminaires.push({ id: fb.id('l'), at: pt(x, y), mount, flux: LUMINAIRE.flux, power: LUMINAIRE.power });
  }

  const people = persons > 0 ? persons : Math.ceil(area * (DENSITY[use] ?? 0));
  if (people > 0 && (use === 'work' || use === 'management' || use === 'training' || use === 'meeting' || use === 'canteen' || use === 'rest')) {
    const axs = spread(x0, x1, 6);
    const ays = spread(y0, y1, 6);
    const count = axs.length * ays.length;
    const flow = Math.ceil((people * FRESH_AIR_PER_PERSON * 1.1) / count / 10) * 10;
    for (const y of ays) for (const x of axs) fb.floor.airTerminals.push({ id: fb.id('a'), at: pt(x, y + 0.3), freshAir: flow } satisfies AirTerminal);
  }
  for (const y of spread(y0, y1, 7)) for (const x of spread(x0, x1, 7)) fb.floor.detectors.push({ id: fb.id('k'), at: pt(x + 0.2, y) } satisfies PointDevice);
  for (const y of spread(y0, y1, 3.4)) for (const x of spread(x0, x1, 3.4)) fb.floor.sprinklers.push({ id: fb.id('p'), at: pt(x - 0.3, y - 0.3) } satisfies PointDevice);
}

export function extinguisher(fb: FloorBuilder, at: Point, options: CallFloorOptions, overdue = false): void {
  const x: Extinguisher = { id: fb.id('x'), at: pt(...at), rating: '3A' };
  x.lastInspected = overdue ? '2026-08-15' : options.random.pick(options.inspectedDates);
  fb.floor.extinguishers.push(x);
}

const WALL_KIND: Partial<Record<ZoneUse, WallKind>> = {
  management: 'glass', rest: 'glass', meeting: 'glass', training: 'glass',
  power: 'fire', cabling: 'fire', server: 'fire', toilet: 'solid', storage: 'solid',
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
        const sideKind: WallKind = kind === 'fire' || previousKind === 'fire' ? 'fire' : kind === 'glass' && previousKind === 'glass' ? 'glass' : 'solid';
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
    if (spec.use === 'power' || spec.use === 'cabling' || spec.use === 'server') extinguisher(fb, [x0 + 0.8, y1 - 0.8], o);
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
  return fb.floor;
}

// One floor plate, laid out in modules 34 m deep stacked south to north. Each module:
//   y  0–11  strip    open call area (benches) / canteen / training rooms / dormitory rooms
//   y 11–13  corridor the ≈2 m main aisle
//   y 13–21  band     stair cores (exits on both faces), lifts, rooms behind partitions
//   y 21–23  corridor
//   y 23–34  strip
// The outline is the inner face of the exterior walls; windows run along the long sides.
import type { FireRating, Floor, Point, WallKind, ZoneUse } from '../types.ts';
import { planBand, bandItems, LIFT_WIDTH } from './band.ts';
import { FloorBuilder, mm, pt, rectArea, rectPolygon, type Rect } from './builder.ts';
import { zoneName, type NameStyle } from './names.ts';
import type { Random } from './random.ts';
import { serviceZone, zonePersons } from './services.ts';

export const STRIP_DEPTH = 11;
export const MAIN_AISLE = 2;
export const BAND_DEPTH = 8;
export const MODULE_DEPTH = 2 * STRIP_DEPTH + 2 * MAIN_AISLE + BAND_DEPTH;
export const DESK_DEPTH = 0.7;
/** Bench ends keep this far from the plate's end walls. */
const END_MARGIN = 1.5;
/** Nearest a bench's desk edge comes to its strip's edge (chair 0.45 m + a passage). */
const STRIP_EDGE = 1.6;
const MAX_EXIT_WIDTH = 2.0;
const MIN_EXIT_WIDTH = 1.4;
/** Σ exit width per 100 persons for buildings of ≥ 4 storeys (GB 50016 Table 5.5.21-1), used for all. */
const EXIT_WIDTH_PER_100 = 1.0;

export type FloorKind = 'call' | 'canteen' | 'training' | 'dormitory';

/** How the call area's benches are built: back-to-back pairs of `desksPerSide` desks. */
export interface BenchStyle {
  deskWidth: number;
  desksPerSide: number;
  /** aisle between bench rows and between benches */
  aisle: number;
}

export function randomBenchStyle(random: Random): BenchStyle {
  return { deskWidth: random.pick([1.2, 1.4]), desksPerSide: random.pick([3, 4, 5]), aisle: random.pick([1.2, 1.3, 1.4]) };
}

/** The bench style that seats the fewest people: sizes parks conservatively. */
export const SPARSEST_STYLE: BenchStyle = { deskWidth: 1.4, desksPerSide: 3, aisle: 1.4 };

export interface FloorSpec {
  id: string;
  name: string;
  level: number;
  elevation: number;
  height: number;
  clearHeight: number;
  /** south-west corner of the outline */
  origin: Point;
  width: number;
  modules: number;
  kind: FloorKind;
  /** call floors: total workstations wanted (management seats included); capped by the plate */
  seats: number;
  style: BenchStyle;
  names: NameStyle;
  random: Random;
  referenceDate: string;
  serverRoom: boolean;
  stairsPerBand: number;
  /** first number for the floor's call areas (话务N区), so names run on through a building */
  firstAreaNumber?: number;
}

interface Strip {
  rect: Rect;
  /** the strip edge along the corridor */
  corridorY: number;
  /** the other edge lies on the outline (windows) rather than against another module's strip */
  outerOnOutline: boolean;
}

function rowsPerStrip(style: BenchStyle): number {
  const pitch = 2 * DESK_DEPTH + style.aisle;
  return Math.max(1, Math.floor((STRIP_DEPTH - 2 * STRIP_EDGE + style.aisle) / pitch));
}

/** x of each bench's west end along a strip. Every fourth gap is a 2 m cross aisle. */
function benchStarts(x0: number, x1: number, style: BenchStyle): number[] {
  const length = style.desksPerSide * style.deskWidth;
  const starts: number[] = [];
  let x = x0 + END_MARGIN;
  for (let i = 0; x + length <= x1 - END_MARGIN + 1e-9; i++) {
    starts.push(x);
    x += length + (i % 4 === 3 ? 2.0 : style.aisle);
  }
  return starts;
}

function managementDesksPerRow(roomWidth: number): number {
  return Math.max(0, Math.floor((roomWidth - 2.4) / 1.4));
}

/** Workstations a call floor of this plate holds at most (benches plus management desks). */
export function callFloorCapacity(width: number, modules: number, style: BenchStyle, serverRoom: boolean, stairsPerBand = 2): number {
  const benches = benchStarts(0, width, style).length * rowsPerStrip(style) * 2 * modules;
  const band = planBand(0, width, bandItems(stairsPerBand, true, serverRoom));
  const management = band.reduce((s, m) => s + (m.item.kind === 'room' && m.item.use === 'management' ? 2 * managementDesksPerRow(m.x1 - m.x0) : 0), 0);
  return benches * 2 * style.desksPerSide + management * modules;
}

const WALL_KIND: Partial<Record<ZoneUse, WallKind>> = {
  management: 'glass',
  rest: 'glass',
  meeting: 'glass',
  training: 'glass',
  power: 'fire',
  cabling: 'fire',
  server: 'fire',
};
/** Power and server rooms 甲级, cabling rooms 乙级 (GB 50016 §6.2.7, GB 50174 §13.2.4). */
const DOOR_RATING: Partial<Record<ZoneUse, FireRating>> = { power: 'A', server: 'A', cabling: 'B' };
const WALL_STRENGTH: Record<WallKind, number> = { glass: 0, solid: 1, fire: 2 };

function wallKindOf(use: ZoneUse): WallKind {
  return WALL_KIND[use] ?? 'solid';
}

function stronger(a: WallKind, b: WallKind): WallKind {
  return WALL_STRENGTH[a] >= WALL_STRENGTH[b] ? a : b;
}

/** Evenly spread positions across [a, b], at most `spacing` apart, half a step in from each end. */
function spread(a: number, b: number, spacing: number): number[] {
  const n = Math.max(1, Math.ceil((b - a) / spacing - 1e-9));
  const step = (b - a) / n;
  return Array.from({ length: n }, (_, i) => a + step * (i + 0.5));
}

class FloorLayout {
  readonly fb: FloorBuilder;
  /** persons per zone id, for the exit width */
  private persons = 0;
  private readonly stairExits: Floor['exits'] = [];
  private exteriorWidth = 0;
  private readonly coreRects: Rect[] = [];
  private readonly counters = new Map<ZoneUse, number>();
  private readonly x0: number;
  private readonly x1: number;

  constructor(private readonly s: FloorSpec) {
    const [ox, oy] = s.origin;
    this.x0 = ox;
    this.x1 = ox + s.width;
    const outline = rectPolygon({ x0: ox, y0: oy, x1: ox + s.width, y1: oy + s.modules * MODULE_DEPTH });
    this.fb = new FloorBuilder(
      { id: s.id, name: s.name, level: s.level, elevation: s.elevation, height: s.height, clearHeight: s.clearHeight, outline },
      s.random,
      s.referenceDate,
    );
    if (s.firstAreaNumber !== undefined) this.counters.set('work', s.firstAreaNumber - 1);
  }

  private nextName(use: ZoneUse, numbered: boolean): string {
    if (!numbered) return zoneName(this.s.names, use);
    const n = (this.counters.get(use) ?? 0) + 1;
    this.counters.set(use, n);
    return zoneName(this.s.names, use, use === 'dormitory' ? this.s.level * 100 + n : n);
  }

  /** A zone with its lights and fresh air; counts its persons for the exits. */
  private addZone(use: ZoneUse, r: Rect, seats: number, numbered = false): void {
    this.fb.zone(this.nextName(use, numbered), use, r);
    serviceZone(this.fb, r, use, seats);
    this.persons += use === 'dormitory' ? 0 : zonePersons(use, rectArea(r), seats);
  }

  build(): { floor: Floor; exitWidth: number } {
    const oy = this.s.origin[1];
    const strips: Strip[] = [];
    for (let m = 0; m < this.s.modules; m++) {
      const y = oy + m * MODULE_DEPTH;
      const last = m === this.s.modules - 1;
      strips.push({ rect: { x0: this.x0, y0: y, x1: this.x1, y1: y + STRIP_DEPTH }, corridorY: y + STRIP_DEPTH, outerOnOutline: m === 0 });
      const top = y + MODULE_DEPTH;
      strips.push({ rect: { x0: this.x0, y0: top - STRIP_DEPTH, x1: this.x1, y1: top }, corridorY: top - STRIP_DEPTH, outerOnOutline: last });
      this.corridor({ x0: this.x0, y0: y + STRIP_DEPTH, x1: this.x1, y1: y + STRIP_DEPTH + MAIN_AISLE });
      this.corridor({ x0: this.x0, y0: top - STRIP_DEPTH - MAIN_AISLE, x1: this.x1, y1: top - STRIP_DEPTH });
      this.band(y + STRIP_DEPTH + MAIN_AISLE);
    }
    switch (this.s.kind) {
      case 'call':
        this.callAreas(strips);
        break;
      case 'canteen':
        strips.forEach((st, i) => (i % 2 === 0 ? this.openArea(st, 'canteen') : this.roomRow(st, 'storage', st.rect.x1 - st.rect.x0)));
        break;
      case 'training':
        strips.forEach((st) => this.roomRow(st, 'training', 12));
        break;
      case 'dormitory':
        strips.forEach((st) => this.roomRow(st, 'dormitory', 3.9));
        break;
    }
    this.windowsAndEntrances();
    this.ceilingDevices();
    return { floor: this.fb.floor, exitWidth: this.sizeExits() };
  }

  private corridor(r: Rect): void {
    this.addZone('corridor', r, 0);
    const y = (r.y0 + r.y1) / 2;
    for (const x of spread(r.x0, r.x1, 12)) this.fb.extinguisher(x, y);
  }

  private band(y0: number): void {
    const y1 = y0 + BAND_DEPTH;
    const office = this.s.kind === 'call';
    const modules = planBand(this.x0, this.s.width, bandItems(this.s.stairsPerBand, office, this.s.serverRoom && office));
    const fb = this.fb;
    modules.forEach((m, i) => {
      const r: Rect = { x0: m.x0, y0, x1: m.x1, y1 };
      if (m.item.kind === 'stair') {
        this.addCore('stair', r);
        const cx = (m.x0 + m.x1) / 2;
        // A scissor stair: two protected stairs in one core, a door on each face.
        for (const y of [y0, y1]) {
          const exit = { id: fb.id('e'), at: pt(cx, y), width: MIN_EXIT_WIDTH, kind: 'stair' as const };
          fb.floor.exits.push(exit);
          this.stairExits.push(exit);
        }
        return;
      }
      if (m.item.kind === 'lifts') {
        this.addCore('lift', { ...r, x1: m.x0 + LIFT_WIDTH });
        this.addCore('shaft', { ...r, x0: m.x0 + LIFT_WIDTH });
        return;
      }
      const use = m.item.use;
      const kind = wallKindOf(use);
      // The west wall between this module and the previous one (the outline closes the ends).
      const prev = modules[i - 1];
      if (prev) {
        const prevKind = prev.item.kind === 'room' ? wallKindOf(prev.item.use) : kind;
        fb.wall([m.x0, y0], [m.x0, y1], stronger(kind, prevKind));
      }
      const next = modules[i + 1];
      if (next && next.item.kind !== 'room') fb.wall([m.x1, y0], [m.x1, y1], kind);
      const south = fb.wall([m.x0, y0], [m.x1, y0], kind);
      const north = fb.wall([m.x0, y1], [m.x1, y1], kind);
      const cx = (m.x0 + m.x1) / 2;
      const rating = DOOR_RATING[use];
      const width = use === 'toilet' || use === 'storage' ? 1.0 : 1.2;
      fb.door([cx, y0], width, south, rating);
      // Rooms over 120 m² need two doors (GB 50016 §5.5.15); management and rest open to both sides.
      if (use === 'management' || use === 'rest' || rectArea(r) > 120) fb.door([cx, y1], width, north, rating);
      let seats = 0;
      if (use === 'management') seats = this.managementDesks(r);
      this.addZone(use, r, seats);
      if (rating) fb.extinguisher(m.x0 + 0.6, y1 - 0.6);
    });
  }

  private addCore(kind: 'stair' | 'lift' | 'shaft', r: Rect): void {
    this.fb.core(kind, r);
    this.coreRects.push(r);
  }

  /** Supervisors' desks: one back-to-back pair of rows along the room's middle. */
  private managementDesks(r: Rect): number {
    const perRow = managementDesksPerRow(r.x1 - r.x0);
    const yMid = (r.y0 + r.y1) / 2;
    const start = (r.x0 + r.x1) / 2 - (perRow * 1.4) / 2;
    for (let i = 0; i < perRow; i++) {
      const x = start + 1.4 * (i + 0.5);
      this.fb.desk(x, yMid - DESK_DEPTH / 2, 0, [1.4, DESK_DEPTH], 'supervisor');
      this.fb.desk(x, yMid + DESK_DEPTH / 2, 180, [1.4, DESK_DEPTH], i === 0 ? 'supervisor' : 'leader');
    }
    return 2 * perRow;
  }

  /** Open call areas: benches placed column by column across all strips until the seat target. */
  private callAreas(strips: Strip[]): void {
    const style = this.s.style;
    const rows = rowsPerStrip(style);
    const pitch = 2 * DESK_DEPTH + style.aisle;
    const used = rows * 2 * DESK_DEPTH + (rows - 1) * style.aisle;
    const starts = benchStarts(this.x0, this.x1, style);
    const size: [number, number] = [style.deskWidth, DESK_DEPTH];
    const already = this.fb.floor.workstations.length;
    let remaining = Math.max(0, this.s.seats - already);
    const seats = strips.map(() => 0);
    for (const bx of starts) {
      strips.forEach((st, si) => {
        const firstRow = st.rect.y0 + (STRIP_DEPTH - used) / 2;
        for (let r = 0; r < rows && remaining > 0; r++) {
          const y = firstRow + r * pitch;
          const n = Math.min(remaining, 2 * style.desksPerSide);
          const southSide = Math.ceil(n / 2);
          for (let d = 0; d < southSide; d++) {
            this.fb.desk(bx + style.deskWidth * (d + 0.5), y + DESK_DEPTH / 2, 0, size, d === 0 ? 'leader' : 'agent');
          }
          for (let d = 0; d < n - southSide; d++) {
            this.fb.desk(bx + style.deskWidth * (d + 0.5), y + DESK_DEPTH * 1.5, 180, size, 'agent');
          }
          remaining -= n;
          seats[si]! += n;
        }
      });
    }
    strips.forEach((st, si) => this.openArea(st, 'work', seats[si]!));
  }

  /** An open strip (call area, canteen): one zone; extinguishers along its outer aisle. */
  private openArea(st: Strip, use: 'work' | 'canteen', seats = 0): void {
    this.addZone(use, st.rect, seats, use === 'work');
    const outerY = st.corridorY === st.rect.y0 ? st.rect.y1 - 0.7 : st.rect.y0 + 0.7;
    for (const x of spread(st.rect.x0 + 6, st.rect.x1 - 6, 12)) this.fb.extinguisher(x, outerY);
  }

  /** A strip divided into rooms of about `roomWidth`, each with doors on the corridor. */
  private roomRow(st: Strip, use: 'training' | 'dormitory' | 'storage', roomWidth: number): void {
    const { rect } = st;
    const kind = wallKindOf(use);
    const count = Math.max(1, Math.round((rect.x1 - rect.x0) / roomWidth));
    const w = (rect.x1 - rect.x0) / count;
    const outerY = st.corridorY === rect.y0 ? rect.y1 : rect.y0;
    for (let i = 0; i < count; i++) {
      const r: Rect = { ...rect, x0: rect.x0 + i * w, x1: rect.x0 + (i + 1) * w };
      if (i > 0) this.fb.wall([r.x0, rect.y0], [r.x0, rect.y1], kind);
      const front = this.fb.wall([r.x0, st.corridorY], [r.x1, st.corridorY], kind);
      if (!st.outerOnOutline) this.fb.wall([r.x0, outerY], [r.x1, outerY], kind);
      const doorWidth = use === 'dormitory' ? 1.0 : 1.2;
      if (rectArea(r) > 120) {
        this.fb.door([r.x0 + w / 4, st.corridorY], doorWidth, front);
        this.fb.door([r.x1 - w / 4, st.corridorY], doorWidth, front);
      } else {
        this.fb.door([(r.x0 + r.x1) / 2, st.corridorY], doorWidth, front);
      }
      const seats = use === 'training' ? this.trainingDesks(r, st.corridorY) : use === 'dormitory' ? 4 : 0;
      this.addZone(use, r, seats, use !== 'storage');
      if (use !== 'dormitory') this.fb.extinguisher(r.x0 + 0.6, outerY + (outerY > st.corridorY ? -0.6 : 0.6));
    }
  }

  /** Classroom rows facing the corridor wall, where the door and the screen are. */
  private trainingDesks(r: Rect, corridorY: number): number {
    const facingNorth = corridorY === r.y1;
    const perRow = Math.max(0, Math.floor((r.x1 - r.x0 - 2.4) / 1.2));
    const start = (r.x0 + r.x1) / 2 - (perRow * 1.2) / 2;
    let seats = 0;
    // First row 1.8 m from the back wall; 2 m row pitch; 2.5 m clear in front.
    for (let k = 0; ; k++) {
      const y = facingNorth ? r.y0 + 1.8 + 2 * k : r.y1 - 1.8 - 2 * k;
      if (facingNorth ? y > r.y1 - 2.5 : y < r.y0 + 2.5) break;
      for (let i = 0; i < perRow; i++) this.fb.desk(start + 1.2 * (i + 0.5), y, facingNorth ? 0 : 180, [1.2, DESK_DEPTH], 'agent');
      seats += perRow;
    }
    return seats;
  }

  private windowsAndEntrances(): void {
    const { x0, x1 } = this;
    const y0 = this.s.origin[1];
    const yTop = y0 + this.s.modules * MODULE_DEPTH;
    const doors: [number, number, number][] = [];
    if (this.s.level === 1) {
      // Lobby doors to outside on both long sides; the canteen gets its own doors along the south.
      const xs = this.s.kind === 'canteen' ? [x0 + this.s.width / 4, x0 + this.s.width / 2, x0 + (3 * this.s.width) / 4] : [x0 + this.s.width / 2];
      for (const x of xs) doors.push([x, y0, this.s.kind === 'canteen' ? 2.0 : 1.8]);
      doors.push([x0 + this.s.width / 2, yTop, 1.8]);
      for (const [x, y, width] of doors) {
        this.fb.exit([x, y], width, 'exterior');
        this.exteriorWidth += width;
      }
    }
    for (const y of [y0, yTop]) {
      for (let bx = x0 + 0.6; bx + 6 <= x1 - 0.6 + 1e-9; bx += 7.2) {
        const clash = doors.some(([dx, dy, w]) => dy === y && dx + w / 2 + 0.3 > bx && dx - w / 2 - 0.3 < bx + 6);
        if (!clash) this.fb.window([bx, y], [bx + 6, y]);
      }
    }
  }

  /** Sprinklers on a 3.4 m grid and smoke detectors on a 6.8 m grid, outside the cores. */
  private ceilingDevices(): void {
    const outline: Rect = { x0: this.x0, y0: this.s.origin[1], x1: this.x1, y1: this.s.origin[1] + this.s.modules * MODULE_DEPTH };
    const inCore = (x: number, y: number): boolean => this.coreRects.some((c) => x > c.x0 && x < c.x1 && y > c.y0 && y < c.y1);
    for (const [spacing, list, key] of [
      [3.4, this.fb.floor.sprinklers, 'p'],
      [6.8, this.fb.floor.detectors, 'k'],
    ] as const) {
      for (const y of spread(outline.y0, outline.y1, spacing)) {
        for (const x of spread(outline.x0, outline.x1, spacing)) {
          if (!inCore(x, y)) list.push({ id: this.fb.id(key), at: [mm(x), mm(y)] });
        }
      }
    }
  }

  /** Widens the stair doors until Σ exit width ≥ persons × 1.00 m / 100 (+5 %); returns the door width. */
  private sizeExits(): number {
    const needed = (this.persons * EXIT_WIDTH_PER_100 * 1.05) / 100 - this.exteriorWidth;
    const each = Math.max(MIN_EXIT_WIDTH, Math.ceil((needed / this.stairExits.length) * 10) / 10);
    for (const e of this.stairExits) e.width = each;
    return each;
  }
}

/** Lays out one floor; adds stair cores while the stair doors would need to be wider than 2 m. */
export function buildFloor(spec: FloorSpec): Floor {
  let stairs = spec.stairsPerBand;
  for (;;) {
    const { floor, exitWidth } = new FloorLayout({ ...spec, stairsPerBand: stairs }).build();
    if (exitWidth <= MAX_EXIT_WIDTH || stairs >= 6) return floor;
    stairs++;
  }
}


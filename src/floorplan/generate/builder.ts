// Collects one floor's elements with ids prefixed by the floor id (unique in the whole park),
// coordinates rounded to the millimetre so the JSON stays short and exact.
import type { CoreKind, ExitKind, FireRating, Floor, Point, Polygon, Role, WallKind, Wall, Zone, ZoneUse } from '../types.ts';
import type { Random } from './random.ts';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const mm = (v: number): number => Math.round(v * 1000) / 1000;
export const pt = (x: number, y: number): Point => [mm(x), mm(y)];
export const rectArea = (r: Rect): number => (r.x1 - r.x0) * (r.y1 - r.y0);
export const rectPolygon = (r: Rect): Polygon => [pt(r.x0, r.y0), pt(r.x1, r.y0), pt(r.x1, r.y1), pt(r.x0, r.y1)];

const DAY_MS = 86_400_000;

/** The ISO date `days` before `iso` (UTC, so the result does not depend on the machine's zone). */
export function daysBefore(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

export type FloorHeader = Pick<Floor, 'id' | 'name' | 'level' | 'elevation' | 'height' | 'clearHeight' | 'outline'>;

export class FloorBuilder {
  readonly floor: Floor;
  private readonly counters = new Map<string, number>();

  constructor(
    header: FloorHeader,
    readonly random: Random,
    /** inspection dates are drawn from the 25 days before this date */
    readonly referenceDate: string,
  ) {
    this.floor = {
      ...header,
      walls: [],
      doors: [],
      windows: [],
      exits: [],
      cores: [],
      zones: [],
      workstations: [],
      luminaires: [],
      airTerminals: [],
      extinguishers: [],
      detectors: [],
      sprinklers: [],
    };
  }

  id(kind: string): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `${this.floor.id}-${kind}${n}`;
  }

  wall(a: Point, b: Point, kind: WallKind): Wall {
    const wall: Wall = { id: this.id('w'), a: pt(a[0], a[1]), b: pt(b[0], b[1]), kind };
    // Glass partitions stop at 2.4 m; fire walls are thicker than the 0.1 m default.
    if (kind === 'glass') wall.height = 2.4;
    if (kind === 'fire') wall.thickness = 0.2;
    if (kind === 'solid') wall.thickness = 0.15;
    this.floor.walls.push(wall);
    return wall;
  }

  door(at: Point, width: number, wall: Wall | undefined, fireRating?: FireRating): void {
    this.floor.doors.push({
      id: this.id('d'),
      at: pt(at[0], at[1]),
      width,
      ...(wall ? { wall: wall.id } : {}),
      ...(fireRating ? { fireRating } : {}),
    });
  }

  zone(name: string, use: ZoneUse, r: Rect): Zone {
    const zone: Zone = { id: this.id('z'), name, use, polygon: rectPolygon(r) };
    this.floor.zones.push(zone);
    return zone;
  }

  core(kind: CoreKind, r: Rect): void {
    this.floor.cores.push({ id: this.id('c'), kind, polygon: rectPolygon(r) });
  }

  exit(at: Point, width: number, kind: ExitKind): void {
    this.floor.exits.push({ id: this.id('e'), at: pt(at[0], at[1]), width, kind });
  }

  desk(x: number, y: number, rotation: number, size: [number, number], role: Role): void {
    this.floor.workstations.push({ id: this.id('s'), at: pt(x, y), rotation, size, role });
  }

  window(a: Point, b: Point): void {
    this.floor.windows.push({ id: this.id('n'), a: pt(a[0], a[1]), b: pt(b[0], b[1]), sill: 0.9, head: 2.6, openable: 0.3 });
  }

  extinguisher(x: number, y: number): void {
    // Monthly inspections, all within the last 25 days of the reference date.
    const lastInspected = daysBefore(this.referenceDate, this.random.int(0, 25));
    this.floor.extinguishers.push({ id: this.id('x'), at: pt(x, y), rating: '3A', lastInspected });
  }
}

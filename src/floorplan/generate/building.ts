// A building: a footprint on the site, floors stacked at 4.2 m, all sharing one plate.
import type { Building, Floor, Point } from '../types.ts';
import { daysBefore, mm, rectPolygon } from './builder.ts';
import { buildFloor, callFloorCapacity, MODULE_DEPTH, randomBenchStyle, SPARSEST_STYLE, type BenchStyle, type FloorKind } from './floor.ts';
import { buildingName, type NameStyle } from './names.ts';
import { deriveSeed, seededRandom } from './random.ts';

export const FLOOR_HEIGHT = 4.2;
/** Exterior wall: the footprint is the outline grown by this much. */
export const EXTERIOR_WALL = 0.25;
export const MIN_PLATE_WIDTH = 60;
/** 84.5 × 34.5 m keeps a floor under the 3,000 m² compartment of a sprinklered high-rise. */
export const MAX_PLATE_WIDTH = 84;
export const AMENITY_PLATE_WIDTH = 60;
export const DEFAULT_REFERENCE_DATE = '2026-11-01';

export interface GenerateBuildingOptions {
  id: string;
  seed: number;
  storeys: number;
  /** `call`: call floors with `seats` workstations spread over them; `amenity`: canteen, training, dormitories */
  kind?: 'call' | 'amenity';
  seats?: number;
  name?: string;
  /** south-west corner of the footprint */
  origin?: Point;
  /** plate width (east–west); call buildings fit it to their seats when absent */
  width?: number;
  locale?: NameStyle;
  referenceDate?: string;
}

/** Seats for each of `floors` floors, as even as possible (the first floors take the remainder). */
export function spreadSeats(seats: number, floors: number): number[] {
  const base = Math.floor(seats / floors);
  return Array.from({ length: floors }, (_, i) => base + (i < seats % floors ? 1 : 0));
}

/** The narrowest plate width (whole metres, ≥ min) holding `seats` on one module, or max when none does. */
export function fitPlateWidth(seats: number, style: BenchStyle, min = MIN_PLATE_WIDTH, max = MAX_PLATE_WIDTH): number {
  for (let w = min; w < max; w++) if (callFloorCapacity(w, 1, style, true) >= seats) return w;
  return max;
}

/** Seats per call floor a park can count on (the sparsest bench style on a typical plate). */
export function nominalFloorSeats(width = 78): number {
  return callFloorCapacity(width, 1, SPARSEST_STYLE, true);
}

function amenityKind(level: number): FloorKind {
  return level === 1 ? 'canteen' : level === 2 ? 'training' : 'dormitory';
}

export function generateBuilding(o: GenerateBuildingOptions): Building {
  const random = seededRandom(o.seed);
  const kind = o.kind ?? 'call';
  const names = o.locale ?? 'zh-CN';
  const style = randomBenchStyle(random);
  const clearHeight = random.pick([2.8, 2.9, 3.0]);
  const quotas = spreadSeats(o.seats ?? 0, o.storeys);
  const width = o.width ?? (kind === 'amenity' ? AMENITY_PLATE_WIDTH : fitPlateWidth(Math.max(...quotas), style));
  const [fx, fy] = o.origin ?? [0, 0];
  const floors: Floor[] = [];
  let areaNumber = 1;
  for (let level = 1; level <= o.storeys; level++) {
    const id = `${o.id}-${level}F`;
    const floor = buildFloor({
      id,
      name: `${level}F`,
      level,
      elevation: mm((level - 1) * FLOOR_HEIGHT),
      height: FLOOR_HEIGHT,
      clearHeight,
      origin: [fx + EXTERIOR_WALL, fy + EXTERIOR_WALL],
      width,
      modules: 1,
      kind: kind === 'call' ? 'call' : amenityKind(level),
      seats: quotas[level - 1] ?? 0,
      style,
      names,
      random: seededRandom(deriveSeed(o.seed, level)),
      referenceDate: o.referenceDate ?? DEFAULT_REFERENCE_DATE,
      serverRoom: level === Math.min(2, o.storeys),
      stairsPerBand: 2,
      firstAreaNumber: areaNumber,
    });
    areaNumber += floor.zones.filter((z) => z.use === 'work').length;
    floors.push(floor);
  }
  const footprint = rectPolygon({ x0: fx, y0: fy, x1: fx + width + 2 * EXTERIOR_WALL, y1: fy + MODULE_DEPTH + 2 * EXTERIOR_WALL });
  return {
    id: o.id,
    name: o.name ?? buildingName(names, o.id, kind),
    footprint,
    height: mm(o.storeys * FLOOR_HEIGHT),
    sprinklered: true,
    fireResistanceGrade: 2,
    floors,
  };
}

export { daysBefore };

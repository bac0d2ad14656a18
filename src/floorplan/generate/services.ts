// Building services for one rectangular zone, sized from the numbers the rules check:
// lumen method (E = Σflux × UF 0.6 × MF 0.8 / area), power density, fresh air per person.
import type { ZoneUse } from '../types.ts';
import { mm, rectArea, type FloorBuilder, type Rect } from './builder.ts';

/** Lumen-method design factors of rules.md: utilisation 0.6 × maintenance 0.8. */
export const LUMEN_FACTOR = 0.6 * 0.8;
/** Required average illuminance per use (gb, GB 50034-2024); dormitory is our design value. */
export const REQUIRED_LUX: Record<ZoneUse, number> = {
  work: 300,
  management: 300,
  meeting: 300,
  training: 300,
  server: 500,
  cabling: 500,
  canteen: 200,
  power: 200,
  rest: 100,
  storage: 100,
  toilet: 75,
  corridor: 50,
  dormitory: 100,
};
/** Persons per m² for zones without desks (rules.md "Occupants"). */
export const PERSONS_PER_M2: Partial<Record<ZoneUse, number>> = { meeting: 0.5, training: 0.5, canteen: 1.0, rest: 0.3 };
export const FRESH_AIR_PER_PERSON = 30;
const FRESH_AIR_USES: ReadonlySet<ZoneUse> = new Set(['work', 'management', 'meeting', 'training', 'canteen', 'rest', 'dormitory']);

/** LED downlights and panels we choose from: flux (lm) and power (W). */
const LUMINAIRES = [
  { flux: 1200, power: 12 },
  { flux: 2400, power: 22 },
  { flux: 3600, power: 32 },
  { flux: 6000, power: 40 },
] as const;
/** Wider spacing than this at 2.8–3.0 m ceilings leaves dark patches (uniformity). */
const MAX_SPACING = 2.8;
const MAX_POWER_DENSITY = 7.8;

export function zonePersons(use: ZoneUse, area: number, seats: number): number {
  return seats > 0 ? seats : Math.ceil(area * (PERSONS_PER_M2[use] ?? 0));
}

interface LightingGrid {
  nx: number;
  ny: number;
  flux: number;
  power: number;
}

/** The grid of the cheapest luminaire (in watts) reaching `lux`, preferring regular spacing. */
export function lightingGrid(width: number, depth: number, lux: number): LightingGrid {
  const area = width * depth;
  let best: (LightingGrid & { score: number }) | undefined;
  for (const lum of LUMINAIRES) {
    const needed = Math.ceil((lux * area) / (lum.flux * LUMEN_FACTOR));
    const byCount = gridFor(width, depth, needed);
    const bySpacing = { nx: Math.max(byCount.nx, Math.ceil(width / MAX_SPACING)), ny: Math.max(byCount.ny, Math.ceil(depth / MAX_SPACING)) };
    for (const g of [bySpacing, byCount]) {
      const watts = g.nx * g.ny * lum.power;
      const regular = width / g.nx <= MAX_SPACING && depth / g.ny <= MAX_SPACING;
      // Within the power budget and regular beats anything else; then fewer watts.
      const score = watts + (regular ? 0 : 1e6) + (watts / area > MAX_POWER_DENSITY ? 2e6 : 0);
      if (!best || score < best.score) best = { ...g, flux: lum.flux, power: lum.power, score };
    }
  }
  const { nx, ny, flux, power } = best!;
  return { nx, ny, flux, power };
}

/** nx × ny ≥ count with cells close to square. */
export function gridFor(width: number, depth: number, count: number): { nx: number; ny: number } {
  const ny = Math.max(1, Math.round(Math.sqrt((count * depth) / width)));
  return { nx: Math.max(1, Math.ceil(count / ny)), ny };
}

/** Cell centres of an nx × ny grid over the rectangle. */
export function gridCentres(r: Rect, nx: number, ny: number): [number, number][] {
  const out: [number, number][] = [];
  const sx = (r.x1 - r.x0) / nx;
  const sy = (r.y1 - r.y0) / ny;
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) out.push([r.x0 + sx * (i + 0.5), r.y0 + sy * (j + 0.5)]);
  return out;
}

/**
 * Luminaires for a zone, mounted at the ceiling. `luxFactor` scales the design level (1.1 = 10 %
 * above the requirement; below 1 plants a deliberately dark zone).
 */
export function lightZone(fb: FloorBuilder, r: Rect, use: ZoneUse, luxFactor = 1.1): void {
  const grid = lightingGrid(r.x1 - r.x0, r.y1 - r.y0, REQUIRED_LUX[use] * luxFactor);
  const mount = fb.floor.clearHeight;
  for (const [x, y] of gridCentres(r, grid.nx, grid.ny)) {
    fb.floor.luminaires.push({ id: fb.id('l'), at: [mm(x), mm(y)], mount, flux: grid.flux, power: grid.power });
  }
}

/** Fresh-air outlets: 10 % over 30 m³/h per person, at most ~300 m³/h an outlet, spread evenly. */
export function ventilateZone(fb: FloorBuilder, r: Rect, use: ZoneUse, persons: number): void {
  if (!FRESH_AIR_USES.has(use) || persons <= 0) return;
  const needed = persons * FRESH_AIR_PER_PERSON * 1.1;
  const w = r.x1 - r.x0;
  const d = r.y1 - r.y0;
  const { nx, ny } = gridFor(w, d, Math.ceil(needed / 300));
  const each = Math.ceil(needed / (nx * ny) / 10) * 10;
  // Offset from the luminaire grid by a quarter cell so outlets and lights do not coincide.
  for (const [x, y] of gridCentres(r, nx, ny)) {
    fb.floor.airTerminals.push({ id: fb.id('a'), at: [mm(x + Math.min(0.6, w / nx / 4)), mm(y)], freshAir: each });
  }
}

/** Lights and fresh air for a zone of `seats` workstations (persons from density where no seats). */
export function serviceZone(fb: FloorBuilder, r: Rect, use: ZoneUse, seats: number, luxFactor?: number): void {
  lightZone(fb, r, use, luxFactor);
  ventilateZone(fb, r, use, zonePersons(use, rectArea(r), seats));
}

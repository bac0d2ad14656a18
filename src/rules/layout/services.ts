// Building services an auto-layout places with its desks when asked (docs/auto-layout.md
// "Services"): fresh-air outlets and luminaires of the target zones, replacing the ones there.
//  - Fresh air: outlets on a grid of about 6 m, each kept ≥ 1.6 m from every smoke detector
//    (GB 50116 §6.2.8 asks 1.5 m; the outlet is nudged to the nearest free spot), their flows
//    sized from the zone's persons by the profile's rate (gb: 30 m³/h per person; intl: per
//    person + per m²) with a 10 % margin.
//  - Luminaires: a grid no sparser than 2.2 m (uniformity), the lumen package sized with the
//    rules' own lighting model (analysis/illuminance.ts) to 1.08 × the zone's required level;
//    denser grids are tried until U0 passes; every second one each way an emergency luminaire,
//    its emergency flux sized for the escape-lighting level of the zone (gb).
// Pure: nothing here reads the desks but the persons per zone.
import { pointInZonesOnly } from '../../floorplan/commands/replaceWorkstations.ts';
import { occupantPoint } from '../../floorplan/geometry/elements.ts';
import { bounds, pointInPolygon, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { AirTerminal, Floor, Luminaire, Point, Workstation, Zone, ZoneUse } from '../../floorplan/types.ts';
import { lightingSettings } from '../analysis/floorLighting.ts';
import { emergencyLighting, zoneLighting } from '../analysis/illuminance.ts';
import { wholePersons } from '../analysis/occupants.ts';
import { buildZoneIndex, type ZoneIndex } from '../analysis/zoneIndex.ts';
import type { ProfileReader } from '../context.ts';
import { FRESH_AIR_USES } from '../rules/ventilation/freshAir.ts';

/** outlets about this far apart (m) */
export const OUTLET_SPACING = 6;
/** least distance from an outlet to a smoke detector (m): GB 50116 §6.2.8 asks 1.5 m */
export const OUTLET_DETECTOR_CLEARANCE = 1.6;
/** fresh air supplied over what the rule asks */
export const FRESH_AIR_MARGIN = 0.1;
/** luminaires no further apart than this (m), as the sample generator hangs them */
export const LIGHT_SPACING = 2.2;
/** design aim over the required average (under it fails; over +20 % gets a note, GB 50034-2024 §4.1.5) */
export const LIGHT_AIM = 1.08;
const LUMENS_PER_WATT = 139;
const HALL_USES: readonly ZoneUse[] = ['work', 'management', 'meeting', 'training'];

export interface OutletSpot {
  zoneId: string;
  at: Point;
}

/** What the services of the target zones are: luminaires (final) and outlet spots (flows set per persons). */
export interface ZoneServices {
  luminaires: Luminaire[];
  outlets: OutletSpot[];
  /** ids of the floor's luminaires and outlets in the target zones, which these replace */
  replacedLuminaires: Set<string>;
  replacedOutlets: Set<string>;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Evenly spaced positions along [a, b] at most `spacing` apart, half a step from each end. */
function spread(a: number, b: number, spacing: number): number[] {
  const count = Math.max(1, Math.ceil((b - a) / spacing - 1e-9));
  const step = (b - a) / count;
  return Array.from({ length: count }, (_, i) => a + step * (i + 0.5));
}

/** Whether a point belongs to the zone as the rules place it (the smallest zone holding it) and stands clear of the cores. */
function placeable(p: Point, zone: Zone, index: ZoneIndex, floor: Floor, clearance: number): boolean {
  if (index.zoneAt(p) !== zone) return false;
  for (const c of floor.cores) {
    const b = bounds(c.polygon);
    if (p[0] > b.minX - clearance && p[0] < b.maxX + clearance && p[1] > b.minY - clearance && p[1] < b.maxY + clearance) return false;
  }
  // keep the point a little inside the zone's edges
  for (const [dx, dy] of [[clearance, 0], [-clearance, 0], [0, clearance], [0, -clearance]] as const) if (!pointInPolygon([p[0] + dx, p[1] + dy], zone.polygon)) return false;
  return true;
}

/** Outlet spots of a zone: a ~6 m grid, each moved to the nearest spot ≥ 1.6 m from every detector. */
function outletSpots(zone: Zone, floor: Floor, index: ZoneIndex): OutletSpot[] {
  const b = bounds(zone.polygon);
  const detectors = floor.detectors.map((d) => d.at);
  const clear = (p: Point) => detectors.every((d) => Math.hypot(d[0] - p[0], d[1] - p[1]) >= OUTLET_DETECTOR_CLEARANCE);
  // nearest first: offsets on a 0.25 m lattice within 3 m
  const offsets: Point[] = [];
  for (let i = -12; i <= 12; i++) for (let j = -12; j <= 12; j++) if (i * i + j * j <= 144) offsets.push([i * 0.25, j * 0.25]);
  offsets.sort((p, q) => Math.hypot(...p) - Math.hypot(...q));
  const spots: OutletSpot[] = [];
  for (const y of spread(b.minY, b.maxY, OUTLET_SPACING)) {
    for (const x of spread(b.minX, b.maxX, OUTLET_SPACING)) {
      for (const [dx, dy] of offsets) {
        const p: Point = [r3(x + dx), r3(y + dy)];
        if (placeable(p, zone, index, floor, 0.3) && clear(p)) {
          spots.push({ zoneId: zone.id, at: p });
          break;
        }
      }
    }
  }
  return spots;
}

/** Luminaire positions along [a, b] at most `spacing` apart, the outer ones 0.3 of a step from the ends. */
function spreadLights(a: number, b: number, spacing: number): number[] {
  const count = Math.max(1, Math.ceil((b - a) / spacing - 1e-9));
  if (count === 1) return [(a + b) / 2];
  const step = (b - a) / count;
  const first = a + 0.3 * step;
  const last = b - 0.3 * step;
  return Array.from({ length: count }, (_, i) => first + ((last - first) * i) / (count - 1));
}

/** Luminaires of one zone with a required level, sized by the rules' lighting model; [] when it has none. */
function lightZone(zone: Zone, floor: Floor, index: ZoneIndex, read: ProfileReader, existing: readonly Luminaire[], newId: (kind: string) => string): Luminaire[] {
  const levelId = `light.em.${zone.use}`;
  if (!read.has(levelId)) return [];
  const required = read.num(levelId);
  const u0 = read.has(`light.u0.${zone.use}`) ? read.num(`light.u0.${zone.use}`) : 0;
  const settings = lightingSettings(read, floor);
  const area = index.area(zone);
  const cores = floor.cores.map((c) => c.polygon);
  const mounts = existing.map((l) => l.mount).sort((a, b) => a - b);
  const mount = mounts.length ? mounts[mounts.length >> 1]! : floor.clearHeight;
  const b = bounds(zone.polygon);
  let best: { at: { p: Point; emergency: boolean }[]; flux: number } | null = null;
  for (const spacing of [LIGHT_SPACING, 1.9, 1.6, 1.3]) {
    const xs = spreadLights(b.minX, b.maxX, spacing);
    const ys = spreadLights(b.minY, b.maxY, spacing);
    const at: { p: Point; emergency: boolean }[] = [];
    xs.forEach((x, i) => ys.forEach((y, j) => {
      const p: Point = [r3(x), r3(y)];
      if (placeable(p, zone, index, floor, 0.2)) at.push({ p, emergency: i % 2 === 0 && j % 2 === 0 });
    }));
    if (at.length === 0) at.push({ p: centreOf(zone), emergency: true });
    const unit = 1000;
    const lit = zoneLighting(zone, at.map(({ p }, k) => ({ id: `u${k}`, at: p, mount, flux: unit, power: 1 })), area, settings, cores);
    if (!(lit.average > 0)) continue;
    const flux = Math.ceil((required * LIGHT_AIM * unit) / lit.average / 10) * 10;
    best = { at, flux };
    if ((lit.uniformity ?? 0) >= u0 + 0.02) break;
  }
  if (!best) return [];
  const { at, flux } = best;
  const power = Math.round((flux / LUMENS_PER_WATT) * 10) / 10;
  const emergencyFlux = emergencyFluxFor(zone, area, at, mount, read, cores, flux);
  return at.map(({ p, emergency }) => {
    const l: Luminaire = { id: newId('l'), at: p, mount, flux, power };
    if (emergency || emergencyFlux.all) {
      l.emergency = true;
      l.emergencyFlux = emergencyFlux.flux;
    }
    return l;
  });
}

function centreOf(zone: Zone): Point {
  const b = bounds(zone.polygon);
  return [r3((b.minX + b.maxX) / 2), r3((b.minY + b.maxY) / 2)];
}

/**
 * Emergency flux of the zone's emergency luminaires: enough for the escape-lighting level (gb
 * fire.emergencyLighting: halls — work zones over 400 m² — 3 lx, other open zones 1 lx) with a
 * 10 % margin, at least 250 lm as the sample's panels (at most the normal flux); `all` when
 * every luminaire must be an emergency one.
 */
function emergencyFluxFor(zone: Zone, area: number, at: { p: Point; emergency: boolean }[], mount: number, read: ProfileReader, cores: Point[][], flux: number): { flux: number; all: boolean } {
  const base = Math.min(flux, 250);
  if (!read.has('fire.emergencyLighting.route')) return { flux: base, all: false };
  const crowded = read.has('fire.crowdedPlace') && read.bool('fire.crowdedPlace');
  const hall = crowded || (HALL_USES.includes(zone.use) && area > read.num('fire.emergencyLighting.hallArea'));
  const level = read.num(hall ? 'fire.emergencyLighting.hall' : 'fire.emergencyLighting.route') * 1.1;
  const mf = read.num('fire.emergencyLighting.maintenanceFactor');
  for (const all of [false, true]) {
    const lights = at.filter((l) => all || l.emergency).map(({ p }, k): Luminaire => ({ id: `e${k}`, at: p, mount, flux: 1000, power: 1, emergency: true, emergencyFlux: 1000 }));
    if (lights.length === 0) continue;
    const lit = emergencyLighting(zone.polygon, lights, read.num('light.gridBorder'), mf, cores, read.num('light.maxGridPoints'));
    if (!(lit.min > 0)) continue;
    const needed = Math.ceil((level * 1000) / lit.min / 10) * 10;
    if (needed <= flux) return { flux: Math.max(base, needed), all };
  }
  return { flux, all: true };
}

/**
 * The services of the target zones: luminaires sized now, outlet spots whose flows follow the
 * persons (sizeOutlets). `newId` gives fresh element ids ('l' luminaires, 'a' outlets).
 */
export function zoneServices(floor: Floor, zones: readonly Zone[], read: ProfileReader, newId: (kind: string) => string): ZoneServices {
  const index = buildZoneIndex(floor.zones);
  // the same test as the apply command's (replaceWorkstations), so the layout judged is the one applied
  const inTargets = (p: Point) => pointInZonesOnly(p, zones, floor.zones);
  const replacedLuminaires = new Set(floor.luminaires.filter((l) => inTargets(l.at)).map((l) => l.id));
  const replacedOutlets = new Set(floor.airTerminals.filter((t) => inTargets(t.at)).map((t) => t.id));
  const luminaires: Luminaire[] = [];
  const outlets: OutletSpot[] = [];
  for (const zone of zones) {
    const existing = floor.luminaires.filter((l) => index.zoneAt(l.at) === zone);
    luminaires.push(...lightZone(zone, floor, index, read, existing, newId));
    if (FRESH_AIR_USES.includes(zone.use)) outlets.push(...outletSpots(zone, floor, index));
  }
  return { luminaires, outlets, replacedLuminaires, replacedOutlets };
}

/** Persons of each zone with these desks, as the rules count them (a desk in the zone holding its occupant point, × shift overlap). */
export function personsByZone(floor: Floor, desks: readonly Workstation[], shiftOverlap: number): Map<string, number> {
  const index = buildZoneIndex(floor.zones);
  const seats = new Map<string, number>();
  for (const ws of desks) {
    const z = index.zoneAt(occupantPoint(ws));
    if (z) seats.set(z.id, (seats.get(z.id) ?? 0) + 1);
  }
  return new Map([...seats].map(([id, n]) => [id, wholePersons(n * shiftOverlap)]));
}

/** Outdoor air a zone needs by the profile (m³/h): gb rate × persons; intl per person + per m². */
export function freshAirNeeded(read: ProfileReader, persons: number, area: number): number {
  if (persons <= 0) return 0;
  if (read.base === 'gb') return read.num('vent.freshAirPerPerson') * persons;
  return read.num('vent.perPerson') * persons + read.num('vent.perArea') * area;
}

/**
 * Outlets with flows for the persons of each zone: the need + 10 %, shared evenly, rounded up to
 * 10 m³/h. A zone with nobody in it gets none. Ids are kept per spot so re-sizing keeps them.
 */
export function sizeOutlets(services: ZoneServices, zones: readonly Zone[], persons: ReadonlyMap<string, number>, read: ProfileReader, ids: readonly string[]): AirTerminal[] {
  const out: AirTerminal[] = [];
  services.outlets.forEach((spot, i) => {
    const zone = zones.find((z) => z.id === spot.zoneId)!;
    const count = services.outlets.filter((s) => s.zoneId === spot.zoneId).length;
    const need = freshAirNeeded(read, persons.get(zone.id) ?? 0, polygonArea(zone.polygon));
    if (need <= 0) return;
    out.push({ id: ids[i]!, at: spot.at, freshAir: Math.ceil((need * (1 + FRESH_AIR_MARGIN)) / count / 10) * 10 });
  });
  return out;
}

/** The floor's luminaires and outlets with the target zones' ones replaced. */
export function floorServices(floor: Floor, services: ZoneServices, outlets: AirTerminal[]): Pick<Floor, 'luminaires' | 'airTerminals'> {
  return {
    luminaires: [...floor.luminaires.filter((l) => !services.replacedLuminaires.has(l.id)), ...services.luminaires],
    airTerminals: [...floor.airTerminals.filter((t) => !services.replacedOutlets.has(t.id)), ...outlets],
  };
}

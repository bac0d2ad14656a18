// The lighting of every zone of a floor, kept across rule runs. Zone lighting reads only the zone,
// the floor's luminaires and cores, and the settings, so:
//  - by identity: an edit that leaves those objects alone (a moved desk, under immer) finds the
//    earlier result at once;
//  - by content: a zone lit as another was (a standard floor repeated through a building, or the
//    same room on floors whose other rooms differ) is lit once. Its key is two 53-bit hashes of
//    all that lightZone reads, ids left out: the zone's outline, area and plane, the luminaires
//    standing in it (place, mounting height, flux, power, in the floor's order) and the cores
//    near it (outlines), hashed as numbers, then the settings; a hit is named with this zone's
//    luminaires' ids.
import { ZONE_USES, type Floor, type Luminaire, type Polygon, type Zone, type ZoneUse } from '../../floorplan/types.ts';
import { IdentityCache } from './identityCache.ts';
import { coresNear, lightZone, luminairesIn, placesOf, zonePlane, type LightingSettings, type ZoneLighting } from './illuminance.ts';

/** What lighting reads of a profile (the rules' ProfileReader fits). */
export interface LightingParameters {
  has(id: string): boolean;
  num(id: string): number;
}

/** The lighting settings of a floor under a profile: parameters `light.*`, room height = the floor's clear height. */
export function lightingSettings(read: LightingParameters, floor: Pick<Floor, 'clearHeight'>): LightingSettings {
  const planes: Partial<Record<ZoneUse, number>> = {};
  for (const use of ZONE_USES) if (read.has(`light.plane.${use}`)) planes[use] = read.num(`light.plane.${use}`);
  return {
    maintenanceFactor: read.num('light.maintenanceFactor'),
    planes,
    workPlane: read.num('light.workPlane'),
    gridBorder: read.num('light.gridBorder'),
    maxGridPoints: read.num('light.maxGridPoints'),
    reflectance: { ceiling: read.num('light.reflectance.ceiling'), walls: read.num('light.reflectance.walls'), floor: read.num('light.reflectance.floor') },
    roomHeight: floor.clearHeight,
  };
}

const BY_IDENTITY = new IdentityCache<ZoneLighting>();
const BY_CONTENT = new Map<string, ZoneLighting>();
/** Enough for the distinct zones of a large park; past it the content cache starts again. */
const CONTENT_LIMIT = 4096;

/** Forgets lighting kept by content (benchmarks of a first check; the identity cache lets go by itself). */
export function forgetLighting(): void {
  BY_CONTENT.clear();
}

/**
 * cyrb53 (a fast 53-bit hash, not cryptographic) twice, seeds 1 and 2, over a list of numbers,
 * fed the two 32-bit halves of each number's 64 bits. Equal lists give equal keys (a -0 and a 0,
 * or NaNs of other bits, only miss the cache).
 */
function numbersKey(numbers: Float64Array): string {
  let a = 0xdeadbeef ^ 1;
  let b = 0x41c6ce57 ^ 1;
  let c = 0xdeadbeef ^ 2;
  let d = 0x41c6ce57 ^ 2;
  for (const word of new Uint32Array(numbers.buffer, numbers.byteOffset, 2 * numbers.length)) {
    a = Math.imul(a ^ word, 2654435761);
    b = Math.imul(b ^ word, 1597334677);
    c = Math.imul(c ^ word, 2654435761);
    d = Math.imul(d ^ word, 1597334677);
  }
  const final = (h1: number, h2: number): number => {
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
  return `n${numbers.length}:${final(a, b)}:${final(c, d)}`;
}

/** Content key of what lightZone reads but the settings. */
function zoneKey(polygon: Polygon, area: number, plane: number, inside: readonly Luminaire[], nearCores: readonly Polygon[]): string {
  let count = 2 * polygon.length + 5 + 5 * inside.length;
  for (const core of nearCores) count += 1 + 2 * core.length;
  const numbers = new Float64Array(count);
  let k = 0;
  numbers[k++] = polygon.length;
  for (const p of polygon) {
    numbers[k++] = p[0];
    numbers[k++] = p[1];
  }
  numbers[k++] = area;
  numbers[k++] = plane;
  numbers[k++] = inside.length;
  for (const l of inside) {
    numbers[k++] = l.at[0];
    numbers[k++] = l.at[1];
    numbers[k++] = l.mount;
    numbers[k++] = l.flux;
    numbers[k++] = l.power;
  }
  numbers[k++] = nearCores.length;
  for (const core of nearCores) {
    numbers[k++] = core.length;
    for (const p of core) {
      numbers[k++] = p[0];
      numbers[k++] = p[1];
    }
  }
  return numbersKey(numbers);
}

export function floorLighting(floor: Floor, zoneArea: (zone: Zone) => number, settings: LightingSettings): Map<string, ZoneLighting> {
  const { zones, luminaires, cores: floorCores } = floor;
  const settingsKey = JSON.stringify(settings);
  let cores: Polygon[] | undefined;
  let places: Float64Array | undefined;
  return new Map(
    zones.map((zone) => [
      zone.id,
      BY_IDENTITY.get([zone, luminaires, floorCores], settingsKey, () => {
        cores ??= floorCores.map((c) => c.polygon);
        places ??= placesOf(luminaires);
        const inside = luminairesIn(zone.polygon, luminaires, places);
        const nearCores = coresNear(zone.polygon, cores);
        const area = zoneArea(zone);
        const key = `${zoneKey(zone.polygon, area, zonePlane(zone, settings), inside, nearCores)}|${settingsKey}`;
        const known = BY_CONTENT.get(key);
        if (known) return { ...known, luminaireIds: inside.map((l) => l.id) };
        const lit = lightZone(zone, inside, area, settings, nearCores);
        if (BY_CONTENT.size >= CONTENT_LIMIT) BY_CONTENT.clear();
        BY_CONTENT.set(key, lit);
        return lit;
      }),
    ]),
  );
}

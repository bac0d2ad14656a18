// The lighting of every zone of a floor, kept across rule runs. Zone lighting reads only the zone,
// the floor's luminaires and cores, and the settings, so:
//  - by identity: an edit that leaves those objects alone (a moved desk, under immer) finds the
//    earlier result at once;
//  - by content: a floor repeated through a building (a standard floor: same zones, luminaires
//    and cores under other ids) is lit once. Its key is two 53-bit hashes of the inputs' geometry
//    and photometry, ids left out (the luminaires' and cores' numbers hashed as numbers: writing
//    a thousand luminaires out as JSON to hash the text cost more than lighting some zones); the
//    lit luminaires are kept by their place in the floor's list and named with this floor's ids.
import { ZONE_USES, type Floor, type Polygon, type Zone, type ZoneUse } from '../../floorplan/types.ts';
import { IdentityCache } from './identityCache.ts';
import { zoneLighting, zonePlane, type LightingSettings, type ZoneLighting } from './illuminance.ts';

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
/** content key of a floor's luminaires and cores, per luminaires array and cores array */
const FIXTURES_KEY = new IdentityCache<string>();
/** a zone's lighting and the indices (in the floor's luminaire list) of the luminaires in it */
const BY_CONTENT = new Map<string, { lit: ZoneLighting; indices: number[] }>();
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
class NumbersKey {
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);
  private readonly h = Uint32Array.of(0xdeadbeef ^ 1, 0x41c6ce57 ^ 1, 0xdeadbeef ^ 2, 0x41c6ce57 ^ 2);
  private count = 0;

  add(x: number): void {
    this.bits[0] = x;
    this.count++;
    const h = this.h;
    for (let w = 0; w < 2; w++) {
      const c = this.words[w]!;
      h[0] = Math.imul(h[0]! ^ c, 2654435761);
      h[1] = Math.imul(h[1]! ^ c, 1597334677);
      h[2] = Math.imul(h[2]! ^ c, 2654435761);
      h[3] = Math.imul(h[3]! ^ c, 1597334677);
    }
  }

  key(): string {
    const final = (a: number, b: number): number => {
      let h1 = a | 0;
      let h2 = b | 0;
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return 4294967296 * (2097151 & h2) + (h1 >>> 0);
    };
    return `n${this.count}:${final(this.h[0]!, this.h[1]!)}:${final(this.h[2]!, this.h[3]!)}`;
  }
}

/** Content key of a floor's luminaires (place, mounting height, flux, power) and cores (outlines). */
function fixturesKey(luminaires: Floor['luminaires'], cores: Floor['cores']): string {
  const hash = new NumbersKey();
  hash.add(luminaires.length);
  for (const l of luminaires) {
    hash.add(l.at[0]);
    hash.add(l.at[1]);
    hash.add(l.mount);
    hash.add(l.flux);
    hash.add(l.power);
  }
  hash.add(cores.length);
  for (const c of cores) {
    hash.add(c.polygon.length);
    for (const p of c.polygon) {
      hash.add(p[0]);
      hash.add(p[1]);
    }
  }
  return hash.key();
}

export function floorLighting(floor: Floor, zoneArea: (zone: Zone) => number, settings: LightingSettings): Map<string, ZoneLighting> {
  const { zones, luminaires, cores: floorCores } = floor;
  const settingsKey = JSON.stringify(settings);
  let cores: Polygon[] | undefined;
  let indexOf: Map<string, number> | undefined;
  const fixtures = (): string => FIXTURES_KEY.get([luminaires, floorCores], '', () => fixturesKey(luminaires, floorCores));
  return new Map(
    zones.map((zone) => [
      zone.id,
      BY_IDENTITY.get([zone, luminaires, floorCores], settingsKey, () => {
        // the zone's use only matters through its reference plane
        const key = `${fixtures()}|${JSON.stringify(zone.polygon)}|${zonePlane(zone, settings)}|${settingsKey}`;
        const known = BY_CONTENT.get(key);
        if (known) return { ...known.lit, luminaireIds: known.indices.map((i) => luminaires[i]!.id) };
        cores ??= floorCores.map((c) => c.polygon);
        const lit = zoneLighting(zone, luminaires, zoneArea(zone), settings, cores);
        indexOf ??= new Map(luminaires.map((l, i) => [l.id, i]));
        if (BY_CONTENT.size >= CONTENT_LIMIT) BY_CONTENT.clear();
        BY_CONTENT.set(key, { lit, indices: lit.luminaireIds.map((id) => indexOf!.get(id)!) });
        return lit;
      }),
    ]),
  );
}

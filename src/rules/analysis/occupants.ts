// Persons per zone (docs/rules.md "Occupants"): one per workstation (× shift overlap) in the zone
// holding its occupant point; dormitory zones their beds; other zones without workstations take
// their use's density × area. Also the share of women each zone's persons count with (toilets).
import { occupantPoint } from '../../floorplan/geometry/elements.ts';
import type { Floor, Point, Workstation, Zone, ZoneUse } from '../../floorplan/types.ts';
import type { ZoneIndex } from './zoneIndex.ts';

export type PersonsBasis = 'seats' | 'beds' | 'density' | 'none';

export interface ZoneOccupancy {
  zone: Zone;
  area: number;
  seats: Workstation[];
  persons: number;
  basis: PersonsBasis;
}

export interface FloorOccupancy {
  /** occupant point of each workstation, in floor.workstations order */
  seatPoints: Point[];
  seatZones: (Zone | undefined)[];
  zones: Map<string, ZoneOccupancy>;
  unzonedSeats: Workstation[];
  /** Σ zone persons + unzoned seats × overlap */
  persons: number;
}

export interface OccupancySettings {
  shiftOverlap: number;
  /** persons per m² for zones without workstations, by use */
  density: Partial<Record<ZoneUse, number>>;
}

/** Whole persons: 12.000000001 is 12, 12.1 is 13. */
export function wholePersons(x: number): number {
  return Math.ceil(x - 1e-9);
}

/** The seats of an earlier check of the floor, for the workstations that have not changed since. */
export interface EarlierSeats {
  seatPoints: readonly Point[];
  seatZones: readonly (Zone | undefined)[];
  /** the workstation's index in the earlier check (-1: new or changed since); `at`: its index in this one */
  indexOf(ws: Workstation, at: number): number;
  /** this floor's zone standing for a zone of the earlier one */
  zone(old: Zone | undefined): Zone | undefined;
}

/**
 * `earlier`: the occupant points and zones of an earlier check; a workstation that has not
 * changed since keeps them (the same point object, so walks remembered by point carry over).
 */
export function floorOccupancy(floor: Floor, index: ZoneIndex, s: OccupancySettings, earlier?: EarlierSeats): FloorOccupancy {
  const desks = floor.workstations;
  const n = desks.length;
  // sized at once, not grown seat by seat (thousands of seats a re-check)
  const seatPoints = new Array<Point>(n);
  const seatZones = new Array<Zone | undefined>(n);
  for (let i = 0; i < n; i++) {
    const ws = desks[i]!;
    const k = earlier ? earlier.indexOf(ws, i) : -1;
    if (k >= 0) {
      seatPoints[i] = earlier!.seatPoints[k]!;
      seatZones[i] = earlier!.zone(earlier!.seatZones[k]);
      continue;
    }
    const point = occupantPoint(ws);
    seatPoints[i] = point;
    seatZones[i] = index.zoneAt(point);
  }
  const zones = new Map<string, ZoneOccupancy>();
  for (const zone of floor.zones) zones.set(zone.id, { zone, area: index.area(zone), seats: [], persons: 0, basis: 'none' });
  const unzonedSeats: Workstation[] = [];
  // the zone's entry looked up once a run of its seats (desks come mostly zone by zone)
  let lastZone: Zone | undefined;
  let entry: ZoneOccupancy | undefined;
  for (let i = 0; i < n; i++) {
    const z = seatZones[i];
    if (!z) {
      unzonedSeats.push(desks[i]!);
      continue;
    }
    if (z !== lastZone) {
      lastZone = z;
      entry = zones.get(z.id)!;
    }
    entry!.seats.push(desks[i]!);
  }
  let persons = wholePersons(unzonedSeats.length * s.shiftOverlap);
  for (const z of zones.values()) {
    const density = s.density[z.zone.use];
    const beds = z.zone.use === 'dormitory' ? z.zone.beds : undefined;
    if (beds !== undefined && beds > 0) {
      // a dormitory holds the people who sleep there: one per bed (desks in it do not add to them)
      z.persons = wholePersons(beds);
      z.basis = 'beds';
    } else if (z.seats.length > 0) {
      z.persons = wholePersons(z.seats.length * s.shiftOverlap);
      z.basis = 'seats';
    } else if (density !== undefined && density > 0) {
      z.persons = wholePersons(z.area * density);
      z.basis = 'density';
    }
    persons += z.persons;
  }
  return { seatPoints, seatZones, zones, unzonedSeats, persons };
}

/**
 * Women among the floor's persons: each zone's persons × its `femaleShare` (else `defaultShare`),
 * seats in no zone × `defaultShare`. Fractional: the fixtures needed are rounded up afterwards.
 */
export function femalePersons(occupancy: FloorOccupancy, defaultShare: number, shiftOverlap: number): number {
  let women = wholePersons(occupancy.unzonedSeats.length * shiftOverlap) * defaultShare;
  for (const z of occupancy.zones.values()) women += z.persons * (z.zone.femaleShare ?? defaultShare);
  return women;
}

/**
 * IBC 2021 design occupant load of one zone (§1004.5, Table 1004.5; §1004.8 for the call floor):
 * its area ÷ the load factor of its function, but not less than the persons actually counted in
 * it (seats, beds). `factor` null: a zone counted with the spaces it serves (corridors, toilets).
 */
export function ibcZoneLoad(z: ZoneOccupancy, factor: number | null): number {
  const byArea = factor !== null && factor > 0 ? wholePersons(z.area / factor) : 0;
  return Math.max(z.persons, byArea);
}

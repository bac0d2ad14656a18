// Seat counts: one workstation is one seat; it counts in the zone holding its occupant point.
import { polygonArea } from '../geometry/polygon.ts';
import type { Building, Floor, PlanDocument, Role, ZoneUse } from '../types.ts';
import { ROLES, ZONE_USES } from '../types.ts';
import { floorGrossArea, floorUsableArea } from './areas.ts';
import { zoneLocator, zoneOfWorkstation } from './zones.ts';

export type RoleCounts = Record<Role, number>;
export type UseFigures = Record<ZoneUse, { area: number; seats: number }>;

export interface ZoneSeats {
  zoneId: string;
  name: string;
  use: ZoneUse;
  area: number;
  seats: number;
  byRole: RoleCounts;
}

export interface FloorSeats {
  floorId: string;
  name: string;
  level: number;
  seats: number;
  byRole: RoleCounts;
  byUse: UseFigures;
  zones: ZoneSeats[];
  /** workstations whose occupant point is in no zone */
  unzoned: number;
  usableArea: number;
  grossArea: number;
}

export interface BuildingSeats {
  buildingId: string;
  name: string;
  seats: number;
  byRole: RoleCounts;
  byUse: UseFigures;
  floors: FloorSeats[];
  grossArea: number;
}

export interface SiteSeats {
  seats: number;
  byRole: RoleCounts;
  byUse: UseFigures;
  buildings: BuildingSeats[];
  grossArea: number;
}

function emptyRoles(): RoleCounts {
  return Object.fromEntries(ROLES.map((r) => [r, 0])) as RoleCounts;
}

function emptyUses(): UseFigures {
  return Object.fromEntries(ZONE_USES.map((u) => [u, { area: 0, seats: 0 }])) as UseFigures;
}

function addRoles(into: RoleCounts, from: RoleCounts): void {
  for (const r of ROLES) into[r] += from[r];
}

function addUses(into: UseFigures, from: UseFigures): void {
  for (const u of ZONE_USES) {
    into[u].area += from[u].area;
    into[u].seats += from[u].seats;
  }
}

export function floorSeats(building: Building, floor: Floor): FloorSeats {
  const locator = zoneLocator(floor);
  const zones = new Map<string, ZoneSeats>();
  for (const z of floor.zones) {
    zones.set(z.id, { zoneId: z.id, name: z.name, use: z.use, area: polygonArea(z.polygon), seats: 0, byRole: emptyRoles() });
  }
  const byRole = emptyRoles();
  let unzoned = 0;
  for (const ws of floor.workstations) {
    byRole[ws.role]++;
    const zone = zoneOfWorkstation(floor, ws, locator);
    const entry = zone ? zones.get(zone.id) : undefined;
    if (entry) {
      entry.seats++;
      entry.byRole[ws.role]++;
    } else unzoned++;
  }
  const byUse = emptyUses();
  for (const z of zones.values()) {
    byUse[z.use].area += z.area;
    byUse[z.use].seats += z.seats;
  }
  return {
    floorId: floor.id,
    name: floor.name,
    level: floor.level,
    seats: floor.workstations.length,
    byRole,
    byUse,
    zones: [...zones.values()],
    unzoned,
    usableArea: floorUsableArea(floor),
    grossArea: floorGrossArea(building, floor),
  };
}

export function buildingSeats(building: Building): BuildingSeats {
  const floors = [...building.floors].sort((a, b) => a.level - b.level).map((f) => floorSeats(building, f));
  const byRole = emptyRoles();
  const byUse = emptyUses();
  for (const f of floors) {
    addRoles(byRole, f.byRole);
    addUses(byUse, f.byUse);
  }
  return {
    buildingId: building.id,
    name: building.name,
    seats: floors.reduce((s, f) => s + f.seats, 0),
    byRole,
    byUse,
    floors,
    grossArea: floors.reduce((s, f) => s + f.grossArea, 0),
  };
}

export function siteSeats(plan: PlanDocument): SiteSeats {
  const buildings = plan.site.buildings.map(buildingSeats);
  const byRole = emptyRoles();
  const byUse = emptyUses();
  for (const b of buildings) {
    addRoles(byRole, b.byRole);
    addUses(byUse, b.byUse);
  }
  return {
    seats: buildings.reduce((s, b) => s + b.seats, 0),
    byRole,
    byUse,
    buildings,
    grossArea: buildings.reduce((s, b) => s + b.grossArea, 0),
  };
}

/** Total seats without zone lookups (cheap; for headers and lists). */
export function countSeats(plan: PlanDocument): number {
  let n = 0;
  for (const b of plan.site.buildings) for (const f of b.floors) n += f.workstations.length;
  return n;
}

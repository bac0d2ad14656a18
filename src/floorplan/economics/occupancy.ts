// Which tenant sits where: every seat (workstation) of the park is given to at most one tenant,
// and occupied / vacant seats are counted per floor, building and park (docs/economics.md).
//
// A tenant's "area" is the seats of its floors (whole floors) and of its zones; a tenant that
// names neither has the whole park as its area. Tenants without a `seats` number lease their
// whole area; they are placed first, in list order, and a seat already taken is an overlap.
// Tenants with a `seats` number then take that many free seats from their area, in list order,
// buildings in site order and floors bottom to top; what does not fit is a shortfall.
import { floorsByLevel } from '../queries/lookup.ts';
import { zoneLocator, zoneOfWorkstation } from '../queries/zones.ts';
import type { Building, Floor, PlanDocument, Tenant } from '../types.ts';
import { leaseStatus } from './leases.ts';

export interface TenantSeats {
  tenantId: string;
  seats: number;
}

export interface FloorOccupancy {
  buildingId: string;
  floorId: string;
  name: string;
  level: number;
  seats: number;
  occupied: number;
  vacant: number;
  /** seats per tenant on this floor, tenants in list order, only those with seats here */
  byTenant: TenantSeats[];
}

export interface BuildingOccupancy {
  buildingId: string;
  name: string;
  seats: number;
  occupied: number;
  vacant: number;
  /** bottom to top */
  floors: FloorOccupancy[];
}

export interface TenantOccupancy {
  tenantId: string;
  name: string;
  /** seats the lease is for: `seats`, or every seat of the tenant's floors and zones */
  leased: number;
  /** seats given to the tenant */
  occupied: number;
  /** floors where the tenant has seats, in site order */
  floorIds: string[];
  /** false when an `asOf` day lies outside the lease (the tenant then holds no seats) */
  counted: boolean;
}

export type OccupancyProblem =
  /** whole-area lease whose seats were already another tenant's */
  | { kind: 'overlap'; tenantId: string; otherTenantId: string; seats: number }
  /** seat-count lease larger than the free seats of its area */
  | { kind: 'short'; tenantId: string; seats: number }
  | { kind: 'unknown-floor'; tenantId: string; ref: string }
  | { kind: 'unknown-zone'; tenantId: string; ref: string };

export interface Occupancy {
  seats: number;
  occupied: number;
  vacant: number;
  buildings: BuildingOccupancy[];
  tenants: TenantOccupancy[];
  problems: OccupancyProblem[];
}

export interface OccupancyOptions {
  /** YYYY-MM-DD: only tenants whose lease runs on that day hold seats (absent: every tenant) */
  asOf?: string;
}

interface SeatSlot {
  floorIndex: number;
  owner: number;
}

interface FloorEntry {
  building: Building;
  floor: Floor;
  /** first slot index of the floor's seats in the park-wide slot list */
  first: number;
}

/** The seat slots of a tenant's area, in site order. */
function areaSlots(tenant: Tenant, floors: FloorEntry[], zoneSeats: (floorIndex: number, zoneIds: Set<string>) => number[], slots: SeatSlot[]): number[] {
  const floorIds = new Set(tenant.floorIds ?? []);
  const zoneIds = new Set(tenant.zoneIds ?? []);
  if (floorIds.size === 0 && zoneIds.size === 0) return slots.map((_, i) => i);
  const out: number[] = [];
  floors.forEach((entry, index) => {
    const count = entry.floor.workstations.length;
    if (floorIds.has(entry.floor.id)) for (let k = 0; k < count; k++) out.push(entry.first + k);
    else if (zoneIds.size > 0) out.push(...zoneSeats(index, zoneIds));
  });
  return out;
}

export function occupancy(plan: PlanDocument, options: OccupancyOptions = {}): Occupancy {
  const floors: FloorEntry[] = [];
  const slots: SeatSlot[] = [];
  for (const building of plan.site.buildings) {
    for (const floor of floorsByLevel(building)) {
      floors.push({ building, floor, first: slots.length });
      for (let k = 0; k < floor.workstations.length; k++) slots.push({ floorIndex: floors.length - 1, owner: -1 });
    }
  }
  const floorIdSet = new Set(floors.map((f) => f.floor.id));
  const zoneIdSet = new Set(floors.flatMap((f) => f.floor.zones.map((z) => z.id)));
  // the zone of each seat, looked up once per floor and only on floors where a zone is leased
  const zoneCache = new Map<number, (string | undefined)[]>();
  const zoneSeats = (floorIndex: number, zoneIds: Set<string>): number[] => {
    const entry = floors[floorIndex]!;
    if (!entry.floor.zones.some((z) => zoneIds.has(z.id))) return [];
    let zones = zoneCache.get(floorIndex);
    if (!zones) {
      const locator = zoneLocator(entry.floor);
      zones = entry.floor.workstations.map((ws) => zoneOfWorkstation(entry.floor, ws, locator)?.id);
      zoneCache.set(floorIndex, zones);
    }
    return zones.flatMap((z, k) => (z !== undefined && zoneIds.has(z) ? [entry.first + k] : []));
  };

  const tenants = plan.tenants ?? [];
  const problems: OccupancyProblem[] = [];
  const figures: TenantOccupancy[] = tenants.map((t) => ({
    tenantId: t.id,
    name: t.name,
    leased: 0,
    occupied: 0,
    floorIds: [],
    counted: !options.asOf || leaseStatus(t, options.asOf) === 'running',
  }));
  const areas = tenants.map((t) => areaSlots(t, floors, zoneSeats, slots));
  tenants.forEach((t) => {
    for (const ref of t.floorIds ?? []) if (!floorIdSet.has(ref)) problems.push({ kind: 'unknown-floor', tenantId: t.id, ref });
    for (const ref of t.zoneIds ?? []) if (!zoneIdSet.has(ref)) problems.push({ kind: 'unknown-zone', tenantId: t.id, ref });
  });

  // whole-area leases first, so seat-count leases fill around them
  tenants.forEach((t, i) => {
    if (t.seats !== undefined) return;
    const area = areas[i]!;
    const named = (t.floorIds?.length ?? 0) + (t.zoneIds?.length ?? 0) > 0;
    const f = figures[i]!;
    f.leased = named ? area.length : 0;
    if (!named || !f.counted) return;
    const overlaps = new Map<number, number>();
    for (const s of area) {
      const slot = slots[s]!;
      if (slot.owner < 0) slot.owner = i;
      else overlaps.set(slot.owner, (overlaps.get(slot.owner) ?? 0) + 1);
    }
    for (const [other, seats] of overlaps) problems.push({ kind: 'overlap', tenantId: t.id, otherTenantId: tenants[other]!.id, seats });
  });
  tenants.forEach((t, i) => {
    if (t.seats === undefined) return;
    const f = figures[i]!;
    f.leased = t.seats;
    if (!f.counted) return;
    let placed = 0;
    for (const s of areas[i]!) {
      if (placed >= t.seats) break;
      const slot = slots[s]!;
      if (slot.owner >= 0) continue;
      slot.owner = i;
      placed++;
    }
    if (placed < t.seats) problems.push({ kind: 'short', tenantId: t.id, seats: t.seats - placed });
  });

  const buildings = new Map<string, BuildingOccupancy>();
  for (const building of plan.site.buildings) buildings.set(building.id, { buildingId: building.id, name: building.name, seats: 0, occupied: 0, vacant: 0, floors: [] });
  floors.forEach((entry) => {
    const count = entry.floor.workstations.length;
    const perTenant = new Map<number, number>();
    for (let k = 0; k < count; k++) {
      const owner = slots[entry.first + k]!.owner;
      if (owner >= 0) perTenant.set(owner, (perTenant.get(owner) ?? 0) + 1);
    }
    const occupied = [...perTenant.values()].reduce((a, b) => a + b, 0);
    const byTenant = [...perTenant.entries()].sort((a, b) => a[0] - b[0]).map(([i, seats]) => ({ tenantId: tenants[i]!.id, seats }));
    for (const [i, seats] of perTenant) {
      figures[i]!.occupied += seats;
      figures[i]!.floorIds.push(entry.floor.id);
    }
    const b = buildings.get(entry.building.id)!;
    b.floors.push({ buildingId: entry.building.id, floorId: entry.floor.id, name: entry.floor.name, level: entry.floor.level, seats: count, occupied, vacant: count - occupied, byTenant });
    b.seats += count;
    b.occupied += occupied;
    b.vacant += count - occupied;
  });
  const list = [...buildings.values()];
  const seats = slots.length;
  const occupied = list.reduce((n, b) => n + b.occupied, 0);
  return { seats, occupied, vacant: seats - occupied, buildings: list, tenants: figures, problems };
}

// Capacity of zones, floors, buildings and the park: seats by role, areas, persons, and the
// compliant capacity: how many persons each limit allows, which binds first, and the shortfall
// in the limit's own unit ("exit width allows 380: add 0.4 m").
import { floorUsableArea } from '../floorplan/queries/areas.ts';
import { ROLES, type Role, type Zone } from '../floorplan/types.ts';
import { wholePersons } from './analysis/occupants.ts';
import { exitWidth, gbWidthFactorId } from './walking/egressLimits.ts';
import type { FloorContext } from './context.ts';
import { round } from './finding.ts';
import { FRESH_AIR_USES, freshAirByZone } from './rules/ventilation/freshAir.ts';
import type { RoleCounts } from '../floorplan/queries/seats.ts';
import type { BuildingCapacity, CapacityFigures, CapacityLimit, FloorCapacity, ZoneCapacity } from './results.ts';

function roles(list: readonly { role: Role }[]): RoleCounts {
  const counts = Object.fromEntries(ROLES.map((r) => [r, 0])) as RoleCounts;
  // counted in locals per role, then written (thousands of seats a check: a keyed increment each was
  // a tenth of a millisecond); a role outside ROLES is counted as the keyed increment counted it
  const tally = new Float64Array(ROLES.length);
  for (let i = 0; i < list.length; i++) {
    const k = ROLES.indexOf(list[i]!.role);
    if (k >= 0) tally[k]!++;
    else counts[list[i]!.role]++;
  }
  for (let k = 0; k < ROLES.length; k++) counts[ROLES[k]!] += tally[k]!;
  return counts;
}

function addRoles(into: RoleCounts, from: RoleCounts): void {
  for (const r of ROLES) into[r] += from[r];
}

function limit(id: string, allows: number | null, unit: string, have: number, needed: number, clause: string): CapacityLimit {
  return { id, allows: allows === null ? null : Math.max(0, Math.floor(allows + 1e-9)), unit, have: round(have, 3), needed: round(needed, 3), shortfall: round(Math.max(0, needed - have), 3), clause };
}

function bind(limits: CapacityLimit[]): { capacity: number | null; binding: string | null } {
  let capacity: number | null = null;
  let binding: string | null = null;
  for (const l of limits) {
    if (l.allows !== null && (capacity === null || l.allows < capacity)) {
      capacity = l.allows;
      binding = l.id;
    }
  }
  return { capacity, binding };
}

/** `airOf`: a zone's fresh air (zoneFreshAir), asked only of the zones that have the limit */
function zoneCapacity(ctx: FloorContext, zoneId: string, airOf: (zone: Zone) => number): ZoneCapacity {
  const { read } = ctx;
  const occ = ctx.occupancy.zones.get(zoneId)!;
  const zone = occ.zone;
  const seats = occ.seats.length;
  const limits: CapacityLimit[] = [];
  if (zone.use === 'work' || zone.use === 'management') {
    if (read.base === 'gb') {
      const per = read.num('space.areaPerSeat');
      limits.push(limit('area-per-seat', occ.area / per, 'm²', occ.area, occ.persons * per, read.clause('space.areaPerSeat')));
    } else {
      const per = read.num('space.volumePerPerson');
      const volume = occ.area * Math.min(ctx.floor.clearHeight, read.num('space.volumeHeightCap'));
      limits.push(limit('volume-per-person', volume / per, 'm³', volume, occ.persons * per, read.clause('space.volumePerPerson')));
    }
  }
  if (FRESH_AIR_USES.includes(zone.use)) {
    const air = airOf(zone);
    if (read.base === 'gb') {
      const rate = read.num('vent.freshAirPerPerson');
      limits.push(limit('fresh-air', air / rate, 'm³/h', air, occ.persons * rate, read.clause('vent.freshAirPerPerson')));
    } else {
      const rp = read.num('vent.perPerson');
      const areaAir = read.num('vent.perArea') * occ.area;
      limits.push(limit('fresh-air', (air - areaAir) / rp, 'm³/h', air, occ.persons * rp + areaAir, read.clause('vent.perPerson')));
    }
  }
  return {
    id: zone.id, name: zone.name, use: zone.use, area: round(occ.area, 2), seats, byRole: roles(occ.seats), persons: occ.persons,
    areaPerSeat: seats > 0 ? round(occ.area / seats, 2) : null, limits, ...bind(limits),
  };
}

export function floorCapacity(ctx: FloorContext): FloorCapacity {
  const { read, floor } = ctx;
  const occ = ctx.occupancy;
  // every zone's air in one pass over the terminals (the same sums as zoneFreshAir), once a zone asks
  let airByZone: Map<Zone, number> | undefined;
  const airOf = (zone: Zone) => (airByZone ??= freshAirByZone(ctx)).get(zone)!;
  const zones = floor.zones.map((z) => zoneCapacity(ctx, z.id, airOf));
  const persons = occ.persons;
  const width = exitWidth(ctx);
  const exits = floor.exits.length;
  const limits: CapacityLimit[] = [];
  if (read.base === 'gb') {
    const factorId = gbWidthFactorId(ctx.facts);
    const factor = read.num(factorId);
    limits.push(limit('exit-width', (width / factor) * 100, 'm', width, (persons * factor) / 100, read.clause(factorId)));
    const singleOk = ctx.grossArea <= read.num('fire.exits.singleMaxArea');
    const byCount = exits >= read.num('fire.exits.min') ? null : exits === 1 && singleOk ? read.num('fire.exits.singleMaxPersons') : 0;
    const neededExits = persons > 0 && !(singleOk && persons <= read.num('fire.exits.singleMaxPersons')) ? read.num('fire.exits.min') : Math.min(1, persons);
    limits.push(limit('exit-count', byCount, 'exits', exits, neededExits, read.clause('fire.exits.min')));
  } else {
    const perPerson = read.num('fire.capacity.other') / 1000;
    const byArea = Math.ceil(ctx.grossArea / read.num('fire.occupantLoadFactor') - 1e-9);
    const byWidth = Math.floor(width / perPerson + 1e-9);
    const load = Math.max(persons, byArea);
    limits.push(limit('exit-width', byWidth >= byArea ? byWidth : 0, 'm', width, load * perPerson, read.clause('fire.capacity.other')));
    const byCount = exits >= read.num('fire.exits.over1000') ? null : exits >= read.num('fire.exits.over500') ? 1000 : exits >= read.num('fire.exits.min') ? 500 : 0;
    const neededExits = load > 1000 ? read.num('fire.exits.over1000') : load > 500 ? read.num('fire.exits.over500') : read.num('fire.exits.min');
    limits.push(limit('exit-count', byCount, 'exits', exits, neededExits, read.clause('fire.exits.min')));
  }
  // The zones' own limits, added up; zones without a limit hold what they hold.
  if (zones.some((z) => z.capacity !== null)) {
    const allows = zones.reduce((s, z) => s + (z.capacity ?? z.persons), 0) + wholePersons(occ.unzonedSeats.length * read.num('occupancy.shiftOverlap'));
    limits.push({ id: 'zones', allows, unit: 'persons', have: allows, needed: persons, shortfall: Math.max(0, persons - allows), clause: 'zone limits (area per seat, fresh air)' });
  }
  const seats = floor.workstations.length;
  const netArea = floorUsableArea(floor);
  const grossArea = ctx.grossArea;
  return {
    id: floor.id, buildingId: ctx.buildingId, name: floor.name, level: floor.level,
    seats, byRole: roles(floor.workstations), persons,
    zoneArea: round(zones.reduce((s, z) => s + z.area, 0), 2), netArea: round(netArea, 2), grossArea: round(grossArea, 2),
    netAreaPerSeat: seats > 0 ? round(netArea / seats, 2) : null, grossAreaPerSeat: seats > 0 ? round(grossArea / seats, 2) : null,
    limits, ...bind(limits), zones,
  };
}

type Summable = Pick<CapacityFigures, 'seats' | 'byRole' | 'persons' | 'capacity'> & { zoneArea: number; netArea: number; grossArea: number };

/** Sums of the parts; the capacity is the sum of the parts' capacities (a part with no limit adds its persons). */
export function sumCapacity<T extends Summable & { limits: CapacityLimit[]; binding: string | null }>(parts: readonly T[]): Omit<CapacityFigures, 'limits'> & { zoneArea: number; netArea: number; grossArea: number; limits: CapacityLimit[] } {
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as RoleCounts;
  for (const p of parts) addRoles(byRole, p.byRole);
  const capacity = parts.some((p) => p.capacity !== null) ? parts.reduce((s, p) => s + (p.capacity ?? p.persons), 0) : null;
  // The binding limit of the whole: the one binding on the most parts that fall short.
  const count = new Map<string, number>();
  for (const p of parts) if (p.binding && p.capacity !== null && p.capacity < p.persons) count.set(p.binding, (count.get(p.binding) ?? 0) + 1);
  const binding = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return {
    seats: parts.reduce((s, p) => s + p.seats, 0),
    byRole,
    persons: parts.reduce((s, p) => s + p.persons, 0),
    capacity,
    binding,
    limits: [],
    zoneArea: round(parts.reduce((s, p) => s + p.zoneArea, 0), 2),
    netArea: round(parts.reduce((s, p) => s + p.netArea, 0), 2),
    grossArea: round(parts.reduce((s, p) => s + p.grossArea, 0), 2),
  };
}

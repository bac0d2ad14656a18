// fire.exit-count — gb: exits per compartment, ≥ 2, one allowed ≤ 200 m² and ≤ 50 persons
// (GB 55037 §7.4.1); intl: 2 / 3 (> 500) / 4 (> 1000) by occupant load (IBC 1006.3.3).
import { centroid } from '../../../floorplan/geometry/polygon.ts';
import { wholePersons } from '../../analysis/occupants.ts';
import { exitOpensFrom, inCompartment } from '../../analysis/compartments.ts';
import { intlOccupantLoad } from '../../analysis/egressLimits.ts';
import type { FloorContext } from '../../context.ts';
import { compare } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

function checkGb(rule: FloorRule, ctx: FloorContext): Finding[] {
  const { read, floor } = ctx;
  const compartments = ctx.compartments;
  const occupancy = ctx.occupancy;
  const single = compartments.length === 1;
  // Compartment areas are building areas: pieces of the usable plate scaled to the gross area.
  const netTotal = compartments.reduce((s, c) => s + c.area, 0);
  const scale = netTotal > 0 ? ctx.grossArea / netTotal : 1;
  const fireWallIds = new Set(floor.walls.filter((w) => w.kind === 'fire').map((w) => w.id));
  return compartments.map((c) => {
    const exits = floor.exits.filter((e) => exitOpensFrom(e.at, c));
    let persons = occupancy.persons;
    if (!single) {
      const overlap = read.num('occupancy.shiftOverlap');
      const seats = occupancy.seatPoints.filter((p, i) => !occupancy.seatZones[i] && inCompartment(p, c)).length;
      persons = wholePersons(seats * overlap);
      for (const z of occupancy.zones.values()) if (inCompartment(centroid(z.zone.polygon), c)) persons += z.persons;
    }
    const area = c.area * scale;
    const singleAllowed = area <= read.num('fire.exits.singleMaxArea') + 1e-9 && persons <= read.num('fire.exits.singleMaxPersons');
    const required = singleAllowed ? 1 : read.num('fire.exits.min');
    // A small fire-separated room (no exit of its own, within the one-exit limits) leaves
    // through the fire door in its fire wall into the neighbouring compartment.
    const fireDoors = !single && exits.length === 0 && singleAllowed ? floor.doors.filter((d) => fireWallIds.has(d.wall ?? '') && exitOpensFrom(d.at, c)) : [];
    const count = exits.length + Math.min(1, fireDoors.length);
    return floorFinding(rule, ctx, {
      status: compare(count, '>=', required),
      variant: fireDoors.length > 0 ? 'via-fire-door' : undefined,
      measured: { value: count, unit: 'count' },
      required: { value: required, unit: 'count', comparator: '>=' },
      clause: read.clause('fire.exits.min'),
      elementIds: single ? [] : [c.id],
      params: { compartment: c.id, area: Math.round(area * 10) / 10, persons, exits: [...exits, ...fireDoors.slice(0, 1)].map((e) => e.id).join(', ') },
    });
  });
}

function checkIntl(rule: FloorRule, ctx: FloorContext): Finding {
  const { read, floor } = ctx;
  const load = intlOccupantLoad(ctx);
  const required = load > 1000 ? read.num('fire.exits.over1000') : load > 500 ? read.num('fire.exits.over500') : read.num('fire.exits.min');
  return floorFinding(rule, ctx, {
    status: compare(floor.exits.length, '>=', required),
    measured: { value: floor.exits.length, unit: 'count' },
    required: { value: required, unit: 'count', comparator: '>=' },
    clause: read.clause('fire.exits.min'),
    params: { persons: load, exits: floor.exits.map((e) => e.id).join(', ') },
  });
}

export const exitCount: FloorRule = {
  id: 'fire.exit-count',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: ['fire.exits.min', 'fire.exits.singleMaxArea', 'fire.exits.singleMaxPersons'],
    intl: ['fire.exits.min', 'fire.exits.over500', 'fire.exits.over1000', 'fire.occupantLoadFactor'],
  },
  check(ctx) {
    return ctx.read.base === 'gb' ? checkGb(this, ctx) : [checkIntl(this, ctx)];
  },
};

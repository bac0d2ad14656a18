// fire.exit-count — gb: exits per compartment ≥ 2 (GB 55037 §7.4.1, GB 50016 §5.5.8). One exit
// only (1) on a compartment ≤ 200 m² with ≤ 50 persons in a single-storey building or on the
// ground floor of a multi-storey (not high-rise) one, or (2) on any storey of a building within
// Table 5.5.8 (analysis/lowRiseExits.ts). A compartment short of exits of its own that has doors
// in its fire walls is judged by GB 50016 §5.5.9: grade 1–2 only, ≥ 1 direct exit (≥ 2 over
// 1000 m²), and the width through the fire-wall doors ≤ 30 % of its required width (§5.5.21).
// intl: 2 / 3 (> 500) / 4 (> 1000) by occupant load (IBC 1006.3.3).
import { centroid } from '../../../floorplan/geometry/polygon.ts';
import type { Door, Floor } from '../../../floorplan/types.ts';
import { exitOpensFrom, inCompartment, type Compartment } from '../../analysis/compartments.ts';
import { gbWidthFactorId, intlOccupantLoad } from '../../walking/egressLimits.ts';
import { doorLiesOnWall } from '../../walking/freeSpace.ts';
import { buildingStoreys, lowRiseExits } from '../../analysis/lowRiseExits.ts';
import { wholePersons } from '../../analysis/occupants.ts';
import type { FloorContext } from '../../context.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

/** Doors in a fire wall (named by `door.wall`, or lying on one when none is named) that open from the compartment. */
function fireWallDoors(floor: Floor, c: Compartment): Door[] {
  const fireWalls = floor.walls.filter((w) => w.kind === 'fire');
  const byId = new Map(fireWalls.map((w) => [w.id, w]));
  return floor.doors.filter((d) => {
    const inFireWall = d.wall !== undefined ? byId.has(d.wall) : fireWalls.some((w) => doorLiesOnWall(d.at, w));
    return inFireWall && exitOpensFrom(d.at, c);
  });
}

function compartmentPersons(ctx: FloorContext, c: Compartment, single: boolean): number {
  const occupancy = ctx.occupancy;
  if (single) return occupancy.persons;
  const seats = occupancy.seatPoints.filter((p, i) => !occupancy.seatZones[i] && inCompartment(p, c)).length;
  let persons = wholePersons(seats * ctx.read.num('occupancy.shiftOverlap'));
  for (const z of occupancy.zones.values()) if (inCompartment(centroid(z.zone.polygon), c)) persons += z.persons;
  return persons;
}

function checkGb(rule: FloorRule, ctx: FloorContext): Finding[] {
  const { read, floor, facts } = ctx;
  const compartments = ctx.compartments;
  const single = compartments.length === 1;
  // Compartment areas are building areas: pieces of the usable plate scaled to the gross area.
  const netTotal = compartments.reduce((s, c) => s + c.area, 0);
  const scale = netTotal > 0 ? ctx.grossArea / netTotal : 1;
  const storeys = buildingStoreys(facts);
  // §5.5.8-1: 单层公共建筑或多层公共建筑的首层 (a high-rise building's ground floor does not qualify)
  const groundFloor = floor.level === 1 && (storeys <= 1 || !facts.highRise);
  const lowRise = lowRiseExits(ctx.run, facts);
  const min = read.num('fire.exits.min');
  return compartments.map((c) => {
    const exits = floor.exits.filter((e) => exitOpensFrom(e.at, c));
    const persons = compartmentPersons(ctx, c, single);
    const area = c.area * scale;
    const small = area <= read.num('fire.exits.singleMaxArea') + 1e-9 && persons <= read.num('fire.exits.singleMaxPersons');
    const basis = groundFloor && small ? 'ground' : lowRise.verdict === 'allowed' ? 'low-rise' : null;
    const required = basis ? 1 : min;
    const params = {
      compartment: c.id, area: round(area, 1), persons, exits: exits.map((e) => e.id).join(', '), level: floor.level, storeys,
      storeyArea: lowRise.largestStorey, upperPersons: lowRise.upperPersons,
      maxStoreys: lowRise.maxStoreys, maxStoreyArea: lowRise.maxStoreyArea, maxUpperPersons: lowRise.maxUpperPersons,
    };
    const elementIds = single ? [] : [c.id];
    const finding = (status: Finding['status'], variant: string | undefined, measured: number, need: number, clause: string, unit = 'count', more: Record<string, string | number> = {}) =>
      floorFinding(rule, ctx, {
        status, variant, measured: { value: measured, unit }, required: { value: need, unit, comparator: unit === 'm' ? '<=' : '>=' },
        clause, elementIds, params: { ...params, ...more },
      });
    if (exits.length >= required) {
      const clause = basis === 'ground' ? read.clause('fire.exits.singleMaxArea') : basis === 'low-rise' ? read.clause(lowRise.ids.storeys) : read.clause('fire.exits.min');
      return finding('pass', exits.length === 1 && basis ? `single-${basis}` : undefined, exits.length, required, clause);
    }
    const doors = single ? [] : fireWallDoors(floor, c);
    if (doors.length > 0) return borrowing(ctx, c, { exits: exits.length, required, area, persons, doors, finding });
    // One exit would do on the ground floor or in a low building, not on this storey: say which condition fails.
    if (small && exits.length === 1) return finding('fail', `no-single-${lowRise.verdict}`, exits.length, required, read.clause('fire.exits.min'));
    return finding('fail', undefined, exits.length, required, read.clause('fire.exits.min'));
  });
}

type MakeFinding = (status: Finding['status'], variant: string | undefined, measured: number, need: number, clause: string, unit?: string, more?: Record<string, string | number>) => Finding;

/**
 * GB 50016 §5.5.9: a compartment short of exits of its own may count a 甲级 door in its fire
 * wall as one exit — in a grade 1–2 building, with ≥ 1 (≥ 2 over 1000 m²) direct exits, and no
 * more than 30 % of its required width (§5.5.21) through such doors. That the floor's direct
 * exits carry the whole required width (§5.5.9-3, second half) is fire.egress-width.
 */
function borrowing(ctx: FloorContext, c: Compartment, s: { exits: number; required: number; area: number; persons: number; doors: Door[]; finding: MakeFinding }): Finding {
  const { read, facts } = ctx;
  const { finding } = s;
  const borrowed = s.doors.reduce((sum, d) => sum + d.width, 0);
  // Table 5.5.21-1 by the building's storeys, counting storeys not drawn (building.storeys)
  const factor = read.num(gbWidthFactorId({ ...facts, storeys: buildingStoreys(facts) }));
  const requiredWidth = (s.persons * factor) / 100;
  const share = read.num('fire.exits.borrow.maxWidthShare');
  const more = { doors: s.doors.map((d) => d.id).join(', '), borrowed: round(borrowed, 2), requiredWidth: round(requiredWidth, 2), share: Math.round(share * 100), grade: facts.grade };
  if (facts.grade > read.num('fire.exits.borrow.maxGrade')) {
    return finding('fail', 'borrow-grade', s.exits, s.required, read.clause('fire.exits.borrow.maxGrade'), 'count', more);
  }
  const directId = s.area > read.num('fire.exits.borrow.largeArea') + 1e-9 ? 'fire.exits.borrow.directLarge' : 'fire.exits.borrow.directSmall';
  const direct = read.num(directId);
  if (s.exits < direct) return finding('fail', 'borrow-direct', s.exits, direct, read.clause(directId), 'count', more);
  const count = s.exits + 1;
  if (count < s.required) return finding('fail', undefined, count, s.required, read.clause('fire.exits.min'), 'count', more);
  if (s.persons > 0) {
    const limit = share * requiredWidth;
    const status = compare(borrowed, '<=', limit);
    return finding(status, status === 'pass' ? 'borrowed' : 'borrow-width', round(borrowed, 2), round(limit, 2), read.clause('fire.exits.borrow.maxWidthShare'), 'm', more);
  }
  return finding('pass', 'borrowed-empty', count, s.required, read.clause(directId), 'count', more);
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
    gb: [
      'fire.exits.min', 'fire.exits.singleMaxArea', 'fire.exits.singleMaxPersons',
      'fire.exits.lowRise.maxStoreys.g12', 'fire.exits.lowRise.maxStoreys.g3', 'fire.exits.lowRise.maxStoreys.g4', 'fire.exits.lowRise.maxStoreyArea',
      'fire.exits.lowRise.maxUpperPersons.g12', 'fire.exits.lowRise.maxUpperPersons.g3', 'fire.exits.lowRise.maxUpperPersons.g4',
      'fire.exits.borrow.maxGrade', 'fire.exits.borrow.largeArea', 'fire.exits.borrow.directLarge', 'fire.exits.borrow.directSmall', 'fire.exits.borrow.maxWidthShare',
      'fire.widthPer100.g12.s12', 'fire.widthPer100.g12.s3', 'fire.widthPer100.g12.s4', 'fire.widthPer100.g3.s12', 'fire.widthPer100.g3.s3', 'fire.widthPer100.g3.s4', 'fire.widthPer100.g4.s12',
    ],
    intl: ['fire.exits.min', 'fire.exits.over500', 'fire.exits.over1000', 'fire.occupantLoadFactor'],
  },
  check(ctx) {
    return ctx.read.base === 'gb' ? checkGb(this, ctx) : [checkIntl(this, ctx)];
  },
};

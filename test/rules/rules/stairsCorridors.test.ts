// fire.stair-width, fire.stair-enclosure, fire.corridor-width at their boundaries, by hand.
import { describe, expect, it } from 'vitest';
import type { Building, Core, Door, Exit, Floor, PlanDocument, Point, Polygon, StairEnclosure } from '../../../src/floorplan/types.ts';
import { clearWidth } from '../../../src/rules/analysis/clearWidth.ts';
import { floorStairs } from '../../../src/rules/analysis/stairs.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { formatFinding } from '../../../src/rules/format.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import type { BuildingRule, FloorRule } from '../../../src/rules/rule.ts';
import { corridorWidth } from '../../../src/rules/rules/fire/corridorWidth.ts';
import { stairEnclosure } from '../../../src/rules/rules/fire/stairEnclosure.ts';
import { stairWidth } from '../../../src/rules/rules/fire/stairWidth.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { makeBuilding, makeFloor, makePlan, makeRoom, rect, seatAt } from '../fixtures.ts';

const DATE = '2026-05-31';
/** densities fixed here so the persons stay hand-computable whatever the profile's defaults become */
const DENSITY = { 'occupancy.density.canteen': 1.0, 'occupancy.shiftOverlap': 1.0 };

function buildingRule(rule: BuildingRule, plan: PlanDocument): Finding[] {
  const ctx = new RunCache(plan, resolveProfile(plan), DATE);
  return rule.check(ctx, ctx.buildingFacts(plan.site.buildings[0]!));
}

/** A floor rule over every floor of the first building. */
function everyFloor(rule: FloorRule, plan: PlanDocument): Finding[] {
  const ctx = new RunCache(plan, resolveProfile(plan), DATE);
  const b = plan.site.buildings[0]!;
  return b.floors.flatMap((f) => rule.check(ctx.floor(b, f)));
}

function floorRule(rule: FloorRule, plan: PlanDocument): Finding[] {
  const ctx = new RunCache(plan, resolveProfile(plan), DATE);
  const b = plan.site.buildings[0]!;
  return rule.check(ctx.floor(b, b.floors[0]!));
}

const stairExit = (id: string, at: Point, flightWidth?: number, width = 1.0): Exit => ({ id, at, width, kind: 'stair', ...(flightWidth === undefined ? {} : { flightWidth }) });
const stairCore = (id: string, polygon: Polygon, parts: Partial<Core> = {}): Core => ({ id, polygon, kind: 'stair', ...parts });

/** A floor of `level` with `persons` persons in a canteen (1 p/m²: a persons × 1 m strip) and the given stairs. */
function storey(level: number, persons: number, exits: Exit[], cores: Core[] = []): Floor {
  return makeFloor({
    id: `F${level}`, name: `${level}F`, level, elevation: (level - 1) * 3.9, outline: rect(0, 0, 600, 10),
    zones: persons > 0 ? [makeRoom(`c${level}`, 'canteen', 0, 0, persons, 1)] : [],
    exits, cores,
  });
}

/** Two stair exits at the floor's ends with these flight widths. */
const twoStairs = (a: number, b: number): Exit[] => [stairExit('sA', [0, 5], a), stairExit('sB', [400, 5], b)];

function tower(floors: Floor[], parts: Partial<Building> = {}, overrides: Record<string, number | string | boolean> = {}, base: 'gb' | 'intl' = 'gb'): PlanDocument {
  return makePlan([makeBuilding(floors, { height: 15.6, fireResistanceGrade: 2, ...parts })], { overrides: { ...DENSITY, ...overrides }, base });
}

describe('fire.stair-width (gb)', () => {
  // 4 storeys, grade 2: 1.00 m per 100 persons (Table 5.5.21-1). Top floor 300 persons → 3.00 m.
  const plan = (top: [number, number], second: [number, number] = [1.5, 1.5]) => tower([
    storey(1, 500, [{ id: 'g1', at: [0, 5], width: 3, kind: 'exterior' }]),
    storey(2, 100, twoStairs(...second)),
    storey(3, 0, twoStairs(1.5, 1.5)),
    storey(4, 300, twoStairs(...top)),
  ]);

  it('top floor: 1.50 + 1.50 = 3.00 m passes for 300 persons; 1.50 + 1.49 fails short by 0.01 m', () => {
    const pass = buildingRule(stairWidth, plan([1.5, 1.5])).find((f) => f.where.floorId === 'F4')!;
    expect(pass.status).toBe('pass');
    expect(pass.measured.value).toBe(3);
    expect(pass.required).toEqual({ value: 3, unit: 'm', comparator: '>=' });
    expect(pass.messageParams).toMatchObject({ persons: 300, governing: '4F', factor: 1, storeys: 4 });
    expect(pass.where.elementIds).toEqual(['sA', 'sB']);
    const fail = buildingRule(stairWidth, plan([1.5, 1.49])).find((f) => f.where.floorId === 'F4')!;
    expect(fail.status).toBe('fail');
    expect(fail.measured.value).toBe(2.99);
    expect(fail.messageParams['shortfall']).toBe(0.01);
  });

  it('a lower floor of 100 persons is sized by the 300 of the floor above it: 3.00 m', () => {
    const all = buildingRule(stairWidth, plan([1.5, 1.5], [1.5, 1.49]));
    const second = all.find((f) => f.where.floorId === 'F2')!;
    expect(second.required.value).toBe(3);
    expect(second.messageParams).toMatchObject({ persons: 300, own: 100, governing: '4F' });
    expect(second.status).toBe('fail');
    // the empty third floor too
    expect(all.find((f) => f.where.floorId === 'F3')!).toMatchObject({ status: 'pass', required: { value: 3 } });
    // the ground floor leaves by its exterior exits: not judged (its 500 persons size nothing above)
    expect(all.some((f) => f.where.floorId === 'F1')).toBe(false);
  });

  it('a floor above the most-populated one carries only the floors at or above it', () => {
    const p = tower([storey(1, 0, []), storey(2, 300, twoStairs(1.5, 1.5)), storey(3, 100, twoStairs(0.5, 0.5))], { height: 11.7 });
    // 3 storeys, grade 2: 0.75 m per 100 → 3F: 100 persons → 0.75 m; 2F: 300 → 2.25 m
    const all = buildingRule(stairWidth, p);
    expect(all.find((f) => f.where.floorId === 'F3' && f.messageKey.endsWith('.pass'))!.required.value).toBe(0.75);
    expect(all.find((f) => f.where.floorId === 'F2')!.required.value).toBe(2.25);
  });

  it("the building's stated storeys pick the factor when not every floor is drawn: 4 stated → 1.00 m per 100", () => {
    const drawn = [storey(1, 0, []), storey(2, 100, twoStairs(1.5, 1.5))];
    expect(buildingRule(stairWidth, tower(drawn, { height: 15.6 }))[0]!.required.value).toBe(0.65);
    expect(buildingRule(stairWidth, tower(drawn, { height: 15.6, storeys: 4 }))[0]).toMatchObject({ required: { value: 1 }, messageParams: { storeys: 4 } });
  });

  it('each stair: 1.10 m passes in a multi-storey building, 1.09 m fails', () => {
    const at = (w: number) => buildingRule(stairWidth, tower([storey(1, 0, []), storey(2, 10, twoStairs(1.1, w))], { height: 7.8 }));
    expect(at(1.1).filter((f) => f.messageKey === 'fire.stair-width.narrow')).toHaveLength(0);
    const narrow = at(1.09).filter((f) => f.messageKey === 'fire.stair-width.narrow');
    expect(narrow).toHaveLength(1);
    expect(narrow[0]).toMatchObject({ status: 'fail', measured: { value: 1.09 }, required: { value: 1.1 }, where: { floorId: 'F2', elementIds: ['sB'] } });
  });

  it('each stair in a high-rise building (24.1 m): 1.20 m passes, 1.19 m fails', () => {
    const at = (w: number) => buildingRule(stairWidth, tower([storey(1, 0, []), storey(2, 10, twoStairs(1.2, w))], { height: 24.1 }));
    expect(at(1.2).filter((f) => f.messageKey.includes('narrow'))).toHaveLength(0);
    const narrow = at(1.19).filter((f) => f.messageKey.includes('narrow'));
    expect(narrow).toHaveLength(1);
    expect(narrow[0]!.required.value).toBe(1.2);
    expect(narrow[0]!.clause).toContain('Table 5.5.18');
  });

  it('width source: the exit flight, else the stair core the exit opens into, else the door (and says so)', () => {
    const core = stairCore('core1', rect(10, 7, 14, 10), { flightWidth: 1.6 });
    const floor = storey(2, 10, [stairExit('onCore', [12, 7]), stairExit('flight', [30, 5], 1.25), stairExit('doorOnly', [50, 5], undefined, 1.05)], [core, stairCore('bare', rect(60, 7, 64, 10), { flightWidth: 1.3 }), stairCore('unknown', rect(70, 7, 74, 10))]);
    const stairs = floorStairs(floor);
    expect(stairs.map((s) => [s.id, s.width, s.source])).toEqual([
      ['flight', 1.25, 'exit-flight'],
      ['doorOnly', 1.05, 'door'],
      ['core1', 1.6, 'core-flight'],
      // a stair core with no exit counts with its flight width; without one it cannot be counted
      ['bare', 1.3, 'core-flight'],
    ]);
    expect(stairs[2]!.exits.map((e) => e.id)).toEqual(['onCore']);
    const all = buildingRule(stairWidth, tower([storey(1, 0, []), floor], { height: 7.8 }));
    const total = all.find((f) => f.messageKey.startsWith('fire.stair-width.pass'))!;
    expect(total.messageKey).toBe('fire.stair-width.pass-door');
    expect(total.measured.value).toBe(5.2);
    expect(total.messageParams['byDoor']).toBe(1);
    const narrow = all.find((f) => f.messageKey === 'fire.stair-width.narrow-door')!;
    expect(narrow.where.elementIds).toEqual(['doorOnly']);
  });

  it('two exits into one stair core count the stair once', () => {
    const floor = storey(2, 10, [stairExit('e1', [10, 7], 1.4), stairExit('e2', [14, 8]) ], [stairCore('core1', rect(10, 7, 14, 10), { flightWidth: 1.2 })]);
    const stairs = floorStairs(floor);
    expect(stairs).toHaveLength(1);
    expect(stairs[0]).toMatchObject({ id: 'core1', width: 1.4, source: 'exit-flight' });
  });

  it('an upper floor with persons and no stair fails; a building of one storey has nothing to size', () => {
    const none = buildingRule(stairWidth, tower([storey(1, 0, []), storey(2, 20, [])], { height: 7.8 }));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ status: 'fail', messageKey: 'fire.stair-width.no-stairs', required: { value: 0.13 } });
    const single = buildingRule(stairWidth, tower([storey(1, 20, [])], { height: 4 }));
    expect(single).toHaveLength(1);
    expect(single[0]).toMatchObject({ status: 'n/a', messageKey: 'fire.stair-width.na-no-upper-floors' });
  });

  it('intl: the largest load at or above × 7.6 mm; each stair 1118 mm, 914 mm under 50 persons', () => {
    // seats in no zone count one person each
    const seats = (n: number) => Array.from({ length: n }, (_, i) => seatAt(`s${i}`, [5 + (i % 50) * 2, 2 + Math.floor(i / 50) * 3]));
    const floors = (top: number, w: number) => [storey(1, 0, []), { ...storey(2, 0, twoStairs(w, w)), workstations: seats(top) }];
    const big = buildingRule(stairWidth, tower(floors(60, 1.118), { height: 7.8 }, {}, 'intl'));
    expect(big.find((f) => f.messageKey === 'fire.stair-width.pass')).toMatchObject({ required: { value: 0.456 }, messageParams: { persons: 60 } });
    expect(big.filter((f) => f.messageKey === 'fire.stair-width.narrow')).toHaveLength(0);
    const narrow = buildingRule(stairWidth, tower(floors(60, 1.11), { height: 7.8 }, {}, 'intl')).filter((f) => f.messageKey === 'fire.stair-width.narrow');
    expect(narrow).toHaveLength(2);
    expect(narrow[0]!.required.value).toBe(1.118);
    const small = buildingRule(stairWidth, tower(floors(40, 0.914), { height: 7.8 }, {}, 'intl'));
    expect(small.filter((f) => f.messageKey === 'fire.stair-width.narrow')).toHaveLength(0);
    expect(buildingRule(stairWidth, tower(floors(40, 0.91), { height: 7.8 }, {}, 'intl')).filter((f) => f.messageKey === 'fire.stair-width.narrow')[0]!.required.value).toBe(0.914);
  });
});

describe('fire.stair-enclosure (gb)', () => {
  const stairs = (enclosure?: StairEnclosure) => [stairCore('st1', rect(0, 0, 4, 3), enclosure ? { enclosure } : {})];
  const building = (height: number, enclosure: StairEnclosure | undefined, levels = 2, overrides: Record<string, string | number | boolean> = {}) =>
    tower(Array.from({ length: levels }, (_, i) => storey(i + 1, 0, [], stairs(enclosure))), { height }, overrides);
  const onFloor = (fs: Finding[], floorId = 'F1') => fs.filter((f) => f.where.floorId === floorId);

  it('二类高层 at 32.0 m: an enclosed stair passes; at 32.1 m it must be smoke-proof', () => {
    const at32 = onFloor(everyFloor(stairEnclosure, building(32.0, 'enclosed')));
    expect(at32).toHaveLength(1);
    expect(at32[0]).toMatchObject({ status: 'pass', messageKey: 'fire.stair-enclosure.pass-enclosed', required: { value: 'enclosed' } });
    expect(at32[0]!.clause).toContain('§5.5.12');
    const over = onFloor(everyFloor(stairEnclosure, building(32.1, 'enclosed')));
    expect(over[0]).toMatchObject({ status: 'fail', messageKey: 'fire.stair-enclosure.need-smoke-proof-enclosed', measured: { value: 'enclosed' }, required: { value: 'smoke-proof' } });
    expect(over[0]!.where.elementIds).toEqual(['st1']);
    expect(onFloor(everyFloor(stairEnclosure, building(32.1, 'smoke-proof')))[0]!.status).toBe('pass');
    // smoke-proof satisfies enclosed
    expect(onFloor(everyFloor(stairEnclosure, building(30, 'smoke-proof')))[0]).toMatchObject({ status: 'pass', messageKey: 'fire.stair-enclosure.pass-enclosed' });
  });

  it('一类 (declared) at 30 m needs smoke-proof; an open high-rise stair fails', () => {
    const class1 = onFloor(everyFloor(stairEnclosure, building(30, 'enclosed', 2, { 'fire.buildingClass': '1' })));
    expect(class1[0]).toMatchObject({ status: 'fail', required: { value: 'smoke-proof' } });
    expect(onFloor(everyFloor(stairEnclosure, building(30, 'open')))[0]).toMatchObject({ status: 'fail', messageKey: 'fire.stair-enclosure.need-enclosed-open' });
  });

  it('a stair core with no enclosure stated is judged open and says so', () => {
    const f = onFloor(everyFloor(stairEnclosure, building(30, undefined)))[0]!;
    expect(f).toMatchObject({ status: 'fail', messageKey: 'fire.stair-enclosure.need-enclosed-unstated', measured: { value: 'open' } });
    expect(formatFinding(f, 'en')).toContain('not stated');
    // a stair exit on no stair core is a stair of unknown enclosure too
    const exitOnly = tower([storey(1, 0, [stairExit('x', [0, 5])]), storey(2, 0, [stairExit('x2', [0, 5])])], { height: 30 });
    expect(onFloor(everyFloor(stairEnclosure, exitOnly))[0]).toMatchObject({ status: 'fail', messageKey: 'fire.stair-enclosure.need-enclosed-unstated', where: { elementIds: ['x'] } });
  });

  it('multi-storey office: 5 storeys may have open stairs; 6 storeys need enclosed ones (§5.5.13-4)', () => {
    const five = everyFloor(stairEnclosure, building(19.5, 'open', 5));
    expect(five).toHaveLength(5);
    expect(five[0]).toMatchObject({ status: 'pass', messageKey: 'fire.stair-enclosure.open-allowed', measured: { value: 'open' }, required: { value: 'open' }, where: { floorId: 'F1', elementIds: ['st1'] } });
    // a floor without a stair has nothing to judge
    expect(everyFloor(stairEnclosure, tower([storey(1, 0, []), storey(2, 0, [])], { height: 30 }))).toHaveLength(0);
    const six = everyFloor(stairEnclosure, building(23.4, 'open', 6));
    expect(six).toHaveLength(6);
    expect(six.every((f) => f.status === 'fail' && f.messageKey === 'fire.stair-enclosure.need-enclosed-open')).toBe(true);
    expect(six[0]!.clause).toContain('§5.5.13');
    // six storeys stated, two drawn
    expect(everyFloor(stairEnclosure, tower([storey(1, 0, [], stairs('open')), storey(2, 0, [], stairs('open'))], { height: 23.4, storeys: 6 }))[0]!.status).toBe('fail');
    // the storey count is a parameter: 1 for hotels, shops and the other §5.5.13 uses
    expect(everyFloor(stairEnclosure, building(7.8, 'open', 2, { 'fire.stairEnclosure.enclosedStoreys': 1 }))[0]!.status).toBe('fail');
  });

  it('intl has no such rule', () => {
    expect(stairEnclosure.parameters.intl).toBeUndefined();
  });
});

describe('clear width of a corridor', () => {
  const rotate = (p: Polygon, deg: number): Polygon => {
    const a = (deg * Math.PI) / 180;
    return p.map(([x, y]) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)] as Point);
  };

  it('a straight strip is as wide as it is, in any direction and on any grid', () => {
    expect(clearWidth(rect(0, 0, 20, 1.4), [], 0.2).width).toBeCloseTo(1.4, 9);
    expect(clearWidth(rect(0.037, 0.011, 20.037, 1.401), [], 0.2).width).toBeCloseTo(1.39, 9);
    expect(clearWidth(rotate(rect(0, 0, 20, 1.4), 30), [], 0.2).width).toBeCloseTo(1.4, 9);
    expect(clearWidth(rotate(rect(0, 0, 20, 1.39), 63), [], 0.2).width).toBeCloseTo(1.39, 9);
  });

  it('corners and ends do not count as narrow: an L of 1.4 m legs is 1.4 m wide', () => {
    const l: Polygon = [[0, 0], [20, 0], [20, 15], [18.6, 15], [18.6, 1.4], [0, 1.4]];
    expect(clearWidth(l, [], 0.2).width).toBeCloseTo(1.4, 9);
  });

  it('a column standing into the corridor pinches it: 1.6 m less 0.25 m = 1.35 m, located at the column', () => {
    const w = clearWidth(rect(0, 0, 20, 1.6), [rect(9.8, -0.2, 10.2, 0.25)], 0.2);
    expect(w.width).toBeCloseTo(1.35, 9);
    expect(w.at![0]).toBeGreaterThanOrEqual(9.8);
    expect(w.at![0]).toBeLessThanOrEqual(10.2);
    // a column corner pinches at the corner: 45° diamond whose tip is 0.3 m into a 1.6 m strip → 1.3 m
    const diamond: Polygon = [[10, 0.3], [9.5, -0.2], [10, -0.7], [10.5, -0.2]];
    expect(clearWidth(rect(0, 0, 20, 1.6), [diamond], 0.2).width).toBeCloseTo(1.3, 9);
  });

  it('a thin wall down the middle makes two corridors, not one of 0.1 m', () => {
    const w = clearWidth(rect(0, 0, 20, 3.1), [rect(0, 1.5, 20, 1.6)], 0.2);
    expect(w.width).toBeCloseTo(1.5, 9);
  });

  it('too small for a cross-section: the largest inscribed circle; nothing free: 0', () => {
    // one row of points along a 0.15 m strip: its centre line, 0.075 m from either side
    const w = clearWidth(rect(0, 0, 5, 0.15), [], 0.2);
    expect(w.crossSection).toBe(false);
    expect(w.width).toBeCloseTo(0.15, 9);
    expect(clearWidth(rect(0, 0, 5, 1), [rect(-1, -1, 6, 2)], 0.2)).toMatchObject({ width: 0, at: null });
  });
});

describe('fire.corridor-width', () => {
  const door = (id: string, at: Point): Door => ({ id, at, width: 0.9 });
  /** A corridor zone 20 m long and `w` wide, doors on the south side, and on the north side too when `double`. */
  const plan = (w: number, double: boolean, height: number, base: 'gb' | 'intl' = 'gb', extra: Partial<Floor> = {}) => makePlan([makeBuilding([makeFloor({
    outline: rect(-5, -10, 25, 10),
    zones: [makeRoom('cor', 'corridor', 0, 0, 20, w, '走道')],
    doors: [door('d1', [5, 0]), door('d2', [12, 0]), ...(double ? [door('d3', [8, w])] : [])],
    ...extra,
  })], { height })], { base });

  it('high-rise, rooms on both sides: 1.40 m meets the fire minimum (warns for the 1.50 m office width), 1.39 m fails', () => {
    const at140 = floorRule(corridorWidth, plan(1.4, true, 30))[0]!;
    expect(at140).toMatchObject({ status: 'warn', messageKey: 'fire.corridor-width.warn-office-double', measured: { value: 1.4 }, required: { value: 1.5 } });
    expect(at140.messageParams).toMatchObject({ fire: 1.4, office: 1.5, length: 20 });
    const at139 = floorRule(corridorWidth, plan(1.39, true, 30))[0]!;
    expect(at139).toMatchObject({ status: 'fail', messageKey: 'fire.corridor-width.fail-double', measured: { value: 1.39 }, required: { value: 1.4 } });
    expect(at139.clause).toContain('Table 5.5.18');
    expect(at139.where.elementIds).toEqual(['cor']);
    expect(floorRule(corridorWidth, plan(1.5, true, 30))[0]).toMatchObject({ status: 'pass', messageKey: 'fire.corridor-width.pass-double', required: { value: 1.5 } });
  });

  it('high-rise, rooms on one side: 1.30 m passes (fire and office), 1.29 m fails', () => {
    expect(floorRule(corridorWidth, plan(1.3, false, 30))[0]).toMatchObject({ status: 'pass', messageKey: 'fire.corridor-width.pass-single' });
    expect(floorRule(corridorWidth, plan(1.29, false, 30))[0]).toMatchObject({ status: 'fail', required: { value: 1.3 } });
  });

  it('multi-storey: 1.10 m meets the fire minimum (warns: office 1.30 m), 1.09 m fails', () => {
    expect(floorRule(corridorWidth, plan(1.1, false, 15))[0]).toMatchObject({ status: 'warn', required: { value: 1.3 } });
    expect(floorRule(corridorWidth, plan(1.09, false, 15))[0]).toMatchObject({ status: 'fail', required: { value: 1.1 }, messageKey: 'fire.corridor-width.fail-single' });
  });

  it('a corridor longer than 40 m takes the longer office widths (1.80 m with rooms on both sides)', () => {
    const long = makePlan([makeBuilding([makeFloor({
      outline: rect(-5, -10, 60, 10), zones: [makeRoom('cor', 'corridor', 0, 0, 45, 1.6)], doors: [door('d1', [5, 0]), door('d2', [6, 1.6])],
    })], { height: 15 })]);
    expect(floorRule(corridorWidth, long)[0]).toMatchObject({ status: 'warn', required: { value: 1.8 }, messageParams: { length: 45 } });
  });

  it('walls along the corridor (zone drawn to their centre lines) leave their faces 0.10 m apart less', () => {
    const walled = plan(1.5, true, 30, 'gb', { walls: [{ id: 'wS', a: [0, 0], b: [20, 0], kind: 'solid' }, { id: 'wN', a: [0, 1.5], b: [20, 1.5], kind: 'solid' }] });
    expect(floorRule(corridorWidth, walled)[0]).toMatchObject({ status: 'warn', measured: { value: 1.4 } });
  });

  it('intl: 1118 mm, 914 mm where the floor holds fewer than 50', () => {
    expect(floorRule(corridorWidth, plan(1.118, false, 30, 'intl'))[0]).toMatchObject({ status: 'pass', messageKey: 'fire.corridor-width.pass', required: { value: 0.914 } });
    const seats = Array.from({ length: 60 }, (_, i) => seatAt(`s${i}`, [-4 + (i % 15) * 2, -9 + Math.floor(i / 15) * 2]));
    const busy = plan(1.11, false, 30, 'intl', { workstations: seats });
    expect(floorRule(corridorWidth, busy)[0]).toMatchObject({ status: 'fail', messageKey: 'fire.corridor-width.fail', required: { value: 1.118 } });
  });

  it('runs in a full check with messages in both languages', () => {
    const p = plan(1.39, true, 30);
    const f = runRules(p, { date: DATE }).findings.find((x) => x.ruleId === 'fire.corridor-width')!;
    expect(formatFinding(f, 'en')).toBe('走道: narrowest clear width 1.39 m; this evacuation corridor (rooms on both sides) needs at least 1.4 m.');
    expect(formatFinding(f, 'zh-CN')).toBe('走道：最窄净宽 1.39 m；该疏散走道（双面布房）净宽应不小于 1.4 m。');
  });
});

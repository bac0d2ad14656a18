// Detection and suppression rules at their boundaries, by hand: fire.detector-coverage,
// fire.sprinkler-spacing (and the sprinkler credit it gives travel distance and compartment
// area), fire.extinguisher-count, fire.fire-wall-doors.
import { describe, expect, it } from 'vitest';
import type { Door, Exit, Extinguisher, PlanDocument, PointDevice, Wall } from '../../../src/floorplan/types.ts';
import { classARating } from '../../../src/rules/analysis/extinguisherRatings.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeRoom, rect, seatAt } from '../fixtures.ts';

const DATE = '2026-05-31';

function findings(plan: PlanDocument, ruleId: string): Finding[] {
  return runRules(plan, { date: DATE }).findings.filter((f) => f.ruleId === ruleId);
}

function one(plan: PlanDocument, ruleId: string, variant?: string): Finding {
  const list = findings(plan, ruleId).filter((f) => !variant || f.messageKey === `${ruleId}.${variant}`);
  expect(list, `${ruleId}.${variant ?? '*'}`).toHaveLength(1);
  return list[0]!;
}

const dev = (id: string, x: number, y: number): PointDevice => ({ id, at: [x, y] });
const exit = (id: string, at: [number, number]): Exit => ({ id, at, width: 1.2, kind: 'stair' });

describe('fire.detector-coverage', () => {
  // 14 × 8 m = 112 m² (> 80 m², clear height 2.8 m ≤ 6 m): A = 60 m², R = 5.8 m, N = ⌈112 / 60⌉ = 2.
  const room = (detectors: PointDevice[], extra: Parameters<typeof floorPlan>[0] = {}, overrides: Record<string, number | string> = {}) =>
    floorPlan({ outline: rect(0, 0, 14, 8), zones: [makeRoom('z', 'work', 0, 0, 14, 8)], detectors, ...extra }, {}, { overrides });

  it('the corner exactly 5.8 m from a detector passes (4.2² + 4² = 5.8²); 0.1 m farther in x fails (√(4.3² + 4²) = 5.87 m)', () => {
    const at = one(room([dev('k1', 4.2, 4), dev('k2', 9.8, 4)]), 'fire.detector-coverage', 'pass');
    expect(at.status).toBe('pass');
    expect(at.measured.value).toBe(5.8);
    expect(at.required).toEqual({ value: 5.8, unit: 'm', comparator: '<=' });
    expect(at.messageParams).toMatchObject({ detectors: 2, needed: 2, protectionArea: 60 });
    const over = one(room([dev('k1', 4.3, 4), dev('k2', 9.7, 4)]), 'fire.detector-coverage', 'uncovered');
    expect(over.status).toBe('fail');
    expect(over.measured.value).toBe(5.87);
    expect([[0, 0], [14, 0]]).toContainEqual(over.where.point); // a bottom corner (the two tie)
  });

  it('rooms up to 80 m² use R = 6.7 m; one detector in the middle of 8 × 8 m passes (corner √32 = 5.66 m)', () => {
    const f = one(floorPlan({ outline: rect(0, 0, 8, 8), zones: [makeRoom('z', 'work', 0, 0, 8, 8)], detectors: [dev('k', 4, 4)] }), 'fire.detector-coverage', 'pass');
    expect(f.required.value).toBe(6.7);
    expect(f.measured.value).toBe(5.66);
    expect(f.messageParams).toMatchObject({ protectionArea: 80, needed: 1 });
  });

  it('count N = ⌈S / (K·A)⌉: with K = 0.5, 112 / 30 = 3.73 → 4 needed, 2 present fails', () => {
    const f = one(room([dev('k1', 4.2, 4), dev('k2', 9.8, 4)], {}, { 'fire.detector.K': 0.5 }), 'fire.detector-coverage', 'count');
    expect(f.status).toBe('fail');
    expect(f.measured.value).toBe(2);
    expect(f.required.value).toBe(4);
  });

  it('a detector 0.5 m from a wall passes, 0.49 m fails; to a thick wall the face counts (0.6 m to the axis of a 0.2 m wall = 0.5 m)', () => {
    const ok = one(room([dev('k1', 4.2, 4), dev('k2', 9.8, 4), dev('k3', 0.5, 4)]), 'fire.detector-coverage', 'clearances-pass');
    expect(ok.measured.value).toBe(0.5);
    const near = one(room([dev('k1', 4.2, 4), dev('k2', 9.8, 4), dev('k3', 0.49, 4)]), 'fire.detector-coverage', 'wall');
    expect(near.status).toBe('fail');
    expect(near.measured.value).toBe(0.49);
    expect(near.where.elementIds).toEqual(['k3']);
    const wall: Wall = { id: 'w', a: [12, 0], b: [12, 3], kind: 'solid', thickness: 0.2 };
    const face = room([dev('k1', 4.2, 4), dev('k2', 9.8, 4), dev('k3', 12.6, 1)], { walls: [wall] });
    expect(findings(face, 'fire.detector-coverage').filter((f) => f.messageKey.endsWith('.wall'))).toHaveLength(0);
    const faceNear = room([dev('k1', 4.2, 4), dev('k2', 9.8, 4), dev('k3', 12.59, 1)], { walls: [wall] });
    expect(one(faceNear, 'fire.detector-coverage', 'wall').where.elementIds).toEqual(['k3', 'w']);
  });

  it('1.5 m from a supply-air outlet passes, 1.49 m fails', () => {
    const air = (y: number) => ({ airTerminals: [{ id: 'a1', at: [4.2, y] as [number, number], freshAir: 300 }] });
    expect(one(room([dev('k1', 4.2, 4), dev('k2', 9.8, 4)], air(5.5)), 'fire.detector-coverage', 'clearances-pass').messageParams.air).toBe(1.5);
    const f = one(room([dev('k1', 4.2, 4), dev('k2', 9.8, 4)], air(5.49)), 'fire.detector-coverage', 'supply-air');
    expect(f.status).toBe('fail');
    expect(f.measured.value).toBe(1.49);
    expect(f.where.elementIds).toEqual(['k1', 'a1']);
  });

  it('corridor under 3 m wide: 15 m spacing, ends within 7.5 m: corner √(7.5² + 1²) = 7.57 m passes, 7.6 m from the end fails', () => {
    // 30 × 2 m corridor (width from area and perimeter: exactly 2 m), detectors on its axis
    const corridor = (x: number) => floorPlan({ outline: rect(0, 0, 30, 2), zones: [makeRoom('c', 'corridor', 0, 0, 30, 2)], detectors: [dev('k1', x, 1), dev('k2', 30 - x, 1)] });
    const ok = one(corridor(7.5), 'fire.detector-coverage', 'corridor-pass');
    expect(ok.required.value).toBe(7.57);
    expect(ok.measured.value).toBe(7.57);
    const over = one(corridor(7.6), 'fire.detector-coverage', 'corridor-uncovered');
    expect(over.measured.value).toBe(7.67);
  });

  it('toilets are left out (exempt use); a room with no detector of its own in an enclosed room is uncovered', () => {
    const walls: Wall[] = [{ id: 'w1', a: [10, 0], b: [10, 8], kind: 'solid' }];
    const doors: Door[] = [{ id: 'd1', at: [10, 4], width: 1, wall: 'w1' }];
    const plan = floorPlan({
      outline: rect(0, 0, 14, 8), walls, doors,
      zones: [makeRoom('z', 'work', 0, 0, 10, 8), makeRoom('t', 'toilet', 10, 0, 14, 8), ],
      detectors: [dev('k1', 2.5, 4), dev('k2', 7.5, 4)],
    });
    const list = findings(plan, 'fire.detector-coverage');
    expect(list.some((f) => f.where.elementIds.includes('t'))).toBe(false);
    const meeting = floorPlan({
      outline: rect(0, 0, 14, 8), walls, doors,
      zones: [makeRoom('z', 'work', 0, 0, 10, 8), makeRoom('m', 'meeting', 10, 0, 14, 8)],
      detectors: [dev('k1', 2.5, 4), dev('k2', 7.5, 4)],
    });
    const m = findings(meeting, 'fire.detector-coverage').find((f) => f.where.elementIds[0] === 'm')!;
    expect(m.messageKey).toBe('fire.detector-coverage.uncovered');
    expect(m.measured.value).toBeNull();
  });

  it('no detectors: n/a where no alarm system is required, fail in a 一类高层 (item 12), warn on a floor over 1,500 m² (item 3 reading)', () => {
    const zones = [makeRoom('z', 'work', 0, 0, 20, 10)];
    expect(one(floorPlan({ zones }), 'fire.detector-coverage').status).toBe('n/a');
    const tall = one(floorPlan({ zones }, { height: 60 }), 'fire.detector-coverage');
    expect([tall.status, tall.messageKey, tall.messageParams.item]).toEqual(['fail', 'fire.detector-coverage.none', 12]);
    const big = one(floorPlan({ zones, grossArea: 1600 }), 'fire.detector-coverage');
    expect([big.status, big.messageKey]).toEqual(['warn', 'fire.detector-coverage.none-reading']);
    const server = one(floorPlan({ zones: [makeRoom('s', 'server', 0, 0, 20, 10)] }), 'fire.detector-coverage');
    expect([server.status, server.messageParams.item]).toEqual(['fail', 10]);
  });
});

describe('fire.sprinkler-spacing', () => {
  /** Heads on the crossings of xs × ys. */
  const heads = (xs: number[], ys: number[]): PointDevice[] => xs.flatMap((x, i) => ys.map((y, j) => dev(`p${i}${j}`, x, y)));
  const zoneOf = (w: number, h: number, sprinklers: PointDevice[], building = {}) =>
    floorPlan({ outline: rect(0, 0, w, h), zones: [makeRoom('z', 'work', 0, 0, w, h)], sprinklers }, { sprinklered: true, ...building });

  it('中危险级 I: heads 3.6 m apart in rows 3.2 m apart, 1.8 m from the walls, pass (every point within 2.41 m of 2.55)', () => {
    // 7.2 × 6.4 m = 46.08 m²: ⌈46.08 / 12.5⌉ = 4 heads; farthest points √(1.8² + 1.6²) = 2.41 m
    const f = one(zoneOf(7.2, 6.4, heads([1.8, 5.4], [1.6, 4.8])), 'fire.sprinkler-spacing');
    expect(f.status).toBe('pass');
    expect(f.measured.value).toBe(2.41);
    expect(f.required).toEqual({ value: 2.55, unit: 'm', comparator: '<=' });
    expect(f.messageParams).toMatchObject({ needed: 4, heads: 4, wall: 1.8, wallLimit: 1.8 });
  });

  it('1.9 m from the wall fails (limit 1.8 m), though every point is still within reach', () => {
    // heads 3.4 m apart, 1.9 m from the x walls: farthest points √(1.9² + 1.6²) = 2.48 m ≤ 2.55 m
    const f = one(zoneOf(7.2, 6.4, heads([1.9, 5.3], [1.6, 4.8])), 'fire.sprinkler-spacing');
    expect([f.status, f.messageKey]).toEqual(['fail', 'fire.sprinkler-spacing.wall']);
    expect(f.measured.value).toBe(1.9);
    expect(f.required.value).toBe(1.8);
    expect([0, 7.2]).toContain(f.where.point![0]);
  });

  it('a 3.7 m square leaves the corners √2 × 1.85 = 2.62 m from a head, over 3.6 / √2 = 2.55 m: fails', () => {
    const f = one(zoneOf(7.4, 7.4, heads([1.85, 5.55], [1.85, 5.55])), 'fire.sprinkler-spacing');
    expect([f.status, f.messageKey, f.measured.value]).toEqual(['fail', 'fire.sprinkler-spacing.uncovered', 2.62]);
    // a full 3.6 m square reaches every point (corners exactly 2.55 m) but gives 12.96 m² per head, over 12.5: 51.84 / 12.5 → 5 heads
    const square = one(zoneOf(7.2, 7.2, heads([1.8, 5.4], [1.8, 5.4])), 'fire.sprinkler-spacing');
    expect([square.messageKey, square.measured.value, square.required.value]).toEqual(['fire.sprinkler-spacing.count', 4, 5]);
  });

  it('light hazard: 4.4 m spacing, 2.2 m from walls (reach 3.11 m)', () => {
    const f = one(zoneOf(8.8, 8.8, heads([2.2, 6.6], [2.2, 6.6]), { sprinklerHazard: 'light' }), 'fire.sprinkler-spacing');
    expect(f.status).toBe('pass');
    expect(f.required.value).toBe(3.11);
    expect(f.measured.value).toBe(3.11);
  });

  it('heads 1.8 m apart pass, 1.79 m apart fail', () => {
    const base = heads([1.8, 5.4], [1.6, 4.8]);
    expect(findings(zoneOf(7.2, 6.4, [...base, dev('x', 3.6, 1.6)]), 'fire.sprinkler-spacing').filter((f) => f.status === 'fail')).toHaveLength(0);
    const close = one(zoneOf(7.2, 6.4, [...base, dev('x', 3.59, 1.6)]), 'fire.sprinkler-spacing', 'too-close');
    expect(close.measured.value).toBe(1.79);
    expect(close.where.elementIds).toEqual(['p00', 'x']);
  });

  it('a sprinklered floor without heads fails; an unsprinklered building is n/a', () => {
    expect(one(floorPlan({}, { sprinklered: true }), 'fire.sprinkler-spacing').messageKey).toBe('fire.sprinkler-spacing.none');
    expect(one(floorPlan({}), 'fire.sprinkler-spacing').status).toBe('n/a');
  });
});

describe('sprinkler credit', () => {
  // 50 × 10 m, exit at the west end, a seat 37.5 m from it (the hall limit with the credit)
  const grid = (): PointDevice[] => {
    // 14 columns 50/14 = 3.57 m apart, 3 rows 3.33 m apart: 11.9 m² per head, 1.79 / 1.67 m from the walls
    const out: PointDevice[] = [];
    for (let i = 0; i < 14; i++) for (let j = 0; j < 3; j++) out.push(dev(`p${i}-${j}`, ((i + 0.5) * 50) / 14, ((j + 0.5) * 10) / 3));
    return out;
  };
  const travel = (sprinklers: PointDevice[], reviews: PlanDocument['reviews'] = []) =>
    floorPlan(
      { outline: rect(0, 0, 50, 10), exits: [exit('e1', [0, 5])], workstations: [seatAt('s1', [37.5, 5])], sprinklers },
      { sprinklered: true },
      { overrides: { 'fire.travel.gridStep': 1000, 'fire.openFloorReading': 'hall' }, reviews },
    );

  it('heads laid out to GB 50084: hall limit 30 × 1.25 = 37.5 m, the seat at 37.5 m passes', () => {
    expect(findings(travel(grid()), 'fire.sprinkler-spacing').every((f) => f.status === 'pass')).toBe(true);
    const f = one(travel(grid()), 'fire.travel-distance');
    expect([f.status, f.required.value, f.messageParams.credit]).toEqual(['pass', 37.5, 'verified']);
  });

  it('no heads drawn: credit withheld, limit 30 m, the seat fails; accepting the sprinkler finding in review restores 37.5 m', () => {
    const f = one(travel([]), 'fire.travel-distance');
    expect([f.status, f.required.value, f.messageParams.credit]).toEqual(['fail', 30, 'withheld']);
    const accepted = travel([], [{ findingKey: 'fire.sprinkler-spacing|B|F1|', decision: 'accepted' }]);
    const g = one(accepted, 'fire.travel-distance');
    expect([g.status, g.required.value, g.messageParams.credit]).toEqual(['pass', 37.5, 'accepted']);
    // a rejected or open review does not
    expect(one(travel([], [{ findingKey: 'fire.sprinkler-spacing|B|F1|', decision: 'open' }]), 'fire.travel-distance').required.value).toBe(30);
  });

  it('a failing layout withholds the credit too: one head too far from a wall', () => {
    const heads = grid().map((h) => (h.id === 'p0-0' ? dev('p0-0', 1.9, 10 / 6) : h));
    expect(one(travel(heads), 'fire.travel-distance').required.value).toBe(30);
  });

  it('compartment area: 4,000 m² sprinklered without heads fails 2,500 m²; accepted in review it passes 5,000 m²', () => {
    const plan = (reviews: PlanDocument['reviews'] = []) => floorPlan({ grossArea: 4000 }, { sprinklered: true }, { reviews });
    const f = one(plan(), 'fire.compartment-area');
    expect([f.status, f.required.value]).toEqual(['fail', 2500]);
    const g = one(plan([{ findingKey: 'fire.sprinkler-spacing|B|F1|', decision: 'accepted' }]), 'fire.compartment-area');
    expect([g.status, g.required.value]).toEqual(['pass', 5000]);
  });

  it('"declared" trusts the building\'s mark', () => {
    const p = floorPlan({ grossArea: 4000 }, { sprinklered: true }, { overrides: { 'fire.sprinklerCredit': 'declared' } });
    expect(one(p, 'fire.compartment-area').required.value).toBe(5000);
  });
});

describe('extinguisher ratings (GB 50140 Appendix A)', () => {
  it('reads written ratings and model designations', () => {
    expect(classARating('2A').a).toBe(2);
    expect(classARating('3A 55B').a).toBe(3);
    expect(classARating('MF/ABC3').a).toBe(2);
    expect(classARating('MF/ABC4').a).toBe(2);
    expect(classARating('MFZ/ABC5').a).toBe(3);
    expect(classARating('MF/ABC8').a).toBe(4);
    expect(classARating('MS/Q9').a).toBe(2);
    expect(classARating('MT5').a).toBe(0);
    expect(classARating('MF4').a).toBe(0);
    expect(classARating('red one').a).toBeNull();
    expect(classARating(undefined).a).toBeNull();
  });
});

describe('fire.extinguisher-count', () => {
  const ext = (id: string, x: number, y: number, rating?: string): Extinguisher => (rating === undefined ? { id, at: [x, y] } : { id, at: [x, y], rating });
  // 20 × 7.5 m = 150 m² of 中危险级, no hydrants, no sprinklers: Q = 1.0 × 150 / 75 = 2A
  const unit = (extinguishers: Extinguisher[], floor: Parameters<typeof floorPlan>[0] = {}, building = {}, overrides = {}) =>
    floorPlan({ outline: rect(0, 0, 20, 7.5), grossArea: 150, zones: [makeRoom('z', 'work', 0, 0, 20, 7.5)], extinguishers, ...floor }, building, { overrides });

  it('two 2A extinguishers: 4A ≥ Q = 150 / 75 = 2A, pass; one alone fails the two-per-unit minimum', () => {
    const f = one(unit([ext('x1', 1, 1, '2A'), ext('x2', 19, 1, '2A')]), 'fire.extinguisher-count');
    expect([f.status, f.measured.value, f.required.value]).toEqual(['pass', 4, 2]);
    const g = one(unit([ext('x1', 1, 1, '2A')]), 'fire.extinguisher-count');
    expect([g.status, g.messageKey, g.measured.value, g.required.value]).toEqual(['fail', 'fire.extinguisher-count.count', 1, 2]);
  });

  it('a 1A extinguisher is under the 2A minimum of 中危险级', () => {
    const f = one(unit([ext('x1', 1, 1, '2A'), ext('x2', 19, 1, '1A')]), 'fire.extinguisher-count');
    expect([f.status, f.messageKey, f.messageParams.under]).toEqual(['fail', 'fire.extinguisher-count.under-rated', 'x2']);
  });

  it('capacity: 1,200 m² needs 16A (two 3A fail); with hydrants K = 0.9 → 14.4A; hydrants and sprinklers K = 0.5 → 8A, four MF/ABC4 (2A) meet it', () => {
    const big = (extinguishers: Extinguisher[], floor = {}, building = {}, overrides = {}) =>
      unit(extinguishers, { outline: rect(0, 0, 40, 30), grossArea: 1200, zones: [makeRoom('z', 'work', 0, 0, 40, 30)], ...floor }, building, overrides);
    const f = one(big([ext('x1', 1, 1, '3A'), ext('x2', 39, 1, '3A')]), 'fire.extinguisher-count');
    expect([f.status, f.messageKey, f.measured.value, f.required.value]).toEqual(['fail', 'fire.extinguisher-count.capacity', 6, 16]);
    const hydrants = { hydrants: [dev('h1', 20, 0.2)] };
    expect(one(big([ext('x1', 1, 1, '3A'), ext('x2', 39, 1, '3A')], hydrants), 'fire.extinguisher-count').required.value).toBe(14.4);
    const four = ['x1', 'x2', 'x3', 'x4'].map((id, i) => ext(id, 5 + i * 10, 15, 'MF/ABC4'));
    const both = one(big(four, hydrants, { sprinklered: true }, { 'fire.sprinklerCredit': 'declared' }), 'fire.extinguisher-count');
    expect([both.status, both.measured.value, both.required.value, both.messageParams.K]).toEqual(['pass', 8, 8, 0.5]);
  });

  it('a missing or unreadable rating is taken as the minimum and warns', () => {
    const f = one(unit([ext('x1', 1, 1), ext('x2', 19, 1, 'red one')]), 'fire.extinguisher-count');
    expect([f.status, f.messageKey, f.measured.value, f.messageParams.assumed]).toEqual(['warn', 'fire.extinguisher-count.assumed', 4, 2]);
  });

  it('a server room is a 严重危险级 unit of its own: 3A minimum, 50 m²/A', () => {
    // server room 5 × 7.5 = 37.5 m²: Q = 37.5 / 50 = 0.75A; the rest 112.5 m²: Q = 1.5A
    const plan = unit(
      [ext('x1', 1, 1, '2A'), ext('x2', 9, 1, '2A'), ext('s1', 16, 1, '3A'), ext('s2', 19, 6, '2A')],
      { zones: [makeRoom('z', 'work', 0, 0, 15, 7.5), makeRoom('s', 'server', 15, 0, 20, 7.5)] },
    );
    const list = findings(plan, 'fire.extinguisher-count');
    const server = list.find((f) => f.where.elementIds[0] === 's')!;
    expect([server.status, server.messageKey, server.messageParams.under, server.messageParams.Q]).toEqual(['fail', 'fire.extinguisher-count.under-rated', 's2', 0.75]);
    const rest = list.find((f) => f.where.elementIds.length === 0)!;
    expect([rest.status, rest.measured.value, rest.required.value]).toEqual(['pass', 4, 1.5]);
  });

  it('six at one point warn (no more than five, 宜); five do not', () => {
    const at = (n: number) => Array.from({ length: n }, (_, i) => ext(`x${i}`, 10 + i * 0.15, 3, '2A'));
    expect(findings(unit(at(5)), 'fire.extinguisher-count').filter((f) => f.messageKey.endsWith('crowded'))).toHaveLength(0);
    const f = one(unit(at(6)), 'fire.extinguisher-count', 'crowded');
    expect([f.status, f.measured.value, f.required.value]).toEqual(['warn', 6, 5]);
  });
});

describe('fire.fire-wall-doors', () => {
  const fireWall: Wall = { id: 'fw', a: [10, 0], b: [10, 10], kind: 'fire' };

  it('a door in a fire wall must be 甲级: B fails, A passes', () => {
    const plan = (fireRating: Door['fireRating']) => floorPlan({ walls: [fireWall], doors: [{ id: 'd', at: [10, 5], width: 1.2, wall: 'fw', fireRating }] });
    expect(one(plan('B'), 'fire.fire-wall-doors').status).toBe('fail');
    expect(one(plan('A'), 'fire.fire-wall-doors').status).toBe('pass');
  });

  it('a fire wall stated below 3.00 h fails', () => {
    const f = one(floorPlan({ walls: [{ ...fireWall, fireResistance: 2.5 }] }), 'fire.fire-wall-doors');
    expect([f.status, f.messageKey, f.measured.value, f.required.value]).toEqual(['fail', 'fire.fire-wall-doors.fire-wall-hours', 2.5, 3]);
  });

  // server room (0..5) × (6..10) in the corner of the 20 × 10 floor: the outline closes two sides
  const front = (kind: Wall['kind'], fireResistance?: number): Wall => ({ id: 'front', a: [0, 6], b: [5, 6], kind, ...(fireResistance === undefined ? {} : { fireResistance }) });
  const side: Wall = { id: 'side', a: [5, 6], b: [5, 10], kind: 'fire-partition' };
  const room = (walls: Wall[], use: 'server' | 'cabling' = 'server') =>
    floorPlan({ walls, zones: [makeRoom('s', use, 0, 6, 5, 10)], doors: [{ id: 'd', at: [2.5, 6], width: 1, wall: 'front', fireRating: 'A' }] });

  it('plant room in fire partitions: pass, saying the unstated ratings were assumed (2.00 h); stated 2.00 h: plain pass', () => {
    const f = one(room([front('fire-partition'), side]), 'fire.fire-wall-doors');
    expect([f.status, f.messageKey, f.measured.value]).toEqual(['pass', 'fire.fire-wall-doors.enclosure-pass-assumed', 2]);
    const g = one(room([front('fire-partition', 2), { ...side, fireResistance: 2 }]), 'fire.fire-wall-doors');
    expect([g.status, g.messageKey]).toEqual(['pass', 'fire.fire-wall-doors.enclosure-pass']);
  });

  it('a solid wall or a 1.50 h partition on the boundary fails; a missing side leaves 4 m open', () => {
    const solid = one(room([front('solid'), side]), 'fire.fire-wall-doors');
    expect([solid.status, solid.messageKey, solid.measured.value, solid.where.elementIds]).toEqual(['fail', 'fire.fire-wall-doors.enclosure-weak', 0, ['s', 'front']]);
    expect(one(room([front('fire-partition', 1.5), side]), 'fire.fire-wall-doors').measured.value).toBe(1.5);
    const open = one(room([front('fire-partition')]), 'fire.fire-wall-doors');
    expect([open.status, open.messageKey, open.measured.value]).toEqual(['fail', 'fire.fire-wall-doors.enclosure-open', 4]);
    expect(open.where.point).toEqual([5, 8]);
  });

  it('no duplicate with fire.door-rating: a server door (甲级 there) in a fire wall is left to it; a cabling door (乙级 there) is held to 甲级 here', () => {
    const walls: Wall[] = [{ ...front('fire'), id: 'front' }, side];
    const server = findings(room(walls), 'fire.fire-wall-doors');
    expect(server.filter((f) => f.where.elementIds.includes('d'))).toHaveLength(0);
    const cabling = floorPlan({ walls, zones: [makeRoom('s', 'cabling', 0, 6, 5, 10)], doors: [{ id: 'd', at: [2.5, 6], width: 1, wall: 'front', fireRating: 'B' }] });
    expect(one(cabling, 'fire.door-rating').status).toBe('pass');
    expect(findings(cabling, 'fire.fire-wall-doors').find((f) => f.where.elementIds[0] === 'd')!.status).toBe('fail');
  });
});

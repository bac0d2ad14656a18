import { describe, expect, it } from 'vitest';
import type { Exit, PlanDocument } from '../../../src/floorplan/types.ts';
import { gbTravelLimits } from '../../../src/rules/walking/egressLimits.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { ProfileReader } from '../../../src/rules/profiles/reader.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeBuilding, makeFloor, makePlan, makeRoom, rect, seatAt } from '../fixtures.ts';

const DATE = '2026-05-31';

function findings(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: DATE, ...(profile ? { profile } : {}) }).findings.filter((f) => f.ruleId === ruleId);
}

function one(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding {
  const list = findings(plan, ruleId, profile);
  expect(list).toHaveLength(1);
  return list[0]!;
}

const exit = (id: string, at: [number, number], width = 1.2): Exit => ({ id, at, width, kind: 'stair' });
/** No grid points: isolates the occupant points of the seats. */
const SEATS_ONLY = { 'fire.travel.gridStep': 1000 };
/** The sprinkler factor on the building's mark alone (these plans draw no heads; the verified credit: detectionSuppression.test.ts). */
const DECLARED_SPRINKLERS = { 'fire.sprinklerCredit': 'declared' };

describe('gb travel limits (anchor: multi-storey, grade 2, sprinklered)', () => {
  it('hall 37.5 m, room 27.5 m, between exits 50 m, hall corridor 12.5 m', () => {
    const plan = floorPlan({}, { sprinklered: true, fireResistanceGrade: 2, height: 17.4 });
    const ctx = new RunCache(plan, resolveProfile(plan), DATE);
    const limits = gbTravelLimits(ctx.read, ctx.buildingFacts(plan.site.buildings[0]!), true);
    expect(limits).toMatchObject({ hall: 37.5, room: 27.5, betweenExits: 50, hallCorridor: 12.5, reading: 'hall-with-room-warning' });
  });

  it('high-rise unsprinklered: room 20 m; grade 3 has no hall reading and a 20 m room limit', () => {
    const plan = floorPlan({}, { height: 30 });
    const read = new ProfileReader(resolveProfile(plan));
    const ctx = new RunCache(plan, read.profile, DATE);
    expect(gbTravelLimits(read, ctx.buildingFacts(plan.site.buildings[0]!), false).room).toBe(20);
    const g3 = floorPlan({}, { fireResistanceGrade: 3 });
    const ctx3 = new RunCache(g3, resolveProfile(g3), DATE);
    expect(gbTravelLimits(ctx3.read, ctx3.buildingFacts(g3.site.buildings[0]!), false)).toMatchObject({ hall: null, room: 20, reading: 'room' });
  });
});

describe('fire.travel-distance', () => {
  // Floor 50 × 10, one exit at the west end; a straight walk along y = 5.
  const plan = (x: number, overrides: Record<string, string | number> = {}) =>
    floorPlan({ outline: rect(0, 0, 50, 10), exits: [exit('e1', [0, 5])], workstations: [seatAt('s1', [x, 5])] }, { sprinklered: true }, { overrides: { ...SEATS_ONLY, ...DECLARED_SPRINKLERS, ...overrides } });

  it('hall reading: 37.5 m passes at the boundary, 37.6 m fails', () => {
    const at = one(plan(37.5, { 'fire.openFloorReading': 'hall' }), 'fire.travel-distance');
    expect(at.status).toBe('pass');
    expect(at.measured.value).toBe(37.5);
    expect(at.required).toEqual({ value: 37.5, unit: 'm', comparator: '<=' });
    expect(one(plan(37.6, { 'fire.openFloorReading': 'hall' }), 'fire.travel-distance').status).toBe('fail');
  });

  it('default reading: within the hall limit but over the room limit warns', () => {
    const f = one(plan(30), 'fire.travel-distance');
    expect(f.status).toBe('warn');
    expect(f.messageKey).toBe('fire.travel-distance.room-reading-warn');
    expect(f.required.value).toBe(27.5);
    expect(one(plan(27.5), 'fire.travel-distance').status).toBe('pass');
    expect(one(plan(40), 'fire.travel-distance').status).toBe('fail');
  });

  it('room reading: 27.5 m passes, 27.6 m fails', () => {
    expect(one(plan(27.5, { 'fire.openFloorReading': 'room' }), 'fire.travel-distance').status).toBe('pass');
    expect(one(plan(27.6, { 'fire.openFloorReading': 'room' }), 'fire.travel-distance').status).toBe('fail');
  });

  it('straight line within, walk over → warn (a wall forces a detour)', () => {
    // Wall x = 10 from y = 0 to y = 9: the seat at (20, 1) walks round its end at (10, 9).
    const p = floorPlan({
      outline: rect(0, 0, 50, 10), exits: [exit('e1', [0, 1])], workstations: [seatAt('s1', [20, 1])],
      walls: [{ id: 'w', a: [10, 0], b: [10, 9], kind: 'solid' }],
    }, {}, { overrides: { ...SEATS_ONLY, 'fire.openFloorReading': 'hall' } });
    const f = one(p, 'fire.travel-distance');
    // Straight line 20 m. The walk goes round the wall's end: the 0.1 m wall reaches y = 9.05 with
    // faces at x = 9.95 and 10.05, so √(9.95² + 8.05²) twice plus 0.1 across ≈ 25.70 m.
    expect(f.messageParams.straight).toBe(20);
    expect(Number(f.measured.value)).toBeCloseTo(2 * Math.hypot(9.95, 8.05) + 0.1, 1);
    expect(f.status).toBe('pass'); // hall 30 m
    // With a 22 m hall limit: straight 20 ≤ 22 but the walk is over → warn.
    const tight = floorPlan({
      outline: rect(0, 0, 50, 10), exits: [exit('e1', [0, 1])], workstations: [seatAt('s1', [20, 1])],
      walls: [{ id: 'w', a: [10, 0], b: [10, 9], kind: 'solid' }],
    }, {}, { overrides: { ...SEATS_ONLY, 'fire.openFloorReading': 'hall', 'fire.travel.hall': 22 } });
    expect(one(tight, 'fire.travel-distance').status).toBe('warn');
  });

  it('enclosed room: to its door, 22 m unsprinklered; and the door to the exit', () => {
    // Room 0..30 × 0..10 closed by a wall at x = 30 with a door at (30, 5); corridor beyond to an exit at (50, 5).
    const p = floorPlan({
      outline: rect(0, 0, 50, 10), exits: [exit('e1', [50, 5])],
      walls: [{ id: 'w', a: [30, 0], b: [30, 10], kind: 'solid' }],
      doors: [{ id: 'd', at: [30, 5], width: 1, wall: 'w' }],
      zones: [makeRoom('r', 'management', 0, 0, 30, 10), makeRoom('c', 'corridor', 30, 0, 50, 10)],
      workstations: [seatAt('s1', [8, 5])],
    }, {}, { overrides: SEATS_ONLY });
    const list = findings(p, 'fire.travel-distance');
    const room = list.find((f) => f.where.elementIds[0] === 'r')!;
    expect(room.messageKey).toBe('fire.travel-distance.room-pass');
    expect(room.measured.value).toBe(22);
    expect(room.required.value).toBe(22);
    const door = list.find((f) => f.where.elementIds[0] === 'd')!;
    // One exit only: a dead-end door, 22 m; the door is 20 m from the exit.
    expect(door.status).toBe('pass');
    expect(door.required.value).toBe(22);
    expect(door.measured.value).toBeCloseTo(20, 2);
    const far = structuredClone(p);
    far.site.buildings[0]!.floors[0]!.workstations = [seatAt('s1', [7.9, 5])];
    expect(findings(far, 'fire.travel-distance').find((f) => f.where.elementIds[0] === 'r')!.status).toBe('fail');
  });

  it('intl: walking ≤ 61 m unsprinklered (boundary passes), 91.4 m sprinklered', () => {
    const p = (x: number, sprinklered: boolean) =>
      floorPlan({ outline: rect(0, 0, 100, 10), exits: [exit('e1', [0, 5])], workstations: [seatAt('s1', [x, 5])] }, { sprinklered }, { base: 'intl', overrides: { 'intl.fire.travel.gridStep': 1000 } });
    expect(one(p(61, false), 'fire.travel-distance').status).toBe('pass');
    expect(one(p(61.1, false), 'fire.travel-distance').status).toBe('fail');
    expect(one(p(91.4, true), 'fire.travel-distance').status).toBe('pass');
  });

  it('n/a without exits, naming the input', () => {
    const f = one(floorPlan({ workstations: [seatAt('s1', [5, 5])] }), 'fire.travel-distance');
    expect(f.status).toBe('n/a');
    expect(f.messageParams.input).toBe('exits');
  });

  it('one finding per zone for a grid of points, carrying the worst point', () => {
    const p = floorPlan({ outline: rect(0, 0, 10, 4), exits: [exit('e1', [0, 2])], zones: [makeRoom('z', 'work', 0, 0, 10, 4)] });
    const f = one(p, 'fire.travel-distance');
    // Cell centres x = 0.5 … 9.5, y = 0.5 … 3.5: the worst is (9.5, 0.5) or (9.5, 3.5), √(9.5² + 1.5²).
    expect(Number(f.messageParams.straight)).toBeCloseTo(Math.hypot(9.5, 1.5), 2);
    expect(f.messageParams.points).toBe(40);
  });
});

describe('fire.egress-width', () => {
  it('anchor: 6-storey building, 420 persons → ≥ 4.20 m (pass at 4.20, fail at 4.19)', () => {
    // 420 persons from a meeting zone of 840 m² at 0.5 p/m²; level 6 of a 6-storey building.
    const p = (w: number) => floorPlan({
      level: 6, outline: rect(0, 0, 42, 20), zones: [makeRoom('m', 'meeting', 0, 0, 42, 20)],
      exits: [exit('e1', [0, 10], w / 2), exit('e2', [42, 10], w / 2)],
    }, { footprint: rect(0, 0, 42, 20) }, { overrides: SEATS_ONLY });
    const ok = one(p(4.2), 'fire.egress-width');
    expect(ok.messageParams.persons).toBe(420);
    expect(ok.required.value).toBe(4.2);
    expect(ok.status).toBe('pass');
    const short = one(p(4.19), 'fire.egress-width');
    expect(short.status).toBe('fail');
    expect(short.messageParams.shortfall).toBe(0.01);
  });

  it('factor 0.65 for a 2-storey building, 0.75 for 3 storeys (grade 2)', () => {
    const p = (level: number) => floorPlan({ level, outline: rect(0, 0, 20, 10), zones: [makeRoom('m', 'meeting', 0, 0, 20, 10)], exits: [exit('e1', [0, 5], 0.9), exit('e2', [20, 5], 0.9)] }, {}, { overrides: SEATS_ONLY });
    expect(one(p(2), 'fire.egress-width').required.value).toBe(0.65);
    expect(one(p(3), 'fire.egress-width').required.value).toBe(0.75);
  });

  it('intl anchor: 1,000 m² gross with 150 seats → occupant load 216, ≥ 1.10 m', () => {
    const seats = Array.from({ length: 150 }, (_, i) => seatAt(`s${i}`, [2 + (i % 15) * 2.4, 2 + Math.floor(i / 15) * 2.2]));
    const p = (w: number) => floorPlan({ outline: rect(0, 0, 40, 25), workstations: seats, exits: [exit('e1', [0, 12], w / 2), exit('e2', [40, 12], w / 2)] },
      { footprint: rect(0, 0, 40, 25) }, { base: 'intl', overrides: { 'intl.fire.travel.gridStep': 1000 } });
    const f = one(p(1.1016), 'fire.egress-width');
    expect(f.messageParams.persons).toBe(216);
    // 216 × 5.1 mm = 1.1016 m, shown to the millimetre.
    expect(f.required.value).toBe(1.102);
    expect(f.status).toBe('pass');
    expect(one(p(1.1), 'fire.egress-width').status).toBe('fail');
  });
});

describe('fire.exit-count', () => {
  it('gb: 2 exits pass; 1 exit passes only within 200 m² and 50 persons', () => {
    const two = floorPlan({ exits: [exit('a', [0, 5]), exit('b', [20, 5])] });
    expect(one(two, 'fire.exit-count').status).toBe('pass');
    // Footprint 20 × 10 = 200 m² gross: one exit allowed.
    const single = floorPlan({ exits: [exit('a', [0, 5])] });
    expect(one(single, 'fire.exit-count')).toMatchObject({ status: 'pass', required: { value: 1 } });
    const bigger = floorPlan({ exits: [exit('a', [0, 5])], grossArea: 200.5 });
    expect(one(bigger, 'fire.exit-count')).toMatchObject({ status: 'fail', required: { value: 2 } });
    const crowded = floorPlan({ exits: [exit('a', [0, 5])], zones: [makeRoom('m', 'meeting', 0, 0, 10, 10.2)] }); // 102 m² × 0.5 = 51 persons
    expect(one(crowded, 'fire.exit-count')).toMatchObject({ status: 'fail', required: { value: 2 } });
  });

  it('gb: a fire wall splits the floor into two compartments, each needing its own exits', () => {
    const p = floorPlan({
      outline: rect(0, 0, 60, 10), exits: [exit('a', [0, 3]), exit('b', [0, 7]), exit('c', [60, 5])],
      walls: [{ id: 'fw', a: [30, 0], b: [30, 10], kind: 'fire', thickness: 0.2 }],
    }, { footprint: rect(0, 0, 60, 10) });
    const list = findings(p, 'fire.exit-count');
    expect(list).toHaveLength(2);
    expect(list.map((f) => [f.measured.value, f.status]).sort()).toEqual([[1, 'fail'], [2, 'pass']]);
  });

  it('intl: 501 occupants need 3 exits', () => {
    const p = (gross: number) => floorPlan({ exits: [exit('a', [0, 5]), exit('b', [20, 5])], grossArea: gross }, {}, { base: 'intl' });
    expect(one(p(500 * 4.65), 'fire.exit-count')).toMatchObject({ status: 'pass', required: { value: 2 } });
    expect(one(p(500 * 4.65 + 1), 'fire.exit-count')).toMatchObject({ status: 'fail', required: { value: 3 } });
  });
});

describe('fire.exit-separation', () => {
  it('gb: nearest edges 5 m apart pass; 4.99 m fail; n/a with one exit', () => {
    // Centres 6.2 m apart, widths 1.2: edges 5.0 m apart.
    expect(one(floorPlan({ exits: [exit('a', [0, 1.9]), exit('b', [0, 8.1])] }), 'fire.exit-separation')).toMatchObject({ status: 'pass', measured: { value: 5 } });
    expect(one(floorPlan({ exits: [exit('a', [0, 1.91]), exit('b', [0, 8.1])] }), 'fire.exit-separation').status).toBe('fail');
    expect(one(floorPlan({ exits: [exit('a', [0, 1.9])] }), 'fire.exit-separation').status).toBe('n/a');
  });

  it('intl: ½ of the diagonal (20 × 10: 11.18 m), ⅓ sprinklered', () => {
    const p = (y: number, sprinklered: boolean) => floorPlan({ exits: [exit('a', [0, 5], 0), exit('b', [y, 5], 0)] }, { sprinklered }, { base: 'intl' });
    const diag = Math.hypot(20, 10);
    expect(one(p(diag / 2, false), 'fire.exit-separation').status).toBe('pass');
    expect(one(p(diag / 2 - 0.01, false), 'fire.exit-separation').status).toBe('fail');
    expect(one(p(diag / 3, true), 'fire.exit-separation').status).toBe('pass');
  });
});

describe('fire.door-width', () => {
  it('gb 0.90 m passes, 0.89 m fails per door; intl 0.813 m', () => {
    const p = (w: number, base: 'gb' | 'intl' = 'gb') => floorPlan({ exits: [exit('a', [0, 5], w)] }, {}, { base });
    expect(one(p(0.9), 'fire.door-width').status).toBe('pass');
    expect(one(p(0.89), 'fire.door-width')).toMatchObject({ status: 'fail', where: { elementIds: ['a'] } });
    expect(one(p(0.813, 'intl'), 'fire.door-width').status).toBe('pass');
    expect(one(p(0.812, 'intl'), 'fire.door-width').status).toBe('fail');
    expect(one(floorPlan({}), 'fire.door-width').status).toBe('n/a');
  });
});

describe('fire.room-doors and fire.door-rating', () => {
  // A room 0..x × 0..10 closed by a wall at x with doors on it.
  const room = (x: number, use: 'management' | 'power' | 'cabling', doors: { id: string; y: number; rating?: 'A' | 'B' | 'C' }[], base: 'gb' | 'intl' = 'gb') =>
    floorPlan({
      outline: rect(0, 0, 30, 10), exits: [exit('e', [30, 5])],
      walls: [{ id: 'w', a: [x, 0], b: [x, 10], kind: 'solid' }],
      doors: doors.map((d) => ({ id: d.id, at: [x, d.y] as [number, number], width: 1, wall: 'w', ...(d.rating ? { fireRating: d.rating } : {}) })),
      zones: [makeRoom('r', use, 0, 0, x, 10)],
    }, { footprint: rect(0, 0, 30, 10) }, { base });

  it('gb: one door allowed up to 120 m², two needed above', () => {
    expect(one(room(12, 'management', [{ id: 'd1', y: 5 }]), 'fire.room-doors')).toMatchObject({ status: 'pass', required: { value: 1 } });
    expect(one(room(12.1, 'management', [{ id: 'd1', y: 5 }]), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 } });
    expect(one(room(12.1, 'management', [{ id: 'd1', y: 2 }, { id: 'd2', y: 8 }]), 'fire.room-doors').status).toBe('pass');
  });

  it('gb: power rooms need A, cabling rooms B or better; intl warns on unrated doors', () => {
    expect(one(room(5, 'power', [{ id: 'd1', y: 5, rating: 'A' }]), 'fire.door-rating').status).toBe('pass');
    expect(one(room(5, 'power', [{ id: 'd1', y: 5, rating: 'B' }]), 'fire.door-rating').status).toBe('fail');
    expect(one(room(5, 'cabling', [{ id: 'd1', y: 5, rating: 'A' }]), 'fire.door-rating').status).toBe('pass');
    expect(one(room(5, 'cabling', [{ id: 'd1', y: 5, rating: 'C' }]), 'fire.door-rating').status).toBe('fail');
    expect(one(room(5, 'cabling', [{ id: 'd1', y: 5 }], 'intl'), 'fire.door-rating').status).toBe('warn');
  });
});

describe('fire.compartment-area', () => {
  it('multi-storey 2500 m², × 2 sprinklered, high-rise 1500 m²', () => {
    const p = (gross: number, b: { sprinklered?: boolean; height?: number }) => floorPlan({ grossArea: gross }, b, { overrides: DECLARED_SPRINKLERS });
    expect(one(p(2500, {}), 'fire.compartment-area').status).toBe('pass');
    expect(one(p(2501, {}), 'fire.compartment-area').status).toBe('fail');
    expect(one(p(5000, { sprinklered: true }), 'fire.compartment-area').status).toBe('pass');
    expect(one(p(1501, { height: 30 }), 'fire.compartment-area').required.value).toBe(1500);
    expect(findings(p(1000, {}), 'fire.compartment-area', 'intl')).toHaveLength(0);
  });
});

describe('fire.extinguisher-reach', () => {
  // A 1 m wide strip; cell centres x = 0.5 … L − 0.5; the extinguisher on the first centre (0.5, 0.5).
  const strip = (length: number, use: 'work' | 'server', base: 'gb' | 'intl' = 'gb', height = 10) =>
    makePlan([makeBuilding([makeFloor({ outline: rect(0, 0, length, 1), zones: [makeRoom('z', use, 0, 0, length, 1)], extinguishers: [{ id: 'x', at: [0.5, 0.5], lastInspected: DATE }] })], { footprint: rect(0, 0, length, 1), height })], { base });

  it('gb 中危险级: farthest point 20 m passes, 21 m fails', () => {
    expect(one(strip(21, 'work'), 'fire.extinguisher-reach')).toMatchObject({ status: 'pass', measured: { value: 20 } });
    expect(one(strip(22, 'work'), 'fire.extinguisher-reach')).toMatchObject({ status: 'fail', measured: { value: 21 } });
  });

  it('gb 严重危险级 in server rooms and 一类高层: 15 m', () => {
    expect(one(strip(16, 'server'), 'fire.extinguisher-reach').status).toBe('pass');
    expect(one(strip(17, 'server'), 'fire.extinguisher-reach')).toMatchObject({ status: 'fail', required: { value: 15 } });
    expect(one(strip(17, 'work', 'gb', 51), 'fire.extinguisher-reach')).toMatchObject({ status: 'fail', required: { value: 15 } });
  });

  it('intl 22.9 m is a warning; no extinguisher on a zoned floor fails', () => {
    expect(one(strip(23.5, 'work', 'intl'), 'fire.extinguisher-reach').status).toBe('pass'); // 22.5 m
    expect(one(strip(24, 'work', 'intl'), 'fire.extinguisher-reach').status).toBe('warn'); // 23 m
    expect(one(floorPlan({ zones: [makeRoom('z', 'work', 0, 0, 20, 10)] }), 'fire.extinguisher-reach')).toMatchObject({ status: 'fail', messageKey: 'fire.extinguisher-reach.none' });
  });
});

describe('fire.extinguisher-inspection', () => {
  it('30 days pass, 31 fail, no date warns', () => {
    const p = floorPlan({ extinguishers: [{ id: 'a', at: [1, 1], lastInspected: '2026-05-01' }, { id: 'b', at: [2, 1], lastInspected: '2026-04-30' }, { id: 'c', at: [3, 1] }] });
    const list = findings(p, 'fire.extinguisher-inspection');
    expect(list.map((f) => [f.where.elementIds[0], f.status, f.measured.value])).toEqual([['a', 'pass', 30], ['b', 'fail', 31], ['c', 'warn', null]]);
  });
});

describe('fire.seat-access', () => {
  it('a seat walled in cannot reach the exit; n/a without seats', () => {
    const p = floorPlan({
      exits: [exit('e', [0, 5])],
      walls: [
        { id: 'w1', a: [14, 2], b: [18, 2], kind: 'solid' }, { id: 'w2', a: [18, 2], b: [18, 8], kind: 'solid' },
        { id: 'w3', a: [18, 8], b: [14, 8], kind: 'solid' }, { id: 'w4', a: [14, 8], b: [14, 2], kind: 'solid' },
      ],
      workstations: [seatAt('in', [16, 3]), seatAt('out', [5, 3])],
    });
    expect(one(p, 'fire.seat-access')).toMatchObject({ status: 'fail', measured: { value: 1 }, where: { elementIds: ['in'] } });
    expect(one(floorPlan({ exits: [exit('e', [0, 5])] }), 'fire.seat-access').status).toBe('n/a');
  });
});

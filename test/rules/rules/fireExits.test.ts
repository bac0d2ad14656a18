// Exits and room doors by where they are (issue 15, corrections): one exit only on the ground
// floor or in a Table 5.5.8 building (GB 50016 §5.5.8 / GB 55037 §7.4.1); fire walls versus fire
// partitions and a compartment that borrows a fire-wall door (§5.5.9); one room door by the
// room's position (§5.5.15); two doors of a room 5 m apart (§5.5.2). Numbers by hand.
import { describe, expect, it } from 'vitest';
import type { Building, Door, Exit, Floor, PlanDocument, Wall, Zone } from '../../../src/floorplan/types.ts';
import { FloorMemory } from '../../../src/rules/floorMemory.ts';
import { runRules, type FloorAnalysis } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeBuilding, makeFloor, makePlan, makeRoom, rect, seatAt } from '../fixtures.ts';

const DATE = '2026-05-31';

function findings(plan: PlanDocument, ruleId: string, floorId?: string): Finding[] {
  return runRules(plan, { date: DATE }).findings.filter((f) => f.ruleId === ruleId && (floorId === undefined || f.where.floorId === floorId));
}

function one(plan: PlanDocument, ruleId: string, floorId?: string): Finding {
  const list = findings(plan, ruleId, floorId);
  expect(list).toHaveLength(1);
  return list[0]!;
}

const exit = (id: string, at: [number, number], width = 1.2): Exit => ({ id, at, width, kind: 'stair' });
const wall = (id: string, a: [number, number], b: [number, number], kind: Wall['kind'] = 'solid'): Wall => ({ id, a, b, kind, thickness: 0.2 });
const door = (id: string, at: [number, number], width = 1, wallId?: string): Door => ({ id, at, width, ...(wallId ? { wall: wallId } : {}) });

/** A 20 × 10 m storey (200 m² gross, the footprint) with one exit; `persons` by a meeting zone at 0.5 p/m². */
function storey(level: number, meetingArea = 0, parts: Partial<Floor> = {}): Floor {
  const zones: Zone[] = meetingArea > 0 ? [makeRoom(`m${level}`, 'meeting', 0, 0, meetingArea / 10, 10)] : [];
  return makeFloor({ id: `L${level}`, name: `${level}F`, level, elevation: (level - 1) * 4, exits: [exit(`e${level}`, [0, 5])], zones, ...parts });
}

function building(floors: Floor[], parts: Partial<Building> = {}): PlanDocument {
  return makePlan([makeBuilding(floors, parts)]);
}

describe('fire.exit-count: one exit on the ground floor only (§5.5.8-1)', () => {
  // A 6-storey building, 20 m high (multi-storey, not high-rise); only some storeys drawn.
  const six = (ground: Floor, upper: Floor = storey(2, 60)) => building([ground, upper], { storeys: 6, height: 20 });

  it('ground floor: 200.0 m² and 50 persons pass with one exit; 200.1 m² or 51 persons need two', () => {
    expect(one(six(storey(1, 100)), 'fire.exit-count', 'L1')).toMatchObject({ status: 'pass', required: { value: 1 }, messageKey: 'fire.exit-count.single-ground', messageParams: { persons: 50, area: 200 } });
    expect(one(six(storey(1, 100, { grossArea: 200.1 })), 'fire.exit-count', 'L1')).toMatchObject({ status: 'fail', required: { value: 2 }, messageKey: 'fire.exit-count.fail' });
    // 102 m² × 0.5 = 51 persons
    expect(one(six(storey(1, 102)), 'fire.exit-count', 'L1')).toMatchObject({ status: 'fail', required: { value: 2 }, messageParams: { persons: 51 } });
  });

  it('the 2nd storey of the same building needs two exits even at 30 persons', () => {
    const f = one(six(storey(1, 100)), 'fire.exit-count', 'L2');
    expect(f).toMatchObject({ status: 'fail', measured: { value: 1 }, required: { value: 2 }, messageKey: 'fire.exit-count.no-single-storeys', messageParams: { level: 2, storeys: 6, persons: 30 } });
  });

  it('the false pass of the issue: an upper storey of a 10-storey building, 150 m², 30 persons, one exit fails', () => {
    const upper = storey(7, 60, { grossArea: 150 });
    const plan = building([upper], { storeys: 10, height: 36 });
    expect(one(plan, 'fire.exit-count')).toMatchObject({ status: 'fail', required: { value: 2 }, messageParams: { area: 150, persons: 30, storeys: 10 } });
    // two exits pass
    const two = building([storey(7, 60, { grossArea: 150, exits: [exit('a', [0, 2]), exit('b', [20, 8])] })], { storeys: 10, height: 36 });
    expect(one(two, 'fire.exit-count').status).toBe('pass');
  });

  it('a high-rise building\'s ground floor is not a multi-storey ground floor: two exits', () => {
    const plan = building([storey(1, 60)], { storeys: 10, height: 36 });
    expect(one(plan, 'fire.exit-count')).toMatchObject({ status: 'fail', required: { value: 2 }, messageKey: 'fire.exit-count.no-single-storeys' });
  });

  it('storeys: the highest level drawn when the building gives none', () => {
    // levels 1 and 4 drawn: 4 storeys, over Table 5.5.8's 3
    const plan = building([storey(1, 10), storey(4, 10)]);
    expect(one(plan, 'fire.exit-count', 'L4')).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.no-single-storeys', messageParams: { storeys: 4 } });
  });
});

describe('fire.exit-count: Table 5.5.8 low buildings (§5.5.8-2)', () => {
  // Grade 2: at most 3 storeys, each ≤ 200 m², persons on the 2nd and 3rd storeys together ≤ 50.
  const three = (a2: number, a3: number, parts: Partial<Building> = {}, gross3?: number) =>
    building([storey(1, 150), storey(2, a2), storey(3, a3, gross3 ? { grossArea: gross3 } : {})], parts);

  it('3 storeys of 200 m² with 30 + 20 = 50 persons upstairs: one exit on every storey', () => {
    const plan = three(60, 40);
    for (const id of ['L2', 'L3']) {
      expect(one(plan, 'fire.exit-count', id)).toMatchObject({ status: 'pass', required: { value: 1 }, messageKey: 'fire.exit-count.single-low-rise', messageParams: { upperPersons: 50, storeys: 3 } });
    }
    // 75 persons on the ground floor: the table does not count them
    expect(one(plan, 'fire.exit-count', 'L1')).toMatchObject({ status: 'pass', required: { value: 1 }, messageParams: { persons: 75 } });
  });

  it('51 persons upstairs (30 + 21) need two exits on the upper storeys', () => {
    const plan = three(60, 42);
    expect(one(plan, 'fire.exit-count', 'L2')).toMatchObject({ status: 'fail', required: { value: 2 }, messageKey: 'fire.exit-count.no-single-persons', messageParams: { upperPersons: 51, maxUpperPersons: 50 } });
    expect(one(plan, 'fire.exit-count', 'L3').status).toBe('fail');
  });

  it('a storey of 200.1 m² takes the table away from every upper storey', () => {
    const plan = three(60, 40, {}, 200.1);
    expect(one(plan, 'fire.exit-count', 'L2')).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.no-single-area', messageParams: { storeyArea: 200.1 } });
  });

  it('3 storeys pass, 4 storeys fail (building.storeys counts storeys not drawn)', () => {
    expect(one(three(60, 40, { storeys: 3 }), 'fire.exit-count', 'L3').status).toBe('pass');
    expect(one(three(60, 40, { storeys: 4 }), 'fire.exit-count', 'L3')).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.no-single-storeys', messageParams: { storeys: 4, maxStoreys: 3 } });
  });

  it('a remembered floor is checked again when persons change on another storey', () => {
    const memory = new FloorMemory<FloorAnalysis>();
    const l2 = (p: PlanDocument) => runRules(p, { date: DATE }, memory).findings.find((f) => f.ruleId === 'fire.exit-count' && f.where.floorId === 'L2')!;
    expect(l2(three(60, 40)).status).toBe('pass');
    // only the 3rd storey changes (21 persons): the 2nd storey's one exit no longer passes
    expect(l2(three(60, 42))).toMatchObject({ status: 'fail', messageParams: { upperPersons: 51 } });
    expect(l2(three(60, 40)).status).toBe('pass');
  });

  it('a storey not drawn leaves the table unproven', () => {
    const plan = building([storey(1, 20), storey(2, 20)], { storeys: 3 });
    expect(one(plan, 'fire.exit-count', 'L2')).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.no-single-undrawn' });
  });

  it('grade 3: 25 persons upstairs pass, 26 fail', () => {
    // 30 m² → 15, 20 m² → 10; 22 m² → 11
    expect(one(three(30, 20, { fireResistanceGrade: 3 }), 'fire.exit-count', 'L3').status).toBe('pass');
    expect(one(three(30, 22, { fireResistanceGrade: 3 }), 'fire.exit-count', 'L3')).toMatchObject({ status: 'fail', messageParams: { upperPersons: 26, maxUpperPersons: 25 } });
  });

  it('grade 4: 2 storeys with 15 persons on the 2nd pass, 16 fail; 3 storeys fail', () => {
    const two = (a2: number) => building([storey(1, 20), storey(2, a2)], { fireResistanceGrade: 4 });
    expect(one(two(30), 'fire.exit-count', 'L2').status).toBe('pass');
    expect(one(two(32), 'fire.exit-count', 'L2')).toMatchObject({ status: 'fail', messageParams: { upperPersons: 16 } });
    expect(one(three(10, 10, { fireResistanceGrade: 4 }), 'fire.exit-count', 'L2')).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.no-single-storeys', messageParams: { maxStoreys: 2 } });
  });
});

describe('fire walls and fire partitions', () => {
  // Floor 30 × 10 with two exits at the west end; a 5 × 10 power room at the east end behind a
  // wall at x = 25 with one door.
  const plantRoom = (kind: Wall['kind']) =>
    floorPlan({
      outline: rect(0, 0, 30, 10), exits: [exit('a', [0, 2]), exit('b', [0, 8])],
      walls: [wall('w', [25, 0], [25, 10], kind)], doors: [door('d', [25, 5], 1, 'w')],
      zones: [makeRoom('p', 'power', 25, 0, 30, 10, 'Power')],
    }, { footprint: rect(0, 0, 30, 10) });

  it('a room of fire partitions keeps the exits of its compartment: one compartment, a room with one door', () => {
    const plan = plantRoom('fire-partition');
    expect(one(plan, 'fire.exit-count')).toMatchObject({ status: 'pass', measured: { value: 2 }, where: { elementIds: [] } });
    expect(findings(plan, 'fire.compartment-area')).toHaveLength(1);
    expect(one(plan, 'fire.room-doors')).toMatchObject({ status: 'pass', where: { elementIds: ['p'] } });
  });

  it('the same room behind a fire wall is a compartment with no exit of its own: §5.5.9 fails it', () => {
    const list = findings(plantRoom('fire'), 'fire.exit-count');
    expect(list).toHaveLength(2);
    const east = list.find((f) => f.messageKey !== 'fire.exit-count.pass')!;
    expect(east).toMatchObject({ status: 'fail', measured: { value: 0 }, required: { value: 1 }, messageKey: 'fire.exit-count.borrow-direct', messageParams: { doors: 'd' } });
  });

  it('fire partitions are walls for walking: a seat behind one without a door cannot reach an exit', () => {
    const p = (doors: Door[]) => floorPlan({
      exits: [exit('a', [0, 5])], walls: [wall('w', [10, 0], [10, 10], 'fire-partition')], doors, workstations: [seatAt('s', [15, 5])],
    });
    expect(one(p([]), 'fire.seat-access')).toMatchObject({ status: 'fail', measured: { value: 1 } });
    expect(one(p([door('d', [10, 5], 1, 'w')]), 'fire.seat-access').status).toBe('pass');
  });
});

describe('fire.exit-count: borrowing a fire-wall door (§5.5.9)', () => {
  // Floor 60 × 10, fire wall at x = 30 with door fd. West: two exits. East: 300 m² canteen
  // (1.0 p/m² → 300 persons) with one exit of its own. Building of 4 storeys (drawn: level 1):
  // 1.00 m per 100 persons (Table 5.5.21-1) → 3.00 m needed; 30 % → 0.90 m through fd.
  const plan = (fdWidth: number, parts: { eastExits?: Exit[]; grade?: 1 | 2 | 3 | 4 } = {}) =>
    floorPlan({
      outline: rect(0, 0, 60, 10), exits: [exit('a', [0, 2]), exit('b', [0, 8]), ...(parts.eastExits ?? [exit('c', [60, 5], 3)])],
      walls: [wall('fw', [30, 0], [30, 10], 'fire')], doors: [door('fd', [30, 5], fdWidth, 'fw')],
      zones: [makeRoom('cafe', 'canteen', 30, 0, 60, 10, 'Canteen')],
    }, { footprint: rect(0, 0, 60, 10), storeys: 4, fireResistanceGrade: parts.grade ?? 2 });
  const east = (p: PlanDocument) => findings(p, 'fire.exit-count').find((f) => f.messageParams['persons'] === 300)!;

  it('0.90 m (30 %) through the fire-wall door passes; 0.93 m (31 %) fails', () => {
    expect(east(plan(0.9))).toMatchObject({
      status: 'pass', messageKey: 'fire.exit-count.borrowed', measured: { value: 0.9, unit: 'm' }, required: { value: 0.9, unit: 'm', comparator: '<=' },
      messageParams: { requiredWidth: 3, share: 30, exits: 'c', doors: 'fd' },
    });
    expect(east(plan(0.93))).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.borrow-width', measured: { value: 0.93 }, required: { value: 0.9 } });
  });

  it('no exit of its own: fails however narrow the door', () => {
    expect(east(plan(0.9, { eastExits: [] }))).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.borrow-direct', measured: { value: 0 }, required: { value: 1 } });
  });

  it('grade 3: a fire-wall door is no exit', () => {
    expect(east(plan(0.9, { grade: 3 }))).toMatchObject({ status: 'fail', messageKey: 'fire.exit-count.borrow-grade', measured: { value: 1 }, required: { value: 2 } });
  });

  it('two exits of its own: the fire-wall door is not needed and not judged', () => {
    const f = east(plan(3, { eastExits: [exit('c', [60, 2]), exit('c2', [60, 8])] }));
    expect(f).toMatchObject({ status: 'pass', messageKey: 'fire.exit-count.pass', measured: { value: 2 } });
  });

  it('a compartment over 1000 m² needs two exits of its own', () => {
    // 60 × 40: each side 1200 m² (gross scaled), one exit of its own plus the fire-wall door
    const big = floorPlan({
      outline: rect(0, 0, 60, 40), exits: [exit('a', [0, 10]), exit('b', [0, 30]), exit('c', [60, 20])],
      walls: [wall('fw', [30, 0], [30, 40], 'fire')], doors: [door('fd', [30, 20], 1, 'fw')],
    }, { footprint: rect(0, 0, 60, 40) });
    const f = findings(big, 'fire.exit-count').find((x) => x.status === 'fail')!;
    expect(f).toMatchObject({ messageKey: 'fire.exit-count.borrow-direct', measured: { value: 1 }, required: { value: 2 } });
  });
});

describe('fire.room-doors by position (§5.5.15)', () => {
  // A corridor 0..20 × 4..6 with the only exit at its west end; a room beyond its east end,
  // 20..20+depth × 0..10, door on the corridor's end edge (20, 5).
  const endRoom = (depth: number, doorWidth: number) =>
    floorPlan({
      outline: rect(0, 0, 20 + depth, 10), exits: [exit('e', [0, 5])],
      walls: [wall('w', [20, 0], [20, 10])], doors: [door('d', [20, 5], doorWidth, 'w')],
      zones: [makeRoom('c', 'corridor', 0, 4, 20, 6), makeRoom('r', 'management', 20, 0, 20 + depth, 10, 'Office')],
    }, { footprint: rect(0, 0, 20 + depth, 10) });

  it('corridor end: 49.9 m² with a 0.90 m door passes; 50.0 m² or a 0.89 m door needs two doors', () => {
    expect(one(endRoom(4.99, 0.9), 'fire.room-doors')).toMatchObject({ status: 'pass', required: { value: 1 }, messageKey: 'fire.room-doors.corridor-end-pass' });
    expect(one(endRoom(5, 0.9), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 }, messageKey: 'fire.room-doors.corridor-end-fail', messageParams: { area: 50 } });
    expect(one(endRoom(4.99, 0.89), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 } });
  });

  it('corridor end: up to 200 m² with every point within 15 m of a 1.40 m door', () => {
    // depth 14.14: farthest corner √(14.14² + 5²) = 14.997 m; 14.15: 15.007 m
    expect(one(endRoom(14.14, 1.4), 'fire.room-doors')).toMatchObject({ status: 'pass', required: { value: 1 }, clause: expect.stringContaining('§5.5.15-2') });
    expect(one(endRoom(14.15, 1.4), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 } });
    expect(one(endRoom(14.14, 1.39), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 } });
  });

  it('the same room between two exits keeps the 120 m² allowance', () => {
    // a second exit past the room (north of it, at (20 + depth, 12)): seen from the door the two
    // exits lie more than 90° apart, so the door is between two exits
    const p = (depth: number) => floorPlan({
      outline: rect(0, 0, 20 + depth, 14), exits: [exit('e', [0, 5]), exit('e2', [20 + depth, 12])],
      walls: [wall('w', [20, 0], [20, 10]), wall('n', [20, 10], [20 + depth, 10])], doors: [door('d', [20, 5], 0.9, 'w')],
      zones: [makeRoom('c', 'corridor', 0, 4, 20, 6), makeRoom('r', 'management', 20, 0, 20 + depth, 10, 'Office')],
    }, { footprint: rect(0, 0, 20 + depth, 14) });
    expect(one(p(12), 'fire.room-doors')).toMatchObject({ status: 'pass', required: { value: 1 }, messageKey: 'fire.room-doors.pass' });
    expect(one(p(12.1), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 } });
  });

  it('beside a dead-end corridor (door on its long side): 120 m² with one door passes', () => {
    // corridor 0..40 × 4..6, exit at its west end; room 10..22 × 6..16 = 120 m², door at (16, 6)
    const p = (x1: number) => floorPlan({
      outline: rect(0, 0, 40, 16), exits: [exit('e', [0, 5])],
      walls: [wall('w1', [10, 6], [10, 16]), wall('w2', [x1, 6], [x1, 16]), wall('w3', [10, 6], [x1, 6])],
      doors: [door('d', [16, 6], 0.9, 'w3')],
      zones: [makeRoom('c', 'corridor', 0, 4, 40, 6), makeRoom('r', 'management', 10, 6, x1, 16, 'Office')],
    }, { footprint: rect(0, 0, 40, 16) });
    expect(one(p(22), 'fire.room-doors')).toMatchObject({ status: 'pass', required: { value: 1 }, messageKey: 'fire.room-doors.pass', messageParams: { area: 120 } });
    expect(one(p(22.1), 'fire.room-doors')).toMatchObject({ status: 'fail', required: { value: 2 } });
  });
});

describe('fire.room-door-separation (§5.5.2)', () => {
  // A 15 × 10 room (150 m², needs two doors) closed by a wall at x = 15 with two 1 m doors.
  const room = (y1: number, y2: number, depth = 15) =>
    floorPlan({
      outline: rect(0, 0, 30, 10), exits: [exit('e', [30, 5])],
      walls: [wall('w', [depth, 0], [depth, 10])], doors: [door('d1', [depth, y1], 1, 'w'), door('d2', [depth, y2], 1, 'w')],
      zones: [makeRoom('r', 'management', 0, 0, depth, 10, 'Office')],
    }, { footprint: rect(0, 0, 30, 10) });

  it('nearest edges 5.0 m apart pass; 4.9 m fail', () => {
    // centres 6.0 m apart less half of each 1 m door: 5.0 m
    expect(one(room(1.5, 7.5), 'fire.room-door-separation')).toMatchObject({ status: 'pass', measured: { value: 5, unit: 'm' }, required: { value: 5 }, where: { elementIds: ['r'] }, messageParams: { a: 'd1', b: 'd2' } });
    expect(one(room(1.5, 7.4), 'fire.room-door-separation')).toMatchObject({ status: 'fail', measured: { value: 4.9 } });
  });

  it('a room that needs one door is not judged; nor under intl', () => {
    expect(findings(room(1.5, 3, 10), 'fire.room-door-separation')).toHaveLength(0);
    const intl = runRules({ ...room(1.5, 3), profile: { base: 'intl', overrides: {} } }, { date: DATE }).findings;
    expect(intl.filter((f) => f.ruleId === 'fire.room-door-separation')).toHaveLength(0);
  });
});

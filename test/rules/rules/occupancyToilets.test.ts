// Issue 15, occupancy corrections: dormitory beds as persons, toilet reach and fixtures (gb), the
// intl occupant load per zone (IBC Table 1004.5) and the common path (IBC 1006.2.1), and a
// building with no floors. Boundaries computed by hand.
import { describe, expect, it } from 'vitest';
import type { PlanDocument, ToiletFixtures, Zone } from '../../../src/floorplan/types.ts';
import { intlOccupantLoad, intlZoneLoads } from '../../../src/rules/walking/egressLimits.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { commonPathOf } from '../../../src/rules/rules/fire/commonPath.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeBuilding, makeFloor, makePlan, makeRoom, rect, seatAt } from '../fixtures.ts';

function find(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: '2026-05-20', profile }).findings.filter((f) => f.ruleId === ruleId);
}

function floorContext(plan: PlanDocument) {
  const run = new RunCache(plan, resolveProfile(plan), '2026-05-20');
  const b = plan.site.buildings[0]!;
  return run.floor(b, b.floors[0]!);
}

const exitsBothEnds = [
  { id: 'E1', at: [0, 5] as [number, number], width: 2, kind: 'exterior' as const },
  { id: 'E2', at: [20, 5] as [number, number], width: 2, kind: 'exterior' as const },
];

describe('dormitory beds count as persons', () => {
  it('40 beds are 40 persons in fire.egress-width (gb); a dormitory without beds uses 0.25 p/m²', () => {
    const dorm = (beds?: number): Zone => ({ ...makeRoom('d', 'dormitory', 0, 0, 20, 10), ...(beds === undefined ? {} : { beds }) });
    // 1–2 storeys, grade 2: 0.65 m per 100 persons → 40 × 0.65 / 100 = 0.26 m
    const [w] = find(floorPlan({ zones: [dorm(40)], exits: exitsBothEnds }), 'fire.egress-width');
    expect(w).toMatchObject({ messageParams: { persons: 40 }, required: { value: 0.26 } });
    // 200 m² × 0.25 = 50 persons → 0.325 m
    const [d] = find(floorPlan({ zones: [dorm()], exits: exitsBothEnds }), 'fire.egress-width');
    expect(d).toMatchObject({ messageParams: { persons: 50 }, required: { value: 0.325 } });
  });
});

describe('space.toilet-reach', () => {
  const plan = (x: number) => floorPlan({
    outline: rect(0, 0, 70, 10), zones: [makeRoom('w', 'work', 0, 0, 60, 10), makeRoom('t', 'toilet', 60, 0, 70, 10)],
    workstations: [seatAt('s', [x, 5])],
  }, { footprint: rect(0, 0, 70, 10) });

  it('a seat 50.0 m walking from the toilet passes, 50.5 m is over (warn: JGJ/T is a recommended standard)', () => {
    const [pass] = find(plan(10), 'space.toilet-reach');
    expect(pass).toMatchObject({ status: 'pass', required: { value: 50 } });
    expect(Number(pass!.measured.value)).toBeCloseTo(50, 2);
    const [over] = find(plan(9.5), 'space.toilet-reach');
    expect(over).toMatchObject({ status: 'warn', messageKey: 'space.toilet-reach.warn', messageParams: { seat: 's', toilet: 't', over: 1 } });
    expect(Number(over!.measured.value)).toBeCloseTo(50.5, 2);
    expect(over!.where.point).toEqual([9.5, 5]);
  });

  it('a floor with seats and no toilet warns; intl allows 152.4 m (IBC §2902.3.2)', () => {
    const none = floorPlan({ zones: [makeRoom('w', 'work', 0, 0, 20, 10)], workstations: [seatAt('s', [5, 5])] });
    expect(find(none, 'space.toilet-reach')[0]).toMatchObject({ status: 'warn', messageKey: 'space.toilet-reach.none-on-floor' });
    expect(find(plan(9.5), 'space.toilet-reach', 'intl')[0]).toMatchObject({ status: 'pass', required: { value: 152.4 } });
  });
});

describe('space.toilet-fixtures', () => {
  const plan = (fixtures: ToiletFixtures | undefined, beds = 80, femaleShare: number | null = 1, extraToilet = false) => floorPlan({
    zones: [
      { ...makeRoom('d', 'dormitory', 0, 0, 15, 10), beds, ...(femaleShare === null ? {} : { femaleShare }) },
      { ...makeRoom('t', 'toilet', 15, 0, 20, 5), ...(fixtures ? { fixtures } : {}) },
      ...(extraToilet ? [makeRoom('t2', 'toilet', 15, 5, 20, 10)] : []),
    ],
    exits: exitsBothEnds,
  });

  it('80 women at 1 WC per 20 need 4: 4 pass, 3 fall short (warn)', () => {
    const [pass] = find(plan({ femaleWc: 4, maleWc: 0, urinals: 0, basins: 2 }), 'space.toilet-fixtures');
    expect(pass).toMatchObject({ status: 'pass', messageParams: { women: 80, men: 0, femaleWc: '4/4', maleWc: '0/0', urinals: '0/0', basins: '2/2' } });
    const [short] = find(plan({ femaleWc: 3, maleWc: 0, urinals: 0, basins: 2 }), 'space.toilet-fixtures');
    expect(short).toMatchObject({ status: 'warn', measured: { value: 3 }, required: { value: 4 }, messageParams: { kind: 'femaleWc', femaleWc: '3/4' } });
  });

  it('the profile share (0.6) where the zone gives none: 100 persons → 60 women, 40 men', () => {
    // women 60/20 = 3 WCs; men 40/40 = 1 WC, 40/30 → 2 urinals; basins 100/40 → 3
    const [f] = find(plan({ femaleWc: 3, maleWc: 1, urinals: 1, basins: 3 }, 100, null), 'space.toilet-fixtures');
    expect(f).toMatchObject({ status: 'warn', measured: { value: 1 }, required: { value: 2 }, messageParams: { women: 60, men: 40, femaleWc: '3/3', maleWc: '1/1', urinals: '1/2', basins: '3/3', kind: 'urinals' } });
  });

  it('a toilet without fixtures: n/a naming the input, unless the counted toilets already suffice', () => {
    const [na] = find(plan(undefined), 'space.toilet-fixtures');
    expect(na).toMatchObject({ status: 'n/a', messageKey: 'space.toilet-fixtures.na-no-fixtures', messageParams: { input: 't.fixtures' } });
    const [short] = find(plan({ femaleWc: 3, maleWc: 0, urinals: 0 }, 80, 1, true), 'space.toilet-fixtures');
    expect(short).toMatchObject({ status: 'n/a', messageParams: { input: 't2.fixtures' } });
    const [enough] = find(plan({ femaleWc: 4, maleWc: 0, urinals: 0 }, 80, 1, true), 'space.toilet-fixtures');
    // basins not given: the other kinds are judged, and the message says basins were not checked
    expect(enough).toMatchObject({ status: 'pass', messageKey: 'space.toilet-fixtures.pass-no-basins', messageParams: { basins: '—' } });
  });
});

describe('intl occupant load per zone (IBC 2021 Table 1004.5)', () => {
  it('a 139.4 m² business zone holds 10; 13.9 m² of meeting room (1.39 m² net) 10; the floor adds them', () => {
    const plan = floorPlan({
      outline: rect(0, 0, 40, 10),
      zones: [makeRoom('m', 'management', 0, 0, 13.94, 10), makeRoom('c', 'meeting', 20, 0, 21.39, 10), makeRoom('x', 'corridor', 30, 0, 40, 10)],
      exits: exitsBothEnds,
    }, {}, { base: 'intl' });
    const ctx = floorContext(plan);
    expect(intlZoneLoads(ctx)).toEqual(new Map([['m', 10], ['c', 10], ['x', 0]]));
    expect(intlOccupantLoad(ctx)).toBe(20);
    // exit width at 5.1 mm per occupant: 20 × 5.1 = 102 mm
    expect(find(plan, 'fire.egress-width', 'intl')[0]).toMatchObject({ messageParams: { persons: 20 }, required: { value: 0.102 } });
  });

  it('seats count where they exceed the area load (work zone 100 m² ÷ 4.65 = 22; 30 seats → 30)', () => {
    const seats = Array.from({ length: 30 }, (_, i) => seatAt(`s${i}`, [1 + (i % 10) * 1.8, 0.5 + Math.floor(i / 10) * 1.5]));
    const zones = [makeRoom('w', 'work', 0, 0, 20, 5)];
    expect(intlZoneLoads(floorContext(floorPlan({ zones }, {}, { base: 'intl' })))).toEqual(new Map([['w', 22]]));
    expect(intlZoneLoads(floorContext(floorPlan({ zones, workstations: seats }, {}, { base: 'intl' })))).toEqual(new Map([['w', 30]]));
  });
});

describe('fire.common-path (intl)', () => {
  const way = (id: string, at: [number, number], onward = 0, beyond = 0) => ({ id, at, onward, beyond });

  it('one way out: the walk to it; two ways more than 45° apart: 0; a room door adds its way on unless it lies between two exits', () => {
    expect(commonPathOf([30, 5], 30.48, [way('E1', [0, 5])], 45)).toEqual({ length: 30.48, via: 'E1' });
    expect(commonPathOf([10, 5], 10, [way('E1', [0, 5]), way('E2', [20, 5])], 45).length).toBe(0);
    // both exits west, 11° apart: one shared way to the nearer
    expect(commonPathOf([30, 5], 30, [way('E1', [0, 5]), way('E2', [0, 11])], 45)).toEqual({ length: 30, via: 'E1' });
    // room door 8 m from the point; 12 m on to the exit; beyond the door 12 m more (dead end) or 0
    expect(commonPathOf([0, 0], 20, [way('D', [8, 0], 12, 12)], 45).length).toBe(20);
    expect(commonPathOf([0, 0], 20, [way('D', [8, 0], 12, 0)], 45).length).toBe(8);
  });

  const plan = (x: number, extra: Partial<Parameters<typeof makeFloor>[0]> = {}, sprinklered = false) => floorPlan({
    outline: rect(0, 0, 40, 10),
    exits: [{ id: 'E1', at: [0, 5], width: 1, kind: 'exterior' }],
    workstations: [seatAt('s', [x, 5])],
    ...extra,
  }, { footprint: rect(0, 0, 40, 10), sprinklered }, { base: 'intl', overrides: { 'fire.travel.gridStep': 1000 } });

  it('load ≤ 30: 30.48 m passes, 30.98 m fails; load > 30 (work zone 400 m² ÷ 4.65 = 87): 22.86 m', () => {
    const [pass] = find(plan(30.48), 'fire.common-path', 'intl');
    expect(pass).toMatchObject({ status: 'pass', required: { value: 30.48 }, messageParams: { load: 1 } });
    expect(Number(pass!.measured.value)).toBeCloseTo(30.48, 2);
    expect(find(plan(30.98), 'fire.common-path', 'intl')[0]).toMatchObject({ status: 'fail', messageParams: { via: 'E1' } });
    const big = plan(22.86, { zones: [makeRoom('w', 'work', 0, 0, 40, 10)] });
    expect(find(big, 'fire.common-path', 'intl')[0]).toMatchObject({ status: 'pass', required: { value: 22.86 }, messageParams: { load: 87 } });
    expect(find(plan(23.36, { zones: [makeRoom('w', 'work', 0, 0, 40, 10)] }), 'fire.common-path', 'intl')[0]!.status).toBe('fail');
    expect(find(plan(30.48, { zones: [makeRoom('w', 'work', 0, 0, 40, 10)] }, true), 'fire.common-path', 'intl')[0]).toMatchObject({ status: 'pass', required: { value: 30.48 } });
  });

  it('a second exit the other way ends the common path at once; gb does not apply it', () => {
    const two = plan(30.98, { exits: [{ id: 'E1', at: [0, 5], width: 1, kind: 'exterior' }, { id: 'E2', at: [40, 5], width: 1, kind: 'exterior' }] });
    expect(find(two, 'fire.common-path', 'intl')[0]).toMatchObject({ status: 'pass', measured: { value: 0 } });
    expect(find(two, 'fire.common-path', 'gb')).toEqual([]);
  });
});

describe('site.building-unchecked', () => {
  it('a building with no floors warns that nothing on it was checked; a drawn building gets nothing', () => {
    const plan = makePlan([makeBuilding([makeFloor()]), { ...makeBuilding([]), id: 'B2', name: '规划楼' }]);
    const found = find(plan, 'site.building-unchecked');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'warn', messageKey: 'site.building-unchecked.no-floors', where: { buildingId: 'B2' }, messageParams: { building: '规划楼' } });
    expect(find(plan, 'site.building-unchecked', 'intl')).toHaveLength(1);
  });
});

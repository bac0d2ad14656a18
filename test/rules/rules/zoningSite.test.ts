import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { floorPlan, makeBuilding, makeFloor, makePlan, makeRoom, rect, seatAt } from '../fixtures.ts';

function find(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: '2026-05-01', ...(profile ? { profile } : {}) }).findings.filter((f) => f.ruleId === ruleId);
}

describe('zoning.functional-areas', () => {
  it('a building with a work zone needs management and rest', () => {
    const p = (uses: ('work' | 'management' | 'rest')[]) => floorPlan({ zones: uses.map((u, i) => makeRoom(`z${i}`, u, i * 5, 0, i * 5 + 5, 10)) });
    expect(find(p(['work', 'management', 'rest']), 'zoning.functional-areas')[0]!.status).toBe('pass');
    expect(find(p(['work', 'rest']), 'zoning.functional-areas')[0]).toMatchObject({ status: 'fail', messageParams: { missing: 'management' } });
    expect(find(p(['rest']), 'zoning.functional-areas')).toHaveLength(0);
  });
});

describe('zoning.seat-in-zone and zoning.overlap', () => {
  it('seats in a rest zone or in no zone fail, listed by id', () => {
    const p = floorPlan({
      zones: [makeRoom('w', 'work', 0, 0, 10, 10), makeRoom('r', 'rest', 10, 0, 15, 10)],
      workstations: [seatAt('ok', [5, 5]), seatAt('inRest', [12, 5]), seatAt('nowhere', [17, 5])],
    });
    expect(find(p, 'zoning.seat-in-zone')[0]).toMatchObject({ status: 'fail', measured: { value: 2 }, where: { elementIds: ['inRest', 'nowhere'] } });
  });

  it('overlapping zones fail with the overlap area; shared edges do not', () => {
    const over = floorPlan({ zones: [makeRoom('a', 'work', 0, 0, 10, 10), makeRoom('b', 'rest', 8, 0, 15, 10)] });
    expect(find(over, 'zoning.overlap')[0]).toMatchObject({ status: 'fail', measured: { value: 20 }, where: { elementIds: ['a', 'b'] } });
    const touching = floorPlan({ zones: [makeRoom('a', 'work', 0, 0, 10, 10), makeRoom('b', 'rest', 10, 0, 15, 10)] });
    expect(find(touching, 'zoning.overlap')[0]!.status).toBe('pass');
  });
});

describe('zoning.rest-reach', () => {
  it('walking to the nearest rest zone: 50 m passes, over 50 warns, no rest zone warns', () => {
    const p = (x: number) => floorPlan({
      outline: rect(0, 0, 70, 10), zones: [makeRoom('w', 'work', 0, 0, 60, 10), makeRoom('r', 'rest', 60, 0, 70, 10)],
      workstations: [seatAt('s', [x, 5])],
    }, { footprint: rect(0, 0, 70, 10) });
    expect(find(p(10), 'zoning.rest-reach')[0]).toMatchObject({ status: 'pass' });
    expect(Number(find(p(10), 'zoning.rest-reach')[0]!.measured.value)).toBeCloseTo(50, 2);
    expect(find(p(9), 'zoning.rest-reach')[0]!.status).toBe('warn');
    const none = floorPlan({ zones: [makeRoom('w', 'work', 0, 0, 20, 10)], workstations: [seatAt('s', [5, 5])] });
    expect(find(none, 'zoning.rest-reach')[0]).toMatchObject({ status: 'warn', messageKey: 'zoning.rest-reach.none-on-floor' });
  });

  it('counts the seats over the limit: those whose straight line alone exceeds 50 m, not the near ones', () => {
    // rest zone from x = 60: seats at x = 2…8 are 52–58 m away in a straight line (over whatever
    // the detour); seats at x ≥ 20 are 40 m or less, with room to walk round the other desks
    const xs = [2, 4, 6, 8, 20, 30, 40, 45];
    const plan = floorPlan({
      outline: rect(0, 0, 70, 20), zones: [makeRoom('w', 'work', 0, 0, 60, 20), makeRoom('r', 'rest', 60, 0, 70, 20)],
      workstations: xs.map((x, i) => seatAt(`s${i}`, [x, 1.5 + i * 2.3])),
    }, { footprint: rect(0, 0, 70, 20) });
    const [f] = find(plan, 'zoning.rest-reach');
    expect(f).toMatchObject({ status: 'warn', messageParams: { seat: 's0', over: 4 } });
    expect(Number(f!.measured.value)).toBeGreaterThanOrEqual(58);
  });
});

describe('site rules on the spec example', () => {
  // Parcel 200 × 150 = 30,000 m²; building A 60 × 30 = 1,800 m² footprint, one floor listed (3F);
  // green 50 × 40 = 2,000 m².
  const result = runRules(examplePlan(), { date: '2026-05-20' });
  const site = (id: string) => result.findings.filter((f) => f.ruleId === id);

  it('FAR 1,800 / 30,000 = 0.06 ≤ 2.0; coverage 0.06 ≤ 0.4', () => {
    expect(site('site.far')[0]).toMatchObject({ status: 'pass', measured: { value: 0.06 }, required: { value: 2, comparator: '<=' } });
    expect(site('site.coverage')[0]).toMatchObject({ status: 'pass', measured: { value: 0.06 } });
    expect(result.analysis.site).toMatchObject({ gfa: 1800, far: 0.06, coverage: 0.06 });
  });

  it('green 2,000 / 30,000 = 0.0667 < 0.3 fails', () => {
    expect(site('site.green')[0]).toMatchObject({ status: 'fail', measured: { value: 0.0667 }, required: { value: 0.3, comparator: '>=' } });
  });

  it('height 17.4 ≤ 50; setback 20 m ≥ 5 m', () => {
    expect(site('site.height')[0]).toMatchObject({ status: 'pass', measured: { value: 17.4 }, where: { buildingId: 'A' } });
    expect(site('site.setback')[0]).toMatchObject({ status: 'pass', measured: { value: 20 } });
  });

  it('without controls the planning rules are n/a and name the missing input', () => {
    const plan = examplePlan();
    delete plan.site.controls;
    const r = runRules(plan, { date: '2026-05-20' });
    const far = r.findings.find((f) => f.ruleId === 'site.far')!;
    expect(far).toMatchObject({ status: 'n/a', messageParams: { input: 'site.controls.maxFar' } });
  });

  it('setback: 5 m at the boundary passes, 4.9 m fails, a footprint outside the parcel fails', () => {
    const p = (x0: number) => {
      const plan = makePlan([makeBuilding([makeFloor()], { footprint: rect(x0, 10, x0 + 10, 20) })]);
      plan.site.boundary = rect(0, 0, 100, 100);
      plan.site.controls = { minSetback: 5 };
      return plan;
    };
    expect(find(p(5), 'site.setback')[0]!.status).toBe('pass');
    expect(find(p(4.9), 'site.setback')[0]!.status).toBe('fail');
    expect(find(p(-1), 'site.setback')[0]).toMatchObject({ status: 'fail', messageKey: 'site.setback.outside' });
  });
});

describe('site.fire-separation (gb)', () => {
  const pair = (gap: number, h1: number, h2: number) => {
    const a = makeBuilding([makeFloor({ id: 'A1' })], { id: 'A', footprint: rect(0, 0, 20, 10), height: h1 });
    const b = makeBuilding([makeFloor({ id: 'B1' })], { id: 'B', footprint: rect(20 + gap, 0, 40 + gap, 10), height: h2 });
    return makePlan([a, b]);
  };

  it('other↔other 6 m, high-rise↔other 9 m, high-rise↔high-rise 13 m; intl has none', () => {
    expect(find(pair(6, 10, 10), 'site.fire-separation')[0]).toMatchObject({ status: 'pass', required: { value: 6 } });
    expect(find(pair(5.9, 10, 10), 'site.fire-separation')[0]!.status).toBe('fail');
    expect(find(pair(9, 30, 10), 'site.fire-separation')[0]).toMatchObject({ status: 'pass', required: { value: 9 } });
    expect(find(pair(12.9, 30, 30), 'site.fire-separation')[0]).toMatchObject({ status: 'fail', required: { value: 13 } });
    expect(find(pair(6, 10, 10), 'site.fire-separation', 'intl')).toHaveLength(0);
  });
});

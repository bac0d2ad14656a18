// Economics figures by hand on the fixture park (fixture.ts). Site GFA 200 + 200 + 300 = 700 m².
import { describe, expect, it } from 'vitest';
import { economicsKpis, economicsOf, floorPhase, leaseMonths, leaseStatus, occupancy, parkEconomics } from '../../../src/floorplan/economics/index.ts';
import { economicsPlan } from './fixture.ts';

const floorsOf = (o: ReturnType<typeof occupancy>) => Object.fromEntries(o.buildings.flatMap((b) => b.floors.map((f) => [f.floorId, f])));

describe('lease months', () => {
  it('counts whole months to the day after the last day', () => {
    expect(leaseMonths('2026-01-01', '2028-12-31')).toBe(36);
    expect(leaseMonths('2026-01-15', '2027-01-14')).toBe(12);
    expect(leaseMonths('2026-01-15', '2027-01-13')).toBe(11);
    expect(leaseMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(leaseMonths('2026-03-01', '2026-02-01')).toBe(0);
    expect(leaseMonths('2026-03-01', undefined)).toBeNull();
  });

  it('says whether a lease runs on a day', () => {
    const lease = { leaseStart: '2026-07-01', leaseEnd: '2027-06-30' };
    expect(leaseStatus(lease, '2026-06-30')).toBe('future');
    expect(leaseStatus(lease, '2026-07-01')).toBe('running');
    expect(leaseStatus(lease, '2027-06-30')).toBe('running');
    expect(leaseStatus(lease, '2027-07-01')).toBe('ended');
    expect(leaseStatus({}, '1999-01-01')).toBe('running');
  });
});

describe('occupancy', () => {
  it('zones, whole floors, then seat counts from the free seats in site order', () => {
    const o = occupancy(economicsPlan());
    const f = floorsOf(o);
    // Alpha: the 6 seats of zone zx1a; Beta: all 8 of X2; Gamma: 10 free seats: X1's 4 east seats, then 6 on Y1
    expect(f['X1']).toMatchObject({ seats: 10, occupied: 10, vacant: 0, byTenant: [{ tenantId: 'alpha', seats: 6 }, { tenantId: 'gamma', seats: 4 }] });
    expect(f['X2']).toMatchObject({ seats: 8, occupied: 8, vacant: 0, byTenant: [{ tenantId: 'beta', seats: 8 }] });
    expect(f['Y1']).toMatchObject({ seats: 12, occupied: 6, vacant: 6, byTenant: [{ tenantId: 'gamma', seats: 6 }] });
    expect(o.buildings.map((b) => [b.buildingId, b.seats, b.occupied, b.vacant])).toEqual([
      ['X', 18, 18, 0],
      ['Y', 12, 6, 6],
    ]);
    // X's floors bottom to top although the file lists 2F first
    expect(o.buildings[0]!.floors.map((fl) => fl.floorId)).toEqual(['X1', 'X2']);
    expect([o.seats, o.occupied, o.vacant]).toEqual([30, 24, 6]);
    expect(o.tenants.map((t) => [t.tenantId, t.leased, t.occupied, t.floorIds])).toEqual([
      ['alpha', 6, 6, ['X1']],
      ['beta', 8, 8, ['X2']],
      ['gamma', 10, 10, ['X1', 'Y1']],
    ]);
    expect(o.problems).toEqual([]);
  });

  it('on a day outside a lease the tenant holds no seats and the others fill in', () => {
    // Beta's lease ended 2027-06-30: Gamma's 10 go to X1's 4 free, then 6 of X2
    const f = floorsOf(occupancy(economicsPlan(), { asOf: '2027-08-01' }));
    expect([f['X1']!.occupied, f['X2']!.occupied, f['Y1']!.occupied]).toEqual([10, 6, 0]);
  });

  it('reports overlaps, shortfalls and unknown floors and zones', () => {
    const plan = economicsPlan();
    plan.tenants = [
      { id: 'a', name: 'A', floorIds: ['X1'] },
      { id: 'b', name: 'B', zoneIds: ['zx1a', 'nozone'] },
      { id: 'c', name: 'C', seats: 25, floorIds: ['Y1', 'nofloor'] },
    ];
    const o = occupancy(plan);
    expect(o.problems).toEqual([
      { kind: 'unknown-zone', tenantId: 'b', ref: 'nozone' },
      { kind: 'unknown-floor', tenantId: 'c', ref: 'nofloor' },
      { kind: 'overlap', tenantId: 'b', otherTenantId: 'a', seats: 6 },
      { kind: 'short', tenantId: 'c', seats: 13 },
    ]);
    expect(o.tenants.map((t) => [t.leased, t.occupied])).toEqual([
      [10, 10],
      [6, 0],
      [25, 12],
    ]);
    expect(o.occupied).toBe(22);
  });
});

describe('money per phase and park', () => {
  const findings = [
    { status: 'fail', where: { buildingId: 'X', floorId: 'X1' } },
    { status: 'fail', where: { buildingId: 'X', floorId: 'X2' } },
    { status: 'pass', where: { buildingId: 'X', floorId: 'X2' } },
    { status: 'warn', where: { buildingId: 'Y', floorId: 'Y1' } },
    // X's own finding: X is built in p1; Y names no phase, so its own finding is in no listed phase
    { status: 'fail', where: { buildingId: 'X' } },
    { status: 'fail', where: { buildingId: 'Y' } },
    { status: 'fail', where: {} },
  ];
  const e = parkEconomics(economicsPlan(), { findings });

  it('phase 1 (X1 + X2: 400 m², 18 seats)', () => {
    const p1 = e.phases[0]!;
    expect(p1).toMatchObject({ phaseId: 'p1', name: 'Phase 1', start: '2025-03-01', end: '2026-06-30', buildingIds: ['X'], floorIds: ['X1', 'X2'], seats: 18, occupied: 18, vacant: 0, grossArea: 400 });
    // land 700,000 × 400/700; construction 3,000 × 400; fit-out 1,000 × 400 + 500 × 18; equipment 6,000 × 18
    expect(p1.cost.land).toBeCloseTo(400_000, 6);
    expect(p1.cost.construction).toBe(1_200_000);
    expect(p1.cost.fitOut).toBe(409_000);
    expect(p1.cost.equipment).toBe(108_000);
    expect(p1.cost.total).toBeCloseTo(2_117_000, 6);
    expect(p1.investmentPerSeat!).toBeCloseTo(2_117_000 / 18, 6);
    // rent 40 × 400 / 18 = 888.89, + utilities 200 + staff 5,000
    expect(p1.runningPerSeatMonth!.rent).toBeCloseTo(888.888_889, 5);
    expect(p1.runningPerSeatMonth!.total).toBeCloseTo(6_088.888_889, 5);
    // Alpha 6 × 100 + Gamma 4 × 80 (X1) + Beta 8 × 120 (X2)
    expect(p1.rentIncomeMonth).toBe(1_880);
    expect(p1.compliance).toEqual({ fail: 3, warn: 0 });
  });

  it('phase 2 (Y1 by its own phase: 300 m², 12 seats, 6 occupied)', () => {
    const p2 = e.phases[1]!;
    expect(p2).toMatchObject({ phaseId: 'p2', buildingIds: ['Y'], floorIds: ['Y1'], seats: 12, occupied: 6, vacant: 6, grossArea: 300 });
    expect(p2.cost.land).toBeCloseTo(300_000, 6);
    expect(p2.cost.total).toBeCloseTo(300_000 + 900_000 + 306_000 + 72_000, 6);
    expect(p2.investmentPerSeat!).toBeCloseTo(131_500, 6);
    expect(p2.runningPerSeatMonth!.total).toBeCloseTo(1_000 + 200 + 5_000, 6);
    expect(p2.rentIncomeMonth).toBe(480);
    expect(p2.compliance).toEqual({ fail: 0, warn: 1 });
    // every floor has a phase: no unphased group
    expect(e.phases).toHaveLength(2);
  });

  it('the park is the sum of its phases', () => {
    expect(e.park.cost).toEqual({ land: 700_000, construction: 2_100_000, fitOut: 715_000, equipment: 180_000, total: 3_695_000 });
    expect(e.park.investmentPerSeat!).toBeCloseTo(3_695_000 / 30, 6);
    expect(e.park.rentIncomeMonth).toBe(2_360);
    expect([e.park.seats, e.park.occupied, e.park.vacant]).toEqual([30, 24, 6]);
    expect(e.currency).toBe('CNY');
  });

  it('the tenant table: leased, occupied, rent and income over the lease less 3 rent-free months', () => {
    expect(e.tenants).toEqual([
      { tenantId: 'alpha', name: 'Alpha', floorNames: ['X 1F'], leased: 6, occupied: 6, leaseStart: '2026-01-01', leaseEnd: '2028-12-31', leaseMonths: 36, rentPerSeatMonth: 100, rentPerMonth: 600, leaseIncome: 600 * 33 },
      { tenantId: 'beta', name: 'Beta', floorNames: ['X 2F'], leased: 8, occupied: 8, leaseStart: '2026-07-01', leaseEnd: '2027-06-30', leaseMonths: 12, rentPerSeatMonth: 120, rentPerMonth: 960, leaseIncome: 960 * 9 },
      { tenantId: 'gamma', name: 'Gamma', floorNames: ['X 1F', 'Y 1F'], leased: 10, occupied: 10, leaseMonths: null, rentPerSeatMonth: 80, rentPerMonth: 800, leaseIncome: null },
    ]);
  });

  it('a building or a floor alone (presentation KPIs)', () => {
    const y = economicsOf(economicsPlan(), { buildingId: 'Y' })!;
    expect(y.investmentPerSeat!).toBeCloseTo(131_500, 6);
    const x2 = economicsOf(economicsPlan(), { floorId: 'X2' })!;
    // land 200,000 + construction 600,000 + fit-out 200,000 + 4,000 + equipment 48,000 over 8 seats
    expect(x2.investmentPerSeat!).toBeCloseTo(1_052_000 / 8, 6);
    expect(x2.rentIncomeMonth).toBe(960);
    expect(economicsOf(economicsPlan(), { floorId: 'nope' })).toBeNull();
  });

  it('the presentation KPIs of the shown level', () => {
    const park = economicsKpis(economicsPlan(), { level: 'park' })!;
    expect(park).toMatchObject({ currency: 'CNY', seats: 30, occupied: 24, vacant: 6, investment: 3_695_000, rentIncomeMonth: 2_360 });
    const y1 = economicsKpis(economicsPlan(), { level: 'floor', buildingId: 'Y', floorId: 'Y1' })!;
    expect(y1).toMatchObject({ seats: 12, occupied: 6, vacant: 6, investment: 1_578_000, investmentPerSeat: 131_500, runningPerSeatMonth: 6_200, rentIncomeMonth: 480 });
    expect(economicsKpis(economicsPlan(), { level: 'building', buildingId: 'X' })!.seats).toBe(18);
    expect(economicsKpis(economicsPlan(), { level: 'building', buildingId: 'Q' })).toBeNull();
  });

  it('unknown phase ids form their own group and floors without a phase one more, last', () => {
    const plan = economicsPlan();
    plan.site.buildings[1]!.floors[0]!.phase = 'p9';
    delete plan.site.buildings[0]!.phase;
    expect(floorPhase(plan.site.buildings[0]!, plan.site.buildings[0]!.floors[0]!)).toBeUndefined();
    const r = parkEconomics(plan);
    expect(r.phases.map((p) => [p.phaseId, p.name, p.seats])).toEqual([
      ['p1', 'Phase 1', 0],
      ['p2', 'Phase 2', 0],
      ['p9', 'p9', 12],
      [null, '', 18],
    ]);
    expect(r.problems).toEqual([{ kind: 'unknown-phase', phaseId: 'p9' }]);
    expect(r.phases[0]!.investmentPerSeat).toBeNull();
    expect(r.phases[0]!.compliance).toBeNull();
  });

  it('without cost parameters the proposal defaults apply and the new amounts count as 0', () => {
    const plan = economicsPlan();
    delete plan.costs;
    const r = parkEconomics(plan);
    // 1,500 × 700 + 6,000 × 30
    expect(r.park.cost.total).toBe(1_050_000 + 180_000);
    expect(r.park.runningPerSeatMonth!.total).toBeCloseTo((45 * 700) / 30, 6);
  });
});

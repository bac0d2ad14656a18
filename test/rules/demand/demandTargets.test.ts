// Demand against the plan's seats: the scope's seat count, the comparison, the seat target of a
// floor, a building and the park.
import { describe, expect, it } from 'vitest';
import type { DemandProfile, PlanDocument } from '../../../src/floorplan/types.ts';
import { compareSeats, demandTarget, profileOutcome, profilesIn, scopeSeats } from '../../../src/rules/demand/demandTargets.ts';
import { demandTableRows } from '../../../src/rules/demand/demandReport.ts';
import { makeBuilding, makeFloor, makePlan, seatAt } from '../fixtures.ts';

const seats = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => seatAt(`${prefix}${i}`, [1 + i, 1]));

function plan(demand: DemandProfile[] = []): PlanDocument {
  return makePlan(
    [
      makeBuilding([makeFloor({ id: 'B-1F', workstations: seats('a', 12) }), makeFloor({ id: 'B-2F', name: '2F', level: 2, workstations: seats('b', 30) })]),
      makeBuilding([makeFloor({ id: 'C-1F', workstations: seats('c', 5) })], { id: 'C', name: 'C栋' }),
    ],
    { tenants: [{ id: 't1', name: 'Acme', floorIds: ['B-1F', 'B-2F'] }, { id: 't2', name: 'Beta', seats: 25, floorIds: ['C-1F'] }, { id: 't3', name: 'Zed', zoneIds: ['z1'] }], demand },
  );
}

// 200 calls/h × 180 s, 80/20, 30 % shrinkage, one 8 h shift → 20 seats (see staffing.test.ts)
const profile = (id: string, scope: DemandProfile['scope'], calls = 200): DemandProfile => ({
  id, name: id, scope, intervals: [{ start: '09:00', callsPerHour: calls }], ahtSeconds: 180,
  serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3, hoursOfOperation: { open: '09:00', close: '17:00' }, shiftHours: 8,
});

describe('demand against the plan', () => {
  it('counts the seats of a floor, a building, a tenant and the park', () => {
    const p = plan();
    expect(scopeSeats(p, { floorId: 'B-2F' })).toEqual({ kind: 'floor', name: 'B栋 2F', seats: 30 });
    expect(scopeSeats(p, { buildingId: 'B' })).toMatchObject({ kind: 'building', seats: 42 });
    expect(scopeSeats(p, {})).toEqual({ kind: 'park', name: '', seats: 47 });
    expect(scopeSeats(p, { tenantId: 't1' })).toEqual({ kind: 'tenant', name: 'Acme', seats: 42 });
    expect(scopeSeats(p, { tenantId: 't2' })).toMatchObject({ seats: 25 });
    // zones only: not counted here rather than a wrong number
    expect(scopeSeats(p, { tenantId: 't3' }).seats).toBeNull();
    expect(scopeSeats(p, { floorId: 'gone' }).seats).toBeNull();
  });

  it('compares: spare, short and unknown', () => {
    expect(compareSeats(412, 466)).toEqual({ needed: 412, have: 466, balance: 54 });
    expect(compareSeats(20, 12).balance).toBe(-8);
    expect(compareSeats(20, null).balance).toBeNull();
    const outcome = profileOutcome(plan(), profile('d', { floorId: 'B-1F' }));
    expect(outcome.result!.seatsNeeded).toBe(20);
    expect(outcome.comparison).toEqual({ needed: 20, have: 12, balance: -8 });
  });

  it('the seat target of a floor, a building (its floors included) and the park', () => {
    const p = plan([profile('f1', { floorId: 'B-1F' }), profile('f2', { floorId: 'B-2F' }), profile('b', { buildingId: 'B' }), profile('c', { floorId: 'C-1F' }), profile('t', { tenantId: 't1' })]);
    expect(profilesIn(p, { kind: 'floor', floorId: 'B-1F' }).map((x) => x.id)).toEqual(['f1']);
    expect(profilesIn(p, { kind: 'building', buildingId: 'B' }).map((x) => x.id)).toEqual(['f1', 'f2', 'b']);
    expect(demandTarget(p, { kind: 'building', buildingId: 'B' })).toBe(60);
    expect(demandTarget(p, { kind: 'park' })).toBe(100);
    expect(demandTarget(p, { kind: 'floor', floorId: 'nothing' })).toBeNull();
  });

  it('report rows in both languages', () => {
    const p = plan([profile('Hotline', { floorId: 'B-2F' })]);
    const en = demandTableRows([profileOutcome(p, p.demand![0]!)], 'en');
    expect(en.head).toEqual(['Profile', 'Calls', 'Agents at the peak', 'Scheduled at the peak', 'Seats needed', 'Seats in the plan', '']);
    expect(en.body[0]!.slice(2)).toEqual(['14', '20', '20', '30', '10 spare']);
    expect(en.body[0]![0]).toBe('Hotline\nfloor B栋 2F');
    expect(en.body[0]![1]).toContain('Service level 80 % in 20 s');
    const zh = demandTableRows([profileOutcome(p, profile('热线', { floorId: 'B-1F' }))], 'zh-CN');
    expect(zh.head[4]).toBe('所需工位数');
    expect(zh.body[0]!.slice(4)).toEqual(['20', '12', '缺 8 个']);
    expect(zh.body[0]![1]).toContain('人力损耗率 30%');
  });
});

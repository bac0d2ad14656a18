import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeRoom, seatAt } from '../fixtures.ts';

function find(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: '2026-05-01', ...(profile ? { profile } : {}) }).findings.filter((f) => f.ruleId === ruleId);
}

const seats = (n: number) => Array.from({ length: n }, (_, i) => seatAt(`s${i}`, [1 + (i % 5) * 2, 1 + Math.floor(i / 5) * 1.5]));
/** A 10 × 10 work zone with n seats and `air` m³/h of outdoor air. */
const office = (n: number, air: number, parts: { clearHeight?: number } = {}) =>
  floorPlan({ zones: [makeRoom('z', 'work', 0, 0, 10, 10)], workstations: seats(n), airTerminals: [{ id: 'a', at: [5, 5], freshAir: air }], ...parts });

describe('vent.fresh-air', () => {
  it('gb: 10 persons, 300 m³/h → 30 passes; 299 fails; no persons → n/a', () => {
    expect(find(office(10, 300), 'vent.fresh-air')[0]).toMatchObject({ status: 'pass', measured: { value: 30 } });
    expect(find(office(10, 299), 'vent.fresh-air')[0]!.status).toBe('fail');
    expect(find(office(0, 300), 'vent.fresh-air')[0]).toMatchObject({ status: 'n/a', messageKey: 'vent.fresh-air.na-no-persons' });
  });

  it('intl: 9 m³/h·p × 10 + 1.08 m³/h·m² × 100 m² = 198 m³/h', () => {
    expect(find(office(10, 198), 'vent.fresh-air', 'intl')[0]).toMatchObject({ status: 'pass', required: { value: 198 } });
    expect(find(office(10, 197.9), 'vent.fresh-air', 'intl')[0]!.status).toBe('fail');
  });

  it('meeting zones count persons by density (0.5 p/m²)', () => {
    const p = floorPlan({ zones: [makeRoom('m', 'meeting', 0, 0, 10, 4)], airTerminals: [{ id: 'a', at: [5, 2], freshAir: 600 }] });
    expect(find(p, 'vent.fresh-air')[0]).toMatchObject({ status: 'pass', measured: { value: 30 }, messageParams: { persons: 20 } });
  });
});

describe('vent.openable-window (gb)', () => {
  it('0.30 passes, 0.29 warns, missing → n/a naming the input', () => {
    const p = floorPlan({ windows: [
      { id: 'a', a: [0, 0], b: [5, 0], sill: 0.9, head: 2.4, openable: 0.3 },
      { id: 'b', a: [5, 0], b: [10, 0], sill: 0.9, head: 2.4, openable: 0.29 },
      { id: 'c', a: [10, 0], b: [15, 0], sill: 0.9, head: 2.4 },
    ] });
    expect(find(p, 'vent.openable-window').map((f) => f.status)).toEqual(['pass', 'warn', 'n/a']);
    expect(find(p, 'vent.openable-window', 'intl')).toHaveLength(0);
  });
});

describe('space.area-per-seat', () => {
  it('gb: 100 m² / 16 seats = 6.25 passes, / 17 = 5.88 warns', () => {
    expect(find(office(16, 0), 'space.area-per-seat')[0]).toMatchObject({ status: 'pass', measured: { value: 6.25 } });
    expect(find(office(17, 0), 'space.area-per-seat')[0]!.status).toBe('warn');
  });

  it('intl: volume with the height capped at 3 m: 100 × 2.8 / 25 = 11.2 passes, / 26 warns', () => {
    expect(find(office(25, 0), 'space.area-per-seat', 'intl')[0]).toMatchObject({ status: 'pass', measured: { value: 11.2 } });
    expect(find(office(26, 0), 'space.area-per-seat', 'intl')[0]!.status).toBe('warn');
    expect(find(office(30, 0, { clearHeight: 4 }), 'space.area-per-seat', 'intl')[0]!.measured.value).toBe(10); // 100 × 3 / 30
  });
});

describe('space.clear-height', () => {
  it('gb 2.50 m passes, 2.49 warns; intl 2.286 passes, 2.28 fails', () => {
    expect(find(floorPlan({ clearHeight: 2.5 }), 'space.clear-height')[0]!.status).toBe('pass');
    expect(find(floorPlan({ clearHeight: 2.49 }), 'space.clear-height')[0]!.status).toBe('warn');
    expect(find(floorPlan({ clearHeight: 2.286 }), 'space.clear-height', 'intl')[0]!.status).toBe('pass');
    expect(find(floorPlan({ clearHeight: 2.28 }), 'space.clear-height', 'intl')[0]!.status).toBe('fail');
  });
});

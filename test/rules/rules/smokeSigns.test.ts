// fire.smoke-control and fire.exit-signs at their boundaries, by hand-computed plans.
import { describe, expect, it } from 'vitest';
import type { ExitSign, PlanDocument, Point, WindowPane, Zone } from '../../../src/floorplan/types.ts';
import { corridorLength, farthestFromVents } from '../../../src/rules/analysis/smokeVents.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeRoom, rect } from '../fixtures.ts';

const DATE = '2026-05-31';

function findings(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: DATE, ...(profile ? { profile } : {}) }).findings.filter((f) => f.ruleId === ruleId);
}

function one(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding {
  const list = findings(plan, ruleId, profile);
  expect(list).toHaveLength(1);
  return list[0]!;
}

const SMOKE = 'fire.smoke-control';
const SIGNS = 'fire.exit-signs';

/** A window along a - b; clear height 2.8 m puts the vent band above 1.4 m. */
const pane = (id: string, a: Point, b: Point, sill: number, head: number, openable?: number): WindowPane => ({ id, a, b, sill, head, ...(openable === undefined ? {} : { openable }) });

/** One zone filling a w × d floor (clear height 2.8 m). */
function smokeFloor(w: number, d: number, parts: { use?: Zone['use']; windows?: WindowPane[]; exhausts?: Point[]; polygon?: Point[] } = {}): PlanDocument {
  const polygon = parts.polygon ?? rect(0, 0, w, d);
  return floorPlan({
    outline: rect(0, 0, w, d),
    zones: [{ id: 'z', name: 'Z', use: parts.use ?? 'work', polygon }],
    windows: parts.windows ?? [],
    smokeExhausts: (parts.exhausts ?? []).map((at, i) => ({ id: `x${i}`, at })),
  }, { footprint: rect(0, 0, w, d) });
}

describe('fire.smoke-control: which zones need it', () => {
  // a fixed pane keeps the room from being windowless (> 50 m² would need smoke control then)
  const fixed = (w: number) => [pane('g', [0, 0], [w, 0], 0.9, 2.6, 0)];

  it('a work room of 100.0 m² needs none; 100.5 m² does (none: no vent, no inlet)', () => {
    expect(findings(smokeFloor(10, 10, { windows: fixed(10) }), SMOKE)).toHaveLength(0);
    const f = one(smokeFloor(10, 10.05, { windows: fixed(10) }), SMOKE);
    expect(f).toMatchObject({ status: 'fail', messageKey: 'fire.smoke-control.none-room', messageParams: { size: 100.5, threshold: 100 } });
  });

  it('storage is not a room where people stay; a windowless work room over 50 m² needs it', () => {
    expect(findings(smokeFloor(10, 10.05, { use: 'storage', windows: fixed(10) }), SMOKE)).toHaveLength(0);
    expect(findings(smokeFloor(10, 5, {}), SMOKE)).toHaveLength(0); // 50.0 m², windowless
    expect(one(smokeFloor(10, 5.05, {}), SMOKE)).toMatchObject({ status: 'fail', messageKey: 'fire.smoke-control.none-windowless' });
  });

  it('a corridor of 20.0 m needs none; 20.5 m does; an L of 12 + 10 m outer arms, 2 m wide, is 20 m', () => {
    expect(findings(smokeFloor(20, 2, { use: 'corridor' }), SMOKE)).toHaveLength(0);
    expect(one(smokeFloor(20.5, 2, { use: 'corridor' }), SMOKE)).toMatchObject({ status: 'fail', messageKey: 'fire.smoke-control.none-corridor', messageParams: { size: 20.5 } });
    const L = (a: number): Point[] => [[0, 0], [a, 0], [a, 2], [2, 2], [2, 10], [0, 10]];
    expect(corridorLength(L(12))).toBeCloseTo(20, 9);
    expect(findings(smokeFloor(12, 10, { use: 'corridor', polygon: L(12) }), SMOKE)).toHaveLength(0);
    expect(one(smokeFloor(12.5, 10, { use: 'corridor', polygon: L(12.5) }), SMOKE).status).toBe('fail');
  });
});

describe('fire.smoke-control: natural vents', () => {
  // a 4 m window on the west wall x = 0, sill 1.4 / head 2.8 (all in the band), half openable:
  // 4 × 1.4 × 0.5 = 2.8 m² of vent; the far corners are exactly the room's length away
  const west = pane('v', [0, 0], [0, 4], 1.4, 2.8, 0.5);

  it('the farthest point 30.0 m from the vent passes; 30.1 m fails', () => {
    const at = one(smokeFloor(30, 4, { windows: [west] }), SMOKE);
    expect(at).toMatchObject({ status: 'pass', messageKey: 'fire.smoke-control.natural-pass', measured: { value: 30, unit: 'm' }, required: { value: 30 } });
    const over = one(smokeFloor(30.1, 4, { windows: [west] }), SMOKE);
    expect(over).toMatchObject({ status: 'fail', messageKey: 'fire.smoke-control.natural-fail', measured: { value: 30.1 } });
    expect(over.where.point![0]).toBeCloseTo(30.1, 2);
  });

  it('vent area at 2 % of the floor passes, just under fails (120 m² needs 2.4 m²)', () => {
    // 6 m long, sill 1.8, head 2.8: 1.0 m in the band; 0.4 openable = 2.4 m²
    const win = (openable: number) => [pane('v', [0, 0], [6, 0], 1.8, 2.8, openable)];
    expect(one(smokeFloor(12, 10, { windows: win(0.4) }), SMOKE)).toMatchObject({ status: 'pass', messageParams: { ventArea: 2.4, needArea: 2.4 } });
    expect(one(smokeFloor(12, 10, { windows: win(0.39) }), SMOKE)).toMatchObject({ status: 'fail', messageKey: 'fire.smoke-control.natural-area', measured: { value: 2.34 }, required: { value: 2.4 } });
  });

  it('below half the clear height (≤ 3 m) a window is no vent; only its part above counts', () => {
    expect(one(smokeFloor(12, 10, { windows: [pane('v', [0, 0], [6, 0], 0.9, 1.4, 1)] }), SMOKE).messageKey).toBe('fire.smoke-control.none-room');
    // sill 0.9, head 2.4: 1.0 m above 1.4 m counts; 6 × 1.0 × 0.4 = 2.4
    expect(one(smokeFloor(12, 10, { windows: [pane('v', [0, 0], [6, 0], 0.9, 2.4, 0.4)] }), SMOKE)).toMatchObject({ status: 'pass', messageParams: { ventArea: 2.4 } });
  });

  it('a window on another zone is not this zone’s vent', () => {
    expect(one(smokeFloor(12, 10, { windows: [pane('v', [40, 0], [46, 0], 1.8, 2.8, 1)] }), SMOKE).messageKey).toBe('fire.smoke-control.none-room');
  });
});

describe('fire.smoke-control: mechanical exhaust inlets', () => {
  it('an inlet in the corner of a 24 × 18 m room reaches the far corner at 30.0 m; 24.1 × 18 m fails at 30.08 m', () => {
    expect(one(smokeFloor(24, 18, { exhausts: [[0, 0]] }), SMOKE)).toMatchObject({ status: 'pass', messageKey: 'fire.smoke-control.mechanical-pass', measured: { value: 30 } });
    const f = one(smokeFloor(24.1, 18, { exhausts: [[0, 0]] }), SMOKE);
    expect(f).toMatchObject({ status: 'fail', messageKey: 'fire.smoke-control.mechanical-fail', measured: { value: 30.08 } });
    expect(f.where.point).toEqual([24.1, 18]);
  });

  it('the farthest point lies inside a room between two inlets when that is farther than every corner', () => {
    // inlets at (0,0) and (40,0) on a 40 × 10 room: corners are 10 m from one; (20,10) is √500
    const far = farthestFromVents(rect(0, 0, 40, 10), [{ id: 'a', a: [0, 0], b: [0, 0] }, { id: 'b', a: [40, 0], b: [40, 0] }], 30);
    expect(far.distance).toBeGreaterThan(Math.sqrt(500) - 0.3);
    expect(far.distance).toBeLessThanOrEqual(Math.sqrt(500) + 1e-9);
  });
});

describe('fire.exit-signs', () => {
  const exitSign = (at: Point): ExitSign => ({ id: `e${at[0]}`, at, kind: 'exit' });
  const dirSign = (at: Point): ExitSign => ({ id: `d${at[0]}`, at, kind: 'direction' });
  /** A 2 m wide strip 0..L of one zone, exits at the west end (and east when `two`); a route from every grid point. */
  function strip(L: number, use: Zone['use'], signs: ExitSign[], two = false, base: 'gb' | 'intl' = 'gb'): PlanDocument {
    const exits = [{ id: 'w', at: [0, 1] as Point, width: 1.2, kind: 'stair' as const }];
    if (two) exits.push({ id: 'east', at: [L, 1], width: 1.2, kind: 'stair' });
    return floorPlan({ outline: rect(0, 0, L, 2), zones: [makeRoom('z', use, 0, 0, L, 2)], exits, exitSigns: signs }, { footprint: rect(0, 0, L, 2) }, { base, overrides: { 'fire.signs.originCell': 1 } });
  }
  const gap = (plan: PlanDocument, base: 'gb' | 'intl' = 'gb') => findings(plan, SIGNS, base).find((f) => f.where.elementIds[0] === 'z')!;

  it('no signs on a floor with exits fails once', () => {
    expect(one(strip(30, 'work', []), SIGNS)).toMatchObject({ status: 'fail', messageKey: 'fire.exit-signs.none' });
  });

  it('an exit without an exit sign within 1.0 m fails; at 1.0 m it passes', () => {
    const list = findings(strip(30, 'work', [dirSign([5, 1]), exitSign([1, 1])]), SIGNS);
    expect(list.find((f) => f.where.elementIds[0] === 'w')).toMatchObject({ status: 'pass', measured: { value: 1 } });
    const none = findings(strip(30, 'work', [dirSign([5, 1])]), SIGNS);
    expect(none.find((f) => f.where.elementIds[0] === 'w')).toMatchObject({ status: 'fail', messageKey: 'fire.exit-signs.exit-fail' });
  });

  it('gb: signs 20.0 m apart along the route pass, 20.5 m apart fail', () => {
    const at = gap(strip(40.5, 'work', [exitSign([0, 1]), dirSign([20, 1]), dirSign([40, 1])]));
    expect(at).toMatchObject({ status: 'pass', messageKey: 'fire.exit-signs.gap-pass' });
    expect(at.measured.value as number).toBeCloseTo(20, 1);
    const over = gap(strip(41.5, 'work', [exitSign([0, 1]), dirSign([20.5, 1]), dirSign([41, 1])]));
    expect(over).toMatchObject({ status: 'fail', messageKey: 'fire.exit-signs.gap-fail', required: { value: 20 } });
    expect(over.measured.value as number).toBeGreaterThan(20.4);
  });

  it('gb dead-end corridor (one exit): 10.0 m passes, 10.5 m fails', () => {
    const at = gap(strip(10.5, 'corridor', [exitSign([0, 1]), dirSign([10, 1])]));
    expect(at).toMatchObject({ status: 'pass', messageKey: 'fire.exit-signs.dead-end-pass', required: { value: 10 } });
    const over = gap(strip(11, 'corridor', [exitSign([0, 1]), dirSign([10.5, 1])]));
    expect(over).toMatchObject({ status: 'fail', messageKey: 'fire.exit-signs.dead-end-fail', required: { value: 10 } });
  });

  it('a corridor between two exits is judged by 20 m, not 10 m', () => {
    const f = gap(strip(30, 'corridor', [exitSign([0, 1]), dirSign([15, 1]), exitSign([30, 1])], true));
    expect(f).toMatchObject({ status: 'pass', messageKey: 'fire.exit-signs.gap-pass', required: { value: 20 } });
  });

  it('intl: a point of the route at most 30.48 m from a sign (advisory)', () => {
    expect(gap(strip(61, 'work', [exitSign([0, 1]), dirSign([60, 1])]), 'intl')).toMatchObject({ status: 'pass', messageKey: 'fire.exit-signs.reach-pass' });
    expect(gap(strip(63, 'work', [exitSign([0, 1]), dirSign([62, 1])]), 'intl')).toMatchObject({ status: 'warn', messageKey: 'fire.exit-signs.reach-warn' });
  });
});

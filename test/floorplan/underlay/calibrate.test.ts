import { describe, expect, it } from 'vitest';
import { calibrateFromPlanPicks, twoPointScale } from '../../../src/floorplan/underlay/calibrate.ts';
import { assumedMetresPerUnit, metresPerInsUnit } from '../../../src/floorplan/underlay/dxfUnits.ts';
import { initialPlacement } from '../../../src/floorplan/underlay/placement.ts';
import { planToUnderlay, underlayToPlan } from '../../../src/floorplan/underlay/transform.ts';

describe('twoPointScale', () => {
  it('points 100 px apart and 5 m typed give 0.05 m/px', () => {
    expect(twoPointScale([10, 20], [110, 20], 5)).toBe(0.05);
    // a 3-4-5 pick: 500 units apart, 25 m → 0.05
    expect(twoPointScale([0, 0], [300, 400], 25)).toBe(0.05);
  });

  it('refuses coincident picks and a distance that is not positive', () => {
    expect(twoPointScale([1, 1], [1, 1], 5)).toBeNull();
    expect(twoPointScale([0, 0], [100, 0], 0)).toBeNull();
    expect(twoPointScale([0, 0], [100, 0], -5)).toBeNull();
    expect(twoPointScale([0, 0], [100, 0], Number.NaN)).toBeNull();
  });
});

describe('placement on the plan', () => {
  const u = { origin: [10, 5] as [number, number], scale: 0.01, rotation: 90 };

  it('scales, turns counter-clockwise about the drawing origin, then moves to the origin', () => {
    // (100, 0) units → (1, 0) m → turned 90° → (0, 1) → + (10, 5)
    const p = underlayToPlan(u, [100, 0]);
    expect(p[0]).toBeCloseTo(10, 12);
    expect(p[1]).toBeCloseTo(6, 12);
    const back = planToUnderlay(u, p);
    expect(back[0]).toBeCloseTo(100, 9);
    expect(back[1]).toBeCloseTo(0, 9);
  });

  it('calibrating from two plan picks sets the scale and keeps the first pick in place', () => {
    // the drawing is shown at 0.01 m/unit; two picks 2 m apart on the plan are 200 units apart.
    // typed 5 m → 0.025 m/unit
    const next = calibrateFromPlanPicks(u, [10, 6], [10, 8], 5)!;
    expect(next.scale).toBeCloseTo(0.025, 12);
    expect(next.rotation).toBe(90);
    const kept = underlayToPlan(next, planToUnderlay(u, [10, 6]));
    expect(kept[0]).toBeCloseTo(10, 9);
    expect(kept[1]).toBeCloseTo(6, 9);
    // and the second pick now lies 5 m from the first
    const second = underlayToPlan(next, planToUnderlay(u, [10, 8]));
    expect(Math.hypot(second[0] - 10, second[1] - 6)).toBeCloseTo(5, 9);
    expect(calibrateFromPlanPicks(u, [10, 6], [10, 6], 5)).toBeNull();
  });

  it('a new drawing: real size when the unit is known, stretched to the floor width otherwise; lower-left corners meet', () => {
    const floor = { minX: 0, minY: 0, maxX: 60, maxY: 30 };
    const inMm = initialPlacement({ minX: 1000, minY: 2000, maxX: 61000, maxY: 32000 }, floor, 0.001);
    expect(inMm.scale).toBe(0.001);
    expect(inMm.origin[0]).toBeCloseTo(-1, 12);
    expect(inMm.origin[1]).toBeCloseTo(-2, 12);
    // an image 1200 px wide over a 60 m floor: 0.05 m/px, origin at the floor's corner
    expect(initialPlacement({ minX: 0, minY: 0, maxX: 1200, maxY: 600 }, floor, null)).toEqual({ scale: 0.05, rotation: 0, origin: [0, 0] });
  });
});

describe('DXF units', () => {
  it('maps $INSUNITS codes to metres', () => {
    expect(metresPerInsUnit(4)).toBe(0.001);
    expect(metresPerInsUnit(5)).toBe(0.01);
    expect(metresPerInsUnit(6)).toBe(1);
    expect(metresPerInsUnit(1)).toBe(0.0254);
    expect(metresPerInsUnit(0)).toBeNull();
    expect(metresPerInsUnit(undefined)).toBeNull();
  });

  it('guesses millimetres for an unnamed unit only above 1000 units across', () => {
    expect(assumedMetresPerUnit(null, 1000)).toBe(1);
    expect(assumedMetresPerUnit(null, 1000.5)).toBe(0.001);
    expect(assumedMetresPerUnit(0.01, 60000)).toBe(0.01);
  });
});

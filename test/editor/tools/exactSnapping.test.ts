import { describe, expect, it } from 'vitest';
import { DEFAULT_SNAP, floorSnapTargets, lineIntersections, roundToStep, snapPoint, snapToGrid, type SnapLine } from '../../../src/editor/snapping.ts';
import type { Floor, Wall } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const example = examplePlan().site.buildings[0]!.floors[0]!;
const floorWith = (walls: Wall[]): Floor => ({ ...example, walls });
const wall = (id: string, a: [number, number], b: [number, number]): Wall => ({ id, a, b, kind: 'solid', thickness: 0.1 });

describe('snapped coordinates are stored exactly', () => {
  it('a grid snap stores the decimal: 3.3, not 3.3000000000000003', () => {
    const p = snapToGrid([3.33, 3.27], 0.1);
    expect(Object.is(p[0], 3.3) && Object.is(p[1], 3.3)).toBe(true);
    // 33 × 0.1 and 3 × 0.3 are off in floating point; the grid rounding is done in integers
    expect(33 * 0.1).not.toBe(3.3);
    expect(roundToStep(0.91, 0.3)).toBe(0.9);
    expect(roundToStep(1.16, 0.05)).toBe(1.15);
    expect(roundToStep(-0.04, 0.1)).toBe(0);
    expect(Object.is(roundToStep(-0.04, 0.1), -0)).toBe(false);
  });

  it('an endpoint snap copies the target; no snap drops only floating noise', () => {
    const floor = floorWith([wall('w1', [33.333333333, 27.1], [40, 27.1])]);
    const targets = floorSnapTargets(floor);
    expect(snapPoint([33.4, 27.15], targets, DEFAULT_SNAP).point).toEqual([33.333333333, 27.1]);
    expect(snapPoint([33.3 + 1e-12, 27.777], targets, { ...DEFAULT_SNAP, enabled: false }).point).toEqual([33.3, 27.777]);
  });

  it('the orthogonal lock copies the start x or y exactly', () => {
    const from: [number, number] = [30.123456789, 25.987654321];
    const p = snapPoint([40.04, 26.9], EMPTY(), DEFAULT_SNAP, { from, ortho: true }).point;
    expect(p).toEqual([40, 25.987654321]);
    expect(Object.is(p[1], from[1])).toBe(true);
  });
});

function EMPTY() {
  return floorSnapTargets(floorWith([]));
}

describe('on a line', () => {
  it('a vertical or horizontal line is met at a grid step, unless that is beyond the tolerance', () => {
    const t = floorSnapTargets(example);
    // the outline's west edge x = 20.2: 37.999999367 (where the pointer was) reads 38
    expect(snapPoint([20.25, 37.999999367], t, DEFAULT_SNAP)).toMatchObject({ point: [20.2, 38], kind: 'outline' });
    // a 1 m grid would move it 0.45 m, beyond the 0.3 m tolerance: the closest point is kept
    expect(snapPoint([20.25, 37.55], t, { ...DEFAULT_SNAP, grid: 1 })).toMatchObject({ point: [20.2, 37.55], kind: 'outline' });
  });

  it('a slanted line keeps the closest point, without floating noise', () => {
    const t = floorSnapTargets(floorWith([wall('w9', [40, 20.2], [50, 49.8])]));
    const s = snapPoint([43.5, 30], t, DEFAULT_SNAP);
    expect(s.kind).toBe('wall');
    const onLine = 40 + ((s.point[1] - 20.2) * 10) / 29.6;
    expect(Math.abs(s.point[0] - onLine)).toBeLessThan(1e-8);
    expect(s.point.every((v) => Math.abs(v * 1e9 - Math.round(v * 1e9)) < 1e-3)).toBe(true);
  });
});

describe('near-axis snap', () => {
  const targets = EMPTY();
  it('a segment within 1.5° of horizontal or vertical is made exactly axis-aligned, with a guide', () => {
    // 0.2 m over 10.04 m: 1.14°
    expect(snapPoint([40.04, 25.2], targets, DEFAULT_SNAP, { from: [30, 25] })).toEqual({ point: [40, 25], kind: 'grid', ortho: false, guide: { from: [30, 25], axis: 'x' } });
    expect(snapPoint([30.2, 35], targets, DEFAULT_SNAP, { from: [30, 25] })).toMatchObject({ point: [30, 35], guide: { axis: 'y' } });
    // a start off the grid is kept: the segment stays level with it
    expect(snapPoint([40.04, 25.2], targets, DEFAULT_SNAP, { from: [30, 25.03] }).point).toEqual([40, 25.03]);
  });

  it('beyond 1.5°, with no previous point, or with snapping off, nothing is held', () => {
    // 0.3 m over 10 m: 1.72°
    expect(snapPoint([40, 25.3], targets, DEFAULT_SNAP, { from: [30, 25] })).toEqual({ point: [40, 25.3], kind: 'grid', ortho: false });
    expect(snapPoint([40.04, 25.2], targets, DEFAULT_SNAP).point).toEqual([40, 25.2]);
    expect(snapPoint([40.04, 25.2], targets, { ...DEFAULT_SNAP, enabled: false }, { from: [30, 25] }).point).toEqual([40.04, 25.2]);
  });

  it('drawn nearly level onto a slanted wall, it lands where the level line crosses the wall', () => {
    const slanted = wall('w9', [40, 20.2], [50, 49.8]);
    const t = floorSnapTargets(floorWith([slanted]));
    const s = snapPoint([43.35, 30.1], t, DEFAULT_SNAP, { from: [30, 30] });
    expect(s.kind).toBe('wall');
    expect(s.guide?.axis).toBe('x');
    expect(s.point[1]).toBe(30);
    // on the wall: x = 40 + (30 − 20.2) × 10 / 29.6
    expect(Math.abs(s.point[0] - (40 + (9.8 * 10) / 29.6))).toBeLessThan(1e-9);
  });
});

describe('crossings and perpendiculars', () => {
  it('finds where walls cross (ends and T-junctions are endpoints already)', () => {
    const lines: SnapLine[] = [
      { a: [30, 30], b: [42, 30], kind: 'wall', ref: 'a' },
      { a: [35, 25], b: [35, 37], kind: 'wall', ref: 'b' },
      { a: [42, 30], b: [42, 40], kind: 'wall', ref: 'c' },
    ];
    expect(lineIntersections(lines)).toEqual([[35, 30]]);
    // the example's glass wall meets the outline at its ends only
    expect(floorSnapTargets(example).intersections).toEqual([]);
  });

  it('snaps to a crossing before a midpoint or the line', () => {
    const t = floorSnapTargets(floorWith([wall('a', [30, 30], [42, 30]), wall('b', [35, 25], [35, 37])]));
    expect(snapPoint([35.1, 30.05], t, DEFAULT_SNAP)).toMatchObject({ point: [35, 30], kind: 'intersection' });
  });

  it('snaps to the foot of the perpendicular from the previous point', () => {
    const t = floorSnapTargets(example);
    // the glass wall is at x = 60; from (50, 30.02) the perpendicular meets it at (60, 30.02)
    expect(snapPoint([59.95, 30.1], t, DEFAULT_SNAP, { from: [50, 30.02] })).toMatchObject({ point: [60, 30.02], kind: 'perpendicular' });
  });
});

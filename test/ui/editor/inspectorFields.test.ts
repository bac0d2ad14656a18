// The inspector's arithmetic: a door's or window's place along its line, and what a typed number
// may be.
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../../src/ui/editor/fields.tsx';
import { doorPlacement, doorPointAt, windowEndsAt, windowPlacement } from '../../../src/ui/editor/inspectorGeometry.ts';
import type { Floor } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const floor = (): Floor => examplePlan().site.buildings[0]!.floors[0]!;

describe('door placement', () => {
  it('a door on a wall: distance from the wall start, and back', () => {
    const f = floor();
    // w1 runs (60, 20.2) → (60, 49.8); d1 at (60, 35)
    const p = doorPlacement(f, f.doors[0]!)!;
    expect(p.wallId).toBe('w1');
    expect(p.offset).toBeCloseTo(14.8, 9);
    expect(p.length).toBeCloseTo(29.6, 9);
    expect(doorPointAt(p, 3)).toEqual([60, 23.2]);
  });

  it('a door on the outline: distance from the edge corner', () => {
    const f = floor();
    const p = doorPlacement(f, { id: 'd9', at: [30, 49.8], width: 1 })!;
    // the top edge runs (79.8, 49.8) → (20.2, 49.8)
    expect(p.wallId).toBeNull();
    expect(p.line).toEqual({ a: [79.8, 49.8], b: [20.2, 49.8] });
    expect(p.offset).toBeCloseTo(49.8, 9);
    expect(doorPlacement(f, { id: 'd8', at: [40, 40], width: 1 })).toBeNull();
  });
});

describe('window placement', () => {
  it('start and width along the outline edge; a typed start keeps the width and a stays a', () => {
    const f = floor();
    // n1 from (22, 20.2) to (58, 20.2) on the bottom edge (20.2, 20.2) → (79.8, 20.2)
    const p = windowPlacement(f, f.windows[0]!)!;
    expect(p.start).toBeCloseTo(1.8, 9);
    expect(p.width).toBeCloseTo(36, 9);
    expect(p.aIsStart).toBe(true);
    expect(windowEndsAt(p, 5, p.width)).toEqual({ a: [25.2, 20.2], b: [61.2, 20.2] });
    const reversed = windowPlacement(f, { ...f.windows[0]!, a: [58, 20.2], b: [22, 20.2] })!;
    expect(reversed.aIsStart).toBe(false);
    expect(windowEndsAt(reversed, 1.8, 10)).toEqual({ a: [32, 20.2], b: [22, 20.2] });
  });
});

describe('typed numbers', () => {
  it('takes plain decimals exactly', () => {
    expect(parseNumber('61.37')).toEqual({ value: 61.37 });
    expect(parseNumber(' -0.5 ')).toEqual({ value: -0.5 });
    expect(parseNumber('1e2')).toEqual({ value: 100 });
  });

  it('says why other text is not taken', () => {
    expect(parseNumber('')).toEqual({ problem: { key: 'editor.fieldErrors.notNumber' } });
    expect(parseNumber('12,5.1')).toEqual({ problem: { key: 'editor.fieldErrors.notNumber' } });
    expect(parseNumber('0x10')).toEqual({ problem: { key: 'editor.fieldErrors.notNumber' } });
    expect(parseNumber('0', { min: 0, minExclusive: true })).toEqual({ problem: { key: 'editor.fieldErrors.above', values: { min: '0' } } });
    expect(parseNumber('-1', { min: 0 })).toEqual({ problem: { key: 'editor.fieldErrors.atLeast', values: { min: '0' } } });
    expect(parseNumber('1.5', { max: 1 })).toEqual({ problem: { key: 'editor.fieldErrors.atMost', values: { max: '1' } } });
    expect(parseNumber('2.5', { integer: true })).toEqual({ problem: { key: 'editor.fieldErrors.whole' } });
  });

  it('shows computed values without float dust', () => {
    expect(formatNumber(49.8 - 20.2)).toBe('29.6');
    expect(formatNumber(20.2)).toBe('20.2');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SNAP, floorSnapTargets, snapPoint, snapToGrid } from '../../../src/editor/snapping.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const floor = examplePlan().site.buildings[0]!.floors[0]!;
const targets = floorSnapTargets(floor);

describe('snapping on the example floor (tolerance 0.3 m, grid 0.1 m)', () => {
  it('prefers an endpoint, then a midpoint, then a line, then the grid', () => {
    expect(snapPoint([79.6, 49.6], targets, DEFAULT_SNAP)).toMatchObject({ point: [79.8, 49.8], kind: 'endpoint' });
    expect(snapPoint([60.05, 35.02], targets, DEFAULT_SNAP)).toMatchObject({ point: [60, 35], kind: 'midpoint' });
    // on a horizontal or vertical line, at the grid step along it
    expect(snapPoint([60.1, 30.03], targets, DEFAULT_SNAP)).toMatchObject({ point: [60, 30], kind: 'wall' });
    expect(snapPoint([40.03, 49.9], targets, DEFAULT_SNAP)).toMatchObject({ point: [40, 49.8], kind: 'outline' });
    expect(snapPoint([33.333, 27.777], targets, DEFAULT_SNAP)).toMatchObject({ point: [33.3, 27.8], kind: 'grid' });
  });

  it('tolerance boundary: 0.3 m from the midpoint still snaps, 0.31 m snaps to the wall line', () => {
    expect(snapPoint([60, 35.3], targets, DEFAULT_SNAP).kind).toBe('midpoint');
    expect(snapPoint([60, 35.31], targets, DEFAULT_SNAP)).toMatchObject({ kind: 'wall', point: [60, 35.3] });
  });

  it('orthogonal lock holds the axis of the larger move', () => {
    expect(snapPoint([35.04, 25.9], targets, DEFAULT_SNAP, { from: [30, 25], ortho: true })).toEqual({ point: [35, 25], kind: 'grid', ortho: true, guide: { from: [30, 25], axis: 'x' } });
    expect(snapPoint([30.9, 31.04], targets, DEFAULT_SNAP, { from: [30, 25], ortho: true }).point).toEqual([30, 31]);
  });

  it('grid step and switching snapping off', () => {
    expect(snapToGrid([1.26, -0.74], 0.5)).toEqual([1.5, -0.5]);
    expect(snapPoint([33.333, 27.777], targets, { ...DEFAULT_SNAP, enabled: false })).toEqual({ point: [33.333, 27.777], kind: 'none', ortho: false });
  });
});

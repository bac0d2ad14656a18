import { describe, expect, it } from 'vitest';
import { deskFootprint, occupantPoint, wallFootprint } from '../../src/floorplan/geometry/elements.ts';
import {
  centroid,
  distanceToSegment,
  pointInPolygon,
  polygonArea,
  polygonDistance,
  polygonProblem,
  signedArea,
} from '../../src/floorplan/geometry/polygon.ts';
import type { Point } from '../../src/floorplan/types.ts';

const square: Point[] = [[0, 0], [10, 0], [10, 10], [0, 10]];
const lShape: Point[] = [[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20]];

describe('areas', () => {
  it('square 10 × 10 is 100 m², counter-clockwise positive', () => {
    expect(polygonArea(square)).toBe(100);
    expect(signedArea(square)).toBe(100);
    expect(signedArea([...square].reverse())).toBe(-100);
  });
  it('L-shape 20×10 + 10×10 = 300 m²', () => expect(polygonArea(lShape)).toBe(300));
  it('centroid of the L-shape is (25/3, 25/3)', () => {
    const [x, y] = centroid(lShape);
    expect(x).toBeCloseTo(25 / 3, 10);
    expect(y).toBeCloseTo(25 / 3, 10);
  });
});

describe('point in polygon', () => {
  it('inside, outside and on the boundary', () => {
    expect(pointInPolygon([5, 5], square)).toBe(true);
    expect(pointInPolygon([15, 5], square)).toBe(false);
    expect(pointInPolygon([10, 5], square)).toBe(true);
    expect(pointInPolygon([0, 0], square)).toBe(true);
  });
  it('the notch of the L-shape is outside', () => {
    expect(pointInPolygon([15, 15], lShape)).toBe(false);
    expect(pointInPolygon([5, 15], lShape)).toBe(true);
  });
});

describe('distances', () => {
  it('point to segment: perpendicular and beyond the end', () => {
    expect(distanceToSegment([5, 3], [0, 0], [10, 0])).toBe(3);
    expect(distanceToSegment([13, 4], [0, 0], [10, 0])).toBe(5);
  });
  it('between two squares 3 m apart, and 0 when touching', () => {
    const other: Point[] = [[13, 0], [20, 0], [20, 10], [13, 10]];
    expect(polygonDistance(square, other)).toBe(3);
    const touching: Point[] = [[10, 0], [20, 0], [20, 10], [10, 10]];
    expect(polygonDistance(square, touching)).toBe(0);
  });
});

describe('polygon validity', () => {
  it('accepts a simple polygon in either orientation', () => {
    expect(polygonProblem(square)).toBeNull();
    expect(polygonProblem([...lShape].reverse())).toBeNull();
  });
  it('rejects a bow tie, naming the crossing point', () => {
    const p = polygonProblem([[0, 0], [10, 10], [10, 0], [0, 10]]);
    expect(p).toEqual({ code: 'self-intersecting', edges: [0, 2], at: [5, 5] });
  });
  it('rejects fewer than 3 points, repeated points, NaN and zero area', () => {
    expect(polygonProblem([[0, 0], [1, 1]])?.code).toBe('too-few-points');
    expect(polygonProblem([[0, 0], [1, 0], [1, 0], [0, 1]])?.code).toBe('duplicate-point');
    expect(polygonProblem([[0, 0], [Number.NaN, 0], [0, 1]])?.code).toBe('not-finite');
    expect(polygonProblem([[0, 0], [1, 0], [2, 0]])?.code).toBe('zero-area');
  });
  it('rejects a spike that folds back on itself', () => {
    expect(polygonProblem([[0, 0], [10, 0], [10, 10], [10, 5]])?.code).toBe('self-intersecting');
  });
  it('rejects a vertex touching a non-adjacent edge', () => {
    expect(polygonProblem([[0, 0], [10, 0], [10, 10], [5, 0], [0, 10]])?.code).toBe('self-intersecting');
  });
});

describe('element footprints', () => {
  it('a desk 1.2 × 0.7 at (30, 30) facing +y: occupant at (30, 29.2)', () => {
    const ws = { id: 's', at: [30, 30] as Point, rotation: 0, size: [1.2, 0.7] as [number, number], role: 'agent' as const };
    const [x, y] = occupantPoint(ws);
    expect(x).toBeCloseTo(30, 12);
    expect(y).toBeCloseTo(29.2, 12);
    expect(polygonArea(deskFootprint(ws))).toBeCloseTo(0.84, 12);
  });
  it('a desk turned 90° seats its user to the east: (30.8, 30)', () => {
    const [x, y] = occupantPoint({ id: 's', at: [30, 30], rotation: 90, size: [1.2, 0.7], role: 'agent' });
    expect(x).toBeCloseTo(30.8, 12);
    expect(y).toBeCloseTo(30, 12);
  });
  it('a wall 10 m long, 0.2 m thick covers 10.2 × 0.2 (lengthened by half its thickness at each end)', () => {
    const fp = wallFootprint({ id: 'w', a: [0, 0], b: [10, 0], kind: 'solid', thickness: 0.2 });
    expect(polygonArea(fp)).toBeCloseTo(2.04, 12);
    const xs = fp.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(-0.1, 12);
    expect(Math.max(...xs)).toBeCloseTo(10.1, 12);
  });
  it('a wall with no thickness uses 0.1 m', () => {
    expect(polygonArea(wallFootprint({ id: 'w', a: [0, 0], b: [0, 5], kind: 'glass' }))).toBeCloseTo(5.1 * 0.1, 12);
  });
});

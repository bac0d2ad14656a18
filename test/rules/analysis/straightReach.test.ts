// straightReach (the targets in a flat table of buckets) must answer exactly as looking at every
// target does: on random floors of targets, near and far points, reaches from a hair to none at all,
// targets spread far apart (larger buckets), points on the very edge of the reach, and targets
// whose coordinates are not finite. pointsWithin (earlier answers kept by point object) must answer
// as straightReach from nothing does, ask after ask, as points, targets and reach change.
import { describe, expect, it } from 'vitest';
import { vectorLength } from '../../../src/floorplan/geometry/polygon.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import { pointsWithin, straightReach } from '../../../src/rules/analysis/straightReach.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const everyTarget = (targets: readonly Point[], reach: number) => (p: Point) => targets.some((t) => vectorLength(t[0] - p[0], t[1] - p[1]) <= reach);

function expectSame(targets: readonly Point[], points: readonly Point[], reach: number): number {
  const fast = straightReach(targets, reach);
  const slow = everyTarget(targets, reach);
  let within = 0;
  for (const p of points) {
    expect(fast(p), `point ${p[0]}, ${p[1]}, reach ${reach}`).toBe(slow(p));
    if (slow(p)) within++;
  }
  return within;
}

describe('straightReach', () => {
  it('answers as looking at every target does, on random targets and points', () => {
    const rnd = random(7);
    let within = 0;
    let outside = 0;
    for (let round = 0; round < 40; round++) {
      const span = [5, 80, 400, 3000][round % 4]!;
      const offset = (rnd() - 0.5) * 2000;
      const targets: Point[] = Array.from({ length: 1 + Math.floor(rnd() * 120) }, () => [offset + rnd() * span, offset - rnd() * span]);
      const points: Point[] = Array.from({ length: 300 }, () => [offset + (rnd() * 1.6 - 0.3) * span, offset - (rnd() * 1.6 - 0.3) * span]);
      for (const reach of [0, 1e-7, 0.5, 3, 50, 152.4, 5000]) {
        const n = expectSame(targets, points, reach);
        within += n;
        outside += points.length - n;
      }
    }
    // both answers occur often
    expect(within).toBeGreaterThan(10000);
    expect(outside).toBeGreaterThan(10000);
  });

  it('counts a target at exactly the reach, and not one a hair beyond', () => {
    const targets: Point[] = [[10, 10], [-250.5, 3.25], [1e4, -7]];
    const points: Point[] = [];
    for (const [x, y] of targets) {
      for (const [dx, dy] of [[50, 0], [0, -50], [30, 40], [-40, -30], [50 + 1e-9, 0], [0, 50.000001], [35.36, 35.36]]) points.push([x + dx!, y + dy!]);
    }
    expectSame(targets, points, 50);
    expectSame(targets, points, 50 + 1e-9);
  });

  it('holds for targets far apart (buckets larger than the reach) and points far outside them', () => {
    const targets: Point[] = [[0, 0], [1e6, 5], [3, 2e5], [-7e5, -1e5]];
    const points: Point[] = [[0.5, 0.5], [1e6 + 1, 4], [3, 2e5 + 2.5], [-7e5 + 1, -1e5 - 1], [5e5, 5e5], [-1e9, 1e9], [2, 2], [1e6 + 3, 5]];
    expectSame(targets, points, 2);
    expectSame(targets, points, 3);
  });

  it('holds for no targets, targets not finite, and a reach that is infinite or not a number', () => {
    const points: Point[] = [[0, 0], [5, 5], [1e3, -1e3], [NaN, 0], [Infinity, 1]];
    expectSame([], points, 10);
    const odd: Point[] = [[NaN, 0], [Infinity, Infinity], [1, -Infinity], [4, 4]];
    expectSame(odd, points, 10);
    expectSame(odd, points, Infinity);
    expectSame(odd, points, NaN);
    expectSame([[NaN, NaN]], points, 1);
  });
});

describe('pointsWithin', () => {
  const expectFresh = (points: readonly Point[], targets: readonly Point[], reach: number) => {
    const within = pointsWithin(points, targets, reach);
    const slow = everyTarget(targets, reach);
    expect(Array.from(within)).toEqual(points.map((p) => (slow(p) ? 1 : 0)));
  };

  it('answers as from nothing when asked again with points replaced, added, removed, targets moved and the reach changed', () => {
    const rnd = random(11);
    let targets: Point[] = Array.from({ length: 40 }, () => [rnd() * 100, rnd() * 60]);
    let points: Point[] = Array.from({ length: 500 }, () => [rnd() * 100, rnd() * 60]);
    let reach = 12;
    for (let ask = 0; ask < 60; ask++) {
      expectFresh(points, targets, reach);
      const change = ask % 6;
      points = points.slice();
      if (change === 0) points[Math.floor(rnd() * points.length)] = [rnd() * 100, rnd() * 60];
      else if (change === 1) points.splice(Math.floor(rnd() * points.length), 0, [rnd() * 100, rnd() * 60]);
      else if (change === 2) points.splice(Math.floor(rnd() * points.length), 1);
      // the same places in new arrays: a target moved is another place, one copied is the same
      else if (change === 3) targets = targets.map((t, i) => (i === 5 ? [t[0] + 3, t[1]] : [t[0], t[1]]));
      else if (change === 4) reach = reach === 12 ? 12.5 : 12;
      else targets = [...targets.slice(1), targets[0]!];
    }
  });

  it('keeps apart the answers of other targets and reaches asked in between', () => {
    const points: Point[] = [[0, 0], [10, 0], [20, 0], [30, 0]];
    const near: Point[] = [[0, 1]];
    const far: Point[] = [[30, 1]];
    for (let round = 0; round < 3; round++) {
      expectFresh(points, near, 5);
      expectFresh(points, far, 5);
      expectFresh(points, near, 25);
      expectFresh(points, [[-0, 1]], 1);
      expectFresh(points, [[0, 1]], 1);
    }
  });
});

// The link cache: values by ordered pair of point ids, kept through its growth.
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/floorplan/types.ts';
import { LinkCache } from '../../../src/rules/walking/linkCache.ts';

describe('LinkCache', () => {
  it('keeps a value per ordered pair of points, by identity, through growths', () => {
    const points: Point[] = Array.from({ length: 1500 }, (_, i) => [i % 17, Math.floor(i / 17)]);
    const cache = new LinkCache((p) => (p[0] === 0 ? null : p));
    const value = (i: number, j: number) => i * 10000 + j + 0.5;
    const ahead = (i: number, k: number) => (i + k) % points.length;
    // each point to its 8 successors (wrapping), in two rounds (chains of entries far apart):
    // 12,000 links and 1,500 ids, past the first arrays' sizes
    let misses = 0;
    for (const ks of [[1, 3, 5, 7], [2, 4, 6, 8]]) {
      for (let i = 0; i < points.length; i++) {
        for (const k of ks) {
          const a = cache.idOf(points[i]!);
          const b = cache.idOf(points[ahead(i, k)]!);
          if (cache.entryOf(a, b) === -1) misses++;
          cache.add(a, b, value(i, ahead(i, k)));
        }
      }
    }
    expect(misses).toBe(1500 * 8);
    expect(cache.size).toBe(1500 * 8);
    let wrong = 0;
    for (let i = 0; i < points.length; i++) {
      for (let k = 0; k <= 10; k++) {
        const j = ahead(i, k);
        if (cache.valueOf(points[i]!, points[j]!) !== (k >= 1 && k <= 8 ? value(i, j) : undefined)) wrong++;
        // the other way round was never kept: links are by ordered pair
        if (k > 0 && cache.valueOf(points[j]!, points[i]!) !== undefined) wrong++;
      }
    }
    expect(wrong).toBe(0);
    // an equal copy is another point
    expect(cache.valueOf([1, 0], points[2]!)).toBeUndefined();
  });

  it('looks a start up once per point, and tells a point without one', () => {
    let asked = 0;
    const cache = new LinkCache((p) => {
      asked++;
      return p[0] < 0 ? null : [p[0] + 0.25, p[1]];
    });
    const free: Point = [2, 3];
    const blocked: Point = [-1, 3];
    const a = cache.idOf(free);
    const b = cache.idOf(blocked);
    expect(cache.idOf(free)).toBe(a);
    expect(cache.hasStart(a, free)).toBe(true);
    expect(cache.hasStart(a, free)).toBe(true);
    expect([cache.startX[a], cache.startY[a]]).toEqual([2.25, 3]);
    expect(cache.hasStart(b, blocked)).toBe(false);
    expect(cache.hasStart(b, blocked)).toBe(false);
    expect(asked).toBe(2);
  });

  it('gives a walk the start its links use, found once whichever asks first', () => {
    let asked = 0;
    const cache = new LinkCache((p) => {
      asked++;
      return p[0] < 0 ? null : p[0] > 5 ? [p[0] + 0.25, p[1]] : p;
    });
    const open: Point = [2, 3];
    const snapped: Point = [7, 3];
    const blocked: Point = [-1, 3];
    // a walk first, then its links
    const a = cache.idOf(open);
    expect(cache.startPointOf(a, open)).toBe(open);
    expect(cache.hasStart(a, open)).toBe(true);
    expect([cache.startX[a], cache.startY[a]]).toEqual([2, 3]);
    // links first, then a walk: the same start object
    const b = cache.idOf(snapped);
    expect(cache.hasStart(b, snapped)).toBe(true);
    const start = cache.startPointOf(b, snapped);
    expect(start).toEqual([7.25, 3]);
    expect(cache.startPointOf(b, snapped)).toBe(start);
    const c = cache.idOf(blocked);
    expect(cache.startPointOf(c, blocked)).toBeNull();
    expect(cache.hasStart(c, blocked)).toBe(false);
    expect(asked).toBe(3);
    // past the first arrays' sizes (1,024 ids)
    const many: Point[] = Array.from({ length: 3000 }, (_, i) => [6 + i, 1]);
    for (const p of many) cache.idOf(p);
    expect(cache.startPointOf(cache.idOf(many[2999]!), many[2999]!)).toEqual([3005.25, 1]);
    expect(cache.startPointOf(b, snapped)).toBe(start);
  });
});

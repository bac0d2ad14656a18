// The aisles' seat order by merge sort equals the engine's sort by the comparison it stands for.
import { describe, expect, it } from 'vitest';
import { sortByWalk, walksBefore } from '../../../src/rules/analysis/walkOrder.ts';

/** The comparison the order was first written as (a stable sort by walk, the longest first, those not finite last). */
function compare(walking: Float64Array, a: number, b: number): number {
  const wa = walking[a]!;
  const wb = walking[b]!;
  const fa = Number.isFinite(wa);
  if (fa !== Number.isFinite(wb)) return fa ? -1 : 1;
  return (fa ? wb - wa : 0) || a - b;
}

/** A small deterministic generator (tests draw the same numbers every run). */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('seats by walk', () => {
  it('sorts as the engine sorts by the comparison, ties, -0, infinities and NaN included', () => {
    const special = [Infinity, -Infinity, NaN, 0, -0, 5e-324, 1e308];
    for (const n of [0, 1, 2, 7, 8, 9, 16, 17, 100, 1000, 2154]) {
      for (const seed of [1, 2, 3]) {
        const next = numbers(seed * 7919 + n);
        const walking = Float64Array.from({ length: n }, () => {
          const u = next();
          if (u < 0.05) return special[Math.floor(next() * special.length)]!;
          // few distinct values: many ties
          return u < 0.4 ? Math.floor(next() * 8) : next() * 100;
        });
        const engine = Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(walking, a, b));
        // from the identity, and from an order shuffled
        const order = Array.from({ length: n }, (_, i) => i);
        sortByWalk(order, walking);
        expect(order).toEqual(engine);
        const shuffled = Array.from({ length: n }, (_, i) => i).sort(() => next() - 0.5);
        sortByWalk(shuffled, walking, new Int32Array(n + 3));
        expect(shuffled).toEqual(engine);
      }
    }
  });

  it('says which comes first as the comparison does', () => {
    const walking = Float64Array.from([3, 3, -0, 0, NaN, Infinity, 7]);
    for (let a = 0; a < walking.length; a++) {
      for (let b = 0; b < walking.length; b++) {
        if (a !== b) expect(walksBefore(walking, a, b)).toBe(compare(walking, a, b) < 0);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { applyOrderEdits, orderEdits } from '../../src/collab/orderEdits.ts';

describe('orderEdits', () => {
  it('nothing to do for the same order', () => {
    expect(orderEdits(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ deletions: [], insertions: [] });
  });

  it('one deletion and one insertion, grouped into runs', () => {
    expect(orderEdits(['a', 'b', 'c', 'd', 'e'], ['a', 'd', 'x', 'y', 'e'])).toEqual({
      deletions: [[1, 2]],
      insertions: [[2, ['x', 'y']]],
    });
  });

  it('drops later copies of a key and keys the target lacks (merge leftovers)', () => {
    const edits = orderEdits(['a', 'b', 'a', 'gone', 'c', 'b'], ['a', 'b', 'c']);
    expect(edits).toEqual({ deletions: [[5, 1], [2, 2]], insertions: [] });
    expect(applyOrderEdits(['a', 'b', 'a', 'gone', 'c', 'b'], edits)).toEqual(['a', 'b', 'c']);
  });

  it('a reorder moves as few keys as it can', () => {
    // c moved to the front: a, b, d keep their places
    const edits = orderEdits(['a', 'b', 'c', 'd'], ['c', 'a', 'b', 'd']);
    expect(edits).toEqual({ deletions: [[2, 1]], insertions: [[0, ['c']]] });
    // reversed: one key stays, the others move
    const reversed = orderEdits(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a']);
    expect(reversed.deletions.reduce((n, [, count]) => n + count, 0)).toBe(3);
    expect(applyOrderEdits(['a', 'b', 'c', 'd'], reversed)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('gives the target from any start (seeded shuffles)', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
      const current = Array.from({ length: Math.floor(random() * 16) }, () => keys[Math.floor(random() * keys.length)]!);
      const target = keys.filter(() => random() < 0.6).sort(() => random() - 0.5);
      expect(applyOrderEdits(current, orderEdits(current, target))).toEqual(target);
    }
  });
});

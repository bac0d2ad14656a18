// The indexed heap must pop in key order whatever the sequence of insertions and key moves (up
// and down), holding each item once: checked against a sorted reference on random operations.
import { describe, expect, it } from 'vitest';
import { IndexedHeap } from '../../../src/rules/walking/indexedHeap.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('IndexedHeap', () => {
  it('pops items in key order after random sets that lower and raise keys', () => {
    const r = random(3);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(r() * 200);
      const heap = new IndexedHeap(n);
      const keys = new Map<number, number>();
      for (let op = 0; op < 3 * n; op++) {
        const item = Math.floor(r() * n);
        const key = Math.floor(r() * 1000) / 10;
        heap.set(item, key);
        keys.set(item, key);
        if (r() < 0.2 && heap.length > 0) {
          const smallest = Math.min(...keys.values());
          expect(heap.peekKey()).toBe(smallest);
          const popped = heap.pop();
          expect(keys.get(popped)).toBe(smallest);
          keys.delete(popped);
        }
      }
      expect(heap.length).toBe(keys.size);
      let previous = -Infinity;
      while (heap.length > 0) {
        const key = heap.peekKey()!;
        const item = heap.pop();
        expect(keys.get(item)).toBe(key);
        expect(key).toBeGreaterThanOrEqual(previous);
        previous = key;
        keys.delete(item);
      }
      expect(keys.size).toBe(0);
    }
  });
});

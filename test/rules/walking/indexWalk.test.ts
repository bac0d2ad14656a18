// anyItemIn walks flatbush's own arrays with a reused stack: it must answer exactly as collides().
import Flatbush from 'flatbush';
import { describe, expect, it } from 'vitest';
import { anyItemIn, IndexStack } from '../../../src/rules/walking/indexWalk.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('anyItemIn', () => {
  for (const [items, nodeSize] of [[1, 16], [50, 4], [3000, 16], [20000, 16]] as const) {
    it(`answers as Flatbush.collides for ${items} items (node size ${nodeSize}), with and without a filter`, () => {
      const r = random(items);
      const index = new Flatbush(items, nodeSize);
      for (let i = 0; i < items; i++) {
        const x = r() * 1000;
        const y = r() * 1000;
        index.add(x, y, x + r() * 5, y + r() * 5);
      }
      index.finish();
      const stack = new IndexStack();
      for (let q = 0; q < 2000; q++) {
        const x = r() * 1000;
        const y = r() * 1000;
        const w = r() * 30;
        const odd = (i: number) => i % 2 === 1;
        expect(anyItemIn(index, stack, x, y, x + w, y + w, () => true)).toBe(index.collides(x, y, x + w, y + w));
        expect(anyItemIn(index, stack, x, y, x + w, y + w, odd)).toBe(index.collides(x, y, x + w, y + w, odd));
      }
    });
  }
});

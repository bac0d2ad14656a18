// The Dijkstra's node cells must list exactly the unsettled nodes of each cell, in node order,
// however many have settled (an offer's order of updates is the order nodes are listed in), and a
// cell's gap must never exceed the distance to any point placed in it.
import { describe, expect, it } from 'vitest';
import { CellGeometry, NodeCells } from '../../../src/rules/walking/settleCells.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('NodeCells', () => {
  it('lists each cell\'s unsettled nodes in node order as nodes settle in any order', () => {
    const r = random(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(r() * 300);
      const xs = Float64Array.from({ length: n }, () => r() * 50);
      const ys = Float64Array.from({ length: n }, () => r() * 30);
      const geometry = new CellGeometry(0, 0, 50, 30, n, 12);
      const cells = new NodeCells(geometry, xs, ys);
      const left = new Set(Array.from({ length: n }, (_, v) => v));
      const order = Array.from({ length: n }, (_, v) => v).sort(() => r() - 0.5);
      for (const v of order) {
        cells.settled(v);
        left.delete(v);
        for (let c = 0; c < geometry.count; c++) {
          const listed = Array.from(cells.items.subarray(cells.start[c]!, cells.end[c]!));
          const expected = [...left].filter((u) => geometry.cellOf(xs[u]!, ys[u]!) === c).sort((a, b) => a - b);
          expect(listed).toEqual(expected);
        }
      }
    }
  });
});

describe('CellGeometry', () => {
  it('never puts a cell farther than a point placed in it', () => {
    const r = random(5);
    const geometry = new CellGeometry(-3.7, 12.1, 81.3, 40.9, 400, 12);
    for (let k = 0; k < 2000; k++) {
      const px = -3.7 + r() * 85;
      const py = 12.1 + r() * 28.8;
      const x = -20 + r() * 120;
      const y = r() * 60;
      expect(geometry.gap(geometry.cellOf(px, py), x, y)).toBeLessThanOrEqual(Math.hypot(px - x, py - y));
    }
  });
});

// The Dijkstra's node cells must list exactly the unsettled nodes of each cell, in node order,
// however many have settled (an offer's order of updates is the order nodes are listed in), and a
// cell's gap must never exceed the distance to any point placed in it. The settled points' cells
// must list, per cell, the points placed in it in the order placed.
import { describe, expect, it } from 'vitest';
import { CellGeometry, cellPastLimit, firstAtLeast, gapOf, NodeCells, SettledCells } from '../../../src/rules/walking/settleCells.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('cellPastLimit', () => {
  it('rules a cell out only where its smallest key is over the limit, and most of those far past it', () => {
    const r = random(31);
    let ruledOut = 0;
    let farPast = 0;
    for (let trial = 0; trial < 200000; trial++) {
      const least = r() < 0.1 ? 0 : r() * 200;
      const dx = r() < 0.3 ? 0 : r() * 60;
      const dy = r() < 0.3 ? 0 : r() * 60;
      const key = least + gapOf(dx, dy);
      // limits right at the key (a hair either side) as well as anywhere
      const u = r();
      const limit = u < 0.3 ? key : u < 0.5 ? key * (1 + (r() - 0.5) * 1e-6) + (r() - 0.5) * 1e-6 : u < 0.6 ? Infinity : r() * 300;
      const out = cellPastLimit(least, dx, dy, limit);
      if (out) {
        ruledOut++;
        expect(key > limit, `least ${least}, gap (${dx}, ${dy}), limit ${limit}`).toBe(true);
      }
      if (key > limit * (1 + 1e-3) + 1e-3) {
        farPast++;
        expect(out).toBe(true);
      }
    }
    expect(ruledOut).toBeGreaterThan(20000);
    expect(farPast).toBeGreaterThan(20000);
  });
});

describe('NodeCells', () => {
  it('lists each cell\'s unsettled nodes in node order, those settled before the cells were made left out, as nodes settle in any order', () => {
    const r = random(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(r() * 300);
      const xs = Float64Array.from({ length: n }, () => r() * 50);
      const ys = Float64Array.from({ length: n }, () => r() * 30);
      const geometry = new CellGeometry(0, 0, 50, 30, n, 12);
      // some nodes settled before the cells are made (a field's carried nodes), the rest one by one
      const before = Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0));
      const cells = new NodeCells(geometry, geometry.cellsOf(xs, ys), trial % 2 ? before : undefined);
      const left = new Set(Array.from({ length: n }, (_, v) => v).filter((v) => !(trial % 2 && before[v])));
      const order = [...left].sort(() => r() - 0.5);
      for (let c = 0; c < geometry.count; c++) {
        const listed = Array.from(cells.items.subarray(cells.start[c]!, cells.end[c]!));
        expect(listed).toEqual([...left].filter((u) => geometry.cellOf(xs[u]!, ys[u]!) === c).sort((a, b) => a - b));
      }
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

describe('CellGeometry.offsets', () => {
  it('gives gap()\'s very numbers, cell by cell', () => {
    const r = random(17);
    for (let trial = 0; trial < 30; trial++) {
      const geometry = new CellGeometry(-5 + r() * 10, r() * 10, 20 + r() * 80, 15 + r() * 40, 1 + Math.floor(r() * 500), 12);
      const dx = new Float64Array(geometry.nx);
      const dy = new Float64Array(geometry.ny);
      for (let k = 0; k < 50; k++) {
        // points inside, outside and on the cells' lines
        const x = k % 5 === 0 ? geometry.minX + Math.floor(r() * geometry.nx) * geometry.size : -30 + r() * 150;
        const y = k % 7 === 0 ? geometry.minY + Math.floor(r() * geometry.ny) * geometry.size : -30 + r() * 100;
        geometry.offsets(x, y, dx, dy);
        for (let c = 0; c < geometry.count; c++) {
          const gx = c % geometry.nx;
          expect(Object.is(gapOf(dx[gx]!, dy[(c - gx) / geometry.nx]!), geometry.gap(c, x, y))).toBe(true);
        }
      }
    }
  });
});

describe('SettledCells', () => {
  it('lists each cell\'s points in the order placed, with its smallest distance and last index', () => {
    const r = random(23);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(r() * 200);
      const xs = Float64Array.from({ length: n }, () => r() * 50);
      const ys = Float64Array.from({ length: n }, () => r() * 30);
      const seeds = Array.from({ length: Math.floor(r() * 10) }, () => ({ x: r() * 50, y: r() * 30 }));
      const geometry = new CellGeometry(0, 0, 50, 30, n + seeds.length, 12);
      const cellOfNode = geometry.cellsOf(xs, ys);
      const cells = new SettledCells(geometry, cellOfNode, seeds);
      // seeds first, then the nodes in any order (not all of them), each with a distance
      const points = [...seeds, ...Array.from({ length: n }, (_, v) => ({ x: xs[v]!, y: ys[v]! })).sort(() => r() - 0.5).slice(0, Math.floor(r() * (n + 1)))];
      const placed: { cell: number; index: number; distance: number }[] = [];
      points.forEach((p, index) => {
        const distance = r() * 100;
        // a node may be placed by its cell (addIn), a seed by where it is
        const node = index >= seeds.length ? Array.from(xs).findIndex((x, v) => x === p.x && ys[v] === p.y) : -1;
        if (node >= 0 && index % 2) cells.addIn(cellOfNode[node]!, index, distance);
        else cells.add(index, p.x, p.y, distance);
        placed.push({ cell: geometry.cellOf(p.x, p.y), index, distance });
      });
      for (let c = 0; c < geometry.count; c++) {
        const mine = placed.filter((p) => p.cell === c);
        expect(Array.from(cells.items.subarray(cells.start[c]!, cells.end[c]!))).toEqual(mine.map((p) => p.index));
        expect(cells.minDistance[c]).toBe(Math.min(Infinity, ...mine.map((p) => p.distance)));
        expect(cells.last[c]).toBe(mine.length ? mine[mine.length - 1]!.index : -1);
        for (let from = 0; from <= points.length; from += 3) {
          const at = firstAtLeast(cells.items, cells.start[c]!, cells.end[c]!, from);
          expect(at - cells.start[c]!).toBe(mine.filter((p) => p.index < from).length);
        }
      }
    }
  });
});

// The box grid must offer exactly the items whose box meets the query box (flatbush's test), each
// once: compared with a brute-force scan on random desk-sized boxes, long thin ones, one covering
// everything, boxes with NaN and infinite corners, and degenerate queries.
import { describe, expect, it } from 'vitest';
import { BoxGrid } from '../../../src/rules/walking/boxGrid.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function offered(grid: BoxGrid, minX: number, minY: number, maxX: number, maxY: number): number[] {
  const items: number[] = [];
  grid.anyIn(minX, minY, maxX, maxY, (i) => {
    items.push(i);
    return false;
  });
  return items;
}

function meeting(boxes: number[][], minX: number, minY: number, maxX: number, maxY: number): number[] {
  const items: number[] = [];
  boxes.forEach(([x0, y0, x1, y1], i) => {
    if (!(maxX < x0! || maxY < y0! || minX > x1! || minY > y1!)) items.push(i);
  });
  return items;
}

describe('BoxGrid', () => {
  const r = random(7);
  const boxes: number[][] = [];
  for (let i = 0; i < 1500; i++) {
    const x = r() * 100;
    const y = r() * 80;
    boxes.push([x, y, x + r() * 1.6, y + r() * 0.9]);
  }
  boxes.push([0, 40, 100, 40.2], [50, 0, 50.2, 80], [-5, -5, 105, 85], [3, 3, 3, 3]);
  boxes.push([NaN, 1, 2, 3], [10, 10, Infinity, 11], [-Infinity, -Infinity, Infinity, Infinity]);
  const grid = new BoxGrid(
    Float64Array.from(boxes, (b) => b[0]!),
    Float64Array.from(boxes, (b) => b[1]!),
    Float64Array.from(boxes, (b) => b[2]!),
    Float64Array.from(boxes, (b) => b[3]!),
    1,
  );

  it('offers each item whose box meets the query once, and no other (points, small and large boxes)', () => {
    for (let q = 0; q < 3000; q++) {
      const x = r() * 110 - 5;
      const y = r() * 90 - 5;
      const size = [0, 1e-9, 0.3, 3, 40][q % 5]!;
      const got = offered(grid, x - size, y - size, x + size, y + size);
      expect(got.length).toBe(new Set(got).size);
      expect(got.sort((a, b) => a - b)).toEqual(meeting(boxes, x - size, y - size, x + size, y + size));
    }
  });

  it('a query exactly on a cell line, and one touching a box only at its corner, find it', () => {
    expect(offered(grid, 3, 3, 3, 3)).toContain(boxes.length - 4);
    const [x0, y0] = boxes[0]!;
    expect(offered(grid, x0! - 1, y0! - 1, x0!, y0!)).toContain(0);
  });

  it('queries that are no finite box (NaN, inverted, infinite) answer as the brute-force test does', () => {
    for (const [a, b, c, d] of [
      [NaN, 0, 1, 1],
      [5, 5, 4, 6],
      [-Infinity, 10, 20, 10.5],
      [0, 0, Infinity, Infinity],
    ] as const) {
      expect(offered(grid, a, b, c, d).sort((p, q) => p - q)).toEqual(meeting(boxes, a, b, c, d));
    }
  });

  it('stops at the first item accepted and says whether there was one', () => {
    let calls = 0;
    expect(grid.anyIn(-10, -10, 200, 200, () => ++calls === 3)).toBe(true);
    expect(calls).toBe(3);
    expect(grid.anyIn(200, 200, 201, 201, () => true)).toBe(true); // the box over everything
    const none = new BoxGrid(new Float64Array(0), new Float64Array(0), new Float64Array(0), new Float64Array(0), 1);
    expect(none.anyIn(0, 0, 1, 1, () => true)).toBe(false);
  });
});

// The edge grid must offer every edge a segment touches: compared with a brute-force intersection
// test on random short edges (desk-sized) and long ones (outline walls), random and axis-aligned segments.
import { describe, expect, it } from 'vitest';
import { EdgeGrid } from '../../../src/rules/walking/edgeGrid.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Closed segments meet (brute force, plain arithmetic: the random cases are far from degenerate). */
function meet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const d1 = cross(cx, cy, dx, dy, ax, ay);
  const d2 = cross(cx, cy, dx, dy, bx, by);
  const d3 = cross(ax, ay, bx, by, cx, cy);
  const d4 = cross(ax, ay, bx, by, dx, dy);
  return d1 * d2 <= 0 && d3 * d4 <= 0;
}

describe('EdgeGrid', () => {
  for (const [edges, cell] of [[200, 1], [3000, 2], [50, 0.25]] as const) {
    it(`offers every edge a segment meets (${edges} edges, ${cell} m cells)`, () => {
      const r = random(edges);
      const n = edges + 4;
      const ex0 = new Float64Array(n);
      const ey0 = new Float64Array(n);
      const ex1 = new Float64Array(n);
      const ey1 = new Float64Array(n);
      for (let e = 0; e < edges; e++) {
        ex0[e] = r() * 100;
        ey0[e] = r() * 80;
        ex1[e] = ex0[e]! + (r() - 0.5) * 4;
        ey1[e] = ey0[e]! + (r() - 0.5) * 4;
      }
      // four long walls, one of them slanted across the whole grid
      const walls = [[0, 0, 100, 0], [100, 0, 100, 80], [100, 80, 0, 80], [0, 80, 100, 3]] as const;
      walls.forEach((w, k) => {
        [ex0[edges + k], ey0[edges + k], ex1[edges + k], ey1[edges + k]] = w;
      });
      const grid = new EdgeGrid(ex0, ey0, ex1, ey1, cell);
      for (let q = 0; q < 3000; q++) {
        const ax = r() * 100;
        const ay = r() * 80;
        const kind = q % 3;
        const bx = kind === 1 ? ax : r() * 100;
        const by = kind === 2 ? ay : r() * 80;
        const expected = new Set<number>();
        for (let e = 0; e < n; e++) if (meet(ax, ay, bx, by, ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!)) expected.add(e);
        const offered = new Set<number>();
        grid.anyOnSegment(ax, ay, bx, by, (e) => {
          offered.add(e);
          return false;
        });
        for (const e of expected) expect(offered.has(e), `segment ${q} misses edge ${e}`).toBe(true);
        // and it stops at the first accepted edge, answering whether one was
        expect(grid.anyOnSegment(ax, ay, bx, by, (e) => expected.has(e))).toBe(expected.size > 0);
      }
    });
  }

  it('offers the edges that touch a segment only at its box (ends, corners, collinear overlaps)', () => {
    // a horizontal segment (2, 5)–(8, 5): edges meeting it at an end, at its ends' coordinates,
    // along it, and two just beyond its box that a box test may leave out
    const edges = [
      [8, 5, 9, 7], // from its end
      [1, 5, 2, 5], // collinear, sharing its start
      [5, 5, 5, 9], // standing on it
      [2, 3, 2, 5], // up to its start
      [7.999, 5.0000001, 8.5, 5.0000001], // just above, beyond the margin
      [8.0000002, 4, 8.0000002, 6], // just past its end, beyond the margin
    ];
    const f = (k: number) => Float64Array.from(edges, (e) => e[k]!);
    const grid = new EdgeGrid(f(0), f(1), f(2), f(3), 1);
    const offered = new Set<number>();
    grid.anyOnSegment(2, 5, 8, 5, (e) => (offered.add(e), false));
    for (const e of [0, 1, 2, 3]) expect(offered.has(e), `edge ${e}`).toBe(true);
    expect(offered.has(5)).toBe(false);
    // with one far edge (a coordinate beyond what the box test relies on): every edge of the cells
    // it visits is offered (the grid is so coarse that the first six share its one cell)
    const far = [...edges, [3e100, 0, 3e100, 1]];
    const g = (k: number) => Float64Array.from(far, (e) => e[k]!);
    const all = new Set<number>();
    new EdgeGrid(g(0), g(1), g(2), g(3), 1).anyOnSegment(2, 5, 8, 5, (e) => (all.add(e), false));
    expect([...all].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('visits the cells from the segment start: the first edge offered is the nearest blocker', () => {
    // a row of parallel walls across a corridor; a line along it meets the nearest first
    const count = 20;
    const ex0 = Float64Array.from({ length: count }, (_, i) => 2 + i * 3);
    const ex1 = Float64Array.from(ex0);
    const ey0 = new Float64Array(count).fill(-1);
    const ey1 = new Float64Array(count).fill(1);
    const grid = new EdgeGrid(ex0, ey0, ex1, ey1, 1);
    let first = -1;
    grid.anyOnSegment(0, 0, 70, 0.3, (e) => ((first = e), true));
    expect(first).toBe(0);
    grid.anyOnSegment(70, 0.3, 0, 0, (e) => ((first = e), true));
    expect(first).toBe(count - 1);
  });

  // An update re-numbers the earlier grid's kept edges and walks only the added ones: the cells
  // must be those of a build from nothing, edge for edge and in the same order.
  for (const [label, grow] of [['the same extent', 0], ['a wider extent (built from nothing)', 30]] as const) {
    it(`an update from an earlier grid holds what a fresh build holds (${label})`, () => {
      const r = random(99);
      const old = 2000;
      const ox0 = new Float64Array(old);
      const oy0 = new Float64Array(old);
      const ox1 = new Float64Array(old);
      const oy1 = new Float64Array(old);
      for (let e = 0; e < old; e++) {
        ox0[e] = e < 4 ? [0, 100, 100, 0][e]! : r() * 100;
        oy0[e] = e < 4 ? [0, 0, 80, 80][e]! : r() * 80;
        ox1[e] = e < 4 ? [100, 100, 0, 0][e]! : ox0[e]! + (r() - 0.5) * 3;
        oy1[e] = e < 4 ? [0, 80, 80, 0][e]! : oy0[e]! + (r() - 0.5) * 3;
      }
      const earlier = new EdgeGrid(ox0, oy0, ox1, oy1, 1);
      // drop every 7th edge, insert new ones after every 50th (some reaching past the old extent)
      const kept = new Int32Array(old).fill(-1);
      const x0: number[] = [];
      const y0: number[] = [];
      const x1: number[] = [];
      const y1: number[] = [];
      const added: number[] = [];
      for (let e = 0; e < old; e++) {
        if (e >= 4 && e % 7 === 0) continue;
        kept[e] = x0.length;
        x0.push(ox0[e]!);
        y0.push(oy0[e]!);
        x1.push(ox1[e]!);
        y1.push(oy1[e]!);
        if (e % 50 === 0) {
          added.push(x0.length);
          const x = r() * 100;
          const y = r() * 80;
          x0.push(x);
          y0.push(y);
          x1.push(x + (r() - 0.5) * 2 + (e === 1000 ? grow : 0));
          y1.push(y + (r() - 0.5) * 2);
        }
      }
      const f = (v: number[]) => Float64Array.from(v);
      const fresh = new EdgeGrid(f(x0), f(y0), f(x1), f(y1), 1) as unknown as { start: Int32Array; items: Int32Array };
      const updated = new EdgeGrid(f(x0), f(y0), f(x1), f(y1), 1, { grid: earlier, kept, added }) as unknown as { start: Int32Array; items: Int32Array };
      expect(updated.items.length).toBeGreaterThan(old);
      expect(Array.from(updated.start)).toEqual(Array.from(fresh.start));
      expect(Array.from(updated.items)).toEqual(Array.from(fresh.items));
    });
  }

  // An update takes the earlier box where the edges gone lie inside it, and widens it over the
  // added edges alone: the box, the exactness flag and the cells must be a fresh build's.
  it('an update\'s box and exactness flag are a fresh build\'s (edges gone on the box, inside it, not exact)', () => {
    const base = [
      [0, 0, 40, 0], [40, 0, 40, 30], [40, 30, 0, 30], [0, 30, 0, 0],
      [10, 10, 12, 10], [-0, 5, 3, 6], [20, 20, 21, 22], [5, 25, 6, 26],
    ];
    type Edges = number[][];
    const grid = (edges: Edges, update?: { grid: EdgeGrid; kept: Int32Array; added: number[] }) => {
      const f = (k: number) => Float64Array.from(edges, (e) => e[k]!);
      return new EdgeGrid(f(0), f(1), f(2), f(3), 1, update);
    };
    const cases: [string, (edges: Edges) => { next: Edges; kept: Int32Array; added: number[] }][] = [
      ['an edge inside gone, one added inside', (edges) => ({ next: [...edges.slice(0, 4), ...edges.slice(5), [30, 5, 31, 6]], kept: Int32Array.from(edges, (_, e) => (e < 4 ? e : e === 4 ? -1 : e - 1)), added: [edges.length - 1] })],
      ['an edge on the box gone (the box shrinks)', (edges) => ({ next: [...edges.slice(1), [2, 2, 3, 3]], kept: Int32Array.from(edges, (_, e) => e - 1), added: [edges.length - 1] })],
      ['an edge at -0 gone, one at 0 kept', (edges) => ({ next: [...edges.filter((e) => !Object.is(e[0], -0)), [0, 7, 1, 8]], kept: Int32Array.from(edges, (e, i) => (Object.is(e[0], -0) ? -1 : i < 5 ? i : i - 1)), added: [edges.length - 1] })],
      ['an added edge past the box', (edges) => ({ next: [...edges, [39, 29, 45, 33]], kept: Int32Array.from(edges, (_, e) => e), added: [edges.length] })],
      ['an added edge not exact (tiny)', (edges) => ({ next: [...edges, [1e-200, 4, 2, 4]], kept: Int32Array.from(edges, (_, e) => e), added: [edges.length] })],
    ];
    for (const start of [base, [...base, [7, 7, 1e-200, 8]]]) {
      for (const [label, edit] of cases) {
        const earlier = grid(start);
        const { next, kept, added } = edit(start);
        const updated = grid(next, { grid: earlier, kept, added }) as unknown as { bounds: Float64Array; boxTest: boolean; start: Int32Array; items: Int32Array };
        const fresh = grid(next) as unknown as typeof updated;
        const name = `${label}${start === base ? '' : ', the earlier edges not exact'}`;
        expect(Array.from(updated.bounds).map((v) => Object.is(v, -0) ? '-0' : v), name).toEqual(Array.from(fresh.bounds).map((v) => Object.is(v, -0) ? '-0' : v));
        expect(updated.boxTest, name).toBe(fresh.boxTest);
        expect(Array.from(updated.start), name).toEqual(Array.from(fresh.start));
        expect(Array.from(updated.items), name).toEqual(Array.from(fresh.items));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import {
  bandPolygon,
  coreMarks,
  doorSymbol,
  hatchLines,
  openingSpans,
  wallPieces,
  windowLines,
} from '../../../src/export/model/planSymbols.ts';

const close = (p: Point, q: Point): void => {
  expect(p[0]).toBeCloseTo(q[0], 9);
  expect(p[1]).toBeCloseTo(q[1], 9);
};

describe('door symbol', () => {
  it('a 1 m single door in a 0.1 m wall: hinge on the swing-side face, leaf open at 90°, quarter arc from the far jamb', () => {
    const s = doorSymbol({ at: [5, 0], width: 1, along: [1, 0], swing: [0, 1], thickness: 0.1, double: false });
    expect(s.leaves).toHaveLength(1);
    close(s.leaves[0]![0], [4.5, 0.05]);
    close(s.leaves[0]![1], [4.5, 1.05]);
    const arc = s.arcs[0]!;
    expect(arc).toHaveLength(13);
    close(arc[0]!, [5.5, 0.05]); // closed: the leaf's tip on the other jamb
    close(arc[12]!, [4.5, 1.05]); // open: the tip of the drawn leaf
    close(arc[6]!, [4.5 + Math.SQRT1_2, 0.05 + Math.SQRT1_2]); // 45°
    for (const p of arc) expect(Math.hypot(p[0] - 4.5, p[1] - 0.05)).toBeCloseTo(1, 9);
  });

  it('a 2 m double door: two 1 m leaves hinged at both jambs, the arcs meeting at the centre', () => {
    const s = doorSymbol({ at: [0, 0], width: 2, along: [1, 0], swing: [0, -1], thickness: 0.2, double: true });
    expect(s.leaves).toHaveLength(2);
    close(s.leaves[0]![0], [-1, -0.1]);
    close(s.leaves[0]![1], [-1, -1.1]);
    close(s.leaves[1]![0], [1, -0.1]);
    close(s.leaves[1]![1], [1, -1.1]);
    close(s.arcs[0]![0]!, [0, -0.1]);
    close(s.arcs[1]![0]!, [0, -0.1]);
    close(s.arcs[0]!.at(-1)!, [-1, -1.1]);
    close(s.arcs[1]!.at(-1)!, [1, -1.1]);
  });
});

describe('window lines', () => {
  it('three lines across the span: both faces of a 0.25 m wall and the centre', () => {
    const lines = windowLines([0, 0], [4, 0], 0.25);
    expect(lines).toHaveLength(3);
    const ys = lines.map(([p, q]) => {
      expect(p[0]).toBeCloseTo(0, 9);
      expect(q[0]).toBeCloseTo(4, 9);
      expect(p[1]).toBeCloseTo(q[1], 9);
      return p[1];
    });
    expect(ys[0]).toBeCloseTo(-0.125, 9);
    expect(ys[1]).toBeCloseTo(0, 9);
    expect(ys[2]).toBeCloseTo(0.125, 9);
  });

  it('follow a window running north', () => {
    const lines = windowLines([10, 2], [10, 5], 0.2);
    // the left of north is west: offsets −0.1, 0, +0.1 along (−1, 0)
    close(lines[0]![0], [10.1, 2]);
    close(lines[2]![1], [9.9, 5]);
  });
});

describe('wall bands and openings', () => {
  it('cut a 10 m wall at a door, keeping the half-thickness run past each end', () => {
    const spans = openingSpans([0, 0], [10, 0], [{ at: [4.5, 0], width: 1 }]);
    expect(spans).toEqual([{ from: 4, to: 5 }]);
    const pieces = wallPieces([0, 0], [10, 0], 0.2, spans);
    expect(pieces).toHaveLength(2);
    close(pieces[0]!.a, [-0.1, 0]);
    close(pieces[0]!.b, [4, 0]);
    close(pieces[1]!.a, [5, 0]);
    close(pieces[1]!.b, [10.1, 0]);
  });

  it('merges overlapping openings and clips them to the wall', () => {
    const spans = openingSpans([0, 0], [10, 0], [
      { at: [5.2, 0], width: 1 },
      { at: [4.5, 0], width: 1 },
      { at: [9.8, 0], width: 1 },
    ]);
    expect(spans.map((s) => [s.from, s.to].map((v) => Math.round(v * 1e9) / 1e9))).toEqual([
      [4, 5.7],
      [9.3, 10],
    ]);
  });

  it('a band is the rectangle of its thickness about its axis', () => {
    const poly = bandPolygon({ a: [0, 0], b: [2, 0], thickness: 0.2 });
    [[0, -0.1], [2, -0.1], [2, 0.1], [0, 0.1]].forEach((p, i) => close(poly[i]!, p as Point));
  });
});

describe('hatch lines', () => {
  it('45° lines every 0.5 m along a 2 m × 0.2 m band, clipped at both ends', () => {
    const lines = hatchLines({ a: [0, 0], b: [2, 0], thickness: 0.2 }, 0.5);
    const expected: [Point, Point][] = [
      [[0, 0], [0.1, 0.1]],
      [[0.4, -0.1], [0.6, 0.1]],
      [[0.9, -0.1], [1.1, 0.1]],
      [[1.4, -0.1], [1.6, 0.1]],
      [[1.9, -0.1], [2, 0]],
    ];
    expect(lines).toHaveLength(expected.length);
    lines.forEach((l, i) => {
      close(l[0], expected[i]![0]);
      close(l[1], expected[i]![1]);
    });
  });

  it('never leaves a slanting band', () => {
    const band = { a: [1, 1] as Point, b: [4, 5] as Point, thickness: 0.3 };
    const poly = bandPolygon(band);
    const lines = hatchLines(band, 0.17);
    expect(lines.length).toBeGreaterThan(20);
    for (const [p, q] of lines) {
      expect(pointInPolygon(p, poly, 1e-9)).toBe(true);
      expect(pointInPolygon(q, poly, 1e-9)).toBe(true);
    }
  });
});

describe('core marks', () => {
  it('a lift is crossed corner to corner', () => {
    const marks = coreMarks([[0, 0], [4, 0], [4, 2], [0, 2]], 'lift', 0.4);
    expect(marks).toHaveLength(2);
    close(marks[0]![0], [0, 0]);
    close(marks[0]![1], [4, 2]);
    close(marks[1]![0], [0, 2]);
    close(marks[1]![1], [4, 0]);
  });

  it('a stair is hatched at 45°, the lines √2/2 apart across being 1 m apart along x', () => {
    const marks = coreMarks([[0, 0], [2, 0], [2, 2], [0, 2]], 'stair', Math.SQRT1_2);
    const expected: [Point, Point][] = [
      [[0, 1], [1, 2]],
      [[0, 0], [2, 2]],
      [[1, 0], [2, 1]],
    ];
    expect(marks).toHaveLength(3);
    marks.forEach((m, i) => {
      close(m[0], expected[i]![0]);
      close(m[1], expected[i]![1]);
    });
  });
});

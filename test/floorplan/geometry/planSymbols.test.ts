// The plan symbols both the screen and the PDF / DXF draw, end points computed by hand: wall bands
// cut at their openings, hatching kept inside its band, door leaves and swings, window lines,
// lines clipped to a polygon and the marks in a core.
import { describe, expect, it } from 'vitest';
import {
  bandFaces,
  bandPolygon,
  clipLineToPolygon,
  coreMarks,
  doorSymbol,
  hatchLines,
  wallPieces,
  windowLines,
  type Segment,
} from '../../../src/floorplan/geometry/planSymbols.ts';
import { pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import { openingSpans } from '../../../src/floorplan/geometry/wallOpenings.ts';
import type { Point, Polygon } from '../../../src/floorplan/types.ts';

const close = (p: Point, q: Point): void => {
  expect(p[0]).toBeCloseTo(q[0], 9);
  expect(p[1]).toBeCloseTo(q[1], 9);
};
const closeSegment = (s: Segment, a: Point, b: Point): void => {
  close(s[0], a);
  close(s[1], b);
};

describe('wall bands and openings', () => {
  it('puts the corners of a diagonal band half the thickness either side of the centre line', () => {
    // a 3-4-5 wall: u = (0.6, 0.8), left normal n = (-0.8, 0.6); half thickness 0.1
    const corners = bandPolygon({ a: [0, 0], b: [3, 4], thickness: 0.2 });
    close(corners[0]!, [0.08, -0.06]);
    close(corners[1]!, [3.08, 3.94]);
    close(corners[2]!, [2.92, 4.06]);
    close(corners[3]!, [-0.08, 0.06]);
  });

  it('a band is the rectangle of its thickness about its axis, its faces the long sides', () => {
    const band = { a: [0, 0] as Point, b: [2, 0] as Point, thickness: 0.2 };
    const poly = bandPolygon(band);
    [[0, -0.1], [2, -0.1], [2, 0.1], [0, 0.1]].forEach((p, i) => close(poly[i]!, p as Point));
    const faces = bandFaces(band);
    expect(faces).toHaveLength(2);
    closeSegment(faces[0]!, [0, -0.1], [2, -0.1]);
    closeSegment(faces[1]!, [0, 0.1], [2, 0.1]);
    expect(bandPolygon({ a: [1, 1], b: [1, 1], thickness: 0.2 })).toEqual([]);
  });

  it('cut a 10 m wall at a door, keeping the half-thickness run past each end', () => {
    const spans = openingSpans([0, 0], [10, 0], [{ at: [4.5, 0], width: 1 }]);
    expect(spans).toEqual([{ from: 4, to: 5 }]);
    const pieces = wallPieces([0, 0], [10, 0], 0.2, [{ at: [4.5, 0], width: 1 }]);
    expect(pieces).toHaveLength(2);
    close(pieces[0]!.a, [-0.1, 0]);
    close(pieces[0]!.b, [4, 0]);
    close(pieces[1]!.a, [5, 0]);
    close(pieces[1]!.b, [10.1, 0]);
    expect(pieces.map((p) => p.thickness)).toEqual([0.2, 0.2]);
  });

  it('cuts an opening that runs past the wall’s end into the lengthened wall, as the 3D walls do', () => {
    // a 1 m door centred 0.3 m from a: its span −0.2…0.8 takes the 0.1 m run past a too
    const pieces = wallPieces([0, 0], [10, 0], 0.2, [{ at: [0.3, 0], width: 1 }]);
    expect(pieces).toHaveLength(1);
    close(pieces[0]!.a, [0.8, 0]);
    close(pieces[0]!.b, [10.1, 0]);
    expect(wallPieces([3, 3], [3, 3], 0.2, [])).toEqual([]);
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
});

describe('hatch lines', () => {
  it('keeps every fire hatch line inside its band, at 45°, spacing apart', () => {
    const lines = hatchLines({ a: [0, 0], b: [1, 0], thickness: 0.2 }, 0.15);
    // lines s − v = 0, 0.15, … 1.05 cross the band [0, 1] × [−0.1, 0.1]
    expect(lines).toHaveLength(8);
    closeSegment(lines[0]!, [0, 0], [0.1, 0.1]);
    closeSegment(lines[7]!, [0.95, -0.1], [1, -0.05]);
    for (const [p, q] of lines) {
      for (const [s, v] of [p, q]) {
        expect(s).toBeGreaterThanOrEqual(-1e-9);
        expect(s).toBeLessThanOrEqual(1 + 1e-9);
        expect(Math.abs(v)).toBeLessThanOrEqual(0.1 + 1e-9);
      }
      expect(q[0] - p[0]).toBeCloseTo(q[1] - p[1]);
    }
  });

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
    lines.forEach((l, i) => closeSegment(l, expected[i]![0], expected[i]![1]));
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

describe('door symbol', () => {
  const single = (side: 1 | -1, hingeAtStart: boolean) => ({ side, hingeAtStart, double: false });

  it('a 1 m door at 3 m hinged at its west jamb, swinging north: leaf open at 90°, quarter arc from the far jamb', () => {
    const s = doorSymbol([0, 0], [10, 0], [3, 0], 1, 0.1, single(1, true));
    expect(s.leaves).toHaveLength(1);
    // the leaf from the hinge on the north face
    closeSegment(s.leaves[0]!, [2.5, 0.05], [2.5, 1.05]);
    const arc = s.arcs[0]!;
    // 12 arc pieces from the closed position at the east jamb round to the open tip
    expect(arc).toHaveLength(13);
    close(arc[0]!, [3.5, 0.05]);
    close(arc[12]!, [2.5, 1.05]);
    close(arc[6]!, [2.5 + Math.SQRT1_2, 0.05 + Math.SQRT1_2]); // 45°
    for (const p of arc) expect(Math.hypot(p[0] - 2.5, p[1] - 0.05)).toBeCloseTo(1, 9);
  });

  it('hinges at the east jamb and swings south when asked', () => {
    const s = doorSymbol([0, 0], [10, 0], [3, 0], 1, 0.1, single(-1, false));
    closeSegment(s.leaves[0]!, [3.5, -0.05], [3.5, -1.05]);
    close(s.arcs[0]![0]!, [2.5, -0.05]);
  });

  it('follows a wall running north: the left side is west', () => {
    const s = doorSymbol([5, 0], [5, 10], [5, 4], 0.9, 0.1, single(1, true));
    closeSegment(s.leaves[0]!, [4.95, 3.55], [4.05, 3.55]);
    close(s.arcs[0]![0]!, [4.95, 4.45]);
  });

  it('sits on the wall’s axis even when the door’s point is a little off it', () => {
    const s = doorSymbol([0, 0], [10, 0], [3, 0.02], 1, 0.1, single(1, true));
    closeSegment(s.leaves[0]!, [2.5, 0.05], [2.5, 1.05]);
  });

  it('a 1.6 m double door: two half leaves hinged at both jambs, the arcs meeting in the middle', () => {
    const s = doorSymbol([0, 0], [10, 0], [5, 0], 1.6, 0.1, { side: 1, hingeAtStart: true, double: true });
    expect(s.leaves).toHaveLength(2);
    expect(s.arcs.map((a) => a.length)).toEqual([13, 13]);
    closeSegment(s.leaves[0]!, [4.2, 0.05], [4.2, 0.85]);
    close(s.arcs[0]![0]!, [5, 0.05]);
    closeSegment(s.leaves[1]!, [5.8, 0.05], [5.8, 0.85]);
    close(s.arcs[1]![0]!, [5, 0.05]);
    close(s.arcs[0]!.at(-1)!, [4.2, 0.85]);
    close(s.arcs[1]!.at(-1)!, [5.8, 0.85]);
  });

  it('a 2 m double door swinging south from a 0.2 m wall', () => {
    const s = doorSymbol([-5, 0], [5, 0], [0, 0], 2, 0.2, { side: -1, hingeAtStart: false, double: true });
    closeSegment(s.leaves[0]!, [-1, -0.1], [-1, -1.1]);
    closeSegment(s.leaves[1]!, [1, -0.1], [1, -1.1]);
    close(s.arcs[0]![0]!, [0, -0.1]);
    close(s.arcs[1]![0]!, [0, -0.1]);
  });
});

describe('window lines', () => {
  it('both wall faces, the glass line in the middle and the jambs', () => {
    const lines = windowLines([0, 0], [4, 0], 0.25)!;
    closeSegment(lines.faces[0], [0, -0.125], [4, -0.125]);
    closeSegment(lines.faces[1], [0, 0.125], [4, 0.125]);
    closeSegment(lines.jambs[0], [0, -0.125], [0, 0.125]);
    closeSegment(lines.jambs[1], [4, -0.125], [4, 0.125]);
    closeSegment(lines.glass, [0, 0], [4, 0]);
  });

  it('follow a window running north', () => {
    const lines = windowLines([10, 2], [10, 5], 0.2)!;
    // the left of north is west: the right face is east, the left face west
    closeSegment(lines.faces[0], [10.1, 2], [10.1, 5]);
    closeSegment(lines.faces[1], [9.9, 2], [9.9, 5]);
    expect(windowLines([1, 1], [1, 1], 0.2)).toBeNull();
  });
});

describe('clipping and core marks', () => {
  const L: Polygon = [
    [0, 0],
    [4, 0],
    [4, 2],
    [2, 2],
    [2, 4],
    [0, 4],
  ];

  it('clips a line to the inside of a concave polygon', () => {
    // y = 3 crosses the L only over x ∈ [0, 2]; y = 1 over [0, 4]
    const high = clipLineToPolygon([-10, 3], [1, 0], L);
    expect(high).toHaveLength(1);
    closeSegment(high[0]!, [0, 3], [2, 3]);
    const low = clipLineToPolygon([-10, 1], [1, 0], L);
    closeSegment(low[0]!, [0, 1], [4, 1]);
  });

  it('hatches a stair with lines that stay inside it', () => {
    const lines = coreMarks(L, 'stair', 0.4);
    expect(lines.length).toBeGreaterThan(10);
    for (const [a, b] of lines) {
      const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      expect(pointInPolygon(mid, L)).toBe(true);
      expect(b[1] - a[1]).toBeCloseTo(b[0] - a[0]);
    }
  });

  it('a stair is hatched at 45°, the lines √2/2 apart across being 1 m apart along x', () => {
    const marks = coreMarks([[0, 0], [2, 0], [2, 2], [0, 2]], 'stair', Math.SQRT1_2);
    const expected: [Point, Point][] = [
      [[0, 1], [1, 2]],
      [[0, 0], [2, 2]],
      [[1, 0], [2, 1]],
    ];
    expect(marks).toHaveLength(3);
    marks.forEach((m, i) => closeSegment(m, expected[i]![0], expected[i]![1]));
  });

  it('a lift is crossed corner to corner', () => {
    const marks = coreMarks([[0, 0], [4, 0], [4, 2], [0, 2]], 'lift');
    expect(marks).toHaveLength(2);
    closeSegment(marks[0]!, [0, 0], [4, 2]);
    closeSegment(marks[1]!, [0, 2], [4, 0]);
  });
});

// Every entity the reader draws, from DXF files built in code: coordinates by hand to 1e-9,
// what the conversion reads (arcs, texts, inserts, closed outlines) and what is counted as skipped.
import { describe, expect, it } from 'vitest';
import { readDxf, type DxfDrawing } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { arc, circle, custom, dimension, dxf, ellipse, fitSpline, hatch, insert, line, lwpolyline, mline, mtext, polyline, solid, spline, text, type Group } from './dxfText.ts';

function drawing(source: string): DxfDrawing {
  const result = readDxf(source);
  if (!result.ok) throw new Error(result.error.en);
  return result.drawing;
}

const only = (entities: Group[][], blocks: Parameters<typeof dxf>[0]['blocks'] = []) => drawing(dxf({ entities, blocks }));

/** The segments' points in order: [x1, y1, x2, y2] each. */
function segs(d: DxfDrawing): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < d.segments.length; i += 4) out.push(Array.from(d.segments.subarray(i, i + 4)));
  return out;
}

function expectClose(actual: readonly number[], expected: readonly number[], digits = 9): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, digits));
}

describe('polylines', () => {
  it('reads an old-style POLYLINE (VERTEX … SEQEND) with a bulge exactly like the same LWPOLYLINE', () => {
    const points: [number, number, number?][] = [[0, 0, 1], [2, 0], [2, 3]];
    const a = only([polyline('P', points, false)]);
    const b = only([lwpolyline('P', points, false)]);
    expect(a.segments).toEqual(b.segments);
    // the half circle (16 chords) then the straight edge up to (2, 3)
    expect(a.segments.length / 4).toBe(17);
    expect(segs(a).at(-1)).toEqual([2, 0, 2, 3]);
    expect(a.skipped).toEqual({});
  });

  it('offers a closed polyline as a polygon, its corners once each', () => {
    const d = only([lwpolyline('ROOM', [[0, 0], [4000, 0], [4000, 3000], [0, 3000]], true)]);
    expect(d.entities.polygons).toEqual([{ points: [0, 0, 4000, 0, 4000, 3000, 0, 3000], layer: 0, source: 'polyline' }]);
    const open = only([lwpolyline('ROOM', [[0, 0], [4000, 0], [4000, 3000]], false)]);
    expect(open.entities.polygons).toEqual([]);
  });

  it('mirrors an LWPOLYLINE whose extrusion points down (OCS x = −WCS x)', () => {
    const d = only([lwpolyline('P', [[10, 0], [20, 5]], false, { extrusionZ: -1 })]);
    expect(segs(d)).toEqual([[-10, 0, -20, 5]]);
  });
});

describe('arcs, circles and ellipses', () => {
  it('gives an ARC to the conversion with its centre, radius and angles in radians', () => {
    const d = only([arc('DOOR', [100, 200], 900, 0, 90)]);
    expect(d.entities.arcs).toHaveLength(1);
    const a = d.entities.arcs[0]!;
    expectClose([a.cx, a.cy, a.r, a.start, a.end], [100, 200, 900, 0, Math.PI / 2]);
    expect(a.layer).toBe(0);
    // 8 chords from (1000, 200) to (100, 1100)
    expect(d.segments.length / 4).toBe(8);
    expectClose(Array.from(d.segments.subarray(0, 2)), [1000, 200]);
    expectClose(Array.from(d.segments.subarray(-2)), [100, 1100]);
  });

  it('mirrors an ARC with a downward extrusion: it runs counter-clockwise from the mirrored end to the mirrored start', () => {
    // OCS centre (5, 0), 0° → 90°: WCS centre (−5, 0), from (−5, 2) at 90° to (−7, 0) at 180°
    const a = only([arc('A', [5, 0], 2, 0, 90, { extrusionZ: -1 })]).entities.arcs[0]!;
    expectClose([a.cx, a.cy, a.r, a.start, a.end], [-5, 0, 2, Math.PI / 2, Math.PI]);
  });

  it('offers a CIRCLE as a 32-corner polygon on the circle', () => {
    const d = only([circle('COLU', [1000, 1000], 250)]);
    const p = d.entities.polygons[0]!;
    expect(p.source).toBe('circle');
    expect(p.points.length).toBe(64);
    for (let i = 0; i < p.points.length; i += 2) expect(Math.hypot(p.points[i]! - 1000, p.points[i + 1]! - 1000)).toBeCloseTo(250, 9);
  });

  it('draws a full ELLIPSE and an elliptical arc from its start to its end parameter', () => {
    const full = only([ellipse('E', [0, 0], [10, 0], 0.5)]);
    expect(full.bounds!.minX).toBeCloseTo(-10, 9);
    expect(full.bounds!.maxX).toBeCloseTo(10, 9);
    expect(full.bounds!.minY).toBeCloseTo(-5, 9);
    expect(full.bounds!.maxY).toBeCloseTo(5, 9);
    // a quarter about (100, 0), major axis along y (length 4), ratio 0.5: minor axis is −x (length 2)
    const quarter = only([ellipse('E', [100, 0], [0, 4], 0.5, 0, Math.PI / 2)]);
    expectClose(Array.from(quarter.segments.subarray(0, 2)), [100, 4]);
    expectClose(Array.from(quarter.segments.subarray(-2)), [98, 0]);
    expect(quarter.skipped).toEqual({});
  });
});

describe('splines', () => {
  it('evaluates a quadratic B-spline: the middle of a Bézier arch (0,0) (1,2) (2,0) is (1, 1)', () => {
    const d = only([spline('S', 2, [0, 0, 0, 1, 1, 1], [[0, 0], [1, 2], [2, 0]])]);
    const pts = segs(d).map((s) => [s[0]!, s[1]!]);
    expectClose(pts[0]!, [0, 0]);
    expect(pts.some(([x, y]) => Math.abs(x! - 1) < 1e-12 && Math.abs(y! - 1) < 1e-12)).toBe(true);
    expectClose(Array.from(d.segments.subarray(-2)), [2, 0]);
    expect(d.bounds!.maxY).toBeCloseTo(1, 9);
  });

  it('evaluates a rational spline: a quarter circle with weights 1, √½, 1 stays on the circle', () => {
    const d = only([spline('S', 2, [0, 0, 0, 1, 1, 1], [[1, 0], [1, 1], [0, 1]], [1, Math.SQRT1_2, 1])]);
    for (let i = 0; i < d.segments.length; i += 2) expect(Math.hypot(d.segments[i]!, d.segments[i + 1]!)).toBeCloseTo(1, 9);
  });

  it('joins the fit points of a spline that has no control points', () => {
    expect(segs(only([fitSpline('S', [[0, 0], [5, 5], [10, 0]])]))).toEqual([[0, 0, 5, 5], [5, 5, 10, 0]]);
  });
});

describe('blocks', () => {
  const inner = { name: 'INNER', base: [0, 0] as [number, number], entities: [line('0', [0, 0], [1, 0])] };
  const outer = { name: 'OUTER', base: [0, 0] as [number, number], entities: [insert('0', 'INNER', [10, 0], { rotation: 90 })] };

  it('expands nested blocks: inner rotated 90° at (10, 0), outer scaled 2 at (100, 100)', () => {
    const d = only([insert('DOOR', 'OUTER', [100, 100], { scale: 2 })], [inner, outer]);
    // (0,0)–(1,0) → turned: (0,0)–(0,1) → + (10,0) → ×2: (20,0)–(20,2) → + (100,100)
    expectClose(segs(d)[0]!, [120, 100, 120, 102]);
    expect(d.layers.map((l) => l.name)).toEqual(['DOOR']);
    // only the top-level insert is listed, with its block's transformed extent
    expect(d.entities.inserts).toHaveLength(1);
    const i = d.entities.inserts[0]!;
    expect(i.block).toBe('OUTER');
    expectClose([i.x, i.y, i.rotation, i.scaleX, i.scaleY], [100, 100, 0, 2, 2]);
    expectClose([i.bounds!.minX, i.bounds!.minY, i.bounds!.maxX, i.bounds!.maxY], [120, 100, 120, 102]);
  });

  it('mirrors a block inserted with a negative x scale, and keeps its rotation', () => {
    const d = only([insert('M', 'INNER', [50, 50], { scaleX: -1, scaleY: 1, rotation: 90 })], [inner]);
    // (1, 0) → mirrored (−1, 0) → turned 90°: (0, −1) → + (50, 50)
    expectClose(segs(d)[0]!, [50, 50, 50, 49]);
    const i = d.entities.inserts[0]!;
    expectClose([i.rotation, i.scaleX, i.scaleY], [Math.PI / 2, -1, 1]);
  });

  it('repeats an arrayed insert (MINSERT): 3 columns 10 apart by 2 rows 5 apart, each listed', () => {
    const d = only([insert('DESK', 'INNER', [0, 0], { columns: 3, rows: 2, columnSpacing: 10, rowSpacing: 5 })], [inner]);
    expect(d.segments.length / 4).toBe(6);
    expect(d.entities.inserts.map((i) => [i.x, i.y])).toEqual([[0, 0], [10, 0], [20, 0], [0, 5], [10, 5], [20, 5]]);
  });

  it('counts an insert of a missing block, and draws a DIMENSION through its *D block on the dimension layer', () => {
    const dimBlock = { name: '*D1', base: [0, 0] as [number, number], entities: [line('0', [0, 0], [500, 0]), line('0', [0, -50], [0, 50])] };
    const d = only([insert('X', 'NOPE', [0, 0]), dimension('DIM', '*D1'), dimension('DIM', '*D9')], [dimBlock]);
    expect(segs(d)).toEqual([[0, 0, 500, 0], [0, -50, 0, 50]]);
    expect(d.layers).toEqual([{ name: 'DIM', segments: 2, off: false, frozen: false }]);
    expect(d.skipped).toEqual({ INSERT: 1, DIMENSION: 1 });
  });
});

describe('hatches, multilines and solids', () => {
  it('draws polyline and edge boundaries of a HATCH and offers each as a polygon (seed points ignored)', () => {
    const d = only([
      hatch('H', {
        polylines: [[[0, 0], [10, 0], [10, 10], [0, 10]]],
        edges: [[
          { line: [[20, 0], [30, 0]] },
          // counter-clockwise half circle about (30, 5) from 270° to 90°: out to x = 35
          { arc: { c: [30, 5], r: 5, start: 270, end: 90, ccw: true } },
          { line: [[30, 10], [20, 10]] },
          { line: [[20, 10], [20, 0]] },
        ]],
      }),
    ]);
    const [square, rounded] = d.entities.polygons;
    expect(square).toEqual({ points: [0, 0, 10, 0, 10, 10, 0, 10], layer: 0, source: 'hatch' });
    expect(rounded!.source).toBe('hatch');
    const xs = rounded!.points.filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs)).toBeCloseTo(35, 9);
    // 4 square edges + (1 line + 16 arc chords + 2 lines + the closing edge back to the start)
    expect(d.segments.length / 4).toBe(4 + 1 + 16 + 2);
    expect(d.bounds).toEqual({ minX: 0, minY: 0, maxX: expect.closeTo(35, 9), maxY: 10 });
  });

  it('reads a clockwise arc edge (angles stored as 360° − angle) through (√½, √½)', () => {
    // the quarter from (0, 1) clockwise to (1, 0) about the origin
    const d = only([hatch('H', { edges: [[{ line: [[0, 0], [0, 1]] }, { arc: { c: [0, 0], r: 1, start: 270, end: 360, ccw: false } }, { line: [[1, 0], [0, 0]] }]] })]);
    const pts = d.entities.polygons[0]!.points;
    let near45 = false;
    for (let i = 0; i < pts.length; i += 2) if (Math.abs(pts[i]! - Math.SQRT1_2) < 1e-9 && Math.abs(pts[i + 1]! - Math.SQRT1_2) < 1e-9) near45 = true;
    expect(near45).toBe(true);
    expect(d.bounds).toEqual({ minX: 0, minY: 0, maxX: expect.closeTo(1, 9), maxY: expect.closeTo(1, 9) });
  });

  // An L-shaped 240-wide multiline (scale 240, centred): (0,0) → (1000,0) → (1000,1000)
  const vertices = [
    { at: [0, 0] as [number, number], dir: [1, 0] as [number, number], miter: [0, 1] as [number, number] },
    { at: [1000, 0] as [number, number], dir: [0, 1] as [number, number], miter: [-Math.SQRT1_2, Math.SQRT1_2] as [number, number] },
    { at: [1000, 1000] as [number, number], dir: [0, 1] as [number, number], miter: [-1, 0] as [number, number] },
  ];
  const faces = [[0, 120, 880, 120, 880, 1000], [0, -120, 1120, -120, 1120, 1000]];
  const facesOf = (d: DxfDrawing) => {
    // 2 elements × 2 segments, in element order
    const s = segs(d);
    return [[...s[0]!, ...s[1]!.slice(2)], [...s[2]!, ...s[3]!.slice(2)]];
  };

  it('draws an MLINE from the element parameters it carries (distance along each miter)', () => {
    const d = drawing(dxf({ entities: [mline('WALL', { scale: 240, vertices, params: [[120, -120], [120 * Math.SQRT2, -120 * Math.SQRT2], [120, -120]] })] }));
    facesOf(d).forEach((f, i) => expectClose(f, faces[i]!));
  });

  it('draws an MLINE without parameters from its style offsets × scale, and from ±0.5 × scale when the style is missing', () => {
    const styled = drawing(dxf({ entities: [mline('WALL', { style: 'W240', handle: 'A1', scale: 240, vertices })], mlineStyles: [{ name: 'W240', handle: 'A1', offsets: [0.5, -0.5] }] }));
    facesOf(styled).forEach((f, i) => expectClose(f, faces[i]!));
    const missing = drawing(dxf({ entities: [mline('WALL', { style: 'GONE', scale: 240, vertices })] }));
    facesOf(missing).forEach((f, i) => expectClose(f, faces[i]!));
    // a top-justified style (0): the vertices are on the top face, the other face 240 below
    const top = drawing(dxf({ entities: [mline('WALL', { scale: 240, justification: 0, vertices: vertices.slice(0, 2) })] }));
    expectClose(segs(top)[0]!, [0, 0, 1000, 0]);
    expectClose(segs(top)[1]!, [0, -240, 1240, -240]);
  });

  it('draws a SOLID as its outline (corners 1, 2, 4, 3) and offers it as a polygon', () => {
    const d = only([solid('S', [[0, 0], [10, 0], [0, 5], [10, 5]])]);
    expect(segs(d)).toEqual([[0, 0, 10, 0], [10, 0, 10, 5], [10, 5, 0, 5], [0, 5, 0, 0]]);
    expect(d.entities.polygons).toEqual([{ points: [0, 0, 10, 0, 10, 5, 0, 5], layer: 0, source: 'solid' }]);
  });
});

describe('texts', () => {
  it('reads TEXT with %% codes and MTEXT without its formatting codes, with \\U+ escapes decoded', () => {
    const d = only([
      text('ROOM', '%%c100 会议室', [100, 200], { height: 350, rotation: 90 }),
      mtext('ROOM', '{\\fSimSun|b0|i0|c134;\\U+8BDD\\U+52A1\\U+533A}\\P\\H0.7x;A-3F', [5000, 6000], 500),
    ]);
    expect(d.entities.texts).toHaveLength(2);
    const [t, m] = d.entities.texts;
    expect(t!.text).toBe('⌀100 会议室');
    expectClose([t!.x, t!.y, t!.height, t!.rotation], [100, 200, 350, Math.PI / 2]);
    expect(m!.text).toBe('话务区\nA-3F');
    expectClose([m!.x, m!.y, m!.height], [5000, 6000, 500]);
    expect(d.layers.map((l) => l.name)).toEqual(['ROOM']);
    expect(d.skipped).toEqual({});
  });

  it('moves, turns and scales texts inside an inserted block', () => {
    const label = { name: 'TAG', base: [0, 0] as [number, number], entities: [text('0', '101', [10, 0], { height: 2 })] };
    const t = only([insert('TAGS', 'TAG', [100, 100], { scale: 3, rotation: 90 })], [label]).entities.texts[0]!;
    expectClose([t.x, t.y, t.height, t.rotation], [100, 130, 6, Math.PI / 2]);
  });
});

describe('what is not drawn is counted', () => {
  it('counts points, wipeouts, paper-space entities and a few 天正 objects by type, with a notice', () => {
    const paper: Group[] = [[0, 'LINE'], [8, 'TITLE'], [67, 1], [10, 0], [20, 0], [11, 1], [21, 1]];
    const result = readDxf(dxf({ entities: [line('A', [0, 0], [1, 0]), line('A', [1, 0], [1, 1]), line('A', [1, 1], [0, 1]), custom('POINT'), custom('WIPEOUT'), custom('WIPEOUT'), paper, custom('TCH_OPENING')] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.drawing.skipped).toEqual({ POINT: 1, WIPEOUT: 2, 'paper space': 1, TCH_OPENING: 1 });
    expect(result.drawing.notices.map((n) => n.code)).toEqual(['tangentSome']);
    expect(result.drawing.notices[0]!.zh).toContain('图形导出');
  });
});

import { describe, expect, it } from 'vitest';
import { initiallyHiddenLayers, readDxf, type DxfDrawing } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { arc, circle, dxf, insert, line, lwpolyline, text } from './dxfText.ts';

function drawing(source: string): DxfDrawing {
  const result = readDxf(source);
  if (!result.ok) throw new Error(result.error.en);
  return result.drawing;
}

/** Segments as [[x1, y1], [x2, y2]] rounded to 1e-6 (chords of arcs are computed with sin/cos). */
function pairs(d: DxfDrawing): number[][][] {
  const out: number[][][] = [];
  const r = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
  for (let i = 0; i < d.segments.length; i += 4) out.push([[r(d.segments[i]!), r(d.segments[i + 1]!)], [r(d.segments[i + 2]!), r(d.segments[i + 3]!)]]);
  return out;
}

describe('readDxf', () => {
  it('reads LINEs with their layers, bounds and the unit from $INSUNITS (4 = mm)', () => {
    const d = drawing(dxf({ insunits: 4, entities: [line('WALL', [0, 0], [6000, 0]), line('WALL', [6000, 0], [6000, 4000]), line('AXIS', [-500, 2000], [6500, 2000])] }));
    expect(pairs(d)).toEqual([[[0, 0], [6000, 0]], [[6000, 0], [6000, 4000]], [[-500, 2000], [6500, 2000]]]);
    expect(d.layers).toEqual([{ name: 'WALL', segments: 2, off: false, frozen: false }, { name: 'AXIS', segments: 1, off: false, frozen: false }]);
    expect(d.bounds).toEqual({ minX: -500, minY: 0, maxX: 6500, maxY: 4000 });
    expect(d.metresPerUnit).toBe(0.001);
  });

  it('has no unit when the header names none, and no bounds when only a text is there (read as a text, not skipped)', () => {
    const d = drawing(dxf({ entities: [text('TEXT')] }));
    expect(d.metresPerUnit).toBeNull();
    expect(d.bounds).toBeNull();
    expect(d.extent).toBeNull();
    expect(d.segments).toEqual(new Float64Array(0));
    expect(d.skipped).toEqual({});
    expect(d.entities.texts).toEqual([{ x: 0, y: 0, text: '会议室', height: 2.5, rotation: 0, layer: 0 }]);
  });

  it('closes a closed LWPOLYLINE and leaves an open one open', () => {
    const square: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 10]];
    expect(pairs(drawing(dxf({ entities: [lwpolyline('0', square, true)] })))).toHaveLength(4);
    expect(pairs(drawing(dxf({ entities: [lwpolyline('0', square, false)] })))).toEqual([[[0, 0], [10, 0]], [[10, 0], [10, 10]], [[10, 10], [0, 10]]]);
  });

  it('turns a bulge of 1 into a half circle bulging to the right of the direction of travel', () => {
    // (0,0) → (2,0) with bulge 1: a half circle of radius 1 about (1,0), counter-clockwise, so through (1,−1)
    const d = drawing(dxf({ entities: [lwpolyline('0', [[0, 0, 1], [2, 0]], false)] }));
    // π sweep in chords of at most π/16: 16 chords
    expect(d.segments.length / 4).toBe(16);
    expect(d.bounds!.minY).toBeCloseTo(-1, 9);
    expect(d.bounds!.maxY).toBeCloseTo(0, 9);
    const p = pairs(d);
    expect(p[0]![0]).toEqual([0, 0]);
    expect(p[15]![1]).toEqual([2, 0]);
    expect(p[7]![1]).toEqual([1, -1]);
  });

  it('approximates a CIRCLE by 32 chords on the circle and an ARC from its start to its end angle', () => {
    const c = drawing(dxf({ entities: [circle('0', [5, 5], 2)] }));
    expect(c.segments.length / 4).toBe(32);
    expect(c.bounds).toEqual({ minX: 3, minY: expect.closeTo(3, 9), maxX: 7, maxY: expect.closeTo(7, 9) });
    // a quarter arc from 90° to 180° (radius 3 about the origin): 8 chords from (0,3) to (−3,0)
    const a = pairs(drawing(dxf({ entities: [arc('0', [0, 0], 3, 90, 180)] })));
    expect(a).toHaveLength(8);
    expect(a[0]![0]).toEqual([0, 3]);
    expect(a[7]![1]).toEqual([-3, 0]);
    // an arc across 0°: 270° → 90° sweeps through 0°, i.e. through (3,0)
    const across = drawing(dxf({ entities: [arc('0', [0, 0], 3, 270, 90)] }));
    expect(across.bounds!.maxX).toBeCloseTo(3, 9);
    expect(across.bounds!.minX).toBeCloseTo(0, 9);
  });

  it('expands an INSERT: block base point to the insert point, scaled, then rotated', () => {
    const block = { name: 'DESK', base: [1, 1] as [number, number], entities: [line('0', [1, 1], [3, 1])] };
    const d = drawing(dxf({ blocks: [block], entities: [insert('FURN', 'DESK', [100, 50], { scale: 2, rotation: 90 })] }));
    // (1,1)→(3,1) is (0,0)→(2,0) from the base; ×2 → (4,0); turned 90° → (0,4); + (100,50)
    expect(pairs(d)).toEqual([[[100, 50], [100, 54]]]);
    // block entities on layer 0 take the insert's layer
    expect(d.layers).toEqual([{ name: 'FURN', segments: 1, off: false, frozen: false }]);
  });

  it('lists layers switched off or frozen in the file with their state, and leaves out layers the caller hides', () => {
    const source = dxf({
      layers: [{ name: 'WALL' }, { name: 'HIDDEN', off: true }, { name: 'ICE', frozen: true }, { name: 'DIM' }],
      entities: [line('WALL', [0, 0], [1, 0]), line('HIDDEN', [0, 0], [0, 1]), line('ICE', [0, 0], [1, 1]), line('DIM', [0, 0], [2, 2])],
    });
    const all = drawing(source);
    expect(all.layers).toEqual([
      { name: 'WALL', segments: 1, off: false, frozen: false },
      { name: 'HIDDEN', segments: 1, off: true, frozen: false },
      { name: 'ICE', segments: 1, off: false, frozen: true },
      { name: 'DIM', segments: 1, off: false, frozen: false },
    ]);
    expect(initiallyHiddenLayers(all)).toEqual(['HIDDEN', 'ICE']);
    const some = readDxf(source, { hideLayers: ['DIM'] });
    expect(some.ok && some.drawing.layers.map((l) => l.name)).toEqual(['WALL', 'HIDDEN', 'ICE']);
  });

  it('reports a file cut off inside a section instead of throwing', () => {
    const result = readDxf('0\nSECTION\n2\nENTITIES\n0\nLINE\n10\nnot-a-number');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('truncated');
  });
});

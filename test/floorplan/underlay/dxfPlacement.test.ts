// Placing a drawing: the extent without far-away strays (what placing and "frame the drawing"
// use), and the check for a sheet drawn at paper scale (a 1:100 plan in paper millimetres).
import { describe, expect, it } from 'vitest';
import { readDxf, type DxfDrawing } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { initialPlacement, namedScale, placedBox, sheetScaleCheck } from '../../../src/floorplan/underlay/placement.ts';
import { dxf, insert, line, lwpolyline, text, type Group } from './dxfText.ts';

function drawing(source: string): DxfDrawing {
  const result = readDxf(source);
  if (!result.ok) throw new Error(result.error.en);
  return result.drawing;
}

/** A 60 × 30 m floor in millimetres: outline, 11 cross walls every 5 m, a corridor wall. */
function floorEntities(): Group[][] {
  const out: Group[][] = [lwpolyline('WALL', [[0, 0], [60000, 0], [60000, 30000], [0, 30000]], true), line('WALL', [0, 15000], [60000, 15000])];
  for (let x = 5000; x < 60000; x += 5000) out.push(line('WALL', [x, 0], [x, 30000]));
  return out;
}

describe('extent without strays', () => {
  it('ignores a block left 100 km away: the extent is the building, the bounds include the stray', () => {
    const stray = { name: 'LOGO', base: [0, 0] as [number, number], entities: [line('0', [0, 0], [500, 0]), line('0', [500, 0], [500, 500]), line('0', [500, 500], [0, 0])] };
    const d = drawing(dxf({ insunits: 4, blocks: [stray], entities: [...floorEntities(), insert('0', 'LOGO', [100_000_000, 100_000_000])] }));
    expect(d.extent).toEqual({ minX: 0, minY: 0, maxX: 60000, maxY: 30000 });
    expect(d.bounds).toEqual({ minX: 0, minY: 0, maxX: 100_000_500, maxY: 100_000_500 });
    // without the stray the extent is the same
    expect(drawing(dxf({ insunits: 4, entities: floorEntities() })).extent).toEqual(d.extent);
  });

  it('ignores a stray line at the origin of a drawing in survey coordinates', () => {
    const shifted = floorEntities().map((e) => e.map(([c, v]): Group => [c, c === 10 || c === 11 ? Number(v) + 40_500_000 : c === 20 || c === 21 ? Number(v) + 3_300_000 : v]));
    const d = drawing(dxf({ insunits: 4, entities: [...shifted, line('0', [0, 0], [10, 0])] }));
    expect(d.extent).toEqual({ minX: 40_500_000, minY: 3_300_000, maxX: 40_560_000, maxY: 3_330_000 });
  });

  it('keeps two wings of one building 20 m apart together', () => {
    const wing = floorEntities();
    const other = wing.map((e) => e.map(([c, v]): Group => [c, c === 10 || c === 11 ? Number(v) + 80000 : v]));
    expect(drawing(dxf({ insunits: 4, entities: [...wing, ...other] })).extent).toEqual({ minX: 0, minY: 0, maxX: 140000, maxY: 30000 });
  });

  it('places the extent (not the bounds) on the floor, and frames the placed box', () => {
    const u = initialPlacement({ minX: 1000, minY: 2000, maxX: 61000, maxY: 32000 }, { minX: 5, minY: 5, maxX: 100, maxY: 50 }, 0.001);
    expect(u).toEqual({ scale: 0.001, rotation: 0, origin: [4, 3] });
    expect(placedBox(u, { minX: 1000, minY: 2000, maxX: 61000, maxY: 32000 })).toEqual({ minX: 5, minY: 5, maxX: 65, maxY: 35 });
    const turned = placedBox({ ...u, rotation: 90, origin: [0, 0] }, { minX: 0, minY: 0, maxX: 60000, maxY: 30000 });
    expect(turned.minX).toBeCloseTo(-30, 9);
    expect(turned.maxX).toBeCloseTo(0, 9);
    expect(turned.maxY).toBeCloseTo(60, 9);
  });
});

describe('sheet-scale drawings', () => {
  it('flags a 1:100 sheet in paper millimetres: a 60 m building drawn 600 units wide with INSUNITS = mm', () => {
    const sheet = floorEntities().map((e) => e.map(([c, v]): Group => [c, [10, 11, 20, 21].includes(c) ? Number(v) / 100 : v]));
    const d = drawing(dxf({ insunits: 4, entities: [...sheet, text('TITLE', '平面图 1:100', [300, -20])] }));
    expect(d.extent).toEqual({ minX: 0, minY: 0, maxX: 600, maxY: 300 });
    expect(sheetScaleCheck(d)).toEqual({ reason: 'size', scale: 100 });
  });

  it('flags a drawing with an A1 title frame around it, and reads no scale when no text names one', () => {
    const frame = lwpolyline('FRAME', [[0, 0], [841, 0], [841, 594], [0, 594]], true);
    const inside = floorEntities().map((e) => e.map(([c, v]): Group => [c, [10, 11].includes(c) ? Number(v) / 100 + 100 : [20, 21].includes(c) ? Number(v) / 100 + 100 : v]));
    // no unit named: millimetres are assumed for the sheet check
    expect(sheetScaleCheck(drawing(dxf({ entities: [frame, ...inside] })))).toEqual({ reason: 'frame', scale: null });
  });

  it('does not flag a floor drawn at real size, in millimetres or in metres', () => {
    expect(sheetScaleCheck(drawing(dxf({ insunits: 4, entities: floorEntities() })))).toBeNull();
    const metres = floorEntities().map((e) => e.map(([c, v]): Group => [c, [10, 11, 20, 21].includes(c) ? Number(v) / 1000 : v]));
    expect(sheetScaleCheck(drawing(dxf({ insunits: 6, entities: metres })))).toBeNull();
    // a real-size drawing with a rectangle of A4 size (a small shaft) is not a sheet: it does not surround the drawing
    const shaft = lwpolyline('SHAFT', [[1000, 1000], [1297, 1000], [1297, 1210], [1000, 1210]], true);
    expect(sheetScaleCheck(drawing(dxf({ insunits: 4, entities: [...floorEntities(), shaft] })))).toBeNull();
  });

  it('reads the scale most texts name', () => {
    expect(namedScale([{ text: '比例 1：50' }, { text: '1:50' }, { text: 'SCALE 1/100' }])).toBe(50);
    expect(namedScale([{ text: '11:100' }, { text: '1:7' }, { text: 'A-3F' }])).toBeNull();
  });
});

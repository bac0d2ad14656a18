// Converting drawings into floors: an office floor written as a DXF in code (officeFloorDxf.ts,
// expected values worked out there by hand) read by the real reader, and drawings given directly
// as DxfDrawing values (the reader's contract). Lengths to 1 mm.
import { describe, expect, it } from 'vitest';
import { polygonArea } from '../../../../src/floorplan/geometry/polygon.ts';
import type { Point, Polygon } from '../../../../src/floorplan/types.ts';
import { convertDrawing, guessLayerRoles, type ConversionResult, type LayerRole } from '../../../../src/floorplan/underlay/convert/index.ts';
import type { ConvertibleDrawing } from '../../../../src/floorplan/underlay/convert/planDrawing.ts';
import { readDxf, type DxfDrawing } from '../../../../src/floorplan/underlay/dxfSegments.ts';
import type { UnderlayPlacement } from '../../../../src/floorplan/underlay/transform.ts';
import { dxf, hatch, lwpolyline } from '../dxfText.ts';
import { CHINESE_LAYERS, officeFloorDxf } from './officeFloorDxf.ts';

const MM = 3;

function read(text: string): DxfDrawing {
  const r = readDxf(text);
  if (!r.ok) throw new Error(r.error.en);
  return r.drawing;
}

const IDENTITY_MM: UnderlayPlacement = { origin: [0, 0], scale: 0.001, rotation: 0 };

function convert(d: DxfDrawing, placement = IDENTITY_MM, roles?: LayerRole[]): ConversionResult {
  return convertDrawing(d, { roles: roles ?? guessLayerRoles(d.layers.map((l) => l.name)), placement, locale: 'zh-CN' });
}

/** a wall as [x1, y1, x2, y2] with its ends in a fixed order, rounded to 1 mm */
function key(a: Point, b: Point): string {
  const [p, q] = a[0] < b[0] - 1e-6 || (Math.abs(a[0] - b[0]) <= 1e-6 && a[1] < b[1]) ? [a, b] : [b, a];
  return [p[0], p[1], q[0], q[1]].map((v) => (Math.round(v * 1000) / 1000 + 0).toFixed(3)).join(',');
}

function boxOf(polygon: Polygon): [number, number, number, number] {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function expectPoint(actual: Point, expected: Point): void {
  expect(actual[0]).toBeCloseTo(expected[0], MM);
  expect(actual[1]).toBeCloseTo(expected[1], MM);
}

describe('an office floor drawn as face lines, doors, windows, columns and room names', () => {
  const result = convert(read(officeFloorDxf()));

  it('makes the 7 partitions: centre lines carried to the walls they meet at L corners and T junctions, 120 mm thick', () => {
    const interior = result.walls.filter((w) => !w.exterior);
    expect(interior.map((w) => key(w.a, w.b)).sort()).toEqual(
      [
        [0.24, 6, 19.76, 6], // corridor walls: T junctions with the external walls, trimmed to their inner face
        [0.24, 7.8, 19.76, 7.8],
        [8, 0.24, 8, 6], // south partitions: from the external wall's inner face to the corridor wall's centre line
        [14, 0.24, 14, 6],
        [6, 7.8, 6, 11.76],
        [12, 7.8, 12, 11.76],
        [16, 7.8, 16, 11.76],
      ].map(([x1, y1, x2, y2]) => key([x1!, y1!], [x2!, y2!])).sort(),
    );
    for (const w of interior) expect(w.thickness).toBeCloseTo(0.12, MM);
  });

  it('finds the 4 external walls meeting at their corners, 240 mm thick', () => {
    const exterior = result.walls.filter((w) => w.exterior);
    expect(exterior.map((w) => key(w.a, w.b)).sort()).toEqual(
      [[0.12, 0.12, 19.88, 0.12], [0.12, 11.88, 19.88, 11.88], [0.12, 0.12, 0.12, 11.88], [19.88, 0.12, 19.88, 11.88]].map(([x1, y1, x2, y2]) => key([x1!, y1!], [x2!, y2!])).sort(),
    );
    for (const w of exterior) expect(w.thickness).toBeCloseTo(0.24, MM);
  });

  it('takes the outline from the inner face of the external walls and the footprint from their outer face', () => {
    expect(result.outline).toHaveLength(4);
    boxOf(result.outline!).forEach((v, i) => expect(v).toBeCloseTo([0.24, 0.24, 19.76, 11.76][i]!, MM));
    expect(polygonArea(result.outline!)).toBeCloseTo(19.52 * 11.52, 3);
    expect(result.footprint).toHaveLength(4);
    boxOf(result.footprint!).forEach((v, i) => expect(v).toBeCloseTo([0, 0, 20, 12][i]!, MM));
  });

  it('places doors from blocks, loose swings, a double door and a sliding-door block on the walls they cut', () => {
    const doors = result.doors.map((d) => ({ at: d.at, width: d.width, wall: result.walls[d.wall]!, double: d.double ?? false, offset: d.offset }));
    const expected: { at: Point; width: number; double?: boolean; exterior?: boolean }[] = [
      { at: [3.45, 6], width: 0.9 },
      { at: [8, 2.5], width: 1 },
      { at: [9.75, 7.8], width: 1.5, double: true },
      { at: [14, 3.5], width: 1 },
      { at: [16, 9.45], width: 0.9 },
      // the entrance: in an external wall, so on the outline
      { at: [17.25, 0.24], width: 1.5, exterior: true },
    ];
    expect(doors).toHaveLength(expected.length);
    for (const e of expected) {
      const d = doors.find((x) => Math.hypot(x.at[0] - e.at[0], x.at[1] - e.at[1]) < 0.001);
      expect(d, `door at ${e.at}`).toBeDefined();
      expect(d!.width).toBeCloseTo(e.width, MM);
      expect(d!.double).toBe(e.double ?? false);
      expect(d!.wall.exterior).toBe(e.exterior ?? false);
    }
    // the door at (3.45, 6) is 3.21 m along the corridor wall from its west end
    const first = doors.find((x) => Math.abs(x.at[0] - 3.45) < 0.001)!;
    expect(first.offset).toBeCloseTo(3.21, MM);
    // the loose swing at x = 8 opens west, into the call room; the block at (15.94, 9) hinges at y = 9
    const swing = result.doors.find((x) => Math.abs(x.at[0] - 8) < 0.001)!;
    expectPoint(swing.hinge!, [7.94, 2]);
    expectPoint(swing.swing!, [6.94, 2]);
  });

  it('puts windows on the outline where window lines fill the external walls\' openings, and notes the one in a partition', () => {
    const windows = result.windows.map((w) => key(w.a, w.b)).sort();
    expect(windows).toEqual([key([2, 0.24], [4, 0.24]), key([9, 0.24], [12, 0.24]), key([2, 11.76], [5, 11.76])].sort());
    expect(result.notes.find((n) => n.code === 'windowsInInteriorWalls')).toMatchObject({ count: 1, at: [[expect.closeTo(6, 3), expect.closeTo(9.5, 3)]] });
  });

  it('finds 5 columns, the one drawn as an outline and a hatch once', () => {
    expect(result.columns).toHaveLength(5);
    const free = result.columns.find((c) => Math.abs(boxOf(c.polygon)[0] - 3.7) < 0.001)!;
    boxOf(free.polygon).forEach((v, i) => expect(v).toBeCloseTo([3.7, 3.7, 4.3, 4.3][i]!, MM));
  });

  it('makes a zone of each closed room, named from its text with a use from the name', () => {
    const zones = result.zones.map((z) => [z.name, z.use]).sort();
    expect(zones).toEqual([
      ['会议室', 'meeting'], ['培训室', 'training'], ['卫生间', 'toilet'], ['房间 1', 'work'], ['机房', 'server'], ['经理室', 'management'], ['话务区', 'work'], ['走道 1', 'corridor'],
    ].sort());
    // the meeting room lies between the partitions at x = 8 and 14, the external wall and the corridor wall
    const meeting = result.zones.find((z) => z.name === '会议室')!;
    boxOf(meeting.polygon).forEach((v, i) => expect(v).toBeCloseTo([8.06, 0.24, 13.94, 5.94][i]!, MM));
    expect(polygonArea(meeting.polygon)).toBeCloseTo(5.88 * 5.7, 3);
    const corridor = result.zones.find((z) => z.use === 'corridor')!;
    boxOf(corridor.polygon).forEach((v, i) => expect(v).toBeCloseTo([0.24, 6.06, 19.76, 7.74][i]!, MM));
  });

  it('counts what it made and did not understand', () => {
    expect(result.counts).toEqual({ walls: 11, interiorWalls: 7, exteriorWalls: 4, doors: 6, windows: 3, zones: 8, columns: 5, notUnderstood: 1 });
    expect(result.notes.map((n) => n.code).sort()).toEqual(['unnamedRooms', 'windowsInInteriorWalls']);
  });
});

describe('the same floor with Chinese layer names, placed turned on the plan', () => {
  it('guesses the layers from their Chinese names and converts alike', () => {
    const r = convert(read(officeFloorDxf(CHINESE_LAYERS)));
    expect(r.counts).toEqual({ walls: 11, interiorWalls: 7, exteriorWalls: 4, doors: 6, windows: 3, zones: 8, columns: 5, notUnderstood: 1 });
  });

  it('works in plan metres where the underlay lies: turned 90°, moved to (100, 50)', () => {
    const r = convert(read(officeFloorDxf()), { origin: [100, 50], scale: 0.001, rotation: 90 });
    expect(r.counts.interiorWalls).toBe(7);
    // drawing (x, y) mm → plan (100 − y, 50 + x) m
    boxOf(r.outline!).forEach((v, i) => expect(v).toBeCloseTo([100 - 11.76, 50.24, 100 - 0.24, 69.76][i]!, MM));
    const door = r.doors.find((d) => Math.abs(d.at[0] - 94) < 0.001 && Math.abs(d.at[1] - 53.45) < 0.001);
    expect(door?.width).toBeCloseTo(0.9, MM);
    expect(r.zones.find((z) => z.name === '会议室')).toBeDefined();
  });

  it.each([30, 123.4])('finds the same floor turned %s° (walls at any angle)', (rotation) => {
    const r = convert(read(officeFloorDxf()), { origin: [50, 20], scale: 0.001, rotation });
    expect(r.counts).toEqual({ walls: 11, interiorWalls: 7, exteriorWalls: 4, doors: 6, windows: 3, zones: 8, columns: 5, notUnderstood: 1 });
    expect(polygonArea(r.outline!)).toBeCloseTo(19.52 * 11.52, 3);
    expect(r.doors.map((d) => Number(d.width.toFixed(3))).sort()).toEqual([0.9, 0.9, 1, 1, 1.5, 1.5]);
  });

  it('follows the roles the planner set: no wall layer, no walls (and says so)', () => {
    const d = read(officeFloorDxf());
    const roles = guessLayerRoles(d.layers.map((l) => l.name)).map((r) => (r === 'walls' ? 'ignore' : r));
    const r = convert(d, IDENTITY_MM, roles);
    expect(r.walls).toEqual([]);
    expect(r.outline).toBeNull();
    expect(r.notes.map((n) => n.code)).toContain('noWallLayers');
  });
});

/** A drawing given directly, as the reader's contract describes it (metres: scale 1). */
function drawingOf(segments: number[][], layerOfSegment: number[], layers: string[], entities: Partial<ConvertibleDrawing['entities']> = {}): ConvertibleDrawing {
  return {
    segments: Float64Array.from(segments.flat()),
    segmentLayers: Uint32Array.from(layerOfSegment),
    layers: layers.map((name, i) => ({ name, segments: layerOfSegment.filter((l) => l === i).length, off: false, frozen: false })),
    entities: { arcs: [], texts: [], inserts: [], polygons: [], ...entities },
  };
}

const METRES: UnderlayPlacement = { origin: [0, 0], scale: 1, rotation: 0 };

describe('walls drawn as hatched rectangles (an exploded 天正 drawing)', () => {
  it('pairs the rectangles\' long sides, overlapping at the corners, into walls and two rooms', () => {
    // a 10 × 6 m box of 200 mm walls, each its own closed rectangle, hatched; a partition at x = 5 m
    const rects: [number, number][][] = [
      [[0, 0], [10000, 0], [10000, 200], [0, 200]],
      [[0, 5800], [10000, 5800], [10000, 6000], [0, 6000]],
      [[0, 0], [200, 0], [200, 6000], [0, 6000]],
      [[9800, 0], [10000, 0], [10000, 6000], [9800, 6000]],
      [[4900, 200], [5100, 200], [5100, 5800], [4900, 5800]],
    ];
    const d = read(dxf({ insunits: 4, entities: [...rects.map((r) => lwpolyline('WALL', r, true)), ...rects.map((r) => hatch('WALL', { polylines: [r] }))] }));
    const r = convert(d);
    expect(r.walls.filter((w) => w.exterior).map((w) => key(w.a, w.b)).sort()).toEqual([key([0.1, 0.1], [9.9, 0.1]), key([0.1, 5.9], [9.9, 5.9]), key([0.1, 0.1], [0.1, 5.9]), key([9.9, 0.1], [9.9, 5.9])].sort());
    expect(r.walls.filter((w) => !w.exterior).map((w) => key(w.a, w.b))).toEqual([key([5, 0.2], [5, 5.8])]);
    for (const w of r.walls) expect(w.thickness).toBeCloseTo(0.2, MM);
    boxOf(r.outline!).forEach((v, i) => expect(v).toBeCloseTo([0.2, 0.2, 9.8, 5.8][i]!, MM));
    expect(r.zones.map((z) => z.name).sort()).toEqual(['房间 1', '房间 2']);
    expect(r.counts.notUnderstood).toBe(0);
  });
});

describe('drawings given as values', () => {
  it('joins an L corner of a 0.2 m and a 0.3 m wall at their centre lines, and a T stem to the through wall', () => {
    // wall A along y: faces y = 0 and y = 0.2 from x = 0 to 10 (outer face to the corner, inner face stops at the other wall)
    // wall B along x = 0..0.3: faces x = 0 (y 0..8) and x = 0.3 (y 0.2..8)
    // stem C at x = 5: faces x = 4.95 and 5.05 from y = 0.2 up to 4
    const faces = [
      [0, 0, 10, 0], [0.3, 0.2, 10, 0.2],
      [0, 0, 0, 8], [0.3, 0.2, 0.3, 8],
      [4.95, 0.2, 4.95, 4], [5.05, 0.2, 5.05, 4],
    ];
    const r = convertDrawing(drawingOf(faces, faces.map(() => 0), ['WALL']), { roles: ['walls'], placement: METRES });
    const walls = r.walls.map((w) => ({ key: key(w.a, w.b), t: Number(w.thickness.toFixed(3)) }));
    expect(walls.sort((p, q) => p.key.localeCompare(q.key))).toEqual(
      [
        { key: key([0.15, 0.1], [10, 0.1]), t: 0.2 },
        { key: key([0.15, 0.1], [0.15, 8]), t: 0.3 },
        { key: key([5, 0.1], [5, 4]), t: 0.1 },
      ].sort((p, q) => p.key.localeCompare(q.key)),
    );
    expect(r.outline).toBeNull();
    expect(r.notes.map((n) => n.code)).toContain('envelopeOpen');
  });

  it('reads a door from its swing and leaf, and a door block with no swing from its extent along the wall', () => {
    // a 0.1 m wall along y = 0 from x = 0 to 10 with two openings: 2–2.9 (swing) and 6–7.2 (block)
    const faces = [[0, -0.05, 2, -0.05], [2.9, -0.05, 6, -0.05], [7.2, -0.05, 10, -0.05], [0, 0.05, 2, 0.05], [2.9, 0.05, 6, 0.05], [7.2, 0.05, 10, 0.05]];
    const leaf = [2, 0.05, 2, 0.95];
    const d = drawingOf([...faces, leaf], [0, 0, 0, 0, 0, 0, 1], ['WALL', 'DOOR'], {
      // hinge (2, 0.05), closed at (2.9, 0.05), open up to (2, 0.95)
      arcs: [{ cx: 2, cy: 0.05, r: 0.9, start: 0, end: Math.PI / 2, layer: 1 }],
      inserts: [{ block: 'M1221', layer: 1, x: 6, y: 0, rotation: 0, scaleX: 1, scaleY: 1, bounds: { minX: 6, minY: -0.03, maxX: 7.2, maxY: 0.03 } }],
    });
    const r = convertDrawing(d, { roles: ['walls', 'doors'], placement: METRES });
    expect(r.walls).toHaveLength(1);
    expect(key(r.walls[0]!.a, r.walls[0]!.b)).toBe(key([0, 0], [10, 0]));
    const doors = r.doors.map((x) => ({ at: x.at.map((v) => Number(v.toFixed(3))), width: Number(x.width.toFixed(3)), offset: Number(x.offset.toFixed(3)) })).sort((p, q) => p.at[0]! - q.at[0]!);
    expect(doors).toEqual([
      { at: [2.45, 0], width: 0.9, offset: 2.45 },
      { at: [6.6, 0], width: 1.2, offset: 6.6 },
    ]);
  });

  it('leaves a swing on a wall layer without a leaf alone (a curved wall, not a door)', () => {
    const faces = [[0, 0, 5, 0], [0, 0.1, 5, 0.1]];
    const d = drawingOf(faces, [0, 0], ['WALL'], { arcs: [{ cx: 8, cy: 0, r: 1, start: 0, end: Math.PI / 2, layer: 0 }] });
    const r = convertDrawing(d, { roles: ['walls'], placement: METRES });
    expect(r.doors).toEqual([]);
    expect(r.notes.find((n) => n.code === 'curvedWalls')?.count).toBe(1);
  });

  it('uses a closed polyline on an outline layer when the walls do not close', () => {
    const faces = [[0, 0, 5, 0], [0, 0.2, 5, 0.2]];
    const outline = [0, 0, 20, 0, 20, 10, 0, 10];
    const d = drawingOf(faces, [0, 0], ['WALL', 'OUTLINE'], { polygons: [{ points: outline, layer: 1, source: 'polyline' }] });
    const r = convertDrawing(d, { roles: ['walls', 'outline'], placement: METRES });
    expect(r.outline).toEqual([[0, 0], [20, 0], [20, 10], [0, 10]]);
    expect(r.notes.map((n) => n.code)).toContain('outlineFromLayer');
    // the wall along the outline's edge is external
    expect(r.walls[0]!.exterior).toBe(true);
  });
});

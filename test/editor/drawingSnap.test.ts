import { describe, expect, it } from 'vitest';
import { buildDrawingSnapIndex, drawingSnapHits, drawingSnapIndexFor, type DrawingSnapIndex } from '../../src/editor/drawingSnap.ts';
import { DEFAULT_SNAP, EMPTY_TARGETS, snapPoint, type SnapTargets } from '../../src/editor/snapping.ts';
import { underlaySnapSegments } from '../../src/editor/underlaySnapSegments.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { setUnderlay } from '../../src/floorplan/commands/setUnderlay.ts';
import type { Point, Underlay } from '../../src/floorplan/types.ts';
import { readDxfCached } from '../../src/floorplan/underlay/dxfCache.ts';
import { underlayToPlan } from '../../src/floorplan/underlay/transform.ts';
import { examplePlan } from '../fixtures/plans.ts';
import { TestEditor } from '../harness/TestEditor.ts';
import { drawingRefSync } from '../../src/floorplan/underlay/drawingContent.ts';

/** Millimetre drawing placed at (5, 7), unturned. */
const MM_AT_5_7 = { origin: [5, 7] as Point, scale: 0.001, rotation: 0 };

const index = (segments: number[], placement = MM_AT_5_7): DrawingSnapIndex => buildDrawingSnapIndex(new Float64Array(segments), placement);
const snapTo = (raw: Point, drawing: DrawingSnapIndex, from: Point | null = null, targets: SnapTargets = EMPTY_TARGETS, ortho = false) =>
  snapPoint(raw, targets, DEFAULT_SNAP, { from, ortho, drawing });

/** Distance from p to the infinite line through a and b. */
function offLine(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.hypot(dx, dy);
}

/** A DXF (ASCII, millimetres) of LINEs, each on its layer. */
function dxfOfLines(lines: { layer: string; a: Point; b: Point }[]): string {
  const groups: [number, string | number][] = [[0, 'SECTION'], [2, 'HEADER'], [9, '$INSUNITS'], [70, 4], [0, 'ENDSEC'], [0, 'SECTION'], [2, 'ENTITIES']];
  for (const { layer, a, b } of lines) groups.push([0, 'LINE'], [8, layer], [10, a[0]], [20, a[1]], [30, 0], [11, b[0]], [21, b[1]], [31, 0]);
  groups.push([0, 'ENDSEC'], [0, 'EOF']);
  return `${groups.map(([c, v]) => `${c}\n${v}`).join('\n')}\n`;
}

describe('snap kinds on the drawing, exactly on its geometry in plan coordinates', () => {
  it('endpoint: drawing (12345, 6789) at scale 0.001 from (5, 7) is origin + scale·p, not rounded to the grid', () => {
    const drawing = index([12345, 6789, 20000, 6789]);
    const result = snapTo([17.4, 13.75], drawing);
    expect(result).toEqual({ point: [5 + 0.001 * 12345, 7 + 0.001 * 6789], kind: 'endpoint', ortho: false, source: 'drawing' });
    expect(result.point[0]).toBeCloseTo(17.345, 12);
    expect(result.point[1]).toBeCloseTo(13.789, 12);
  });

  it('endpoint with the drawing turned 90°: the same formula as the placement', () => {
    const placement = { origin: [5, 7] as Point, scale: 0.001, rotation: 90 };
    const drawing = index([12345, 6789, 20000, 6789], placement);
    const r = (90 * Math.PI) / 180;
    const [x, y] = [12345 * 0.001, 6789 * 0.001];
    const expected: Point = [5 + (x * Math.cos(r) - y * Math.sin(r)), 7 + (x * Math.sin(r) + y * Math.cos(r))];
    const result = snapTo([-1.75, 19.3], drawing);
    expect(result.kind).toBe('endpoint');
    expect(result.point).toEqual(expected);
    expect(result.point[0]).toBeCloseTo(5 - 6.789, 12);
    expect(result.point[1]).toBeCloseTo(7 + 12.345, 12);
  });

  it('intersection of two drawing lines: axis-aligned lines cross exactly, oblique ones at their computed crossing', () => {
    // x = 4000 and y = 3000 (mm) → plan x = 9, y = 10; their ends are metres away
    const square = snapTo([9.05, 10.1], index([4000, 0, 4000, 10000, 0, 3000, 10000, 3000]));
    expect(square).toEqual({ point: [9, 10], kind: 'intersection', ortho: false, source: 'drawing' });
    // y = x and the line from (0, 6000) to (9000, 0) cross at (3600, 3600) → plan (8.6, 10.6)
    const a: Point = [5, 7];
    const b: Point = [15, 17];
    const c: Point = [5, 13];
    const d: Point = [14, 7];
    const oblique = snapTo([8.65, 10.55], index([0, 0, 10000, 10000, 0, 6000, 9000, 0]));
    expect(oblique.kind).toBe('intersection');
    expect(oblique.point[0]).toBeCloseTo(8.6, 12);
    expect(oblique.point[1]).toBeCloseTo(10.6, 12);
    expect(offLine(oblique.point, a, b)).toBeLessThan(1e-9);
    expect(offLine(oblique.point, c, d)).toBeLessThan(1e-9);
  });

  it('midpoint: half-way between the transformed ends', () => {
    // (1000, 1000)–(3000, 1000) → plan (6, 8)–(8, 8)
    expect(snapTo([7.05, 8.1], index([1000, 1000, 3000, 1000]))).toEqual({ point: [7, 8], kind: 'midpoint', ortho: false, source: 'drawing' });
  });

  it('perpendicular from the previous point beats the nearest point on the same line', () => {
    // y = 0 (mm) → plan y = 7 from x = 5 to 15; from (8.5, 10) the foot is (8.5, 7)
    const result = snapTo([8.6, 7.1], index([0, 0, 10000, 0]), [8.5, 10]);
    expect(result.kind).toBe('perpendicular');
    expect(result.source).toBe('drawing');
    expect(result.point[1]).toBe(7);
    expect(result.point[0]).toBeCloseTo(8.5, 12);
    expect(result.segment).toEqual([[5, 7], [15, 7]]);
  });

  it('nearest point on an oblique line of a turned drawing lies on that line within 1e-9 m', () => {
    const placement = { origin: [3.25, -1.5] as Point, scale: 0.001, rotation: 30 };
    const drawing = index([1000, 2000, 9000, 5000], placement);
    const a = underlayToPlan(placement, [1000, 2000]);
    const b = underlayToPlan(placement, [9000, 5000]);
    // a point 0.1 m off the line, a third of the way along
    const along: Point = [a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const raw: Point = [along[0] - (0.1 * (b[1] - a[1])) / len, along[1] + (0.1 * (b[0] - a[0])) / len];
    const result = snapTo(raw, drawing);
    expect(result.kind).toBe('nearest');
    expect(result.source).toBe('drawing');
    expect(offLine(result.point, a, b)).toBeLessThan(1e-9);
    expect(Math.hypot(result.point[0] - along[0], result.point[1] - along[1])).toBeLessThan(1e-9);
  });

  it('nothing of the drawing near: the grid, as before', () => {
    expect(snapTo([33.333, 27.777], index([0, 0, 1000, 0]))).toEqual({ point: [33.3, 27.8], kind: 'grid', ortho: false });
  });
});

describe('priorities: endpoint > intersection > midpoint > perpendicular > nearest > grid; plan and drawing by distance within a kind', () => {
  // the drawing's square corner at plan (9, 10): ends of x = 4000 and y = 3000 meet there
  const corner = index([4000, 3000, 4000, 10000, 0, 3000, 4000, 3000]);
  const planAt = (p: Point): SnapTargets => ({ ...EMPTY_TARGETS, endpoints: [p] });

  it('a drawing endpoint 0.1 m away beats a plan endpoint 0.2 m away, and loses to one 0.05 m away', () => {
    expect(snapTo([9.1, 10], corner, null, planAt([9.3, 10]))).toMatchObject({ point: [9, 10], kind: 'endpoint', source: 'drawing' });
    const plan = snapTo([9.1, 10], corner, null, planAt([9.15, 10]));
    expect(plan).toEqual({ point: [9.15, 10], kind: 'endpoint', ortho: false });
  });

  it('a plan endpoint within reach beats a nearer drawing crossing, midpoint or line', () => {
    // crossing at (9, 10) 0.02 m away, plan endpoint 0.25 m away
    const crossing = index([4000, 0, 4000, 10000, 0, 3000, 10000, 3000]);
    expect(snapTo([9.02, 10], crossing, null, planAt([9.27, 10]))).toEqual({ point: [9.27, 10], kind: 'endpoint', ortho: false });
  });

  it('a drawing endpoint beats a crossing of the drawing right beside it', () => {
    // x = 4000 crosses y = 3000 at (9, 10); a separate short line ends at (9.1, 10.1)
    const both = index([4000, 0, 4000, 10000, 0, 3000, 10000, 3000, 4100, 3100, 4100, 5000]);
    expect(snapTo([9.02, 10.02], both)).toMatchObject({ point: [9.1, 10.1], kind: 'endpoint', source: 'drawing' });
  });

  it('a drawing midpoint beats a plan wall line nearer the pointer', () => {
    const wall: SnapTargets = { ...EMPTY_TARGETS, lines: [{ a: [6, 8.05], b: [8, 8.05], kind: 'wall', ref: 'w' }] };
    expect(snapTo([7.1, 8.06], index([1000, 1000, 3000, 1000]), null, wall)).toMatchObject({ point: [7, 8], kind: 'midpoint', source: 'drawing' });
  });

  it('on a line: the nearer of a plan wall and a drawing line', () => {
    const wall: SnapTargets = { ...EMPTY_TARGETS, lines: [{ a: [5, 7.2], b: [15, 7.2], kind: 'wall', ref: 'w' }] };
    const drawing = index([0, 0, 10000, 0]);
    expect(snapTo([8.33, 7.05], drawing, null, wall)).toMatchObject({ point: [8.33, 7], kind: 'nearest', source: 'drawing' });
    expect(snapTo([8.33, 7.15], drawing, null, wall)).toMatchObject({ point: [8.3, 7.2], kind: 'wall' });
  });

  it('a drawing snap is not moved onto the axis of a segment drawn nearly level', () => {
    // a line 0.29° off level (50 mm over 10 m), drawn from its start: the point stays on the line
    const drawing = index([0, 0, 10000, 50]);
    const result = snapTo([11, 7.04], drawing, [5, 7]);
    expect(result.kind).toBe('nearest');
    expect(result.guide).toBeUndefined();
    expect(offLine(result.point, [5, 7], [15, 7.05])).toBeLessThan(1e-9);
    expect(result.point[1]).not.toBe(7);
  });

  it('the orthogonal lock lands where its axis crosses a drawing line', () => {
    // vertical drawing line x = 4000 → plan x = 9: from (5, 10) held level, lands on (9, 10)
    const vertical = snapTo([9.1, 10.2], index([4000, 0, 4000, 10000]), [5, 10], EMPTY_TARGETS, true);
    expect(vertical).toEqual({ point: [9, 10], kind: 'nearest', ortho: true, guide: { from: [5, 10], axis: 'x' }, source: 'drawing', segment: [[9, 7], [9, 17]] });
    // an oblique line: y is held exactly, the point is on the line
    const oblique = snapTo([8.7, 10.2], index([3000, 0, 5000, 10000]), [5, 10], EMPTY_TARGETS, true);
    expect(oblique).toMatchObject({ kind: 'nearest', source: 'drawing', guide: { from: [5, 10], axis: 'x' } });
    expect(oblique.point[0]).toBeCloseTo(8.6, 12);
    expect(oblique.point[1]).toBe(10);
    expect(offLine(oblique.point, [8, 7], [10, 17])).toBeLessThan(1e-9);
    // no drawing line near: the grid along the axis, as before
    expect(snapTo([7.04, 10.2], index([4000, 0, 4000, 10000]), [5, 10], EMPTY_TARGETS, true).point).toEqual([7, 10]);
  });

  it('snapping switched off ignores the drawing too', () => {
    expect(snapPoint([9.01, 10], EMPTY_TARGETS, { ...DEFAULT_SNAP, enabled: false }, { drawing: corner })).toEqual({ point: [9.01, 10], kind: 'none', ortho: false });
  });
});

describe('the drawing of a floor: hidden layers, the kept index, the tools', () => {
  const source = dxfOfLines([
    { layer: 'WALL', a: [1234.5, 2345.6], b: [9876.5, 2345.6] },
    { layer: 'WALL', a: [9876.5, 2345.6], b: [9876.5, 8765.4] },
    { layer: 'AXIS', a: [3000, 1000], b: [3000, 9000] },
  ]);
  const underlay: Underlay = { kind: 'dxf', drawing: drawingRefSync('dxf', source).ref, source, origin: [30, 25], scale: 0.001, rotation: 0, opacity: 0.5, locked: false, visible: true, hiddenLayers: ['AXIS'] };
  expect(readDxfCached(source).ok).toBe(true); // as the DXF worker's read would have left it

  it('no target on a hidden layer; the visible layers snap', () => {
    const drawing = drawingSnapIndexFor(underlay, underlaySnapSegments)!;
    expect(drawing.count).toBe(2);
    // the AXIS line's end at plan (33, 26) is not there
    expect(drawingSnapHits(drawing, [33, 26], 0.3).endpoint).toBeNull();
    expect(drawingSnapHits(drawing, [31.3, 27.4], 0.3).endpoint?.point).toEqual([30 + 0.001 * 1234.5, 25 + 0.001 * 2345.6]);
    const shown = drawingSnapIndexFor({ ...underlay, hiddenLayers: [] }, underlaySnapSegments)!;
    expect(drawingSnapHits(shown, [33, 26], 0.3).endpoint?.point).toEqual([33, 26]);
  });

  it('the index is kept by drawing, hidden layers and placement, not by object', () => {
    let reads = 0;
    const counting = (u: Underlay) => {
      reads++;
      return underlaySnapSegments(u);
    };
    const moved = { ...underlay, origin: [31, 25] as Point };
    const first = drawingSnapIndexFor(moved, counting);
    expect(reads).toBe(1);
    // a copy with equal values (an unrelated edit, undo, a clone) finds the same index
    expect(drawingSnapIndexFor(structuredClone(moved), counting)).toBe(first);
    expect(reads).toBe(1);
    // a new placement builds another
    expect(drawingSnapIndexFor({ ...moved, rotation: 5 }, counting)).not.toBe(first);
    expect(reads).toBe(2);
  });

  it('a drawing not read yet gives nothing to snap to (and is tried again later)', () => {
    const other = dxfOfLines([{ layer: '0', a: [0, 0], b: [1, 1] }]);
    const unread: Underlay = { ...underlay, drawing: drawingRefSync('dxf', other).ref, source: other };
    expect(drawingSnapIndexFor(unread, underlaySnapSegments)).toBeNull();
    readDxfCached(other);
    expect(drawingSnapIndexFor(unread, underlaySnapSegments)?.count).toBe(1);
  });

  function editorWithDrawing(): TestEditor {
    const plan = examplePlan();
    // columns came with format version 2; the sample may predate it
    for (const floor of plan.site.buildings.flatMap((b) => b.floors)) floor.columns ??= [];
    const editor = new TestEditor(plan, 'A-3F');
    expect(editor.store.getState().execute(setUnderlay, { floorId: 'A-3F', underlay }).ok).toBe(true);
    return editor;
  }
  const corner: Point = [30 + 0.001 * 9876.5, 25 + 0.001 * 2345.6];
  const start: Point = [30 + 0.001 * 1234.5, 25 + 0.001 * 2345.6];

  it('the wall tool draws from drawing end to drawing end, exactly; moving a desk keeps the index', () => {
    const editor = editorWithDrawing();
    const before = drawingSnapIndexFor(editor.floor.underlay!, underlaySnapSegments);
    expect(before).not.toBeNull();
    editor.setTool('wall').click([start[0] + 0.03, start[1] - 0.02]).pointerMove([corner[0] - 0.02, corner[1] + 0.03]);
    expect(editor.tools.state.getState().snap).toMatchObject({ point: corner, kind: 'endpoint', source: 'drawing' });
    editor.click([corner[0] - 0.02, corner[1] + 0.03]).keyDown('Enter');
    const wall = editor.floor.walls.at(-1)!;
    expect(wall.a).toEqual(start);
    expect(wall.b).toEqual(corner);
    // now the wall's own end lies there: a tie keeps the plan element
    expect(editor.tools.context().snap(corner)).toEqual({ point: corner, kind: 'endpoint', ortho: false });
    const desk = editor.floor.workstations[0]!;
    const floorBefore = editor.floor;
    expect(editor.store.getState().execute(moveElements, { floorId: 'A-3F', ids: [desk.id], dx: 1, dy: 0 }).ok).toBe(true);
    expect(editor.floor).not.toBe(floorBefore);
    expect(drawingSnapIndexFor(editor.floor.underlay!, () => {
      throw new Error('built again');
    })).toBe(before);
  });

  it('"Snap to drawing" off, or the underlay hidden: the grid instead', () => {
    const near: Point = [corner[0] - 0.02, corner[1] + 0.03];
    const editor = editorWithDrawing().setTool('measure');
    expect(editor.tools.context().snap(near)).toMatchObject({ point: corner, kind: 'endpoint', source: 'drawing' });
    editor.options((o) => (o.snap.drawing = false));
    expect(editor.tools.context().snap(near)).toEqual({ point: [39.9, 27.4], kind: 'grid', ortho: false });
    editor.options((o) => (o.snap.drawing = true));
    editor.store.getState().execute(setUnderlay, { floorId: 'A-3F', underlay: { ...underlay, visible: false } });
    expect(editor.tools.context().snap(near).source).toBeUndefined();
  });

  it('zone, outline and measure tools snap to the drawing through the same context', () => {
    const editor = editorWithDrawing().setTool('zone').options((o) => (o.zone.shape = 'polygon'));
    const third: Point = [corner[0], 25 + 0.001 * 8765.4];
    editor.click([start[0] + 0.02, start[1]]).click([corner[0], corner[1] - 0.03]).click([third[0] + 0.03, third[1]]).keyDown('Enter');
    expect(editor.floor.zones.at(-1)!.polygon).toEqual([start, corner, third]);
    // the zone's corners are plan endpoints now; the first line's midpoint is the drawing's alone
    editor.setTool('measure').click([(start[0] + corner[0]) / 2 + 0.03, corner[1] + 0.02]);
    expect(editor.tools.state.getState().snap).toEqual({ point: [(start[0] + corner[0]) / 2, corner[1]], kind: 'midpoint', ortho: false, source: 'drawing' });
    // a corner of the floor outline dragged onto the midpoint of the drawing's vertical line
    const at = editor.floor.outline.findIndex((p) => p[0] === 20.2 && p[1] === 20.2);
    expect(at).toBeGreaterThanOrEqual(0);
    const midRight: Point = [corner[0], (corner[1] + third[1]) / 2];
    editor.setTool('outline').drag([20.2, 20.2], [midRight[0] - 0.02, midRight[1] + 0.03]);
    expect(editor.tools.state.getState().snap).toMatchObject({ kind: 'midpoint', source: 'drawing' });
    expect(editor.floor.outline[at]).toEqual(midRight);
  });
});

describe('50,000 drawing segments (benchmark: printed, not asserted)', () => {
  it('builds the index once and snaps each pointer move well under a millisecond', () => {
    // a 250 m × 100 m sheet in millimetres: 25,000 short walls on a 1 m lattice and as many diagonals
    const segments = new Float64Array(50_000 * 4);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 50_000; i++) {
      const x = Math.floor(random() * 250) * 1000;
      const y = Math.floor(random() * 100) * 1000;
      const horizontal = i % 2 === 0;
      segments.set([x, y, x + (horizontal ? 1000 : 700), y + (horizontal ? 0 : 700)], i * 4);
    }
    const placement = { origin: [10, 20] as Point, scale: 0.001, rotation: 12 };
    const t0 = performance.now();
    const drawing = buildDrawingSnapIndex(segments, placement);
    const buildMs = performance.now() - t0;
    expect(drawing.count).toBe(50_000);

    const moves = 20_000;
    const pointers: Point[] = Array.from({ length: moves }, () => underlayToPlan(placement, [random() * 250_000, random() * 100_000]));
    const timings: string[] = [];
    // 8 px at 1 cm per pixel (zoomed in) and at 6 cm per pixel (a whole floor on screen)
    for (const tolerance of [0.08, 0.5]) {
      const settings = { ...DEFAULT_SNAP, tolerance };
      let snapped = 0;
      for (const p of pointers.slice(0, 1000)) snapPoint(p, EMPTY_TARGETS, settings, { from: [0, 0], drawing }); // warm up
      const t1 = performance.now();
      for (const p of pointers) if (snapPoint(p, EMPTY_TARGETS, settings, { from: [0, 0], drawing }).source === 'drawing') snapped++;
      const perMoveUs = ((performance.now() - t1) / moves) * 1000;
      timings.push(`tolerance ${tolerance} m: ${perMoveUs.toFixed(1)} µs per pointer move (${snapped} of ${moves} on the drawing)`);
      expect(snapped).toBeGreaterThan(0);
    }
    console.log(`drawing snap, 50,000 segments: index built in ${buildMs.toFixed(1)} ms; ${timings.join('; ')}`);
  });
});

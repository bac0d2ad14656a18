// Hidden DXF layers of an underlay: the setUnderlayLayers command (undoable, exact undo), the
// plan format round trip of `hiddenLayers`, and the segments left out of the drawing.
import { describe, expect, it } from 'vitest';
import { setUnderlay } from '../../../src/floorplan/commands/setUnderlay.ts';
import { setUnderlayLayers } from '../../../src/floorplan/commands/setUnderlayLayers.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../../src/floorplan/format/serializePlan.ts';
import type { PlanDocument, Underlay } from '../../../src/floorplan/types.ts';
import { readDxfCached, visibleDxfSegments } from '../../../src/floorplan/underlay/dxfCache.ts';
import { readDxf, segmentsWithoutLayers, type DxfDrawing } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { circle, dxf, insert, line, lwpolyline } from './dxfText.ts';
import { drawingRefSync } from '../../../src/floorplan/underlay/drawingContent.ts';

const F = 'A-3F';

/** WALL: a closed 4-edge polyline; AXIS: one line; COLUMN: a circle (32 chords); FURN: a block of 2 lines inserted twice. */
const SOURCE = dxf({
  insunits: 4,
  blocks: [{ name: 'DESK', base: [0, 0], entities: [line('0', [0, 0], [1000, 0]), line('0', [1000, 0], [1000, 500])] }],
  entities: [
    lwpolyline('WALL', [[0, 0], [20000, 0], [20000, 10000], [0, 10000]], true),
    line('AXIS', [0, 0], [20000, 10000]),
    circle('COLUMN', [10000, 5000], 2000),
    insert('FURN', 'DESK', [2000, 2000]),
    insert('FURN', 'DESK', [4000, 2000]),
  ],
});

const DXF_UNDERLAY: Underlay = { kind: 'dxf', drawing: drawingRefSync('dxf', SOURCE).ref, source: SOURCE, origin: [20.2, 20.2], scale: 0.001, rotation: 0, opacity: 0.6, locked: false, visible: true };

function withUnderlay(underlay: Underlay = DXF_UNDERLAY): PlanDocument {
  const plan = examplePlan();
  plan.site.buildings[0]!.floors[0]!.underlay = structuredClone(underlay);
  return plan;
}

function storeWith(plan: PlanDocument) {
  const store = createEditorStore('en');
  store.getState().load(plan);
  return store;
}

const underlayOf = (plan: PlanDocument): Underlay | undefined => plan.site.buildings[0]!.floors[0]!.underlay;

function drawing(source: string): DxfDrawing {
  const read = readDxf(source);
  if (!read.ok) throw new Error(read.error.en);
  return read.drawing;
}

/** Segments as rounded [x1, y1, x2, y2] strings, to compare as sets. */
function segmentSet(s: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 4) out.push([s[i], s[i + 1], s[i + 2], s[i + 3]].map((v) => Math.round(Number(v) * 1000) / 1000).join(','));
  return out.sort();
}

describe('setUnderlayLayers', () => {
  it('hides one layer, shows it again, and undo / redo restore the exact documents', () => {
    const original = withUnderlay();
    const store = storeWith(withUnderlay());
    expect(store.getState().execute(setUnderlayLayers, { floorId: F, layers: ['AXIS'], visible: false })).toEqual({ ok: true });
    const hidden = store.getState().plan;
    expect(underlayOf(hidden)?.hiddenLayers).toEqual(['AXIS']);
    expect(store.getState().history.undo).toHaveLength(1);

    store.getState().undo();
    expect(store.getState().plan).toEqual(original);
    expect(underlayOf(store.getState().plan)).not.toHaveProperty('hiddenLayers');
    store.getState().redo();
    expect(store.getState().plan).toEqual(hidden);

    // showing it again removes the field: the document is the original one
    store.getState().execute(setUnderlayLayers, { floorId: F, layers: ['AXIS'], visible: true });
    expect(store.getState().plan).toEqual(original);
    expect(store.getState().history.undo).toHaveLength(2);
  });

  it('hides all and shows all as one step each, keeping the order layers were hidden in', () => {
    const store = storeWith(withUnderlay());
    const names = drawing(SOURCE).layers.map((l) => l.name);
    expect(names).toEqual(['WALL', 'AXIS', 'COLUMN', 'FURN']);
    store.getState().execute(setUnderlayLayers, { floorId: F, layers: ['COLUMN'], visible: false });
    store.getState().execute(setUnderlayLayers, { floorId: F, layers: names, visible: false });
    expect(underlayOf(store.getState().plan)?.hiddenLayers).toEqual(['COLUMN', 'WALL', 'AXIS', 'FURN']);
    expect(store.getState().history.undo).toHaveLength(2);
    store.getState().execute(setUnderlayLayers, { floorId: F, layers: underlayOf(store.getState().plan)!.hiddenLayers!, visible: true });
    expect(underlayOf(store.getState().plan)).toEqual(DXF_UNDERLAY);
    store.getState().undo();
    expect(underlayOf(store.getState().plan)?.hiddenLayers).toEqual(['COLUMN', 'WALL', 'AXIS', 'FURN']);
  });

  it('records no step when nothing changes, and refuses without a DXF underlay', () => {
    const store = storeWith(withUnderlay());
    store.getState().execute(setUnderlayLayers, { floorId: F, layers: ['AXIS'], visible: true });
    store.getState().execute(setUnderlayLayers, { floorId: F, layers: [], visible: false });
    expect(store.getState().history.undo).toHaveLength(0);

    const image = storeWith(withUnderlay({ ...DXF_UNDERLAY, kind: 'image', drawing: drawingRefSync('image', 'data:image/png;base64,AA==').ref, source: 'data:image/png;base64,AA==' }));
    const refused = image.getState().execute(setUnderlayLayers, { floorId: F, layers: ['AXIS'], visible: false });
    expect(refused.ok).toBe(false);
    const none = storeWith(examplePlan());
    expect(none.getState().execute(setUnderlayLayers, { floorId: F, layers: ['AXIS'], visible: false }).ok).toBe(false);
    expect(none.getState().plan).toEqual(examplePlan());
  });

  it('keeps hidden layers through other underlay edits, and setUnderlay checks the field', () => {
    const store = storeWith(withUnderlay({ ...DXF_UNDERLAY, hiddenLayers: ['AXIS'] }));
    const u = underlayOf(store.getState().plan)!;
    store.getState().execute(setUnderlay, { floorId: F, underlay: { ...u, opacity: 0.3 } });
    expect(underlayOf(store.getState().plan)?.hiddenLayers).toEqual(['AXIS']);
    const bad = store.getState().execute(setUnderlay, { floorId: F, underlay: { ...u, hiddenLayers: [3 as unknown as string] } });
    expect(bad.ok).toBe(false);
  });
});

describe('hiddenLayers in the plan file', () => {
  it('round-trips through serialize and parse', () => {
    const plan = withUnderlay({ ...DXF_UNDERLAY, hiddenLayers: ['AXIS', '家具 FURN'] });
    const parsed = parsePlan(serializePlan(plan));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan).toEqual(plan);
    expect(underlayOf(parsed.plan)?.hiddenLayers).toEqual(['AXIS', '家具 FURN']);
  });

  it('is optional, and a non-string entry is a problem at its path', () => {
    expect(parsePlan(serializePlan(withUnderlay())).ok).toBe(true);
    const bad = withUnderlay() as unknown as { site: { buildings: { floors: { underlay: Record<string, unknown> }[] }[] } };
    bad.site.buildings[0]!.floors[0]!.underlay['hiddenLayers'] = ['AXIS', 7];
    const parsed = parsePlan(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.path).join(' ')).toContain('underlay.hiddenLayers[1]');
  });
});

describe('segments of hidden layers are left out', () => {
  it('records the layer of every segment', () => {
    const d = drawing(SOURCE);
    // 4 polyline edges, 1 line, 32 chords, 2 × 2 block lines (on layer 0 inside the block: they take FURN)
    expect(d.layers.map((l) => [l.name, l.segments])).toEqual([['WALL', 4], ['AXIS', 1], ['COLUMN', 32], ['FURN', 4]]);
    expect(Array.from(d.segmentLayers)).toEqual([0, 0, 0, 0, 1, ...Array<number>(32).fill(2), 3, 3, 3, 3]);
  });

  it('filters the kept drawing to exactly what reading with hideLayers gives', () => {
    const d = drawing(SOURCE);
    for (const hide of [['AXIS'], ['COLUMN', 'FURN'], ['WALL', 'AXIS', 'COLUMN', 'FURN'], [], ['NOT-A-LAYER']]) {
      const filtered = segmentsWithoutLayers(d, hide);
      const reread = readDxf(SOURCE, { hideLayers: hide });
      if (!reread.ok) throw new Error(reread.error.en);
      expect(segmentSet(filtered)).toEqual(segmentSet(reread.drawing.segments));
    }
    expect(segmentsWithoutLayers(d, ['COLUMN']).length / 4).toBe(9);
    expect(segmentsWithoutLayers(d, ['WALL', 'AXIS', 'COLUMN', 'FURN']).length).toBe(0);
  });

  it('caches the visible segments without parsing again', () => {
    const all = visibleDxfSegments(SOURCE);
    expect(all.length / 4).toBe(41);
    const noAxis = visibleDxfSegments(SOURCE, ['AXIS']);
    expect(noAxis.length / 4).toBe(40);
    expect(visibleDxfSegments(SOURCE, ['AXIS'])).toBe(noAxis);
    // the same parse is used (the cached read is one object)
    expect(readDxfCached(SOURCE)).toBe(readDxfCached(SOURCE));
    // the diagonal of AXIS is gone
    expect(segmentSet(noAxis)).not.toContain('0,0,20000,10000');
    expect(segmentSet(all)).toContain('0,0,20000,10000');
  });
});

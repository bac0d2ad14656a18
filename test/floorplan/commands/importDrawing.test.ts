// Adding a converted drawing to a floor: one undoable step that adds walls, doors, windows,
// columns and zones (and, when asked, the outline), replacing nothing the planner drew.
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { DEFAULT_IMPORT_WINDOW, importDrawing, planImport } from '../../../src/floorplan/commands/importDrawing.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../../src/floorplan/format/serializePlan.ts';
import type { Floor, PlanDocument } from '../../../src/floorplan/types.ts';
import { convertDrawing, guessLayerRoles, type ConversionResult } from '../../../src/floorplan/underlay/convert/index.ts';
import { levelOfFloorName, planFromDrawing } from '../../../src/floorplan/underlay/convert/planFromDrawing.ts';
import { readDxf } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { officeFloorDxf } from '../underlay/convert/officeFloorDxf.ts';

function converted(): ConversionResult {
  const r = readDxf(officeFloorDxf());
  if (!r.ok) throw new Error(r.error.en);
  // the drawing placed with its origin at (10, 10) on the plan
  return convertDrawing(r.drawing, { roles: guessLayerRoles(r.drawing.layers.map((l) => l.name)), placement: { origin: [10, 10], scale: 0.001, rotation: 0 } });
}

/** A plan with one 40 × 30 m floor that already has a wall the planner drew. */
function planWithFloor(): PlanDocument {
  const floor: Floor = {
    id: 'A-1F', name: '1F', level: 1, elevation: 0, height: 4.2, clearHeight: 2.8,
    outline: [[0, 0], [40, 0], [40, 30], [0, 30]],
    walls: [{ id: 'w1', a: [35, 2], b: [35, 8], kind: 'glass' }],
    doors: [], windows: [], exits: [], cores: [], columns: [], zones: [], workstations: [], luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [], smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [],
  };
  return {
    format: 'callfloor', version: 1, name: 'test', locale: 'zh-CN', profile: { base: 'gb', overrides: {} },
    site: { boundary: [[-10, -10], [60, -10], [60, 50], [-10, 50]], green: [], buildings: [{ id: 'A', name: 'A', footprint: [[0, 0], [40, 0], [40, 30], [0, 30]], height: 4.2, sprinklered: false, fireResistanceGrade: 2, floors: [floor] }] },
  };
}

const floorOf = (plan: PlanDocument): Floor => plan.site.buildings[0]!.floors[0]!;

describe('importDrawing', () => {
  const result = converted();

  it('adds the conversion to the floor as one step, replacing the outline, keeping the planner\'s wall', () => {
    const store = createEditorStore('en');
    const before = planWithFloor();
    store.getState().load(before);
    const outcome = store.getState().execute(importDrawing, { floorId: 'A-1F', result, replaceOutline: true, window: DEFAULT_IMPORT_WINDOW });
    expect(outcome).toEqual({ ok: true });
    const floor = floorOf(store.getState().plan);
    expect(floor.outline).toEqual([[10.24, 10.24], [29.76, 10.24], [29.76, 21.76], [10.24, 21.76]]);
    // the planner's glass wall first, then the 7 partitions (not the external walls: they are the outline)
    expect(floor.walls).toHaveLength(8);
    expect(floor.walls[0]).toEqual({ id: 'w1', a: [35, 2], b: [35, 8], kind: 'glass' });
    expect(floor.walls.slice(1).map((w) => w.id)).toEqual(['w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']);
    for (const w of floor.walls.slice(1)) expect(w).toMatchObject({ kind: 'solid', thickness: 0.12 });
    // 5 doors on partitions (each naming its wall), the entrance on the outline
    expect(floor.doors).toHaveLength(6);
    const entrance = floor.doors.find((d) => d.wall === undefined)!;
    expect(entrance.at).toEqual([27.25, 10.24]);
    expect(entrance.width).toBe(1.5);
    const onWall = floor.doors.find((d) => d.at[0] === 13.45)!;
    expect(onWall).toMatchObject({ at: [13.45, 16], width: 0.9 });
    expect(floor.walls.find((w) => w.id === onWall.wall)).toMatchObject({ a: [10.24, 16], b: [29.76, 16] });
    expect(floor.windows.map((w) => [w.a, w.b, w.sill, w.head])).toEqual(
      expect.arrayContaining([[[12, 10.24], [14, 10.24], 0.9, 2.6], [[19, 10.24], [22, 10.24], 0.9, 2.6], [[12, 21.76], [15, 21.76], 0.9, 2.6]].map((w) => expect.arrayContaining(w))),
    );
    expect(floor.windows).toHaveLength(3);
    expect(floor.columns).toHaveLength(5);
    expect(floor.columns.map((c) => c.id)).toEqual(['col1', 'col2', 'col3', 'col4', 'col5']);
    expect(floor.zones.map((z) => z.name).sort()).toEqual(['会议室', '培训室', '卫生间', '房间 1', '机房', '经理室', '话务区', '走道 1'].sort());
    // one undo step, labelled
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().history.undo[0]!.labelKey).toBe('commands.importDrawing');
    // the result is a valid plan
    const parsed = parsePlan(serializePlan(store.getState().plan));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message.en)).toEqual([]);

    store.getState().undo();
    expect(store.getState().plan).toEqual(before);
    store.getState().redo();
    expect(floorOf(store.getState().plan).walls).toHaveLength(8);
  });

  it('keeps the floor\'s outline when asked: the external walls become walls, the entrance a door on one, no windows', () => {
    const plan = planWithFloor();
    const planned = planImport(plan, floorOf(plan), result, { replaceOutline: false, window: DEFAULT_IMPORT_WINDOW });
    expect(planned.outline).toBeNull();
    expect(planned.walls).toHaveLength(11);
    expect(planned.walls.filter((w) => w.thickness === 0.24)).toHaveLength(4);
    const entrance = planned.doors.find((d) => d.width === 1.5 && d.at[1] < 10.2)!;
    expect(entrance.at).toEqual([27.25, 10.12]);
    expect(planned.walls.find((w) => w.id === entrance.wall)!.thickness).toBe(0.24);
    // windows sit on the outline only, and the floor's own outline is far from the drawing's
    expect(planned.windows).toEqual([]);
    expect(planned.left.windows).toBe(3);
  });

  it('refuses an unknown floor and an empty conversion, leaving the plan alone', () => {
    const store = createEditorStore('en');
    store.getState().load(planWithFloor());
    expect(store.getState().execute(importDrawing, { floorId: 'nope', result, replaceOutline: true, window: DEFAULT_IMPORT_WINDOW })).toMatchObject({ ok: false, refused: { reasonKey: 'commands.refused.noFloor' } });
    const empty: ConversionResult = { ...result, walls: [], doors: [], windows: [], zones: [], columns: [], outline: null };
    expect(store.getState().execute(importDrawing, { floorId: 'A-1F', result: empty, replaceOutline: true, window: DEFAULT_IMPORT_WINDOW })).toMatchObject({ ok: false, refused: { reasonKey: 'commands.refused.empty' } });
    expect(store.getState().history.undo).toHaveLength(0);
  });
});

describe('planFromDrawing', () => {
  it('makes a one-building, one-floor plan that parses, on level 3 for "3F"', () => {
    const plan = planFromDrawing(converted(), { name: 'office', floorName: '3F', locale: 'zh-CN' })!;
    const parsed = parsePlan(serializePlan(plan));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message.en)).toEqual([]);
    const floor = floorOf(plan);
    expect(floor).toMatchObject({ id: 'A-3F', name: '3F', level: 3, elevation: 8.4 });
    expect(plan.site.buildings[0]!.footprint).toEqual([[10, 10], [30, 10], [30, 22], [10, 22]].map(([x, y]) => [expect.closeTo(x!, 9), expect.closeTo(y!, 9)]));
    expect([floor.walls.length, floor.doors.length, floor.windows.length, floor.columns.length, floor.zones.length]).toEqual([7, 6, 3, 5, 8]);
  });

  it('reads levels from floor names', () => {
    expect([levelOfFloorName('3F'), levelOfFloorName('12层'), levelOfFloorName('7'), levelOfFloorName('B1'), levelOfFloorName('Ground')]).toEqual([3, 12, 7, 1, 1]);
  });
});

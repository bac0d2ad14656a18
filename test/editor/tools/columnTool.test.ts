// The column tool and columns as ordinary floor elements: place by click or drag, pick, move,
// rotate, delete, copy/paste, edit in the inspector's command, each one undoable step.
import { describe, expect, it } from 'vitest';
import { addColumn } from '../../../src/floorplan/commands/addColumn.ts';
import { editElements } from '../../../src/floorplan/commands/editElements.ts';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import { rotateElements } from '../../../src/floorplan/commands/rotateElements.ts';
import { floorPickIndex } from '../../../src/editor/tools/pickIndex.ts';
import { copySelection, deleteSelection, paste } from '../../../src/editor/tools/selectionActions.ts';
import { TOOL_SHORTCUTS, toolForKey } from '../../../src/editor/tools/shortcuts.ts';
import { TOOL_IDS } from '../../../src/editor/tools/registry.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

const F = 'A-3F';
const square = (x0: number, y0: number, x1: number, y1: number): Point[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

/** Corners rounded to 1e-9 m, to compare with hand-written numbers. */
const clean = (polygon: readonly Point[]) => polygon.map(([x, y]) => [Math.round(x * 1e9) / 1e9, Math.round(y * 1e9) / 1e9]);

describe('column tool', () => {
  it('has its own key (U), free of every other tool, and sits after the core tool', () => {
    expect(TOOL_SHORTCUTS.column).toBe('U');
    expect(toolForKey('u', false)).toBe('column');
    expect(Object.values(TOOL_SHORTCUTS).filter((k) => k === 'U')).toHaveLength(1);
    expect(TOOL_IDS.indexOf('column')).toBe(TOOL_IDS.indexOf('core') + 1);
  });

  it('a click places a column of the option size centred on the snapped point; one undo removes it', () => {
    const editor = TestEditor.withExample().setTool('column');
    editor.expectToBeIn('column.idle');
    // 35.04, 30.02 snaps to the 0.1 m grid: 35, 30
    editor.click([35.04, 30.02]);
    expect(editor.floor.columns).toHaveLength(1);
    const column = editor.floor.columns[0]!;
    expect(column.id).toBe('col1');
    expect(clean(column.polygon)).toEqual(square(34.7, 29.7, 35.3, 30.3));
    expect(editor.store.getState().history.undo).toHaveLength(1);
    editor.undo();
    expect(editor.floor.columns).toEqual([]);
    expect(editor.plan).toEqual(examplePlan());
    editor.redo();
    expect(editor.floor.columns).toEqual([column]);
  });

  it('uses the width and depth of the tool options', () => {
    const editor = TestEditor.withExample().setTool('column').options((o) => (o.column = { width: 1.2, depth: 0.4 }));
    editor.click([40, 40]);
    expect(clean(editor.floor.columns[0]!.polygon)).toEqual(square(39.4, 39.8, 40.6, 40.2));
  });

  it('a drag draws a rectangular column corner to corner', () => {
    const editor = TestEditor.withExample().setTool('column');
    editor.pointerDown([50, 30]).pointerMove([50.8, 31]);
    expect(editor.preview?.polygon).toEqual(square(50, 30, 50.8, 31));
    editor.pointerUp([50.8, 31]);
    expect(editor.floor.columns.map((c) => clean(c.polygon))).toEqual([square(50, 30, 50.8, 31)]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('a thin drag is a thin column (a blade column); a drag along a grid line places the click column', () => {
    const editor = TestEditor.withExample().setTool('column');
    editor.drag([50, 30], [51, 30.2]);
    expect(clean(editor.floor.columns[0]!.polygon)).toEqual(square(50, 30, 51, 30.2));
    editor.drag([55, 30], [56, 30]);
    expect(clean(editor.floor.columns[1]!.polygon)).toEqual(square(54.7, 29.7, 55.3, 30.3));
  });

  it('previews the column under the pointer before the click, and Esc clears it', () => {
    const editor = TestEditor.withExample().setTool('column');
    editor.pointerMove([30, 40]);
    expect(clean(editor.preview!.polygon!)).toEqual(square(29.7, 39.7, 30.3, 40.3));
    editor.keyDown('Escape');
    expect(editor.preview).toBeNull();
  });

  it('a column with a used id or a bad shape is refused and the plan is unchanged', () => {
    const editor = TestEditor.withExample();
    const used = editor.store.getState().execute(addColumn, { floorId: F, column: { id: 'z1', polygon: square(30, 30, 31, 31) } });
    expect(used.ok).toBe(false);
    const bow = editor.store.getState().execute(addColumn, { floorId: F, column: { id: 'k9', polygon: [[30, 30], [31, 31], [31, 30], [30, 31]] } });
    expect(!bow.ok && bow.refused.reasonKey).toBe('commands.refused.badPolygon');
    expect(editor.plan).toEqual(examplePlan());
  });
});

describe('a column on the floor', () => {
  function withColumn(): TestEditor {
    const editor = TestEditor.withExample();
    expect(editor.store.getState().execute(addColumn, { floorId: F, column: { id: 'k1', polygon: square(40, 40, 40.6, 40.6) } }).ok).toBe(true);
    return editor;
  }

  it('is picked by a click inside it, over the zone it stands in', () => {
    const editor = withColumn();
    const index = floorPickIndex(editor.floor);
    expect(index.at([40.3, 40.3])).toBe('k1');
    expect(index.at([40.9, 40.3])).not.toBe('k1');
    expect(index.within([39, 39], [41, 41])).toContain('k1');
    editor.setTool('select').click([40.3, 40.3]);
    expect(editor.selection).toEqual(['k1']);
  });

  it('a desk over a column is picked before the column', () => {
    const editor = withColumn();
    editor.store.getState().execute(editElements, { floorId: F, ids: ['s1'], props: { at: [40.3, 40.3] } });
    expect(floorPickIndex(editor.floor).at([40.3, 40.3])).toBe('s1');
  });

  it('moves, rotates and is reshaped by the inspector through the generic commands, each undoable', () => {
    const editor = withColumn();
    const s = editor.store.getState();
    expect(s.execute(moveElements, { floorId: F, ids: ['k1'], dx: 2, dy: -1 }).ok).toBe(true);
    expect(clean(editor.floor.columns[0]!.polygon)).toEqual(square(42, 39, 42.6, 39.6));
    // a quarter turn about the column's centre (42.3, 39.3) maps the square onto itself, corners shifted
    expect(s.execute(rotateElements, { floorId: F, ids: ['k1'], center: [42.3, 39.3], degrees: 90 }).ok).toBe(true);
    expect(clean(editor.floor.columns[0]!.polygon)).toEqual([[42.6, 39], [42.6, 39.6], [42, 39.6], [42, 39]]);
    expect(s.execute(editElements, { floorId: F, ids: ['k1'], props: { polygon: square(10, 10, 11, 11) } }).ok).toBe(true);
    expect(editor.floor.columns[0]!.polygon).toEqual(square(10, 10, 11, 11));
    const refused = s.execute(editElements, { floorId: F, ids: ['k1'], props: { polygon: [[0, 0], [1, 1]] } });
    expect(!refused.ok && refused.refused.reasonKey).toBe('commands.refused.badPolygon');
    editor.undo().undo().undo();
    expect(editor.floor.columns[0]!.polygon).toEqual(square(40, 40, 40.6, 40.6));
  });

  it('is deleted with the selection, and comes back on undo', () => {
    const editor = withColumn().select(['k1']);
    expect(deleteSelection(editor.store, null)).toEqual({ ok: true });
    expect(editor.floor.columns).toEqual([]);
    editor.undo();
    expect(editor.floor.columns.map((c) => c.id)).toEqual(['k1']);
  });

  it('copies and pastes as a new column one paste offset away, with a fresh id', () => {
    const editor = withColumn().select(['k1']);
    const clipboard = copySelection(editor.store)!;
    expect(paste(editor.store, clipboard).ok).toBe(true);
    expect(editor.floor.columns.map((c) => c.id)).toEqual(['k1', 'col1']);
    expect(clean(editor.floor.columns[1]!.polygon)).toEqual(square(41, 39, 41.6, 39.6));
    expect(editor.selection).toEqual(['col1']);
  });
});

// The select tool's drag on a floor: the offset is shown (drag state + ghost), the plan changes
// once on release, Esc drops it, and an offset that would take a desk off the floor is not taken.
import { describe, expect, it } from 'vitest';
import { DragMove } from '../../../src/editor/tools/dragMove.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

const dragOf = (editor: TestEditor) => editor.tools.state.getState().drag;

describe('dragging a floor selection', () => {
  it('shows the grid-snapped offset without touching the plan, then moves once on release', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown([30, 30]).pointerMove([32.04, 30.97]).expectToBeIn('select.dragging');
    // (2.04, 0.97) snapped to the 0.1 m grid
    expect(dragOf(editor)).toMatchObject({ floorId: 'A-3F', ids: ['s1'], dx: 2, dy: 1 });
    expect(editor.plan).toEqual(examplePlan());
    const ids = dragOf(editor)!.ids;
    editor.pointerMove([33.01, 30]);
    // the same drag keeps its ids array, so the view keeps its prepared instances
    expect(dragOf(editor)!.ids).toBe(ids);
    expect(dragOf(editor)).toMatchObject({ dx: 3, dy: 0 });
    editor.pointerUp([33.01, 30]);
    expect(dragOf(editor)).toBeNull();
    expect(editor.floor.workstations[0]!.at).toEqual([33, 30]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('draws the non-desk elements of the selection as a ghost at the offset', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1', 'x1']);
    editor.pointerDown([30, 30]).pointerMove([31, 30]);
    // the extinguisher at (40, 35) becomes a cross of ±0.3 m about (41, 35); the desk is not in the ghost
    const segments = editor.preview?.segments ?? [];
    expect(segments).toHaveLength(2);
    expect(segments[0]![0][0]).toBeCloseTo(40.7, 9);
    expect(segments[0]![1][0]).toBeCloseTo(41.3, 9);
    expect(segments[1]![0]).toEqual([41, 34.7]);
    editor.pointerUp([31, 30]);
    expect(editor.preview).toBeNull();
    expect(editor.floor.extinguishers[0]!.at).toEqual([41, 35]);
  });

  it('Esc drops the drag: no offset shown, plan and history untouched', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown([30, 30]).pointerMove([35, 35]);
    expect(dragOf(editor)).not.toBeNull();
    editor.keyDown('Escape');
    expect(dragOf(editor)).toBeNull();
    editor.pointerUp([35, 35]);
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });

  it('a release without any accepted offset writes nothing', () => {
    const editor = TestEditor.withExample().setTool('select');
    // the first offset already takes the desk off the floor (outline x from 20.2)
    editor.pointerDown([30, 30]).pointerMove([5, 30]).pointerUp([5, 30]);
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });
});

describe('DragMove', () => {
  it('accepts an offset only while every selected desk centre stays inside the outline', () => {
    const floor = examplePlan().site.buildings[0]!.floors.find((f) => f.id === 'A-3F')!;
    const move = new DragMove(floor, ['s1']);
    // s1 at (30, 30); outline x 20.2 … 79.8: 30 − 9.8 is on the edge (inside), −9.81 is out
    expect(move.accepts(-9.8, 0)).toBe(true);
    expect(move.accepts(-9.81, 0)).toBe(false);
    expect(move.accepts(49.8, 0)).toBe(true);
    expect(move.accepts(49.81, 0)).toBe(false);
  });
});

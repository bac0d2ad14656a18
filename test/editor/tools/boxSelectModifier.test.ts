// Box selection that starts on a desk: a plain drag from an element moves it (kept); Alt+drag
// draws a selection box from anywhere, Alt+Shift+drag adds the box to the selection.
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../../harness/TestEditor.ts';
import { examplePlan } from '../../fixtures/plans.ts';

// The example floor: desk s1 at (30, 30), 1.2 × 0.7 m (x 29.4–30.6, y 29.65–30.35); luminaire l1
// at (30, 31), air terminal a1 at (30, 32), extinguisher x1 at (40, 35).
const ON_DESK: [number, number] = [29.45, 29.7];
const FAR: [number, number] = [41, 36];

describe('select tool: Alt+drag selects by box from anywhere', () => {
  it('a plain drag that starts on the desk still moves it', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown(ON_DESK).expectToBeIn('select.pointing');
    editor.pointerMove([31.45, 29.7]).expectToBeIn('select.dragging');
    editor.pointerUp([31.45, 29.7]);
    expect(editor.floor.workstations[0]!.at).toEqual([32, 30]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('Alt+drag from the desk draws a box: the desk stays, what lies inside the box is selected', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown(ON_DESK, { alt: true }).expectToBeIn('select.brushing');
    editor.pointerMove(FAR, { alt: true }).pointerUp(FAR, { alt: true }).expectToBeIn('select.idle');
    // the desk's own bounds start at x 29.4, left of the box (29.45): it is not inside
    expect([...editor.selection].sort()).toEqual(['a1', 'l1', 'x1']);
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });

  it('Alt+drag replaces the selection; Alt+Shift+drag adds to it', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    editor.drag(ON_DESK, FAR, { alt: true, shift: true });
    expect([...editor.selection].sort()).toEqual(['a1', 'l1', 's1', 'x1']);
    editor.select(['s1']).drag([39, 34], [41, 36], { alt: true });
    expect(editor.selection).toEqual(['x1']);
    expect(editor.plan).toEqual(examplePlan());
  });
});

import { describe, expect, it } from 'vitest';
import { TestEditor } from '../../harness/TestEditor.ts';
import { examplePlan } from '../../fixtures/plans.ts';

describe('select tool', () => {
  it('click selects, Shift+click adds and removes, click on nothing clears', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.click([30, 30]);
    expect(editor.selection).toEqual(['s1']);
    editor.click([40, 35], { shift: true });
    expect(editor.selection).toEqual(['s1', 'x1']);
    editor.click([30, 30], { shift: true });
    expect(editor.selection).toEqual(['x1']);
    editor.click([45, 45]);
    expect(editor.selection).toEqual([]);
  });

  it('a zone is picked by its edge, so a box can start inside it', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.click([20.25, 30]);
    expect(editor.selection).toEqual(['z1']);
    editor.pointerDown([25, 25]).expectToBeIn('select.brushing');
    editor.pointerMove([35, 35]).pointerUp([35, 35]).expectToBeIn('select.idle');
    expect(editor.selection).toEqual(['l1', 'a1', 's1']);
  });

  it('drags the selection by a grid-snapped offset as one undo step', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown([30, 30]).expectToBeIn('select.pointing');
    editor.pointerMove([31, 30.5]).expectToBeIn('select.dragging');
    editor.pointerMove([32.04, 30.97]).pointerUp([32.04, 30.97]);
    expect(editor.floor.workstations[0]!.at).toEqual([32, 31]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('Esc during a drag puts everything back', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown([30, 30]).pointerMove([33, 33]).keyDown('Escape');
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
    editor.expectToBeIn('select.idle');
  });

  it('a drag that would take a desk off the floor stops at the last accepted place', () => {
    const editor = TestEditor.withExample().setTool('select');
    editor.pointerDown([30, 30]).pointerMove([35, 30]).pointerMove([5, 30]).pointerUp([5, 30]);
    expect(editor.floor.workstations[0]!.at).toEqual([35, 30]);
  });
});

describe('selection actions', () => {
  it('R turns the selection 90° about its centre; Shift+R picks the rotate tool', () => {
    const editor = TestEditor.withExample().select(['s1', 'x1']);
    editor.keyDown('r');
    // centre of the box of (30,30) and (40,35) is (35, 32.5)
    expect(editor.floor.workstations[0]).toMatchObject({ at: [37.5, 27.5], rotation: 90 });
    expect(editor.floor.extinguishers[0]!.at).toEqual([32.5, 37.5]);
    editor.keyDown('R', { shift: true }).expectToBeIn('rotate.idle');
  });

  it('the rotate tool drags in 15° steps', () => {
    const editor = TestEditor.withExample().select(['s1']).setTool('rotate');
    // centre (30, 30); from due east to 50° → 45°
    editor.pointerDown([35, 30]).expectToBeIn('rotate.rotating');
    const r = 5;
    editor.pointerMove([30 + r * Math.cos((50 * Math.PI) / 180), 30 + r * Math.sin((50 * Math.PI) / 180)]).pointerUp([0, 0]);
    expect(editor.floor.workstations[0]!.rotation).toBe(45);
  });

  it('arrow keys nudge by the grid step, Shift by ten steps', () => {
    const editor = TestEditor.withExample().select(['s1']);
    editor.keyDown('ArrowRight');
    expect(editor.floor.workstations[0]!.at).toEqual([30.1, 30]);
    editor.options((o) => (o.snap.grid = 0.5)).keyDown('ArrowUp', { shift: true });
    expect(editor.floor.workstations[0]!.at).toEqual([30.1, 35]);
  });

  it('copy, paste twice, duplicate, delete, undo', () => {
    const editor = TestEditor.withExample().select(['s1']);
    editor.keyDown('c', { ctrl: true }).keyDown('v', { ctrl: true });
    expect(editor.selection).toEqual(['s2']);
    editor.keyDown('v', { ctrl: true });
    expect(editor.floor.workstations.map((w) => w.at)).toEqual([[30, 30], [31, 29], [32, 28]]);
    editor.keyDown('d', { ctrl: true });
    expect(editor.floor.workstations.at(-1)).toMatchObject({ id: 's4', at: [33, 27] });
    editor.keyDown('Delete');
    expect(editor.floor.workstations).toHaveLength(3);
    editor.undo().undo().undo().undo();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('a copied wall brings its door along', () => {
    const editor = TestEditor.withExample().select(['w1', 'd1']);
    editor.keyDown('d', { ctrl: true });
    expect(editor.floor.walls[1]).toMatchObject({ id: 'w2', a: [61, 19.2], b: [61, 48.8] });
    expect(editor.floor.doors[1]).toMatchObject({ id: 'd2', at: [61, 34], wall: 'w2' });
  });

  it('tool letters switch tools; Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo', () => {
    const editor = TestEditor.withExample();
    editor.keyDown('w').expectToBeIn('wall.idle');
    editor.keyDown('a').expectToBeIn('workstationArray.idle');
    editor.keyDown('v').select(['s1']).keyDown('Delete');
    expect(editor.floor.workstations).toHaveLength(0);
    editor.keyDown('z', { ctrl: true });
    expect(editor.plan).toEqual(examplePlan());
    editor.keyDown('z', { ctrl: true, shift: true });
    expect(editor.floor.workstations).toHaveLength(0);
    editor.keyDown('z', { ctrl: true }).keyDown('y', { ctrl: true });
    expect(editor.floor.workstations).toHaveLength(0);
  });
});

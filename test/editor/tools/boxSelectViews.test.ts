// The select tool's pointer rules in each view, run headless: box selection on the plan and on
// the screen in 3D (with a simple camera), and which presses the tool leaves to the view.
import { describe, expect, it } from 'vitest';
import type { ScreenProjection } from '../../../src/editor/tools/screenBox.ts';
import { DESK_TOP } from '../../../src/editor/tools/selectTool.ts';
import type { ToolPointer } from '../../../src/editor/tools/types.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

// The example floor A-3F: desk s1 at (30, 30), 1.2 × 0.7 m (x 29.4–30.6, y 29.65–30.35); luminaire
// l1 at (30, 31), air terminal a1 at (30, 32), extinguisher x1 at (40, 35).

/**
 * A camera looking down at the floor from the south, 10 px per metre: plan (x, y) at height h is
 * seen at screen (10 x, 10 (100 − y) − 10 h), so what stands higher is seen higher up the screen.
 */
const project: ScreenProjection = (x, y, h, out) => {
  out[0] = 10 * x;
  out[1] = 10 * (100 - y) - 10 * h;
  return true;
};
/** Its ray: the plan point seen at screen (sx, sy) on the plane h metres above the floor. */
const seenAt = (sx: number, sy: number, h: number): Point => [sx / 10, 100 - sy / 10 - h];

/** A tool event from the 3D view at a screen point. */
function at3d(sx: number, sy: number, mods: Partial<ToolPointer> = {}): ToolPointer {
  return { point: seenAt(sx, sy, 0), view: '3d', screen: { x: sx, y: sy }, pointAt: (h) => seenAt(sx, sy, h), project, ...mods };
}

function in3d(): TestEditor {
  return TestEditor.withExample().setTool('select');
}

/** Press, move and release in 3D; returns whether the tool took the press. */
function drag3d(editor: TestEditor, from: [number, number], to: [number, number], mods: Partial<ToolPointer> = {}): boolean {
  const taken = editor.tools.pointerDown(at3d(...from, mods));
  if (!taken) return false;
  editor.tools.pointerMove(at3d(...to, mods));
  editor.tools.pointerUp(at3d(...to, mods));
  return true;
}

// Seen through that camera: s1's body (0.4 m up) at (300, 696), l1 at (300, 690), a1 at (300, 680),
// x1 at (400, 650). The screen point (305, 692.5) shows s1's top (0.75 m up at (30.5, 30)).
const DESK_TOP_ON_SCREEN: [number, number] = [305, 692.5];
const EMPTY_ON_SCREEN: [number, number] = [280, 685];

describe('3D view: a box drawn on the screen', () => {
  it('Ctrl+drag from empty space selects what the camera shows inside the box; the previous selection is replaced', () => {
    const editor = in3d().select(['x1']);
    expect(editor.tools.pointerDown(at3d(...EMPTY_ON_SCREEN, { ctrl: true }))).toBe(true);
    editor.expectToBeIn('select.brushing');
    editor.tools.pointerMove(at3d(320, 710, { ctrl: true }));
    expect(editor.preview?.screenBox).toEqual({ minX: 280, minY: 685, maxX: 320, maxY: 710 });
    // nothing changes until release
    expect(editor.selection).toEqual(['x1']);
    editor.tools.pointerUp(at3d(320, 710, { ctrl: true }));
    editor.expectToBeIn('select.idle');
    // y 685–710: s1 (696) and l1 (690) inside, a1 (680) above the box
    expect(editor.selection).toEqual(['l1', 's1']);
    expect(editor.preview).toBeNull();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('Shift adds the box to the selection', () => {
    const editor = in3d().select(['x1']);
    drag3d(editor, EMPTY_ON_SCREEN, [320, 710], { ctrl: true, shift: true });
    expect(editor.selection).toEqual(['x1', 'l1', 's1']);
  });

  it('Alt+drag starting on top of a desk draws a box (the desk neither picked nor moved)', () => {
    const editor = in3d();
    expect(drag3d(editor, DESK_TOP_ON_SCREEN, [250, 720], { alt: true })).toBe(true);
    // x 250–305, y 692.5–720: s1 (300, 696) inside, l1 (690) above
    expect(editor.selection).toEqual(['s1']);
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });

  it('a box smaller than 4 px is a click: it clears the selection, or with Shift keeps it', () => {
    const editor = in3d().select(['x1']);
    drag3d(editor, EMPTY_ON_SCREEN, [283, 688], { ctrl: true, shift: true });
    expect(editor.selection).toEqual(['x1']);
    drag3d(editor, EMPTY_ON_SCREEN, [283, 688], { ctrl: true });
    expect(editor.selection).toEqual([]);
    // 5 px one way is a box (an empty one here)
    editor.select(['x1']);
    drag3d(editor, EMPTY_ON_SCREEN, [285, 686], { ctrl: true, shift: true });
    expect(editor.selection).toEqual(['x1']);
  });

  it('Esc drops the box and keeps the selection', () => {
    const editor = in3d().select(['x1']);
    editor.tools.pointerDown(at3d(...EMPTY_ON_SCREEN, { ctrl: true }));
    editor.tools.pointerMove(at3d(320, 710, { ctrl: true }));
    editor.keyDown('Escape');
    editor.expectToBeIn('select.idle');
    expect(editor.preview).toBeNull();
    expect(editor.selection).toEqual(['x1']);
    // the release after Esc does nothing
    editor.tools.pointerUp(at3d(320, 710, { ctrl: true }));
    expect(editor.selection).toEqual(['x1']);
  });
});

describe('3D view: which presses the select tool takes', () => {
  it('a plain press on empty space is the view’s (it orbits): the tool stays idle, nothing changes', () => {
    const editor = in3d().select(['x1']);
    expect(editor.tools.pointerDown(at3d(...EMPTY_ON_SCREEN))).toBe(false);
    editor.expectToBeIn('select.idle');
    expect(editor.preview).toBeNull();
    expect(editor.selection).toEqual(['x1']);
  });

  it('a press on a desk is read on its top, so the desk seen under the pointer is picked and dragged', () => {
    const editor = in3d();
    // on the floor under that screen point there is nothing to pick
    expect(editor.tools.context().pick(seenAt(...DESK_TOP_ON_SCREEN, 0))).toBeNull();
    expect(editor.tools.context().pick(seenAt(...DESK_TOP_ON_SCREEN, DESK_TOP))).toBe('s1');
    // hovering shows what a press would pick
    editor.tools.pointerMove(at3d(...DESK_TOP_ON_SCREEN));
    expect(editor.store.getState().session.hover).toBe('s1');
    expect(editor.tools.pointerDown(at3d(...DESK_TOP_ON_SCREEN))).toBe(true);
    editor.expectToBeIn('select.pointing');
    expect(editor.selection).toEqual(['s1']);
    // 20 px right is 2 m on the desk-top plane
    editor.tools.pointerMove(at3d(325, 692.5));
    editor.expectToBeIn('select.dragging');
    editor.tools.pointerUp(at3d(325, 692.5));
    expect(editor.floor.workstations[0]!.at).toEqual([32, 30]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('Ctrl on an element picks it as usual (only empty space draws a box)', () => {
    const editor = in3d();
    expect(editor.tools.pointerDown(at3d(...DESK_TOP_ON_SCREEN, { ctrl: true }))).toBe(true);
    editor.expectToBeIn('select.pointing');
    expect(editor.preview?.screenBox).toBeUndefined();
  });

  it('the other tools take every press in 3D', () => {
    const editor = in3d().setTool('measure');
    expect(editor.tools.pointerDown(at3d(...EMPTY_ON_SCREEN))).toBe(true);
  });
});

describe('the plan view: boxes on the plan', () => {
  it('a drag from empty space selects what lies wholly inside, even with the 3D camera’s extras given', () => {
    const editor = TestEditor.withExample().setTool('select').select(['x1']);
    expect(editor.tools.pointerDown({ ...at3d(0, 0), view: 'plan', point: [29, 29] })).toBe(true);
    editor.expectToBeIn('select.brushing');
    // the plan box replaces the selection at once
    expect(editor.selection).toEqual([]);
    editor.tools.pointerMove({ ...at3d(0, 0), view: 'plan', point: [31, 33] });
    expect(editor.preview?.box).toEqual([[29, 29], [31, 33]]);
    expect(editor.preview?.screenBox).toBeUndefined();
    editor.tools.pointerUp({ ...at3d(0, 0), view: 'plan', point: [31, 33] });
    expect([...editor.selection].sort()).toEqual(['a1', 'l1', 's1']);
  });

  it('Shift adds; a drag shorter than the drag threshold is a click', () => {
    const editor = TestEditor.withExample().setTool('select').select(['x1']);
    editor.drag([29, 29], [31, 31.5], { shift: true });
    expect([...editor.selection].sort()).toEqual(['l1', 's1', 'x1']);
    // 4 px at 1 cm per px is 4 cm: 3 cm is a click on empty space
    editor.drag([25, 25], [25.03, 25], {});
    expect(editor.selection).toEqual([]);
  });
});

describe('the building and park views', () => {
  it('in the building view the select tool stands aside: presses and hovers are the scene’s', () => {
    const editor = TestEditor.withExample(null).setTool('select');
    editor.store.getState().openBuilding('A');
    editor.store.getState().setHover('A-3F');
    expect(editor.tools.pointerDown({ point: [50, 35] })).toBe(false);
    editor.expectToBeIn('select.idle');
    editor.tools.pointerMove({ point: [10, 10] });
    expect(editor.store.getState().session.hover).toBe('A-3F');
    // a drawing tool there still takes the press
    expect(editor.setTool('measure').tools.pointerDown({ point: [50, 35] })).toBe(true);
  });

  it('in the park view in 3D a press on a building is the tool’s (a click opens it), on empty ground the view’s', () => {
    const editor = TestEditor.withExample(null).setTool('select');
    expect(editor.store.getState().session.level).toBe('park');
    expect(editor.tools.pointerDown({ point: [10, 10], view: '3d' })).toBe(false);
    expect(editor.tools.pointerDown({ point: [50, 35], view: '3d' })).toBe(true);
    editor.tools.pointerUp({ point: [50, 35] });
    expect(editor.store.getState().session.level).toBe('building');
    expect(editor.store.getState().session.buildingId).toBe('A');
  });

  it('in the park view on the plan an empty-space press draws a box', () => {
    const editor = TestEditor.withExample(null).setTool('select');
    expect(editor.tools.pointerDown({ point: [10, 10] })).toBe(true);
    editor.expectToBeIn('select.brushing');
  });
});

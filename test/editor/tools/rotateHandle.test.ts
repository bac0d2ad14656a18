import { describe, expect, it } from 'vitest';
import { hitsRotateHandle, rotateHandle, rotationOf } from '../../../src/editor/tools/rotateHandle.ts';
import { snapDegrees } from '../../../src/editor/tools/rotateTool.ts';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

// The harness keeps 1 cm per pixel: the knob stands 30 px = 0.3 m above the selection's box.
// Desk s1: at (30, 30), 1.2 × 0.7 m, so its box tops out at y = 30.35 and the knob is at (30, 30.65).
const KNOB: [number, number] = [30, 30.65];
const at = (deg: number, r = 5): [number, number] => [30 + r * Math.cos((deg * Math.PI) / 180), 30 + r * Math.sin((deg * Math.PI) / 180)];

describe('rotation handle geometry', () => {
  it('stands a fixed screen distance above the top of the selection box', () => {
    const editor = TestEditor.withExample();
    const handle = rotateHandle(editor.floor, ['s1'], 0.01)!;
    expect(handle.centre).toEqual([30, 30]);
    expect(handle.base[0]).toBeCloseTo(30);
    expect(handle.base[1]).toBeCloseTo(30.35);
    expect(handle.knob[0]).toBeCloseTo(KNOB[0]);
    expect(handle.knob[1]).toBeCloseTo(KNOB[1]);
    // zoomed out ten times: ten times further in metres, the same on screen
    expect(rotateHandle(editor.floor, ['s1'], 0.1)!.knob[1]).toBeCloseTo(30.35 + 3);
    // two elements: above the box of both, in its middle
    const both = rotateHandle(editor.floor, ['s1', 'x1'], 0.01)!;
    expect(both.centre).toEqual([35, 32.5]);
    expect(both.knob[0]).toBeCloseTo((29.4 + 40) / 2);
    expect(both.knob[1]).toBeCloseTo(35.3);
    expect(rotateHandle(editor.floor, [], 0.01)).toBeNull();
    expect(rotateHandle(editor.floor, ['nope'], 0.01)).toBeNull();
  });

  it('hit test: on the knob, a few pixels off, not beside it', () => {
    const editor = TestEditor.withExample();
    const handle = rotateHandle(editor.floor, ['s1'], 0.01);
    expect(hitsRotateHandle(handle, KNOB)).toBe(true);
    expect(hitsRotateHandle(handle, [30.08, 30.7])).toBe(true);
    expect(hitsRotateHandle(handle, [30.3, 30.65])).toBe(false);
    expect(hitsRotateHandle(handle, [30, 30.2])).toBe(false);
    expect(hitsRotateHandle(null, KNOB)).toBe(false);
  });

  it('snaps turns to 15° steps, or whole degrees when free, within (−180°, 180°]', () => {
    expect(snapDegrees(52, false)).toBe(45);
    expect(snapDegrees(-97, false)).toBe(-90);
    expect(snapDegrees(52.4, true)).toBe(52);
    expect(snapDegrees(270, false)).toBe(-90);
    expect(snapDegrees(-180, false)).toBe(180);
    expect(snapDegrees(-3, false)).toBe(0);
  });
});

describe('select tool: rotation handle', () => {
  it('a press on the handle takes it before the element under it', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    // the zone z1 edge or anything else there must not win: pressing the knob starts a rotation
    editor.pointerDown(KNOB).expectToBeIn('select.rotating');
    editor.keyDown('Escape').expectToBeIn('select.idle');
    expect(editor.selection).toEqual(['s1']);
    // without a selection there is no handle: the same press starts a box
    editor.select([]).pointerDown(KNOB).expectToBeIn('select.brushing');
  });

  it('the handle wins over an element lying under it', () => {
    const editor = TestEditor.withExample().setTool('select');
    // a second desk s2 right where s1's knob is: (30, 30.9) covers y 30.55..31.25
    editor.select(['s1']).keyDown('c', { ctrl: true }).keyDown('v', { ctrl: true });
    expect(editor.selection).toEqual(['s2']);
    editor.store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s2'], dx: -1, dy: 1.9 });
    editor.select([]).click(KNOB);
    expect(editor.selection).toEqual(['s2']);
    // with s1 selected the same press takes s1's handle, not s2
    editor.select(['s1']).pointerDown(KNOB).expectToBeIn('select.rotating');
    editor.pointerMove(at(0)).pointerUp(at(0));
    expect(editor.floor.workstations.find((w) => w.id === 's1')!.rotation).toBe(270);
    expect(editor.floor.workstations.find((w) => w.id === 's2')!.rotation).toBe(0);
    expect(editor.selection).toEqual(['s1']);
  });

  it('drags the selection round its centre in 15° steps with a live preview, one undo step', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    editor.pointerDown(KNOB);
    // the knob is due north (90°); to 25° is −65° → snapped −60°
    editor.pointerMove(at(25));
    expect(editor.floor.workstations[0]!.rotation).toBe(300);
    expect(rotationOf(editor.preview)).toMatchObject({ centre: [30, 30], degrees: -60 });
    expect(editor.preview?.segments).toHaveLength(1);
    // due east: −90°
    editor.pointerMove(at(1)).pointerUp(at(1)).expectToBeIn('select.idle');
    expect(editor.floor.workstations[0]).toMatchObject({ at: [30, 30], rotation: 270 });
    expect(editor.preview).toBeNull();
    expect(editor.store.getState().history.undo).toHaveLength(1);
    expect(editor.selection).toEqual(['s1']);
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('Shift turns freely (whole degrees)', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    editor.pointerDown(KNOB).pointerMove(at(90 + 37.3), { shift: true }).pointerUp(at(90 + 37.3), { shift: true });
    expect(editor.floor.workstations[0]!.rotation).toBe(37);
  });

  it('turns a multi-element selection about the centre of its box', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1', 'x1']);
    const handle = rotateHandle(editor.floor, ['s1', 'x1'], 0.01)!;
    // knob above (34.7, 35.3); pivot (35, 32.5): drag it to the west of the pivot → about +90°
    editor.pointerDown(handle.knob).pointerMove([30, 32.6]).pointerUp([30, 32.6]);
    expect(editor.floor.workstations[0]).toMatchObject({ at: [37.5, 27.5], rotation: 90 });
    expect(editor.floor.extinguishers[0]!.at).toEqual([32.5, 37.5]);
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('Esc during the drag leaves the plan unchanged and adds no step', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    editor.pointerDown(KNOB).pointerMove(at(0)).pointerMove(at(-30));
    expect(editor.floor.workstations[0]!.rotation).not.toBe(0);
    editor.keyDown('Escape').expectToBeIn('select.idle');
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
    expect(editor.preview).toBeNull();
    // the release after Esc does nothing
    editor.pointerUp(at(-30));
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.selection).toEqual(['s1']);
  });

  it('a press and release on the handle without turning adds no step', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    editor.click(KNOB);
    expect(editor.store.getState().history.undo).toHaveLength(0);
    expect(editor.selection).toEqual(['s1']);
  });

  it('the handle follows the zoom (metres per pixel)', () => {
    const editor = TestEditor.withExample().setTool('select').select(['s1']);
    editor.tools.metresPerPixel = 0.05;
    // at 5 cm per pixel the knob is 1.5 m above the box: the old spot is empty floor now
    editor.pointerDown([31.5, 31]).expectToBeIn('select.brushing');
    editor.keyDown('Escape').select(['s1']);
    editor.pointerDown([30, 31.85]).expectToBeIn('select.rotating');
  });
});

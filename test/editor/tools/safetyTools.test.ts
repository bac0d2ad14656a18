// The fire-safety device tools (smoke exhaust inlet, exit / evacuation sign, hydrant, "you are
// here" mark) and their devices as ordinary floor elements: placed by one click from the tool
// options, each one undoable step, refused off the floor, picked, box-selected, moved, copied,
// pasted and deleted like the other point devices.
import { describe, expect, it } from 'vitest';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import { rotateElements } from '../../../src/floorplan/commands/rotateElements.ts';
import { ON_FLOOR_COLLECTIONS } from '../../../src/floorplan/commands/staysOnFloor.ts';
import { floorPickIndex } from '../../../src/editor/tools/pickIndex.ts';
import { selectInScreenRect } from '../../../src/editor/tools/screenBox.ts';
import { copySelection, deleteSelection, paste } from '../../../src/editor/tools/selectionActions.ts';
import { ACTION_SHORTCUTS, TOOL_SHORTCUTS, toolForKey } from '../../../src/editor/tools/shortcuts.ts';
import { TOOL_IDS } from '../../../src/editor/tools/registry.ts';
import { i18n } from '../../../src/i18n/index.ts';
import '../../../src/ui/editor/safetyMessages.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

const F = 'A-3F';

describe('safety tool keys', () => {
  it('P, I, H and Y pick the four tools, and every tool key is used once', () => {
    expect([toolForKey('p', false), toolForKey('i', false), toolForKey('h', false), toolForKey('y', false)]).toEqual(['smokeExhaust', 'exitSign', 'hydrant', 'evacuationMark']);
    const keys = Object.values(TOOL_SHORTCUTS);
    expect(new Set(keys).size).toBe(keys.length);
    // R alone rotates the selection; no tool may take it
    expect(keys).not.toContain(ACTION_SHORTCUTS.rotate90);
    expect(TOOL_IDS.slice(TOOL_IDS.indexOf('sprinkler') + 1, TOOL_IDS.indexOf('sprinkler') + 5)).toEqual(['smokeExhaust', 'exitSign', 'hydrant', 'evacuationMark']);
  });

  it('the key selects the tool in the controller', () => {
    const editor = TestEditor.withExample();
    editor.keyDown('h');
    editor.expectToBeIn('hydrant.idle');
    editor.keyDown('i');
    editor.expectToBeIn('exitSign.idle');
  });
});

describe('placing fire-safety devices', () => {
  it('a click places a smoke exhaust inlet and a hydrant at the snapped point; one undo each', () => {
    const editor = TestEditor.withExample().setTool('smokeExhaust');
    // 35.04, 30.02 snaps to the 0.1 m grid: 35, 30
    editor.click([35.04, 30.02]);
    expect(editor.floor.smokeExhausts).toEqual([{ id: 'se1', at: [35, 30] }]);
    editor.setTool('hydrant').click([21, 40.01]);
    expect(editor.floor.hydrants).toEqual([{ id: 'h1', at: [21, 40] }]);
    expect(editor.store.getState().history.undo).toHaveLength(2);
    editor.undo();
    expect(editor.floor.hydrants).toEqual([]);
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
    editor.redo().redo();
    expect(editor.floor.smokeExhausts.map((d) => d.id)).toEqual(['se1']);
    expect(editor.floor.hydrants.map((d) => d.id)).toEqual(['h1']);
  });

  it('an exit sign takes its kind from the options; only a direction sign keeps the arrow rotation', () => {
    const editor = TestEditor.withExample().setTool('exitSign');
    editor.options((o) => (o.exitSign = { kind: 'exit', rotation: 45 })).click([21, 35]);
    editor.options((o) => (o.exitSign = { kind: 'direction', rotation: 90 })).click([40, 35]);
    expect(editor.floor.exitSigns).toEqual([
      { id: 'es1', at: [21, 35], kind: 'exit' },
      { id: 'es2', at: [40, 35], kind: 'direction', rotation: 90 },
    ]);
  });

  it('a "you are here" mark carries the label typed in the options, trimmed; a blank label is left out', () => {
    const editor = TestEditor.withExample().setTool('evacuationMark');
    editor.options((o) => (o.evacuationMark.label = '  东侧电梯厅 ')).click([30, 45]);
    editor.options((o) => (o.evacuationMark.label = '   ')).click([50, 45]);
    expect(editor.floor.evacuationMarks).toEqual([
      { id: 'ym1', at: [30, 45], label: '东侧电梯厅' },
      { id: 'ym2', at: [50, 45] },
    ]);
  });

  it('a click off the floor is refused, named for the kind, and the plan is unchanged', () => {
    const editor = TestEditor.withExample();
    for (const [tool, collection] of [['smokeExhaust', 'smokeExhausts'], ['exitSign', 'exitSigns'], ['hydrant', 'hydrants'], ['evacuationMark', 'evacuationMarks']] as const) {
      editor.setTool(tool).click([10, 10]);
      expect(editor.message).toBe(`commands.refused.offFloor.${collection}`);
    }
    expect(editor.plan).toEqual(examplePlan());
    expect(i18n.getFixedT('zh-CN')('commands.refused.offFloor.hydrants')).toBe('消火栓必须留在楼层内');
    expect(i18n.getFixedT('en')('commands.refused.offFloor.exitSigns')).toBe('A sign must stay on the floor');
  });

  it('the four collections must stay on the floor', () => {
    expect(ON_FLOOR_COLLECTIONS).toEqual(expect.arrayContaining(['smokeExhausts', 'exitSigns', 'hydrants', 'evacuationMarks']));
  });
});

/** The example floor with one of each device placed by its tool: se1 (35, 30), es1 (45, 35, direction 90°), h1 (21, 40), ym1 (30, 45). */
function withDevices(): TestEditor {
  const editor = TestEditor.withExample();
  editor.setTool('smokeExhaust').click([35, 30]);
  editor.options((o) => (o.exitSign = { kind: 'direction', rotation: 90 })).setTool('exitSign').click([45, 35]);
  editor.setTool('hydrant').click([21, 40]);
  editor.setTool('evacuationMark').click([30, 45]);
  editor.setTool('select');
  return editor;
}

describe('fire-safety devices on the floor', () => {
  it('are picked by a click on them, and lie in a box drawn round them', () => {
    const editor = withDevices();
    const index = floorPickIndex(editor.floor);
    expect([index.at([35.1, 30]), index.at([45, 35.1]), index.at([21, 40.2]), index.at([30, 44.9])]).toEqual(['se1', 'es1', 'h1', 'ym1']);
    expect(index.within([20.5, 29], [47, 46]).filter((id) => ['se1', 'es1', 'h1', 'ym1'].includes(id)).sort()).toEqual(['es1', 'h1', 'se1', 'ym1']);
    editor.click([21, 40]);
    expect(editor.selection).toEqual(['h1']);
  });

  it('are box-selected in the 3D view by their points', () => {
    const editor = withDevices();
    // a top view 10 px per metre, y down from 50 m: the box from (200, 0) to (470, 240) px holds x 20..47, y 26..50
    const project = (x: number, y: number, _h: number, out: Float64Array) => {
      out[0] = x * 10;
      out[1] = -y * 10 + 500;
      return true;
    };
    const ids = selectInScreenRect(editor.floor, { minX: 200, minY: 0, maxX: 470, maxY: 240 }, project);
    // y from 26 to 50 m: se1 (30), es1 (35), h1 (40), ym1 (45)
    expect(ids.filter((id) => ['se1', 'es1', 'h1', 'ym1'].includes(id)).sort()).toEqual(['es1', 'h1', 'se1', 'ym1']);
  });

  it('move and turn through the generic commands; a move off the floor is refused for the kind', () => {
    const editor = withDevices();
    const s = editor.store.getState();
    expect(s.execute(moveElements, { floorId: F, ids: ['se1', 'es1'], dx: 1, dy: -2 }).ok).toBe(true);
    expect(editor.floor.smokeExhausts[0]!.at).toEqual([36, 28]);
    expect(editor.floor.exitSigns[0]!.at).toEqual([46, 33]);
    // a quarter turn about the sign turns its arrow from north (90°) to west (180°)
    expect(s.execute(rotateElements, { floorId: F, ids: ['es1'], center: [46, 33], degrees: 90 }).ok).toBe(true);
    expect(editor.floor.exitSigns[0]!.rotation).toBe(180);
    const off = s.execute(moveElements, { floorId: F, ids: ['h1'], dx: -5, dy: 0 });
    expect(!off.ok && off.refused.reasonKey).toBe('commands.refused.offFloor.hydrants');
    expect(editor.floor.hydrants[0]!.at).toEqual([21, 40]);
  });

  it('copy and paste with fresh ids one paste offset away; delete and undo', () => {
    const editor = withDevices().select(['se1', 'es1', 'h1', 'ym1']);
    const clipboard = copySelection(editor.store)!;
    expect(paste(editor.store, clipboard).ok).toBe(true);
    expect(editor.floor.smokeExhausts.map((d) => [d.id, d.at])).toEqual([['se1', [35, 30]], ['se2', [36, 29]]]);
    expect(editor.floor.exitSigns.map((d) => [d.id, d.kind, d.rotation])).toEqual([['es1', 'direction', 90], ['es2', 'direction', 90]]);
    expect(editor.floor.hydrants.map((d) => d.id)).toEqual(['h1', 'h2']);
    expect(editor.floor.evacuationMarks.map((d) => d.id)).toEqual(['ym1', 'ym2']);
    editor.select(['se1', 'es1', 'h1', 'ym1']);
    expect(deleteSelection(editor.store, null)).toEqual({ ok: true });
    expect([editor.floor.smokeExhausts, editor.floor.exitSigns, editor.floor.hydrants, editor.floor.evacuationMarks].map((l) => l.map((d) => d.id))).toEqual([['se2'], ['es2'], ['h2'], ['ym2']]);
    editor.undo();
    expect(editor.floor.hydrants.map((d) => d.id)).toEqual(['h1', 'h2']);
  });
});

// Drawing with typed lengths, headless: the tools place exactly what was typed.
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../../harness/TestEditor.ts';

const type = (editor: TestEditor, text: string): TestEditor => {
  for (const key of text) editor.keyDown(key, { shift: key === '<' });
  return editor;
};
const typed = (editor: TestEditor) => editor.tools.state.getState().typed;

describe('wall tool with typed lengths', () => {
  it('7.25 toward the pointer, then 3<90, stores exact coordinates; Enter with nothing typed finishes', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30.04, 25.02]).pointerMove([40, 25.1]);
    type(editor, '7.25');
    expect(typed(editor)).toBe('7.25');
    editor.keyDown('Enter');
    expect(typed(editor)).toBeNull();
    type(editor, '3<90').keyDown('Enter');
    editor.expectToBeIn('wall.drawing');
    editor.keyDown('Enter').expectToBeIn('wall.idle');
    const [first, second] = editor.floor.walls.slice(1);
    expect(first).toMatchObject({ a: [30, 25], b: [37.25, 25] });
    expect(second).toMatchObject({ a: [37.25, 25], b: [37.25, 28] });
    expect(first!.b[1]).toBe(first!.a[1]);
    expect(second!.b[0]).toBe(second!.a[0]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('a decimal comma, Backspace, and an angle that is not on an axis', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]);
    type(editor, '2,55').keyDown('Backspace');
    expect(typed(editor)).toBe('2,5');
    editor.keyDown('Tab');
    type(editor, '30').keyDown('Enter');
    const w = editor.floor.walls[1]!;
    expect(Math.abs(Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]) - 2.5)).toBeLessThan(1e-9);
    expect(w.b).toEqual([32.165063509, 26.25]);
  });

  it('Esc clears the typed value first, the second Esc drops the chain', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]);
    type(editor, '5').keyDown('Escape');
    expect(typed(editor)).toBeNull();
    editor.expectToBeIn('wall.drawing');
    editor.keyDown('Escape').expectToBeIn('wall.idle');
    expect(editor.floor.walls).toHaveLength(1);
  });

  it('junk is not placed and stays marked; a letter still selects its tool', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]);
    type(editor, '5<').keyDown('Enter');
    expect(editor.tools.state.getState()).toMatchObject({ typed: '5<', typedRejected: true });
    expect(editor.floor.walls).toHaveLength(1);
    editor.keyDown('z');
    expect(editor.tools.toolId).toBe('zone');
    expect(typed(editor)).toBeNull();
  });

  it('digits do nothing before the first point', () => {
    const editor = TestEditor.withExample().setTool('wall');
    type(editor, '5');
    expect(typed(editor)).toBeNull();
  });
});

describe('shapes, measure and outline with typed lengths', () => {
  it('a rectangle zone typed as width,depth toward the pointer', () => {
    const editor = TestEditor.withExample().setTool('zone');
    editor.click([21, 21]).pointerMove([25, 30]);
    type(editor, '6,4').keyDown('Enter').expectToBeIn('zone.idle');
    expect(editor.floor.zones[2]!.polygon).toEqual([[21, 21], [27, 21], [27, 25], [21, 25]]);
  });

  it('a polygon zone from typed sides; Enter with nothing typed closes it', () => {
    const editor = TestEditor.withExample().setTool('zone').options((o) => (o.zone.shape = 'polygon'));
    editor.click([21, 21]).pointerMove([30, 21.1]);
    type(editor, '5').keyDown('Enter');
    type(editor, '4<90').keyDown('Enter');
    editor.keyDown('Enter');
    expect(editor.floor.zones[2]!.polygon).toEqual([[21, 21], [26, 21], [26, 25]]);
  });

  it('measures typed sides', () => {
    const editor = TestEditor.withExample().setTool('measure');
    editor.click([21, 21]);
    type(editor, '3<0').keyDown('Enter');
    type(editor, '4<90').keyDown('Enter');
    editor.keyDown('Enter').expectToBeIn('measure.done');
    expect(editor.preview?.measure).toEqual({ points: [[21, 21], [24, 21], [24, 25]], length: 7, area: 6 });
  });

  it('an outline corner picked up by a click is put down at a typed distance from the corner before it', () => {
    const editor = TestEditor.withExample().setTool('outline');
    editor.pointerMove([79.8, 49.8]).click([79.8, 49.8]).expectToBeIn('outline.placing');
    type(editor, '35<90').keyDown('Enter').expectToBeIn('outline.idle');
    expect(editor.floor.outline).toEqual([[20.2, 20.2], [79.8, 20.2], [79.8, 55.2], [20.2, 49.8]]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('a picked-up outline corner follows the pointer and the next click puts it down', () => {
    const editor = TestEditor.withExample().setTool('outline');
    editor.click([79.8, 49.8]).pointerMove([82.03, 52.01]).click([82.03, 52.01]).expectToBeIn('outline.idle');
    expect(editor.floor.outline[2]).toEqual([82, 52]);
  });
});

describe('the live reading', () => {
  it('the preview carries the segment being drawn', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]).pointerMove([33, 29]);
    expect(editor.preview?.dimension).toEqual({ from: [30, 25], to: [33, 29] });
  });

  it('what was typed is previewed before Enter: toward the pointer, then in the typed angle', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]).pointerMove([33, 29]);
    type(editor, '10');
    expect(editor.preview?.dimension).toEqual({ from: [30, 25], to: [36, 33] });
    type(editor, '<180');
    expect(editor.preview?.segments).toEqual([[[30, 25], [20, 25]]]);
    expect(editor.floor.walls).toHaveLength(1);
  });

  it('a typed rectangle is previewed at its size', () => {
    const editor = TestEditor.withExample().setTool('zone');
    editor.click([40, 40]).pointerMove([35, 42]);
    type(editor, '6,4');
    expect(editor.preview?.polygon).toEqual([[34, 40], [40, 40], [40, 44], [34, 44]]);
  });
});

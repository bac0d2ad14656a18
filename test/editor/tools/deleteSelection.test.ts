// Deleting more than LARGE_DELETE (100) elements at once asks first; 100 do not.
import { describe, expect, it, vi } from 'vitest';
import { placeWorkstations } from '../../../src/floorplan/commands/placeWorkstationArray.ts';
import { deleteSelection, LARGE_DELETE, setLargeDeleteConfirmation } from '../../../src/editor/tools/selectionActions.ts';
import type { Workstation } from '../../../src/floorplan/types.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

/** `count` new desks on A-3F (inside 20.2..79.8 × 20.2..49.8), selected. */
function withDesks(count: number): TestEditor {
  const editor = TestEditor.withExample();
  const desks: Workstation[] = Array.from({ length: count }, (_, i) => ({ id: `t${i}`, at: [22 + (i % 30) * 1.2, 22 + Math.floor(i / 30) * 2], rotation: 0, size: [1.2, 0.7], role: 'agent' }));
  expect(editor.store.getState().execute(placeWorkstations, { floorId: 'A-3F', workstations: desks })).toEqual({ ok: true });
  editor.store.getState().select(desks.map((d) => d.id));
  return editor;
}

describe('deleteSelection asks before a large delete', () => {
  it('the threshold is 100', () => {
    expect(LARGE_DELETE).toBe(100);
  });

  it('100 elements are deleted without a question, in one undo step', () => {
    const editor = withDesks(100);
    const ask = vi.fn();
    expect(deleteSelection(editor.store, ask)).toEqual({ ok: true });
    expect(ask).not.toHaveBeenCalled();
    expect(editor.floor.workstations).toHaveLength(1);
    expect(editor.selection).toEqual([]);
    editor.undo();
    expect(editor.floor.workstations).toHaveLength(101);
  });

  it('101 elements ask first; nothing is deleted until the answer is yes', () => {
    const editor = withDesks(101);
    const ask = vi.fn<(count: number, proceed: () => void) => void>();
    const before = editor.plan;
    expect(deleteSelection(editor.store, ask)).toBe('needs-confirmation');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0]).toBe(101);
    expect(editor.plan).toBe(before);
    // yes: exactly the asked-about desks go, as one step
    ask.mock.calls[0]![1]();
    expect(editor.floor.workstations.map((w) => w.id)).toEqual(['s1']);
    expect(editor.selection).toEqual([]);
    expect(editor.store.getState().history.undo).toHaveLength(2);
  });

  it('without a registered question a large delete does nothing; the registered one is used by default', () => {
    const editor = withDesks(101);
    const before = editor.plan;
    expect(deleteSelection(editor.store)).toBe('needs-confirmation');
    expect(editor.plan).toBe(before);
    const ask = vi.fn();
    const unregister = setLargeDeleteConfirmation(ask);
    deleteSelection(editor.store);
    expect(ask).toHaveBeenCalledWith(101, expect.any(Function));
    unregister();
    deleteSelection(editor.store);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment jsdom
// The first visit to a shared project asks for a name (required, at most 40 characters) and hands
// it to the session; a name kept in this browser skips the question; the edit button changes it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollabNamePrompt, COLLAB_NAME_KEY, EditNameButton } from '../../../src/ui/collab/index.ts';
import { click, collabHandle, fakeActions, render, type, type Rendered } from './collabHarness.tsx';

let shown: Rendered | null = null;
beforeEach(() => localStorage.clear());
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

async function submit(ui: Rendered) {
  await click(ui.get('collab-name-save'));
}

describe('CollabNamePrompt', () => {
  it('asks a first-time visitor for a name, refuses an empty one and hands the trimmed name to the session', async () => {
    const actions = fakeActions();
    shown = await render(collabHandle('planner', actions), <CollabNamePrompt />, 'en');
    const dialog = shown.get('collab-name-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('This project is shared. Others see you under this name.');
    const input = shown.get('collab-name-input') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.maxLength).toBe(40);
    expect(shown.find('collab-name-cancel')).toBeNull();

    await type(input, '   ');
    await submit(shown);
    expect(shown.get('collab-name-problem').textContent).toBe('Enter a name.');
    expect(actions.calls).toEqual([]);

    await type(input, '  Li Wei ');
    expect(shown.find('collab-name-problem')).toBeNull();
    await submit(shown);
    expect(actions.calls).toEqual([['setName', 'Li Wei']]);
    expect(shown.find('collab-name-dialog')).toBeNull();
  });

  it('speaks Chinese', async () => {
    shown = await render(collabHandle('viewer'), <CollabNamePrompt />, 'zh-CN');
    expect(shown.get('collab-name-dialog').textContent).toContain('此项目为共享项目，其他人将看到你的这个名字。');
    expect(shown.get('collab-name-save').textContent).toBe('加入');
    await submit(shown);
    expect(shown.get('collab-name-problem').textContent).toBe('请输入名字。');
  });

  it('does not ask when a name is kept in this browser, when the link was refused, or when not shared', async () => {
    localStorage.setItem(COLLAB_NAME_KEY, 'Zhang San');
    shown = await render(collabHandle('planner'), <CollabNamePrompt />, 'en');
    expect(shown.find('collab-name-dialog')).toBeNull();
    await shown.unmount();
    localStorage.clear();
    shown = await render(collabHandle('planner', fakeActions(), { status: 'refused', error: { reason: 'expired' } }), <CollabNamePrompt />, 'en');
    expect((shown.find('collab-name-dialog') as HTMLDialogElement | null)?.open ?? false).toBe(false);
    await shown.unmount();
    shown = await render(null, <CollabNamePrompt />, 'en');
    expect(shown.container.innerHTML).toBe('');
  });
});

describe('EditNameButton', () => {
  it('shows this user’s name and changes it through the session', async () => {
    const actions = fakeActions();
    shown = await render(collabHandle('planner', actions), <EditNameButton />, 'en');
    const button = shown.get('collab-edit-name');
    expect(button.textContent).toContain('Wang Fang');
    expect(button.title).toBe('Change your name');
    expect((shown.get('collab-name-dialog') as HTMLDialogElement).open).toBe(false);
    await click(button);
    const input = shown.get('collab-name-input') as HTMLInputElement;
    expect(input.value).toBe('Wang Fang');
    await click(shown.get('collab-name-cancel'));
    expect(actions.calls).toEqual([]);
    expect((shown.get('collab-name-dialog') as HTMLDialogElement).open).toBe(false);

    await click(button);
    await type(shown.get('collab-name-input'), 'Wang Fang (FM)');
    await submit(shown);
    expect(actions.calls).toEqual([['setName', 'Wang Fang (FM)']]);
    expect((shown.get('collab-name-dialog') as HTMLDialogElement).open).toBe(false);
  });

  it('speaks Chinese and renders nothing when not shared', async () => {
    shown = await render(collabHandle('planner'), <EditNameButton />, 'zh-CN');
    expect(shown.get('collab-edit-name').title).toBe('修改你的名字');
    await click(shown.get('collab-edit-name'));
    expect(shown.get('collab-name-save').textContent).toBe('保存');
    expect(shown.get('collab-name-cancel').textContent).toBe('取消');
    await shown.unmount();
    shown = await render(null, <EditNameButton />, 'zh-CN');
    expect(shown.container.innerHTML).toBe('');
  });
});

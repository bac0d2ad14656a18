// @vitest-environment jsdom
// An empty shared project: the owner is offered to publish the open plan (busy while it runs, the
// error in words when it fails), the others wait. The viewer and the facility manager see what
// their role may do.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollabRole } from '../../../src/editor/collab/collabState.ts';
import { PublishPrompt, RoleNotice } from '../../../src/ui/collab/index.ts';
import { click, collabHandle, fakeActions, render, settle, type Rendered } from './collabHarness.tsx';

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

describe('PublishPrompt', () => {
  it('offers the owner to publish, shows it busy, and goes when the project has a plan', async () => {
    let finish: () => void = () => undefined;
    const actions = fakeActions({
      publishOpenPlan: () => {
        actions.calls.push(['publishOpenPlan']);
        return new Promise<void>((resolve) => (finish = resolve));
      },
    });
    const handle = collabHandle('owner', actions, { empty: true });
    shown = await render(handle, <PublishPrompt />, 'en');
    expect(shown.get('publish-prompt').textContent).toContain('This shared project has no plan yet — publish the plan open now.');
    const button = shown.get('publish-plan') as HTMLButtonElement;
    expect(button.textContent).toBe('Publish the plan');
    await click(button);
    expect(actions.calls).toEqual([['publishOpenPlan']]);
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Publishing…');
    await act(async () => {
      finish();
      handle.store.setState({ empty: false });
    });
    expect(shown.container.innerHTML).toBe('');
  });

  it('says why publishing failed, in Chinese', async () => {
    const actions = fakeActions({ publishOpenPlan: () => Promise.reject(new Error('storage-failed')) });
    shown = await render(collabHandle('owner', actions, { empty: true }), <PublishPrompt />, 'zh-CN');
    expect(shown.get('publish-prompt').textContent).toContain('此共享项目还没有方案——发布当前打开的方案。');
    await click(shown.get('publish-plan'));
    await settle();
    expect(shown.get('publish-error').textContent).toBe('发布失败：服务器未能保存最近的修改；修改保留在此浏览器中，稍后重新发送。');
    expect((shown.get('publish-plan') as HTMLButtonElement).disabled).toBe(false);
  });

  it('tells the other roles to wait, and shows nothing once there is a plan or when not shared', async () => {
    for (const role of ['planner', 'facility-manager', 'viewer'] as CollabRole[]) {
      shown = await render(collabHandle(role, fakeActions(), { empty: true }), <PublishPrompt />, 'en');
      expect(shown.get('publish-waiting').textContent).toBe('Waiting for the owner to publish the plan.');
      expect(shown.find('publish-plan')).toBeNull();
      await shown.unmount();
    }
    shown = await render(collabHandle('viewer', fakeActions(), { empty: true }), <PublishPrompt />, 'zh-CN');
    expect(shown.get('publish-waiting').textContent).toBe('正在等待所有者发布方案。');
    await shown.unmount();
    shown = await render(collabHandle('owner', fakeActions(), { empty: false }), <PublishPrompt />, 'en');
    expect(shown.container.innerHTML).toBe('');
    await shown.unmount();
    shown = await render(null, <PublishPrompt />, 'en');
    expect(shown.container.innerHTML).toBe('');
  });
});

describe('RoleNotice', () => {
  it('tells a viewer and a facility manager what they may do, in both languages', async () => {
    const cases: Array<[CollabRole, 'en' | 'zh-CN', string]> = [
      ['viewer', 'en', 'View only — you can look, present and export.'],
      ['viewer', 'zh-CN', '仅可查看——你可以浏览、演示和导出。'],
      ['facility-manager', 'en', 'You can edit the fire register, inspections and reviews.'],
      ['facility-manager', 'zh-CN', '你可以编辑消防设施台账、检查记录和复核。'],
    ];
    for (const [role, lang, text] of cases) {
      shown = await render(collabHandle(role), <RoleNotice />, lang);
      expect(shown.get('role-notice').textContent).toBe(text);
      await shown.unmount();
    }
    shown = null;
  });

  it('says nothing to the owner and the planner, or when not shared', async () => {
    for (const collab of [collabHandle('owner'), collabHandle('planner'), null]) {
      shown = await render(collab, <RoleNotice />, 'en');
      expect(shown.container.innerHTML).toBe('');
      await shown.unmount();
    }
    shown = null;
  });
});

// @vitest-environment jsdom
// The shared project's header badge says the sync state, why the server refused, and the role, in
// both languages; it follows the store live, and is absent when the project is not shared.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollabRole, CollabState } from '../../../src/editor/collab/collabState.ts';
import { SyncStatus } from '../../../src/ui/collab/index.ts';
import { click, collabHandle, fakeActions, render, type Rendered } from './collabHarness.tsx';

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
});

async function badge(state: Partial<CollabState>, lang: 'en' | 'zh-CN', role: CollabRole = 'planner') {
  shown = await render(collabHandle(role, fakeActions(), state), <SyncStatus />, lang);
  const el = shown.get('sync-status');
  return {
    el,
    status: el.dataset.status,
    label: el.querySelector('[role="status"]')?.textContent,
    reason: shown.find('sync-reason')?.textContent ?? null,
    role: shown.get('sync-role').textContent,
    title: shown.get('sync-badge').title,
    details: shown.find('sync-details'),
  };
}

describe('SyncStatus', () => {
  it('renders nothing when the project is not shared', async () => {
    shown = await render(null, <SyncStatus />, 'en');
    expect(shown.container.innerHTML).toBe('');
  });

  it('says each status in English', async () => {
    expect(await badge({ status: 'synced' }, 'en')).toMatchObject({ status: 'synced', label: 'Synced', reason: null, role: 'Planner' });
    await shown?.unmount();
    const syncing = await badge({ status: 'syncing', unsyncedChanges: 3 }, 'en');
    expect(syncing).toMatchObject({ status: 'syncing', label: 'Syncing · 3 changes' });
    expect(syncing.title).toContain('3 changes not yet confirmed by the server');
    await shown?.unmount();
    expect((await badge({ status: 'syncing', unsyncedChanges: 1 }, 'en')).label).toBe('Syncing · 1 change');
    await shown?.unmount();
    const loading = await badge({ status: 'syncing', unsyncedChanges: 0, documentsSynced: 1, documentsTotal: 4 }, 'en');
    expect(loading.label).toBe('Syncing');
    expect(loading.title).toContain('loading from the server (1 of 4 parts)');
    await shown?.unmount();
    const offline = await badge({ status: 'offline', unsyncedChanges: 2 }, 'en');
    expect(offline.label).toBe('Offline · 2 changes');
    expect(offline.title).toContain('changes are kept in this browser and sent when back online');
    await shown?.unmount();
    expect((await badge({ status: 'connecting' }, 'en')).label).toBe('Connecting…');
  });

  it('says each status in Chinese', async () => {
    expect(await badge({ status: 'synced' }, 'zh-CN')).toMatchObject({ label: '已同步', role: '规划师' });
    await shown?.unmount();
    expect((await badge({ status: 'syncing', unsyncedChanges: 3 }, 'zh-CN')).label).toBe('同步中 · 3 处修改');
    await shown?.unmount();
    const offline = await badge({ status: 'offline' }, 'zh-CN');
    expect(offline.label).toBe('离线');
    expect(offline.title).toContain('修改保留在此浏览器中，恢复联网后发送');
    await shown?.unmount();
    expect((await badge({ status: 'connecting' }, 'zh-CN')).label).toBe('正在连接…');
  });

  it('says why the server refused, in words, and an unknown reason as it is', async () => {
    const cases: Array<[string, string, string]> = [
      ['expired', 'This link has expired. Ask the owner for a new one.', '此链接已过期，请向所有者索取新链接。'],
      ['revoked', 'The owner has revoked this link.', '所有者已撤销此链接。'],
      ['forged', 'This link is not valid: it was not issued by this server, or it was changed.', '此链接无效：并非此服务器签发，或已被改动。'],
      ['wrong-project', 'This link belongs to another project.', '此链接属于另一个项目。'],
      ['out-of-role', 'Your role may not make this change: it was not sent.', '你的角色无权做此修改，修改未发送。'],
      ['read-only', 'You can only view this project: your changes are not sent.', '你只能查看此项目，你的修改不会发送。'],
      ['rate-limited', 'Too many changes too fast: the server paused this connection for a moment.', '修改过于频繁，服务器暂停了此连接片刻。'],
      ['storage-failed', 'The server could not store the last change; it stays in this browser and is sent again.', '服务器未能保存最近的修改；修改保留在此浏览器中，稍后重新发送。'],
      ['update-too-large', 'A change was too large for the server to accept.', '单次修改过大，服务器无法接收。'],
      ['teapot-reason', 'teapot-reason', 'teapot-reason'],
    ];
    for (const [reason, en, zh] of cases) {
      const english = await badge({ status: 'refused', error: { reason } }, 'en');
      expect(english).toMatchObject({ status: 'refused', label: 'Access refused', reason: en });
      expect(english.title).toContain(en);
      await shown?.unmount();
      const chinese = await badge({ status: 'refused', error: { reason } }, 'zh-CN');
      expect(chinese).toMatchObject({ label: '访问被拒绝', reason: zh });
      await shown?.unmount();
    }
    shown = null;
  });

  it('shows the role in both languages', async () => {
    const names: Record<CollabRole, [string, string]> = {
      owner: ['Owner', '所有者'],
      planner: ['Planner', '规划师'],
      'facility-manager': ['Facility manager', '设施管理员'],
      viewer: ['Viewer', '查看者'],
    };
    for (const [role, [en, zh]] of Object.entries(names) as Array<[CollabRole, [string, string]]>) {
      const english = await badge({ status: 'synced' }, 'en', role);
      expect(english.role).toBe(en);
      expect(english.title).toContain(`You take part as: ${en}`);
      expect(english.el.dataset.role).toBe(role);
      await shown?.unmount();
      expect((await badge({ status: 'synced' }, 'zh-CN', role)).role).toBe(zh);
      await shown?.unmount();
    }
    shown = null;
  });

  it('follows the store and asks to reconnect when offline', async () => {
    const actions = fakeActions();
    const handle = collabHandle('owner', actions);
    shown = await render(handle, <SyncStatus />, 'en');
    expect(shown.get('sync-status').dataset.status).toBe('connecting');
    expect(shown.find('sync-reconnect')).toBeNull();
    await act(async () => handle.store.setState({ status: 'offline', unsyncedChanges: 5 }));
    expect(shown.get('sync-status').dataset.status).toBe('offline');
    expect(shown.get('sync-status').querySelector('[role="status"]')?.textContent).toBe('Offline · 5 changes');
    expect(shown.find('sync-details')).toBeNull();
    await click(shown.get('sync-badge'));
    expect(shown.get('sync-details').textContent).toContain('No connection to the server: changes are kept in this browser and sent when back online.');
    expect(shown.get('sync-details').textContent).toContain('You take part as: Owner');
    expect(shown.get('collab-edit-name').textContent).toContain('Wang Fang');
    await click(shown.get('sync-reconnect'));
    expect(actions.calls).toEqual([['reconnect']]);
    await act(async () => handle.store.setState({ status: 'synced', unsyncedChanges: 0 }));
    expect(shown.get('sync-status').querySelector('[role="status"]')?.textContent).toBe('Synced');
    expect(shown.find('sync-reconnect')).toBeNull();
    // a click outside closes the details; a refusal opens them by itself
    await act(async () => document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    expect(shown.find('sync-details')).toBeNull();
    await act(async () => handle.store.setState({ status: 'refused', error: { reason: 'revoked' } }));
    expect(shown.get('sync-reason').textContent).toBe('The owner has revoked this link.');
    expect(shown.get('sync-reason').getAttribute('role')).toBe('alert');
  });
});

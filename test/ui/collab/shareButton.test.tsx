// @vitest-environment jsdom
// The owner's share dialog: only an owner sees it; it lists the links (label, role, expiry date in
// the UI language, revoked or not), mints with the chosen role, expiry and label, shows and copies
// the join address, revokes after a confirmation, and says the server's errors in words.
// the expiry dates below are written for UTC
process.env.TZ = 'UTC';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollabRole, ShareLink } from '../../../src/editor/collab/collabState.ts';
import { ShareButton } from '../../../src/ui/collab/index.ts';
import { click, collabHandle, fakeActions, fakeShareLinks, render, settle, type, type Rendered } from './collabHarness.tsx';

let shown: Rendered | null = null;
afterEach(async () => {
  await shown?.unmount();
  shown = null;
  vi.unstubAllGlobals();
});

// 2030-01-15 08:00 UTC and 2020-03-01 00:00 UTC
const LATER = Date.UTC(2030, 0, 15, 8) / 1000;
const PAST = Date.UTC(2020, 2, 1) / 1000;
const EXISTING: ShareLink[] = [
  { linkId: 'old1', role: 'viewer', expiresAt: PAST, label: 'Board', revoked: false },
  { linkId: 'mid2', role: 'facility-manager', expiresAt: LATER, revoked: true },
  { linkId: 'new3', role: 'planner', expiresAt: LATER, label: 'Ops team', revoked: false },
];

async function openDialog(lang: 'en' | 'zh-CN', links: ShareLink[] = EXISTING) {
  const fake = fakeShareLinks(links);
  shown = await render(collabHandle('owner', fakeActions({ shareLinks: fake.api })), <ShareButton />, lang);
  await click(shown.get('share-open'));
  await settle();
  return { fake, ui: shown };
}

function rows(ui: Rendered) {
  return [...ui.get('share-list').querySelectorAll('li')].map((li) => ({
    id: li.dataset.testid,
    state: li.dataset.state,
    text: li.querySelector('.share-link-main')?.textContent,
    badge: li.querySelector('.share-link-state')?.textContent,
    revoke: li.querySelector('[data-testid^="share-revoke-"]') !== null,
  }));
}

describe('ShareButton', () => {
  it('is shown to the owner only, with a link API and a link the server did not refuse', async () => {
    for (const role of ['planner', 'facility-manager', 'viewer'] as CollabRole[]) {
      shown = await render(collabHandle(role, fakeActions({ shareLinks: fakeShareLinks().api })), <ShareButton />, 'en');
      expect(shown.find('share-open')).toBeNull();
      await shown.unmount();
    }
    shown = await render(collabHandle('owner', fakeActions({ shareLinks: null })), <ShareButton />, 'en');
    expect(shown.find('share-open')).toBeNull();
    await shown.unmount();
    shown = await render(null, <ShareButton />, 'en');
    expect(shown.container.innerHTML).toBe('');
    await shown.unmount();
    shown = await render(collabHandle('owner', fakeActions({ shareLinks: fakeShareLinks().api }), { status: 'refused', error: { reason: 'forged' } }), <ShareButton />, 'en');
    expect(shown.find('share-open')).toBeNull();
    await shown.unmount();
    shown = await render(collabHandle('owner', fakeActions({ shareLinks: fakeShareLinks().api })), <ShareButton />, 'zh-CN');
    expect(shown.get('share-open').textContent).toBe('共享…');
  });

  it('lists the links newest first with label, role, expiry date and state (English)', async () => {
    const { ui, fake } = await openDialog('en');
    expect(fake.calls).toEqual([['list']]);
    expect(rows(ui)).toEqual([
      { id: 'share-link-new3', state: 'active', text: 'Ops teamPlanner · until Jan 15, 2030, 8:00 AM', badge: 'Active', revoke: true },
      { id: 'share-link-mid2', state: 'revoked', text: '(no label)Facility manager · until Jan 15, 2030, 8:00 AM', badge: 'Revoked', revoke: false },
      { id: 'share-link-old1', state: 'expired', text: 'BoardViewer · expired Mar 1, 2020, 12:00 AM', badge: 'Expired', revoke: false },
    ]);
  });

  it('lists the links in Chinese with Chinese dates', async () => {
    const { ui } = await openDialog('zh-CN');
    expect(rows(ui).map((r) => [r.text, r.badge])).toEqual([
      ['Ops team规划师 · 有效至 2030年1月15日 08:00', '有效'],
      ['（无备注）设施管理员 · 有效至 2030年1月15日 08:00', '已撤销'],
      ['Board查看者 · 已于 2020年3月1日 00:00 过期', '已过期'],
    ]);
    expect(ui.get('share-create').textContent).toBe('创建链接');
  });

  it('mints a link with the chosen role, expiry and label, shows its address and copies it', async () => {
    const { ui, fake } = await openDialog('en', []);
    expect(ui.container.textContent).toContain('No links yet.');
    await type(ui.get('share-role'), 'planner');
    expect(ui.get('share-role-hint').textContent).toBe('Edits the whole plan');
    await type(ui.get('share-expiry'), '30');
    await type(ui.get('share-label'), '  Ops team ');
    await click(ui.get('share-create'));
    await settle();
    expect(fake.calls).toEqual([['list'], ['mint', { role: 'planner', expiresInS: 30 * 86_400, label: 'Ops team' }], ['list']]);
    expect((ui.get('share-url') as HTMLInputElement).value).toBe('http://app.test/?join=cf1.token1.sig');
    expect(ui.get('share-created').textContent).toContain('anyone with it joins as Planner');
    expect(rows(ui).map((r) => r.id)).toEqual(['share-link-new1']);

    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await click(ui.get('share-copy'));
    expect(writeText).toHaveBeenCalledWith('http://app.test/?join=cf1.token1.sig');
    expect(ui.get('share-copy').textContent).toBe('Copied');
  });

  it('selects the address for Ctrl+C when there is no clipboard', async () => {
    const { ui } = await openDialog('en', []);
    await click(ui.get('share-create'));
    await settle();
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const field = ui.get('share-url') as HTMLInputElement;
    await click(ui.get('share-copy'));
    expect(ui.get('share-copy-fallback').textContent).toBe('Selected: press Ctrl+C (⌘C on a Mac) to copy');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(document.activeElement).toBe(field);
  });

  it('takes a custom number of days and refuses one that is not 1 to 3650', async () => {
    const { ui, fake } = await openDialog('en', []);
    await type(ui.get('share-expiry'), 'custom');
    await type(ui.get('share-custom-days'), '0');
    expect((ui.get('share-create') as HTMLButtonElement).disabled).toBe(true);
    expect(ui.get('share-days-problem').textContent).toBe('Enter a whole number of days from 1 to 3650.');
    await type(ui.get('share-custom-days'), '90');
    expect(ui.find('share-days-problem')).toBeNull();
    await click(ui.get('share-create'));
    await settle();
    expect(fake.calls[1]).toEqual(['mint', { role: 'viewer', expiresInS: 90 * 86_400, label: '' }]);
  });

  it('revokes only after a confirmation', async () => {
    const { ui, fake } = await openDialog('en');
    await click(ui.get('share-revoke-new3'));
    expect(fake.calls).toEqual([['list']]);
    expect(ui.get('share-link-new3').textContent).toContain('Revoke this link? Anyone using it is cut off at once.');
    await click(ui.get('share-revoke-cancel-new3'));
    expect(ui.find('share-revoke-confirm-new3')).toBeNull();
    await click(ui.get('share-revoke-new3'));
    await click(ui.get('share-revoke-confirm-new3'));
    await settle();
    expect(fake.calls).toEqual([['list'], ['revoke', 'new3'], ['list']]);
    expect(ui.get('share-link-new3').dataset.state).toBe('revoked');
    expect(ui.find('share-revoke-new3')).toBeNull();
  });

  it('says the server errors in words, in both languages', async () => {
    const en = await openDialog('en', []);
    en.fake.fail('not-owner');
    await click(en.ui.get('share-create'));
    await settle();
    expect(en.ui.get('share-error').textContent).toBe('Failed: Only the project’s owner can manage share links.');
    expect(en.ui.find('share-url')).toBeNull();
    await en.ui.unmount();

    const fake = fakeShareLinks();
    fake.fail('unreachable');
    shown = await render(collabHandle('owner', fakeActions({ shareLinks: fake.api })), <ShareButton />, 'zh-CN');
    await click(shown.get('share-open'));
    await settle();
    expect(shown.get('share-list-error').textContent).toBe('失败：无法连接服务器，请检查网络后重试。');
  });
});

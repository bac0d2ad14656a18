// @vitest-environment jsdom
// The header's avatars of a shared project (issue 19), with a real collaboration store and fake
// session actions: this user first, "+n" past five, the tooltip in both languages, a click on
// someone on a floor opens that floor here; nothing at all when the project is not shared.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollabProvider, type CollabHandle } from '../../../../src/editor/collab/CollabContext.tsx';
import { createCollabStore, type CollabActions, type Peer } from '../../../../src/editor/collab/collabState.ts';
import type { EditorStores } from '../../../../src/editor/EditorContext.tsx';
import { setLocale } from '../../../../src/i18n/index.ts';
import { PresenceList } from '../../../../src/ui/collab/presence/index.ts';
import { freshStores, WithStores } from '../../editorStores.tsx';
import { makeBuilding, makeFloor, makePlan, rect } from '../../../rules/fixtures.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const plan = makePlan([
  makeBuilding([makeFloor({ id: 'A-1F', name: '1F', level: 1 }), makeFloor({ id: 'A-3F', name: '3F', level: 3, elevation: 8 })], { id: 'A', name: 'A座' }),
  makeBuilding([makeFloor({ id: 'B-2F', name: '2F', level: 2, elevation: 4 })], { id: 'B', name: 'B栋', footprint: rect(40, 0, 60, 10) }),
]);

function fakeActions(): CollabActions {
  return {
    shareLinks: null,
    setName: () => undefined,
    setPointer: () => undefined,
    publishOpenPlan: async () => undefined,
    disconnect: () => undefined,
    reconnect: () => undefined,
  };
}

function peer(clientId: number, name: string, floorId: string | null, parts: Partial<Peer> = {}): Peer {
  return { clientId, name, color: '#d93025', role: 'planner', floorId, selection: [], pointer: null, ...parts };
}

let root: Root;
let container: HTMLDivElement;
let stores: EditorStores;
let collab: CollabHandle;

beforeEach(() => {
  setLocale('en');
  stores = freshStores('en');
  stores.editor.getState().load(plan);
  collab = { store: createCollabStore({ serverUrl: 'ws://x', projectId: 'demo', role: 'owner', self: { clientId: 7, name: 'Ada Lovelace', color: '#1f6feb' } }), actions: fakeActions() };
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(handle: CollabHandle | null): void {
  act(() =>
    root.render(
      <WithStores stores={stores}>
        <CollabProvider collab={handle}>
          <PresenceList />
        </CollabProvider>
      </WithStores>,
    ),
  );
}

const avatar = (clientId: number) => container.querySelector<HTMLButtonElement>(`[data-testid="peer-${clientId}"]`);
const avatars = () => [...container.querySelectorAll<HTMLElement>('[data-testid="presence-list"] > .presence-avatar')];
const setPeers = (peers: Peer[]) => act(() => collab.store.setState({ peers }));

describe('PresenceList', () => {
  it('renders nothing when the project is not shared', () => {
    render(null);
    expect(container.innerHTML).toBe('');
  });

  it('shows this user first, marked "you", with initials in their colour', () => {
    render(collab);
    setPeers([peer(11, '王小明', 'A-3F', { color: '#ffeb3b' })]);
    const list = container.querySelector('[data-testid="presence-list"]')!;
    expect(list).not.toBeNull();
    expect(avatars().map((a) => a.dataset['testid'])).toEqual(['peer-7', 'peer-11']);
    const me = avatar(7)!;
    expect(me.querySelector('.presence-avatar__initials')!.textContent).toBe('AL');
    expect(me.querySelector('.presence-avatar__you')!.textContent).toBe('you');
    expect(me.style.background).toBe('rgb(31, 111, 235)');
    expect(me.style.color).toBe('rgb(255, 255, 255)');
    const other = avatar(11)!;
    expect(other.textContent).toBe('小明');
    // dark initials on yellow
    expect(other.style.color).toBe('rgb(31, 42, 51)');
    expect(other.querySelector('.presence-avatar__you')).toBeNull();
  });

  it('shows five avatars and counts the rest as "+n", listing them on click', () => {
    render(collab);
    setPeers([1, 2, 3, 4, 5, 6].map((i) => peer(i, `Person ${i}`, 'B-2F')));
    expect(avatars().map((a) => a.dataset['testid'])).toEqual(['peer-7', 'peer-1', 'peer-2', 'peer-3', 'peer-4']);
    const more = container.querySelector<HTMLButtonElement>('[data-testid="presence-more"]')!;
    expect(more.textContent).toBe('+2');
    expect(more.title).toBe('2 more: Person 5, Person 6');
    expect(container.querySelector('[data-testid="presence-more-list"]')).toBeNull();
    act(() => more.click());
    const rows = [...container.querySelectorAll<HTMLElement>('[data-testid="presence-more-list"] button')];
    expect(rows.map((r) => r.dataset['testid'])).toEqual(['peer-5', 'peer-6']);
    expect(rows[0]!.textContent).toBe('P5Person 5On B栋 · 2F');
    // a click on a listed person goes to their floor and closes the list
    act(() => rows[1]!.click());
    expect(stores.editor.getState().session.floorId).toBe('B-2F');
    expect(container.querySelector('[data-testid="presence-more-list"]')).toBeNull();
    // one person fewer: no "+n" at six
    setPeers([1, 2, 3, 4].map((i) => peer(i, `Person ${i}`, 'B-2F')));
    expect(container.querySelector('[data-testid="presence-more"]')).toBeNull();
    expect(avatars()).toHaveLength(5);
  });

  it('titles give name, role and floor in English and Chinese', () => {
    render(collab);
    setPeers([peer(11, 'Grace Hopper', 'A-3F', { role: 'facility-manager' }), peer(12, '李娜', null, { role: 'viewer' }), peer(13, 'Ghost', 'Z-9F', { role: null })]);
    expect(avatar(7)!.title).toBe('Ada Lovelace (you)\nOwner\nViewing the park or a building');
    expect(avatar(11)!.title).toBe('Grace Hopper\nFacility manager\nOn A座 · 3F\nClick to go to their floor');
    expect(avatar(12)!.title).toBe('李娜\nViewer\nViewing the park or a building');
    expect(avatar(13)!.title).toBe('Ghost\nOn a floor not loaded here yet (Z-9F)');
    expect(avatar(11)!.getAttribute('aria-label')).toBe('Grace Hopper — Facility manager — On A座 · 3F — Click to go to their floor');

    act(() => setLocale('zh-CN'));
    expect(avatar(7)!.title).toBe('Ada Lovelace（你）\n所有者\n正在查看园区或楼栋');
    expect(avatar(7)!.querySelector('.presence-avatar__you')!.textContent).toBe('你');
    expect(avatar(11)!.title).toBe('Grace Hopper\n设施管理员\n位于 A座 · 3F\n点击前往其所在楼层');
    expect(avatar(12)!.title).toBe('李娜\n查看者\n正在查看园区或楼栋');
    expect(avatar(13)!.title).toBe('Ghost\n位于本机尚未载入的楼层（Z-9F）');

    // this user's own floor follows the floor open here
    act(() => stores.editor.getState().openFloor('A-3F'));
    expect(avatar(7)!.title).toBe('Ada Lovelace（你）\n所有者\n位于 A座 · 3F');
    expect(avatar(11)!.title).toBe('Grace Hopper\n设施管理员\n位于 A座 · 3F\n与你在同一楼层');
    act(() => setLocale('en'));
  });

  it('a click on someone on a floor opens that floor; on oneself, someone at park level or on an unknown floor, nothing', () => {
    render(collab);
    setPeers([peer(11, 'Grace', 'A-3F'), peer(12, 'Li', null), peer(13, 'Ghost', 'Z-9F')]);
    const session = () => stores.editor.getState().session;
    expect(session().level).toBe('park');

    for (const id of [7, 12, 13]) {
      expect(avatar(id)!.getAttribute('aria-disabled')).toBe('true');
      act(() => avatar(id)!.click());
      expect(session().level).toBe('park');
    }
    expect(avatar(11)!.getAttribute('aria-disabled')).toBe('false');
    act(() => avatar(11)!.click());
    expect(session()).toMatchObject({ level: 'floor', buildingId: 'A', floorId: 'A-3F' });

    // already there: a click keeps this user's selection
    act(() => stores.editor.getState().select(['x']));
    expect(avatar(11)!.getAttribute('aria-disabled')).toBe('true');
    act(() => avatar(11)!.click());
    expect(session().selection).toEqual(['x']);

    // they move on: the avatar follows
    setPeers([peer(11, 'Grace', 'A-1F')]);
    act(() => avatar(11)!.click());
    expect(session().floorId).toBe('A-1F');
  });
});

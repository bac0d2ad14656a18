// Test helper: renders the shared project's controls inside a CollabProvider with a real
// createCollabStore(...) and fake actions that record what they were asked.
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { CollabProvider, type CollabHandle } from '../../../src/editor/collab/CollabContext.tsx';
import { createCollabStore, type CollabActions, type CollabRole, type CollabState, type ShareLink, type ShareLinksApi } from '../../../src/editor/collab/collabState.ts';
import { i18n } from '../../../src/i18n/index.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface FakeActions extends CollabActions {
  calls: Array<[string, ...unknown[]]>;
}

export function fakeActions(overrides: Partial<CollabActions> = {}): FakeActions {
  const calls: Array<[string, ...unknown[]]> = [];
  return {
    calls,
    shareLinks: null,
    setName: (name) => void calls.push(['setName', name]),
    setPointer: (pointer) => void calls.push(['setPointer', pointer]),
    publishOpenPlan: async () => void calls.push(['publishOpenPlan']),
    disconnect: () => void calls.push(['disconnect']),
    reconnect: () => void calls.push(['reconnect']),
    ...overrides,
  };
}

export function collabHandle(role: CollabRole, actions: CollabActions = fakeActions(), state: Partial<CollabState> = {}): CollabHandle {
  const store = createCollabStore({ serverUrl: 'ws://127.0.0.1:4300', projectId: 'park-1', role, self: { clientId: 7, name: 'Wang Fang', color: '#d33682' } });
  store.setState(state);
  return { store, actions };
}

export interface Rendered {
  container: HTMLElement;
  root: Root;
  find(testId: string): HTMLElement | null;
  get(testId: string): HTMLElement;
  unmount(): Promise<void>;
}

export async function render(collab: CollabHandle | null, children: ReactNode, lang: 'en' | 'zh-CN'): Promise<Rendered> {
  await i18n.changeLanguage(lang);
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <CollabProvider collab={collab}>{children}</CollabProvider>
      </I18nextProvider>,
    ),
  );
  const find = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  return {
    container,
    root,
    find,
    get: (testId) => {
      const el = find(testId);
      if (!el) throw new Error(`no [data-testid="${testId}"] in ${container.innerHTML.slice(0, 400)}`);
      return el;
    },
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
}

/** Sets a field's value as a person would (React reads input events through its value tracker). */
export async function type(el: HTMLElement, value: string): Promise<void> {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function settle(): Promise<void> {
  await act(() => new Promise((r) => setTimeout(r, 0)));
}

/** An in-memory link API: mint adds, revoke marks; `fail` makes the next call throw that word. */
export function fakeShareLinks(initial: ShareLink[] = []) {
  const links: ShareLink[] = [...initial];
  const calls: Array<[string, ...unknown[]]> = [];
  let failNext: string | null = null;
  let serial = 0;
  const maybeFail = () => {
    if (failNext) {
      const word = failNext;
      failNext = null;
      throw new Error(word);
    }
  };
  const api: ShareLinksApi = {
    async list() {
      calls.push(['list']);
      maybeFail();
      return links.map((l) => ({ ...l }));
    },
    async mint(input) {
      calls.push(['mint', input]);
      maybeFail();
      const link: ShareLink = { linkId: `new${++serial}`, role: input.role, expiresAt: 1_900_000_000, ...(input.label ? { label: input.label } : {}), revoked: false };
      links.push(link);
      return { ...link, token: `cf1.token${serial}.sig` };
    },
    async revoke(linkId) {
      calls.push(['revoke', linkId]);
      maybeFail();
      const index = links.findIndex((l) => l.linkId === linkId);
      if (index >= 0) links[index] = { ...(links[index] as ShareLink), revoked: true };
    },
    joinUrl: (token) => `http://app.test/?join=${token}`,
  };
  return { api, calls, links, fail: (word: string) => void (failNext = word) };
}

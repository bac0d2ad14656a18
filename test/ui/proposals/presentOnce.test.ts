// A proposal pack opened as a project presents once: the first open sets the session read-only
// and stores the flag with the project; a later open (a reload) of that project does not; a pack
// already presented before it became a project is only marked.
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { presentedSetting, watchPresentOnce, type PresentOnceSession } from '../../../src/ui/proposals/presentOnce.ts';
import { sayOrFallback } from '../../../src/ui/proposals/presentationMessages.ts';
import { i18n } from '../../../src/i18n/index.ts';

const plan = (presentation: boolean): PlanDocument => ({ format: 'callfloor', version: 3, name: 'Pack', site: { boundary: [], green: [], buildings: [] }, ...(presentation ? { presentation: true } : {}) }) as PlanDocument;

/** A persistence session stand-in: which project is open, settings in a map shared like one database. */
function fakeSession(settings: Map<string, unknown>) {
  const listeners = new Set<() => void>();
  const session = {
    state: { project: null as { id: string } | null },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    repository: {
      getSetting: async <T,>(key: string) => settings.get(key) as T | undefined,
      setSetting: async (key: string, value: unknown) => void settings.set(key, value),
    },
    open(id: string | null) {
      session.state = { project: id ? { id } : null };
      for (const l of listeners) l();
    },
  };
  return session satisfies PresentOnceSession;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('watchPresentOnce', () => {
  it('presents an imported pack once; the reload opens it as a normal project', async () => {
    const settings = new Map<string, unknown>();
    // first page: the import loads the pack, then attaches the new project
    const store = createEditorStore('en');
    const session = fakeSession(settings);
    const stop = watchPresentOnce(store, session);
    store.getState().load(plan(true));
    session.open('p1');
    await settle();
    expect(store.getState().session.readOnly).toBe(true);
    expect(settings.get(presentedSetting('p1'))).toBe(true);
    stop();

    // the reload: the same project reopens from storage
    const again = createEditorStore('en');
    const reopened = fakeSession(settings);
    watchPresentOnce(again, reopened);
    again.getState().load(plan(true));
    reopened.open('p1');
    await settle();
    expect(again.getState().session.readOnly).toBeFalsy();
  });

  it('leaves a plain plan alone, and presents a second import of the pack (a new project) again', async () => {
    const settings = new Map<string, unknown>([[presentedSetting('p1'), true]]);
    const store = createEditorStore('en');
    const session = fakeSession(settings);
    watchPresentOnce(store, session);
    store.getState().load(plan(false));
    session.open('plain');
    await settle();
    expect(store.getState().session.readOnly).toBeFalsy();
    expect(settings.has(presentedSetting('plain'))).toBe(false);
    store.getState().load(plan(true));
    session.open('p2');
    await settle();
    expect(store.getState().session.readOnly).toBe(true);
  });

  it('only marks a pack that was presented from a URL before its first edit made it a project', async () => {
    const settings = new Map<string, unknown>();
    const store = createEditorStore('en');
    const session = fakeSession(settings);
    watchPresentOnce(store, session);
    store.getState().load(plan(true));
    store.getState().setReadOnly(true); // App: ?plan=pack.json presents
    store.getState().setReadOnly(false); // Esc
    session.open('adopted'); // the first edit adopts the shown plan (no new load)
    await settle();
    expect(store.getState().session.readOnly).toBe(false);
    expect(settings.get(presentedSetting('adopted'))).toBe(true);
  });
});

describe('sayOrFallback', () => {
  it('never answers with the key', () => {
    i18n.addResourceBundle('en', 'translation', { presentTest: { onlyEn: 'Only English' } }, true, false);
    const zh = { t: i18n.t.bind(i18n), exists: i18n.exists.bind(i18n), language: 'zh-CN' };
    expect(sayOrFallback(zh, 'proposals.presentation.seats', '?')).toBe('座位');
    expect(sayOrFallback(zh, 'presentTest.onlyEn', '?')).toBe('Only English');
    expect(sayOrFallback(zh, 'presentTest.nowhere', '—')).toBe('—');
    expect(sayOrFallback({ ...zh, language: 'en' }, 'proposals.presentation.limits.exit-width', '?')).toBe('exit width');
    expect(sayOrFallback(zh, 'proposals.presentation.limits.exit-width', '?')).toBe('疏散宽度');
  });
});

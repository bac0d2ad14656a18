import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import { moveElements } from '../../src/floorplan/commands/index.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository } from '../../src/persistence/projectRepository.ts';
import { LAST_PROJECT_SETTING, ProjectSession } from '../../src/persistence/projectSession.ts';
import { TabCoordinator, type TabChannel, type TabMessage } from '../../src/persistence/tabCoordinator.ts';
import { editorHost } from '../../src/ui/projects/editorHost.ts';
import { examplePlan } from '../fixtures/plans.ts';

let factory: IDBFactory;
const open: { db: CallfloorDatabase; session: ProjectSession }[] = [];

function channelHub() {
  const members = new Set<Set<(e: { data: unknown }) => void>>();
  return (): TabChannel => {
    const mine = new Set<(e: { data: unknown }) => void>();
    members.add(mine);
    return {
      postMessage: (message: TabMessage) => {
        for (const m of members) if (m !== mine) for (const l of m) l({ data: message });
      },
      addEventListener: (_t, l) => mine.add(l),
      removeEventListener: (_t, l) => mine.delete(l),
      close: () => members.delete(mine),
    };
  };
}

/** One browser tab: its own connection, editor store and session. */
function tab(options: { channel?: TabChannel; tabId?: string } = {}): { store: EditorStore; session: ProjectSession } {
  const db = createDatabase('session-test', { indexedDB: factory, IDBKeyRange });
  const store = createEditorStore();
  const session = new ProjectSession({
    repository: new ProjectRepository(db, { undoWindowMs: 50 }),
    host: editorHost(store),
    debounceMs: 10,
    ...(options.channel ? { tabs: new TabCoordinator(options.channel, options.tabId ?? 't') } : {}),
  });
  open.push({ db, session });
  return { store, session };
}

const moveSeat = (store: EditorStore, dx: number) => store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s1'], dx, dy: 0 });
const seatX = (store: EditorStore) => store.getState().plan.site.buildings[0]!.floors[0]!.workstations[0]!.at[0];

beforeEach(() => {
  factory = new IDBFactory();
});
afterEach(() => {
  for (const { db, session } of open.splice(0)) {
    session.dispose();
    db.close();
  }
});

describe('ProjectSession', () => {
  it('autosaves an edit and a reload (new tab) reopens the last project with the same plan', async () => {
    const first = tab();
    expect(await first.session.start()).toBe(false);
    expect(await first.session.create('示例', examplePlan())).toEqual({ ok: true });
    expect(first.session.state.save).toMatchObject({ status: 'saved', revision: 1, dirty: false });
    moveSeat(first.store, 2);
    expect(first.session.state.save?.dirty).toBe(true);
    await first.session.flush();
    expect(first.session.state.save).toMatchObject({ status: 'saved', revision: 2, dirty: false });

    const reloaded = tab();
    expect(await reloaded.session.start()).toBe(true);
    expect(seatX(reloaded.store)).toBe(32);
    expect(reloaded.store.getState().plan).toEqual(first.store.getState().plan);
    expect(reloaded.session.state.project?.headRevision).toBe(2);
  });

  it('tells the older tab at once, refuses its save, and offers reload or a copy', async () => {
    const join = channelHub();
    const a = tab({ channel: join(), tabId: 'a' });
    await a.session.create('p', examplePlan());
    const b = tab({ channel: join(), tabId: 'b' });
    await b.session.start();
    expect(a.session.state.otherTabs).toBe(1);
    expect(b.session.state.otherTabs).toBe(1);

    moveSeat(a.store, 1);
    await a.session.flush();
    expect(b.session.state.save?.status).toBe('stale');
    moveSeat(b.store, -5);
    expect(await b.session.flush()).toMatchObject({ status: 'stale' });

    // b keeps its edit as a copy; the original keeps a's edit
    expect(await b.session.saveAsCopy('p 副本')).toEqual({ ok: true });
    expect(b.session.state.project?.name).toBe('p 副本');
    expect(seatX(b.store)).toBe(25);
    const names = b.session.state.projects.map((p) => p.name).sort();
    expect(names).toEqual(['p', 'p 副本']);
    const original = b.session.state.projects.find((p) => p.name === 'p')!;
    expect((await b.session.repository.openProject(original.id))?.plan.site.buildings[0]!.floors[0]!.workstations[0]!.at[0]).toBe(31);
  });

  it('reloadHead drops the stale edits and shows the newest revision', async () => {
    const join = channelHub();
    const a = tab({ channel: join(), tabId: 'a' });
    await a.session.create('p', examplePlan());
    const b = tab({ channel: join(), tabId: 'b' });
    await b.session.start();
    moveSeat(a.store, 3);
    await a.session.flush();
    moveSeat(b.store, 7);
    await b.session.reloadHead();
    expect(seatX(b.store)).toBe(33);
    expect(b.session.state.save).toMatchObject({ status: 'saved', revision: 2 });
  });

  it('restores an old revision as a new one and shows it', async () => {
    const { store, session } = tab();
    await session.create('p', examplePlan());
    moveSeat(store, 4);
    await session.flush();
    expect(await session.restore(1)).toEqual({ ok: true });
    expect(seatX(store)).toBe(30);
    expect(session.state.save?.revision).toBe(3);
    expect((await session.listRevisions()).map((r) => [r.revision, r.restoredFrom])).toEqual([[3, 1], [2, null], [1, null]]);
  });

  it('imports a broken file without touching the list, and deletes with an undo window', async () => {
    const { session } = tab();
    await session.create('keep', examplePlan());
    const before = session.state.projects.map((p) => p.id);
    expect(await session.importText('{"format":"callfloor","version":1}', 'bad.callfloor.json')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(session.state.importProblems?.fileName).toBe('bad.callfloor.json');
    expect(session.state.importProblems?.problems.map((p) => p.path)).toContain('site');
    expect(session.state.projects.map((p) => p.id)).toEqual(before);

    const id = before[0]!;
    await session.remove(id);
    expect(session.state.project).toBeNull();
    expect(session.state.projects).toEqual([]);
    expect(session.state.recentlyDeleted?.name).toBe('keep');
    await session.undoRemove();
    expect(session.state.projects.map((p) => p.id)).toEqual([id]);

    await session.remove(id);
    await new Promise((r) => setTimeout(r, 250)); // undo window 50 ms + purge
    expect(session.state.recentlyDeleted).toBeNull();
    expect(await session.undoRemove()).toEqual({ ok: true });
    expect(await session.repository.db.projects.count()).toBe(0);
  });

  it('exports the plan on screen even with no project', () => {
    const { store, session } = tab();
    store.getState().load(examplePlan());
    const file = session.exportCurrent();
    expect(file.fileName).toBe('示例园区.callfloor.json');
    expect(JSON.parse(file.text)).toEqual(examplePlan());
  });
});

describe('ProjectSession with adoptOnEdit', () => {
  it('makes the plan on screen a project at its first edit, keeping undo history, and saves the edits', async () => {
    const db = createDatabase('session-test', { indexedDB: factory, IDBKeyRange });
    const store = createEditorStore();
    const session = new ProjectSession({ repository: new ProjectRepository(db), host: editorHost(store), debounceMs: 10, adoptOnEdit: true });
    open.push({ db, session });
    expect(await session.start()).toBe(false);
    store.getState().load(examplePlan()); // e.g. the sample opened from the URL: not an edit of a project yet
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.projects.count()).toBe(0);
    moveSeat(store, 1);
    moveSeat(store, 1);
    await new Promise((r) => setTimeout(r, 50));
    await session.flush();
    expect(store.getState().history.undo.length).toBe(2);
    const reopened = await session.repository.openProject(session.state.project!.id);
    expect(reopened?.plan.site.buildings[0]!.floors[0]!.workstations[0]!.at[0]).toBe(32);
    expect(session.state.save).toMatchObject({ status: 'saved', dirty: false });
    expect(await db.projects.count()).toBe(1);
  });

  it('names the new project as the one a reload opens before the badge first says it is saved', async () => {
    const db = createDatabase('session-test-last', { indexedDB: factory, IDBKeyRange });
    const store = createEditorStore();
    const repository = new ProjectRepository(db);
    const session = new ProjectSession({ repository, host: editorHost(store), debounceMs: 10, adoptOnEdit: true });
    open.push({ db, session });
    await session.start();
    store.getState().load(examplePlan());
    // what a reload would open, read the moment the session first reports a project saved
    let lastAtFirstSaved: string | undefined | null = null;
    const seen = new Promise<void>((resolve) => {
      const stop = session.subscribe(() => {
        if (lastAtFirstSaved !== null || session.state.save?.status !== 'saved' || !session.state.project) return;
        lastAtFirstSaved = undefined;
        stop();
        void repository.getSetting<string>(LAST_PROJECT_SETTING).then((id) => {
          lastAtFirstSaved = id;
          resolve();
        });
      });
    });
    moveSeat(store, 1);
    await seen;
    expect(lastAtFirstSaved).toBe(session.state.project!.id);
  });
});

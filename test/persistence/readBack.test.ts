// Issue 19, "No data loss, proven": a save counts only once read back; the browser is asked for
// persistent storage at the first save (never waited for); a plan file can be downloaded when
// storage is broken.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/store.ts';
import { moveElements } from '../../src/floorplan/commands/index.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { createAutosave, type Timer } from '../../src/persistence/autosave.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository, type SaveResult } from '../../src/persistence/projectRepository.ts';
import { ProjectSession, type StorageManagerLike } from '../../src/persistence/projectSession.ts';
import { storageFailure } from '../../src/persistence/storageErrors.ts';
import { editorHost } from '../../src/ui/projects/editorHost.ts';
import { examplePlan } from '../fixtures/plans.ts';

const opened: CallfloorDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database whose next blob write is altered ('corrupt') or dropped while saying success ('lose'). */
function faultyDatabase(fault: { next: 'corrupt' | 'lose' | null }): CallfloorDatabase {
  const db = createDatabase('read-back', { indexedDB: new IDBFactory(), IDBKeyRange });
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            if (name !== 'blobs' || request.type !== 'put' || !fault.next) return table.mutate(request);
            const kind = fault.next;
            fault.next = null;
            if (kind === 'lose') return Promise.resolve({ numFailures: 0, failures: {}, lastResult: undefined, results: request.values.map((v: { hash: string }) => v.hash) });
            return table.mutate({ ...request, values: request.values.map((v: { hash: string; json: string }) => ({ ...v, json: v.json.replace('"A-3F"', '"A-9F"') })) });
          },
        };
      },
    }),
  };
  db.use(middleware);
  opened.push(db);
  return db;
}

const movedSeat = (plan: PlanDocument, dx: number): PlanDocument => {
  const copy = structuredClone(plan);
  copy.site.buildings[0]!.floors[0]!.workstations[0]!.at[0] += dx;
  return copy;
};
const seatX = (plan: PlanDocument | undefined) => plan?.site.buildings[0]!.floors[0]!.workstations[0]!.at[0];

describe('read back before "saved"', () => {
  it.each(['corrupt', 'lose'] as const)('a %s blob write fails the save as "verify", and the previous revision stays the head', async (kind) => {
    const fault: { next: 'corrupt' | 'lose' | null } = { next: null };
    const repo = new ProjectRepository(faultyDatabase(fault));
    const created = await repo.createProject('p', examplePlan());
    if (!created.ok) throw new Error('create failed');
    const id = created.meta.id;
    fault.next = kind;
    const refused = await repo.saveRevision(id, movedSeat(examplePlan(), 3), { baseRevision: 1 });
    expect(refused).toMatchObject({ ok: false, reason: 'verify' });
    expect(refused.ok ? '' : refused.message['zh-CN']).toContain('校验');
    expect(refused.ok ? '' : refused.message.en).toContain('read back');
    // taken back: the head is revision 1 with the original seat, and nothing of revision 2 is left
    const head = await repo.openProject(id);
    expect(head?.headRevision).toBe(1);
    expect(seatX(head?.plan)).toBe(30);
    expect((await repo.listRevisions(id)).map((r) => r.revision)).toEqual([1]);
    // the same save again, storage well: revision 2 holds the moved seat
    expect(await repo.saveRevision(id, movedSeat(examplePlan(), 3), { baseRevision: 1 })).toEqual({ ok: true, revision: 2 });
    expect(seatX((await repo.openProject(id))?.plan)).toBe(33);
  });

  it('a project whose first revision does not read back is not created', async () => {
    const fault: { next: 'corrupt' | 'lose' | null } = { next: 'corrupt' };
    const repo = new ProjectRepository(faultyDatabase(fault));
    expect(await repo.createProject('p', examplePlan())).toMatchObject({ ok: false, reason: 'verify' });
    expect(await repo.listProjects()).toEqual([]);
    expect(await repo.db.blobs.count()).toBe(0);
  });

  it('autosave never says saved after a failed read-back: it stays dirty, retries by itself, and rewrites every blob', async () => {
    const answers: SaveResult[] = [storageFailure('verify'), { ok: true, revision: 2 }];
    const calls: { baseRevision: number; rewriteBlobs?: boolean }[] = [];
    const repository = {
      saveRevision: async (_id: string, _plan: PlanDocument, o: { baseRevision: number; rewriteBlobs?: boolean }): Promise<SaveResult> => {
        calls.push({ baseRevision: o.baseRevision, ...(o.rewriteBlobs ? { rewriteBlobs: true } : {}) });
        return answers[calls.length - 1]!;
      },
    };
    const due: { at: number; run: () => void }[] = [];
    let now = 0;
    const timer: Timer = { set: (run, ms) => due.push({ at: now + ms, run }) - 1, clear: (h) => void (due[h as number] = { at: Infinity, run: () => undefined }) };
    let revision = 0;
    const statuses: string[] = [];
    const autosave = createAutosave({ repository, projectId: 'p', baseRevision: 1, getPlan: examplePlan, getRevision: () => revision, onStatus: (s) => statuses.push(`${s.status}${s.dirty ? '*' : ''}`), debounceMs: 100, timer });
    revision++;
    autosave.notifyChange();
    expect(await autosave.flush()).toMatchObject({ status: 'failed', dirty: true, revision: 1, failure: { reason: 'verify' } });
    // the retry waits 2 × 100 ms (doubling on each failure) and runs without any new edit
    const retry = due.find((d) => d.at !== Infinity)!;
    expect(retry.at).toBe(200);
    now = 200;
    retry.run();
    expect(await autosave.flush()).toMatchObject({ status: 'saved', dirty: false, revision: 2 });
    expect(calls).toEqual([{ baseRevision: 1 }, { baseRevision: 1, rewriteBlobs: true }]);
    expect(statuses).toEqual(['saved*', 'saving*', 'failed*', 'saving*', 'saved']);
  });
});

describe('persistent storage', () => {
  function session(storageManager: StorageManagerLike | null) {
    const db = createDatabase('persist', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    const store = createEditorStore();
    const s = new ProjectSession({ repository: new ProjectRepository(db), host: editorHost(store), debounceMs: 5, storageManager });
    return { store, session: s };
  }

  it('asks once, at the first save, and keeps a refusal for the UI', async () => {
    let asked = 0;
    const { store, session: s } = session({ persisted: async () => false, persist: async () => (asked++, false) });
    await s.start();
    expect(s.state.persistence).toBe('unasked');
    expect(asked).toBe(0);
    await s.create('p', examplePlan());
    expect(s.state.persistence).toBe('refused');
    store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s1'], dx: 1, dy: 0 });
    await s.flush();
    expect(asked).toBe(1);
    s.dispose();
  });

  it('does not ask when storage is already persistent, and says unsupported without the API', async () => {
    let asked = 0;
    const granted = session({ persisted: async () => true, persist: async () => (asked++, true) });
    await granted.session.create('p', examplePlan());
    expect(granted.session.state.persistence).toBe('granted');
    expect(asked).toBe(0);
    const none = session(null);
    await none.session.create('p', examplePlan());
    expect(none.session.state.persistence).toBe('unsupported');
    granted.session.dispose();
    none.session.dispose();
  });

  it('never holds a save back: a browser that never answers still gets the plan saved', async () => {
    const { store, session: s } = session({ persist: () => new Promise<boolean>(() => undefined) });
    expect(await s.create('p', examplePlan())).toEqual({ ok: true });
    store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s1'], dx: 2, dy: 0 });
    expect(await s.flush()).toMatchObject({ status: 'saved', dirty: false, revision: 2 });
    expect(s.state.persistence).toBe('asking');
    s.dispose();
  });
});

describe('download when storage fails', () => {
  it('exports the plan on screen with storage closed under it and with every write refused for quota', async () => {
    const db = createDatabase('broken', { indexedDB: new IDBFactory(), IDBKeyRange });
    let full = false;
    const quota: Middleware<DBCore> = { stack: 'dbcore', create: (down) => ({ ...down, table: (name) => ({ ...down.table(name), mutate: (r) => (full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : down.table(name).mutate(r)) }) }) };
    db.use(quota);
    const store = createEditorStore();
    const s = new ProjectSession({ repository: new ProjectRepository(db), host: editorHost(store), debounceMs: 5, storageManager: null });
    await s.create('p', examplePlan());
    store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s1'], dx: 4, dy: 0 });
    // quota full: the save fails, the download still has the edit
    full = true;
    expect(await s.flush()).toMatchObject({ status: 'failed', dirty: true, failure: { reason: 'quota' } });
    expect(seatX(JSON.parse(s.exportCurrent().text) as PlanDocument)).toBe(34);
    // IndexedDB gone: both export paths still give the file (the drawings one reads storage)
    db.close();
    const withDrawings = await s.exportCurrentFile();
    expect(withDrawings.fileName).toBe('p.callfloor.json');
    expect(seatX(JSON.parse(withDrawings.text) as PlanDocument)).toBe(34);
    expect(withDrawings.missing).toEqual([]);
    expect(seatX(JSON.parse((await s.exportCurrentFile({ drawings: false })).text) as PlanDocument)).toBe(34);
    s.dispose();
  });

  it('a drawing storage cannot give is left out of the file, not waited for forever', async () => {
    const db = createDatabase('hanging', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    const repo = new ProjectRepository(db);
    // a read that never answers (IndexedDB blocked by another tab)
    repo.drawings.load = () => new Promise<string | undefined>(() => undefined);
    const plan = examplePlan();
    const drawing = { hash: 'sha256:' + 'a'.repeat(64), bytes: 3, name: '底图.dxf', mime: 'image/vnd.dxf' };
    plan.site.buildings[0]!.floors[0]!.underlay = { kind: 'dxf', drawing, origin: [0, 0], scale: 1, rotation: 0, opacity: 0.5 } as never;
    const out = await repo.drawings.inline(plan, 20);
    expect(out.missing.map((d) => d.name)).toEqual(['底图.dxf']);
  });
});

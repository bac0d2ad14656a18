import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { createAutosave, type AutosaveState } from '../../src/persistence/autosave.ts';
import { createDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository, type SaveResult } from '../../src/persistence/projectRepository.ts';
import { storageFailure } from '../../src/persistence/storageErrors.ts';
import { examplePlan } from '../fixtures/plans.ts';
import { manualTimer } from './manualTimer.ts';

/** A fake editor: a plan and a change counter. */
function fakeEditor(plan: PlanDocument) {
  const editor = { plan, revision: 0 };
  return {
    editor,
    edit(name: string) {
      editor.plan = { ...editor.plan, name };
      editor.revision++;
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createAutosave', () => {
  it('saves once, debounceMs after the last of several edits, and reports saving then saved', async () => {
    const calls: { name: string; baseRevision: number }[] = [];
    const repository = {
      async saveRevision(_id: string, plan: PlanDocument, o: { baseRevision: number }): Promise<SaveResult> {
        calls.push({ name: plan.name, baseRevision: o.baseRevision });
        return { ok: true, revision: o.baseRevision + 1 };
      },
    };
    const clock = manualTimer();
    const { editor, edit } = fakeEditor(examplePlan());
    const statuses: string[] = [];
    const autosave = createAutosave({ repository, projectId: 'p', baseRevision: 7, getPlan: () => editor.plan, getRevision: () => editor.revision, onStatus: (s) => statuses.push(s.status), debounceMs: 1000, timer: clock.timer });

    edit('a');
    autosave.notifyChange();
    clock.advance(999);
    edit('b');
    autosave.notifyChange();
    clock.advance(999);
    expect(calls).toEqual([]);
    clock.advance(1);
    await settle();
    expect(calls).toEqual([{ name: 'b', baseRevision: 7 }]);
    expect(autosave.state).toMatchObject({ status: 'saved', dirty: false, revision: 8 });
    expect(statuses).toEqual(['saved', 'saving', 'saved']); // first: dirty flag set
    // no change, no save
    autosave.notifyChange();
    expect(clock.pending()).toBe(0);
    expect((await autosave.flush()).revision).toBe(8);
    expect(calls.length).toBe(1);
  });

  it('flush saves at once (page hide) and an edit during a save is saved next, based on the new head', async () => {
    let release: () => void = () => undefined;
    const calls: [string, number][] = [];
    const repository = {
      saveRevision(_id: string, plan: PlanDocument, o: { baseRevision: number }): Promise<SaveResult> {
        calls.push([plan.name, o.baseRevision]);
        return new Promise((resolve) => {
          release = () => resolve({ ok: true, revision: o.baseRevision + 1 });
        });
      },
    };
    const clock = manualTimer();
    const { editor, edit } = fakeEditor(examplePlan());
    const autosave = createAutosave({ repository, projectId: 'p', baseRevision: 1, getPlan: () => editor.plan, getRevision: () => editor.revision, onStatus: () => undefined, debounceMs: 1000, timer: clock.timer });
    edit('x');
    autosave.notifyChange();
    const first = autosave.flush();
    await settle();
    expect(clock.pending()).toBe(0);
    edit('y'); // while saving
    autosave.notifyChange();
    release();
    expect(await first).toMatchObject({ status: 'saved', revision: 2, dirty: true });
    const second = autosave.flush();
    await settle();
    release();
    expect(await second).toMatchObject({ status: 'saved', revision: 3, dirty: false });
    expect(calls).toEqual([['x', 1], ['y', 2]]);
  });

  it('after a failed save stays dirty and retries on the next change; a stale refusal stops autosaving', async () => {
    const answers: SaveResult[] = [storageFailure('quota'), { ok: true, revision: 2 }, { ...storageFailure('stale'), headRevision: 5 }];
    let calls = 0;
    const repository = { saveRevision: async (): Promise<SaveResult> => answers[calls++]! };
    const clock = manualTimer();
    const { editor, edit } = fakeEditor(examplePlan());
    let last: AutosaveState | null = null;
    const autosave = createAutosave({ repository, projectId: 'p', baseRevision: 1, getPlan: () => editor.plan, getRevision: () => editor.revision, onStatus: (s) => (last = s), timer: clock.timer });
    edit('a');
    expect(await autosave.flush()).toMatchObject({ status: 'failed', dirty: true, revision: 1, failure: { reason: 'quota' } });
    edit('b');
    autosave.notifyChange();
    clock.advance(1500);
    await settle();
    expect(last).toMatchObject({ status: 'saved', dirty: false, revision: 2, failure: null });
    edit('c');
    expect(await autosave.flush()).toMatchObject({ status: 'stale', dirty: true, failure: { reason: 'stale' } });
    edit('d');
    autosave.notifyChange();
    expect(clock.pending()).toBe(0);
    await autosave.flush();
    expect(calls).toBe(3);
  });

  it('writes a named save point even without changes, through a real repository', async () => {
    const db = createDatabase('autosave-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    const repository = new ProjectRepository(db);
    const created = await repository.createProject('p', examplePlan());
    if (!created.ok) throw new Error();
    const { editor } = fakeEditor(examplePlan());
    const autosave = createAutosave({ repository, projectId: created.meta.id, baseRevision: 1, getPlan: () => editor.plan, getRevision: () => editor.revision, onStatus: () => undefined });
    expect(await autosave.saveNamed('报批版')).toMatchObject({ status: 'saved', revision: 2 });
    expect((await repository.listRevisions(created.meta.id))[0]).toMatchObject({ revision: 2, name: '报批版' });
    autosave.dispose();
    db.close();
  });
});

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/store.ts';
import { addWorkstations, deleteElements } from '../../src/floorplan/commands/index.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository } from '../../src/persistence/projectRepository.ts';
import { ProjectSession } from '../../src/persistence/projectSession.ts';
import { editorHost } from '../../src/ui/projects/editorHost.ts';
import { examplePlan } from '../fixtures/plans.ts';

let db: CallfloorDatabase;
let session: ProjectSession;
afterEach(() => {
  session.dispose();
  db.close();
});

const waitFor = async (test: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('project rows after autosave', () => {
  it('the listed seat count and the current project follow the saved plan', async () => {
    db = createDatabase('seat-rows', { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = createEditorStore();
    session = new ProjectSession({ repository: new ProjectRepository(db), host: editorHost(store), debounceMs: 5 });
    await session.start();
    await session.create('other', examplePlan());
    await session.create('示例', examplePlan());
    const id = session.state.project!.id;
    const row = () => session.state.projects.find((p) => p.id === id)!;
    // the example plan has one desk (s1 on A-3F)
    expect(row().seatCount).toBe(1);

    const desk = { id: 'new-desk', at: [34, 30] as [number, number], rotation: 0, size: [1.2, 0.7] as [number, number], role: 'agent' as const };
    expect(store.getState().execute(addWorkstations, { floorId: 'A-3F', workstations: [desk, { ...desk, id: 'new-desk-2', at: [34, 33] }] })).toEqual({ ok: true });
    await session.flush();
    await waitFor(() => row().seatCount === 3);
    expect(row().seatCount).toBe(3);
    expect(row().headRevision).toBe(2);
    expect(session.state.project?.seatCount).toBe(3);

    store.getState().execute(deleteElements, { floorId: 'A-3F', ids: ['s1', 'new-desk'] });
    await session.flush();
    await waitFor(() => row().seatCount === 1);
    expect(row().seatCount).toBe(1);
    // the other project's row is untouched
    expect(session.state.projects.find((p) => p.name === 'other')?.seatCount).toBe(1);
  });
});

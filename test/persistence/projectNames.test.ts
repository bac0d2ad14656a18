import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/store.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { distinctProjectName } from '../../src/persistence/projectNames.ts';
import { ProjectRepository } from '../../src/persistence/projectRepository.ts';
import { ProjectSession } from '../../src/persistence/projectSession.ts';
import { editorHost } from '../../src/ui/projects/editorHost.ts';

const exampleText = readFileSync(join(process.cwd(), 'public/samples/example.callfloor.json'), 'utf8');
const englishText = JSON.stringify({ ...(JSON.parse(exampleText) as object), name: 'Park' });

const opened: { db: CallfloorDatabase; session?: ProjectSession }[] = [];
afterEach(() => {
  for (const { db, session } of opened.splice(0)) {
    session?.dispose();
    db.close();
  }
});

function repository(): ProjectRepository {
  const db = createDatabase('names-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push({ db });
  return new ProjectRepository(db);
}

describe('distinctProjectName', () => {
  it('keeps a free name, numbers a taken one from 2 with brackets that fit its script', () => {
    expect(distinctProjectName('Park', [])).toBe('Park');
    expect(distinctProjectName('Park', ['Park'])).toBe('Park (2)');
    expect(distinctProjectName('Park', ['Park', 'Park (2)'])).toBe('Park (3)');
    expect(distinctProjectName('示例园区', ['示例园区'])).toBe('示例园区（2）');
    expect(distinctProjectName('示例园区', ['示例园区', '示例园区（2）', '示例园区（3）'])).toBe('示例园区（4）');
  });

  it('counts on from a number the name already has, and leaves an empty name alone', () => {
    expect(distinctProjectName('Park (2)', ['Park', 'Park (2)'])).toBe('Park (3)');
    expect(distinctProjectName('园区（5）', ['园区（5）'])).toBe('园区（6）');
    expect(distinctProjectName('', ['', 'x'])).toBe('');
    // a number that is part of the name, not a counter, is kept
    expect(distinctProjectName('Tower 2', ['Tower 2'])).toBe('Tower 2 (2)');
  });
});

describe('importing the same file twice', () => {
  it('gives the second project a distinct name and says what the file asked for', async () => {
    const repo = repository();
    const first = await repo.importProject(exampleText, 'example');
    const second = await repo.importProject(exampleText, 'example');
    const third = await repo.importProject(exampleText, 'example');
    if (!first.ok || !second.ok || !third.ok) throw new Error('import failed');
    expect([first.meta.name, first.renamedFrom]).toEqual(['示例园区', null]);
    expect([second.meta.name, second.renamedFrom]).toEqual(['示例园区（2）', '示例园区']);
    expect([third.meta.name, third.renamedFrom]).toEqual(['示例园区（3）', '示例园区']);
    const english = [await repo.importProject(englishText), await repo.importProject(englishText)];
    expect(english.map((r) => (r.ok ? r.meta.name : r.reason))).toEqual(['Park', 'Park (2)']);
    // the plan inside is stored as the file has it
    expect((await repo.openProject(second.meta.id))?.plan.name).toBe('示例园区');
  });

  it('the session names the new project in its state for the message, and a deleted name is free again', async () => {
    const db = createDatabase('names-session', { indexedDB: new IDBFactory(), IDBKeyRange });
    const session = new ProjectSession({ repository: new ProjectRepository(db, { undoWindowMs: 60_000 }), host: editorHost(createEditorStore()), debounceMs: 5 });
    opened.push({ db, session });
    await session.start();
    await session.importText(exampleText, 'example.callfloor.json');
    expect(session.state.imported).toMatchObject({ name: '示例园区', renamedFrom: null });
    await session.importText(exampleText, 'example.callfloor.json');
    expect(session.state.imported).toMatchObject({ name: '示例园区（2）', renamedFrom: '示例园区' });
    expect(session.state.project?.name).toBe('示例园区（2）');
    expect(session.state.projects.map((p) => p.name).sort()).toEqual(['示例园区', '示例园区（2）']);
    session.dismissImported();
    expect(session.state.imported).toBeNull();
    const original = session.state.projects.find((p) => p.name === '示例园区')!;
    await session.remove(original.id);
    await session.importText(exampleText, 'example.callfloor.json');
    expect(session.state.imported).toMatchObject({ name: '示例园区', renamedFrom: null });
  });
});

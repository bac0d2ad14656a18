// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { moveElements } from '../../../src/floorplan/commands/index.ts';
import { createDatabase, type CallfloorDatabase } from '../../../src/persistence/db.ts';
import { ProjectRepository } from '../../../src/persistence/projectRepository.ts';
import { ProjectSession } from '../../../src/persistence/projectSession.ts';
import { editorHost } from '../../../src/ui/projects/editorHost.ts';
import { ImportDropZone } from '../../../src/ui/projects/ImportDropZone.tsx';
import { PersistenceProvider } from '../../../src/ui/projects/PersistenceContext.tsx';
import { ProjectsPanel } from '../../../src/ui/projects/ProjectsPanel.tsx';
import { SaveStatus } from '../../../src/ui/projects/SaveStatus.tsx';
import { registerProjectStrings } from '../../../src/ui/projects/strings.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';

// test/fixtures/plans.ts resolves paths from import.meta.url, which jsdom makes an http URL.
const exampleText = readFileSync(join(process.cwd(), 'public/samples/example.callfloor.json'), 'utf8');
const examplePlan = (): PlanDocument => JSON.parse(exampleText) as PlanDocument;

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({ lng: 'en', fallbackLng: 'en', resources: {}, initAsync: false, interpolation: { escapeValue: false } });
registerProjectStrings(i18n);

let db: CallfloorDatabase;
let session: ProjectSession;
let root: Root;
let container: HTMLDivElement;
const store = createEditorStore('en');

const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));
const byTestId = (id: string) => container.querySelectorAll(`[data-testid="${id}"]`);
const click = (el: Element | undefined) => act(() => (el as HTMLElement).click());

beforeEach(async () => {
  db = createDatabase('ui-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  session = new ProjectSession({ repository: new ProjectRepository(db, { undoWindowMs: 60_000 }), host: editorHost(store), debounceMs: 5 });
  await session.start();
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <PersistenceProvider session={session}>
          <SaveStatus />
          <ProjectsPanel />
          <ImportDropZone />
        </PersistenceProvider>
      </I18nextProvider>,
    ),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  session.dispose();
  db.close();
});

describe('project panels', () => {
  it('shows saved / unsaved / saved in the badge as the plan is edited and autosaved', async () => {
    await act(() => session.create('示例', examplePlan()));
    const badge = () => byTestId('save-status')[0] as HTMLElement;
    expect(badge().dataset['status']).toBe('saved');
    expect(badge().textContent).toContain('Saved');
    act(() => void store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s1'], dx: 1, dy: 0 }));
    expect(badge().dataset['dirty']).toBe('1');
    expect(badge().textContent).toContain('Unsaved changes');
    await settle();
    expect(badge().dataset['dirty']).toBe('0');
    expect(badge().dataset['revision']).toBe('2');
  });

  it('deletes after confirmation and brings the project back with undo', async () => {
    await act(() => session.create('一号', examplePlan()));
    await act(() => session.create('二号', examplePlan()));
    const names = () => [...byTestId('project-row')].map((r) => (r as HTMLElement).dataset['name']);
    expect(names()).toEqual(['二号', '一号']);
    await click(byTestId('project-delete')[1]);
    expect(names()).toEqual(['二号', '一号']); // only asked
    await click(byTestId('project-delete-confirm')[0]);
    await settle();
    expect(names()).toEqual(['二号']);
    expect(byTestId('project-undo-toast')[0]?.textContent).toContain('Deleted “一号”');
    await click(byTestId('project-undo-delete')[0]);
    await settle();
    expect(names()).toEqual(['二号', '一号']);
  });

  it('lists every problem of a broken import with its path, and creates nothing', async () => {
    const broken = examplePlan() as unknown as { site: { buildings: { height: unknown }[] } };
    broken.site.buildings[0]!.height = -5;
    await act(() => session.importText(JSON.stringify(broken), 'broken.callfloor.json'));
    const problems = [...byTestId('import-problem')].map((li) => (li as HTMLElement).dataset['path']);
    expect(problems).toContain('site.buildings[0].height');
    expect(byTestId('import-problems')[0]?.textContent).toContain('Cannot import broken.callfloor.json');
    expect(await db.projects.count()).toBe(0);
    await click(byTestId('import-problems-close')[0]);
    expect(byTestId('import-problems').length).toBe(0);
  });
});

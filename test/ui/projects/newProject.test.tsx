// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { i18n, setLocale } from '../../../src/i18n/index.ts';
import { createDatabase, type CallfloorDatabase } from '../../../src/persistence/db.ts';
import { ProjectRepository } from '../../../src/persistence/projectRepository.ts';
import { ProjectSession } from '../../../src/persistence/projectSession.ts';
import { editorHost } from '../../../src/ui/projects/editorHost.ts';
import { ImportDropZone } from '../../../src/ui/projects/ImportDropZone.tsx';
import { PersistenceProvider } from '../../../src/ui/projects/PersistenceContext.tsx';
import { ProjectsPanel } from '../../../src/ui/projects/ProjectsPanel.tsx';
import { registerProjectStrings } from '../../../src/ui/projects/strings.ts';

const exampleText = readFileSync(join(process.cwd(), 'public/samples/example.callfloor.json'), 'utf8');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
registerProjectStrings(i18n);

let db: CallfloorDatabase;
let session: ProjectSession;
let root: Root;
let container: HTMLDivElement;
let store: ReturnType<typeof createEditorStore>;

/** Lets storage and React catch up until `done` holds (or 2 s pass). */
const settle = async (done: () => boolean = () => true) => {
  for (let i = 0; i < 100; i++) {
    await act(() => new Promise((r) => setTimeout(r, 20)));
    if (done()) return;
  }
};
const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = (el: Element | null) => act(() => (el as HTMLElement).click());

async function mount(locale: 'en' | 'zh-CN'): Promise<void> {
  setLocale(locale);
  store = createEditorStore(locale);
  db = createDatabase('new-project-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  session = new ProjectSession({ repository: new ProjectRepository(db), host: editorHost(store), debounceMs: 5 });
  await session.start();
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <PersistenceProvider session={session}>
          <ProjectsPanel />
          <ImportDropZone />
        </PersistenceProvider>
      </I18nextProvider>,
    ),
  );
}

beforeEach(() => undefined);
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  session.dispose();
  db.close();
});

describe('new blank project', () => {
  it('asks for the rule set, GB chosen unless the user picks another (English)', async () => {
    await mount('en');
    expect(byTestId('project-new-form')).toBeNull();
    await click(byTestId('project-new-blank'));
    const form = byTestId('project-new-form')!;
    expect(form.textContent).toContain('Which rule set applies to this project?');
    expect((byTestId('rule-set-gb') as HTMLInputElement).checked).toBe(true);
    expect((byTestId('rule-set-intl') as HTMLInputElement).checked).toBe(false);
    await click(byTestId('rule-set-intl'));
    await click(byTestId('project-new-create'));
    await settle(() => session.state.project !== null);
    expect(store.getState().plan.profile).toEqual({ base: 'intl', overrides: {} });
    expect(store.getState().plan.locale).toBe('en');
    expect(session.state.project?.name).toBe('New project');
    expect(byTestId('project-new-form')).toBeNull();
  });

  it('GB is the default in Chinese too', async () => {
    await mount('zh-CN');
    await click(byTestId('project-new-blank'));
    expect(byTestId('project-new-form')!.textContent).toContain('本项目采用哪套规则？');
    await click(byTestId('project-new-create'));
    await settle(() => session.state.project !== null);
    expect(store.getState().plan.profile?.base).toBe('gb');
    expect(store.getState().plan.locale).toBe('zh-CN');
    expect(session.state.project?.name).toBe('新项目');
  });
});

describe('import notice', () => {
  it('names the new project and why it differs when the name was taken', async () => {
    await mount('zh-CN');
    await act(() => session.importText(exampleText, 'example.callfloor.json'));
    expect(byTestId('import-notice')?.textContent).toContain('已导入为项目“示例园区”。');
    await act(() => session.importText(exampleText, 'example.callfloor.json'));
    const notice = byTestId('import-notice')!;
    expect(notice.dataset['name']).toBe('示例园区（2）');
    expect(notice.textContent).toContain('已有名为“示例园区”的项目，导入的方案已另存为新项目“示例园区（2）”。');
    const names = [...container.querySelectorAll<HTMLElement>('[data-testid="project-row"]')].map((r) => r.dataset['name']).sort();
    expect(names).toEqual(['示例园区', '示例园区（2）']);
  });
});

// @vitest-environment jsdom
// The save badge says so when the browser refused persistent storage (issue 19), in both languages.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { i18n } from '../../../src/i18n/index.ts';
import { createDatabase } from '../../../src/persistence/db.ts';
import { ProjectRepository } from '../../../src/persistence/projectRepository.ts';
import { ProjectSession, type StorageManagerLike } from '../../../src/persistence/projectSession.ts';
import { editorHost } from '../../../src/ui/projects/editorHost.ts';
import { PersistenceProvider } from '../../../src/ui/projects/PersistenceContext.tsx';
import { SaveStatus } from '../../../src/ui/projects/SaveStatus.tsx';
import type { PlanDocument } from '../../../src/floorplan/types.ts';

// test/fixtures/plans.ts resolves paths from import.meta.url, which jsdom makes an http URL.
const examplePlan = (): PlanDocument => JSON.parse(readFileSync(join(process.cwd(), 'public/samples/example.callfloor.json'), 'utf8')) as PlanDocument;

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function badge(storageManager: StorageManagerLike, lang: string): Promise<HTMLElement | null> {
  await i18n.changeLanguage(lang);
  const db = createDatabase(`notice-${lang}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const session = new ProjectSession({ repository: new ProjectRepository(db), host: editorHost(createEditorStore()), debounceMs: 5, storageManager });
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <PersistenceProvider session={session}>
          <SaveStatus />
        </PersistenceProvider>
      </I18nextProvider>,
    ),
  );
  await act(async () => void (await session.create('p', examplePlan())));
  await act(() => new Promise((r) => setTimeout(r, 10)));
  const note = container.querySelector('[data-testid="save-persistence"]') as HTMLElement | null;
  const copy = note ? (note.cloneNode(true) as HTMLElement) : null;
  await act(async () => root.unmount());
  session.dispose();
  db.close();
  return copy;
}

describe('persistent storage notice in the save badge', () => {
  it('shows a short note with the reason when the browser refused, in English and Chinese', async () => {
    const refuse = { persist: async () => false };
    const en = await badge(refuse, 'en');
    expect(en?.textContent).toBe('Storage not guaranteed');
    expect(en?.title).toContain('Export important plans as files');
    const zh = await badge(refuse, 'zh-CN');
    expect(zh?.textContent).toBe('本地存储未获保证');
    expect(zh?.title).toContain('导出为文件');
  });

  it('says nothing when storage was granted', async () => {
    expect(await badge({ persist: async () => true }, 'en')).toBeNull();
  });
});

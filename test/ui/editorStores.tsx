// Test helper: editor components read their stores from context (src/editor/EditorContext.tsx),
// so a test renders them inside an EditorStoresProvider with stores of its own.
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createEditorStores, EditorStoresProvider, type EditorStores } from '../../src/editor/EditorContext.tsx';
import type { Locale } from '../../src/floorplan/types.ts';
import { i18n } from '../../src/i18n/index.ts';

/** A new, empty editor: its own document store, checks store and tools. */
export function freshStores(locale: Locale = 'en'): EditorStores {
  return createEditorStores(locale);
}

/** `children` as the app renders them: the app's strings, and the given editor's stores. */
export function WithStores({ stores, children }: { stores: EditorStores; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <EditorStoresProvider stores={stores}>{children}</EditorStoresProvider>
    </I18nextProvider>
  );
}

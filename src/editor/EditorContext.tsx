// The stores of one editor (document + history, live checks) reach components through React
// context, so two editors can live on one page and tests render with stores of their own. The
// composition root (main.tsx, viewer/main.tsx) creates the stores and wraps the app.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ChecksState, ChecksStore } from './checks.ts';
import type { EditorState, EditorStore } from './store.ts';

export interface EditorStores {
  editor: EditorStore;
  checks: ChecksStore;
}

const StoresContext = createContext<EditorStores | null>(null);

export function EditorStoresProvider({ stores, children }: { stores: EditorStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useEditorStores(): EditorStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('editor components need <EditorStoresProvider stores={…}>');
  return stores;
}

/** The editor store itself, for event handlers that read or act on the latest state. */
export function useEditorStore(): EditorStore {
  return useEditorStores().editor;
}

export function useChecksStore(): ChecksStore {
  return useEditorStores().checks;
}

/** useEditor((s) => s.plan): re-renders only when the selected value changes. */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

export function useChecksState<T>(selector: (state: ChecksState) => T): T {
  return useStore(useChecksStore(), selector);
}

// The stores of one editor (document + history, live checks) reach components through React
// context, so two editors can live on one page and tests render with stores of their own. The
// composition root (main.tsx, viewer/main.tsx) creates the stores and wraps the app.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../floorplan/types.ts';
import { createChecksStore, type ChecksState, type ChecksStore } from './checks.ts';
import { createEditorStore, type EditorState, type EditorStore } from './store.ts';
import { ToolController, type ToolState } from './tools/controller.ts';

export interface EditorStores {
  editor: EditorStore;
  checks: ChecksStore;
  /** the tools acting on this editor's store (pointer, keys, the active tool) */
  tools: ToolController;
}

/** One editor's stores: a document store, its live checks' store and its tool controller. */
export function createEditorStores(locale?: Locale): EditorStores {
  const editor = createEditorStore(locale);
  return { editor, checks: createChecksStore(), tools: new ToolController(editor) };
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

/** useEditorState((s) => s.plan): re-renders only when the selected value changes (select small values, or useShallow for objects). */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/** useChecksState((s) => s.result): the live check results, likewise. */
export function useChecksState<T>(selector: (state: ChecksState) => T): T {
  return useStore(useChecksStore(), selector);
}

export function useToolController(): ToolController {
  return useEditorStores().tools;
}

/** useTools((s) => s.toolId): the tool state of this editor. */
export function useTools<T>(selector: (state: ToolState) => T): T {
  return useStore(useToolController().state, selector);
}

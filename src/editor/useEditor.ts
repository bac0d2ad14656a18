// React access to the editor store: useEditor((s) => s.plan). Select small values or use
// useShallow for objects, so components re-render only when what they read changes.
import { useStore } from 'zustand';
import { editorStore, type EditorState } from './store.ts';

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

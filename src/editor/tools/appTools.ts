// The app's tool controller over the app's store, and a React hook onto its state.
import { useStore } from 'zustand';
import { editorStore } from '../store.ts';
import { ToolController, type ToolState } from './controller.ts';

export const toolController = new ToolController(editorStore);

export function useTools<T>(selector: (state: ToolState) => T): T {
  return useStore(toolController.state, selector);
}

// The shared session reaches components through React context, like the editor's stores: null
// when the project is not shared (the app without a server), so every collaboration view renders
// nothing then.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CollabActions, CollabState, CollabStore } from './collabState.ts';

export interface CollabHandle {
  store: CollabStore;
  actions: CollabActions;
}

const CollabContext = createContext<CollabHandle | null>(null);

export function CollabProvider({ collab, children }: { collab: CollabHandle | null; children: ReactNode }) {
  return <CollabContext.Provider value={collab}>{children}</CollabContext.Provider>;
}

/** The shared session, or null when the project is not shared. */
export function useCollab(): CollabHandle | null {
  return useContext(CollabContext);
}

const NO_STORE: CollabStore = {
  getState: () => null as unknown as CollabState,
  getInitialState: () => null as unknown as CollabState,
  setState: () => undefined,
  subscribe: () => () => undefined,
};

/** useCollabState((s) => s.status): null when the project is not shared. */
export function useCollabState<T>(selector: (state: CollabState) => T): T | null {
  const collab = useCollab();
  const value = useStore(collab?.store ?? NO_STORE, (state) => (state ? selector(state) : null));
  return collab ? value : null;
}

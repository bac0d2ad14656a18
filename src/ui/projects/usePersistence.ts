// Wires the persistence session to the app: one session per editor store, autosave on edits,
// a save when the page is hidden, tab announcements, and the database's versionchange.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EditorStore } from '../../editor/store.ts';
import { setDrawingBackend } from '../../editor/drawingLibrary.ts';
import { createDatabase, onVersionChange } from '../../persistence/db.ts';
import { ProjectRepository } from '../../persistence/projectRepository.ts';
import { ProjectSession, type SessionState } from '../../persistence/projectSession.ts';
import { TAB_CHANNEL_NAME, TabCoordinator, type TabChannel } from '../../persistence/tabCoordinator.ts';
import { editorHost } from './editorHost.ts';

export interface PersistenceOptions {
  /** with no project open, the first edit makes the shown plan a project (default true) */
  adoptOnEdit?: boolean;
  /** ms after the last edit before autosaving (default 1000) */
  debounceMs?: number;
  /** reopen the last project at start (default true); false when the page was asked for a particular plan */
  reopen?: boolean;
  /** called once storage was read: `opened` is true when the last project was reopened (then do not load another plan over it) */
  onStarted?(opened: boolean): void;
}

const sessions = new WeakMap<EditorStore, { session: ProjectSession; started: boolean; dispose(): void }>();

function createBrowserSession(store: EditorStore, options: PersistenceOptions) {
  const db = createDatabase();
  const tabs = typeof BroadcastChannel === 'undefined' ? undefined : new TabCoordinator(new BroadcastChannel(TAB_CHANNEL_NAME) as unknown as TabChannel, crypto.randomUUID());
  const session = new ProjectSession({
    repository: new ProjectRepository(db),
    host: editorHost(store),
    adoptOnEdit: options.adoptOnEdit ?? true,
    debounceMs: options.debounceMs ?? 1000,
    ...(tabs ? { tabs } : {}),
  });
  const stopVersionWatch = onVersionChange(db, () => session.markReloadRequired());
  // underlay drawings are stored and fetched by hash in the same database
  setDrawingBackend(session.repository.drawings);
  return {
    session,
    started: false,
    dispose() {
      stopVersionWatch();
      setDrawingBackend(null);
      session.dispose();
      tabs?.close();
      db.close();
    },
  };
}

/** The app's persistence session for this store (created once, started on first mount). */
export function usePersistence(store: EditorStore, options: PersistenceOptions = {}): ProjectSession {
  const [entry] = useState(() => {
    let existing = sessions.get(store);
    if (!existing) {
      existing = createBrowserSession(store, options);
      sessions.set(store, existing);
    }
    return existing;
  });

  useEffect(() => {
    if (!entry.started) {
      entry.started = true;
      void entry.session.start({ reopen: options.reopen !== false }).then((opened) => options.onStarted?.(opened));
    }
    const flush = () => void entry.session.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
    // options are read once, at start (a later change of options does not restart storage)
  }, [entry]);

  return entry.session;
}

/** Re-renders when the selected part of the session state changes (select stable values). */
export function useSessionState<T>(session: ProjectSession, select: (state: SessionState) => T): T {
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => select(session.state),
  );
}

// A proposal pack (a plan with `presentation: true`) opens in presentation mode the first time it
// is opened as a project (imported, or reopened before it was ever shown); a flag stored with the
// project (a repository setting) then says it was shown, so later reloads open it as a normal
// project. A pack opened from a URL (?plan=) is not a project and presents each time (App.tsx).
import type { EditorStore } from '../../editor/store.ts';

/** The repository setting that marks a project's pack as presented. */
export const presentedSetting = (projectId: string): string => `presented:${projectId}`;

/** What the watcher needs of the persistence session (src/persistence/projectSession.ts). */
export interface PresentOnceSession {
  readonly state: { project: { id: string } | null };
  subscribe(listener: () => void): () => void;
  readonly repository: {
    getSetting<T>(key: string): Promise<T | undefined>;
    setSetting(key: string, value: unknown): Promise<unknown>;
  };
}

/** Starts watching which project is open; returns the stop function. */
export function watchPresentOnce(store: EditorStore, session: PresentOnceSession): () => void {
  let lastProject: string | null = null;
  // the load (store.loads) that was shown in presentation mode, so a plan already presented
  // before it became a project (a URL pack, adopted on its first edit) is only marked
  let presentedLoad: number | null = store.getState().session.readOnly && store.getState().plan.presentation ? store.getState().loads : null;
  const stopStore = store.subscribe((state, previous) => {
    if (state.session.readOnly && !previous.session.readOnly && state.plan.presentation) presentedLoad = state.loads;
  });

  const check = (): void => {
    const id = session.state.project?.id ?? null;
    if (id === lastProject) return;
    lastProject = id;
    const { plan, loads } = store.getState();
    if (!id || !plan.presentation) return;
    const key = presentedSetting(id);
    if (presentedLoad === loads) {
      void session.repository.setSetting(key, true).catch(() => undefined);
      return;
    }
    void session.repository
      .getSetting<boolean>(key)
      .then(async (shown) => {
        // another project or another plan came meanwhile: not ours to present
        if (shown || session.state.project?.id !== id || store.getState().loads !== loads) return;
        store.getState().setReadOnly(true);
        await session.repository.setSetting(key, true);
      })
      .catch(() => undefined);
  };
  const stopSession = session.subscribe(check);
  check();
  return () => {
    stopSession();
    stopStore();
  };
}

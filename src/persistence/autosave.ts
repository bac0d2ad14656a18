// Autosave: a save shortly after the last edit (debounced) and at once when the page is hidden.
// One save runs at a time; edits made during a save are saved by the next one. A refused
// ('stale') save stops autosaving for good: only reload or save-as-copy get out of it.
// "Saved" is said only of a save the repository wrote and read back equal (its `ok`); any other
// answer leaves the edits dirty and the save is retried, later and later, until one holds.
import type { PlanDocument } from '../floorplan/types.ts';
import type { SaveResult } from './projectRepository.ts';
import { storageFailure, type StorageFailure } from './storageErrors.ts';

export type SaveStatus = 'saved' | 'saving' | 'failed' | 'stale';

export interface AutosaveState {
  status: SaveStatus;
  /** edits not yet in storage */
  dirty: boolean;
  /** the stored head revision this tab's plan is based on */
  revision: number;
  failure: StorageFailure | null;
  /** ms since epoch of the last successful save */
  savedAt: number | null;
}

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutosaveOptions {
  repository: { saveRevision(id: string, plan: PlanDocument, options: { baseRevision: number; name?: string; rewriteBlobs?: boolean }): Promise<SaveResult> };
  projectId: string;
  /** the stored revision the editor's plan was loaded from */
  baseRevision: number;
  getPlan(): PlanDocument;
  /** the editor's change counter: a save is needed when it differs from the one last saved */
  getRevision(): number;
  /** the editor's counter when the stored revision was taken (default: now) */
  savedRevision?: number;
  onStatus(state: AutosaveState): void;
  onSaved?(revision: number): void;
  debounceMs?: number;
  /** the longest wait between retries of a failed save (default 60 s) */
  maxRetryMs?: number;
  timer?: Timer;
  now?: () => number;
}

export interface Autosave {
  readonly state: AutosaveState;
  /** call after every change of the plan */
  notifyChange(): void;
  /** save now if anything is unsaved (page hide, before switching project); resolves when stored */
  flush(): Promise<AutosaveState>;
  /** a named save point, even without changes */
  saveNamed(name: string): Promise<AutosaveState>;
  /** another tab saved a newer revision: stop, and say so */
  markStale(): void;
  dispose(): void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const timer = options.timer ?? realTimer;
  const debounceMs = options.debounceMs ?? 1500;
  const now = options.now ?? Date.now;
  let savedEditorRevision = options.savedRevision ?? options.getRevision();
  let pending: unknown = null;
  let running: Promise<void> = Promise.resolve();
  let disposed = false;
  /** failed saves in a row: each retry waits twice as long */
  let failures = 0;
  /** the last save did not read back equal: the next one writes every blob again */
  let distrustStored = false;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  let state: AutosaveState = { status: 'saved', dirty: false, revision: options.baseRevision, failure: null, savedAt: null };

  const set = (changes: Partial<AutosaveState>) => {
    state = { ...state, ...changes };
    if (!disposed) options.onStatus(state);
  };
  const isDirty = () => options.getRevision() !== savedEditorRevision;
  const cancelTimer = () => {
    if (pending !== null) timer.clear(pending);
    pending = null;
  };

  async function saveOnce(name?: string): Promise<void> {
    if (state.status === 'stale' || disposed) return;
    if (!name && !isDirty()) return;
    const editorRevision = options.getRevision();
    set({ status: 'saving' });
    const result = await options.repository.saveRevision(options.projectId, options.getPlan(), {
      baseRevision: state.revision,
      ...(name ? { name } : {}),
      ...(distrustStored ? { rewriteBlobs: true } : {}),
    });
    // the gate: `ok` means written and read back equal; nothing else may say "saved"
    if (result.ok) {
      savedEditorRevision = editorRevision;
      failures = 0;
      distrustStored = false;
      set({ status: 'saved', dirty: isDirty(), revision: result.revision, failure: null, savedAt: now() });
      options.onSaved?.(result.revision);
      if (isDirty()) schedule();
    } else if (result.reason === 'stale') {
      set({ status: 'stale', dirty: true, failure: result });
    } else {
      if (result.reason === 'verify') distrustStored = true;
      // a revision that did not read back and could not be taken back is the head the retry builds on
      const revision = result.reason === 'verify' && result.headRevision !== undefined ? result.headRevision : state.revision;
      failures++;
      set({ status: 'failed', dirty: true, revision, failure: result });
      schedule(Math.min(debounceMs * 2 ** failures, maxRetryMs));
    }
  }

  function enqueue(name?: string): Promise<AutosaveState> {
    cancelTimer();
    running = running.then(() => saveOnce(name));
    return running.then(() => state);
  }

  function schedule(delayMs = debounceMs): void {
    cancelTimer();
    if (disposed || state.status === 'stale') return;
    pending = timer.set(() => {
      pending = null;
      void enqueue();
    }, delayMs);
  }

  return {
    get state() {
      return state;
    },
    notifyChange() {
      if (disposed) return;
      const dirty = isDirty();
      if (dirty !== state.dirty) set({ dirty });
      if (dirty) schedule();
    },
    flush: () => enqueue(),
    saveNamed: (name) => enqueue(name),
    markStale() {
      cancelTimer();
      set({ status: 'stale', failure: storageFailure('stale') });
    },
    dispose() {
      cancelTimer();
      disposed = true;
    },
  };
}

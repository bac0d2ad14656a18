// The project this tab works on: ties the editor's plan (through a small host interface), the
// repository, autosave and the other tabs together. No React here; src/ui/projects renders it.
import type { PlanProblem } from '../floorplan/format/problems.ts';
import { serializePlan } from '../floorplan/format/serializePlan.ts';
import type { DrawingRef, PlanDocument } from '../floorplan/types.ts';
import { withoutInlineDrawings } from '../floorplan/underlay/drawingContent.ts';
import { createAutosave, type Autosave, type AutosaveState, type Timer } from './autosave.ts';
import { StorageError, type ProjectMeta, type ProjectRepository, type RevisionMeta } from './projectRepository.ts';
import { mapStorageError, type StorageFailure } from './storageErrors.ts';
import type { TabCoordinator, TabState } from './tabCoordinator.ts';

/** What the session needs of the editor store. */
export interface PlanHost {
  getPlan(): PlanDocument;
  /** bumps on every change of the plan */
  getChangeCount(): number;
  load(plan: PlanDocument): void;
  /** whether the user changed the plan since it was loaded (a load alone is not worth a project) */
  hasEdits?(): boolean;
  subscribe(listener: () => void): () => void;
}

/** What the browser's `navigator.storage` offers here (tests pass a fake; null: none). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
}

/**
 * Whether the browser keeps this site's storage under pressure: asked once, at the first save of
 * the session. 'refused': it may clear saved projects when space runs low (the UI says so).
 */
export type PersistenceGrant = 'unasked' | 'asking' | 'granted' | 'refused' | 'unsupported';

export interface RecentlyDeleted {
  id: string;
  name: string;
  /** ms since epoch until which undo is offered */
  until: number;
}

export interface SessionState {
  project: ProjectMeta | null;
  save: AutosaveState | null;
  projects: ProjectMeta[];
  /** storage could not be used at all: the plan lives only in memory */
  storageFailure: StorageFailure | null;
  /** the last failed action on the project list */
  actionFailure: StorageFailure | null;
  /** other tabs with this project open */
  otherTabs: number;
  recentlyDeleted: RecentlyDeleted | null;
  importProblems: { fileName: string; problems: PlanProblem[] } | null;
  /** the last import: `renamedFrom` is the name the file asked for when a project already had it */
  imported: { projectId: string; name: string; renamedFrom: string | null } | null;
  /** another tab opened a newer database schema: this tab must reload */
  reloadRequired: boolean;
  /** the answer to `navigator.storage.persist()`, asked at the first save */
  persistence: PersistenceGrant;
}

export const LAST_PROJECT_SETTING = 'lastProjectId';

export interface SessionOptions {
  repository: ProjectRepository;
  host: PlanHost;
  tabs?: TabCoordinator;
  timer?: Timer;
  debounceMs?: number;
  now?: () => number;
  /** with no project open, the first edit of the plan on screen makes it a project (so no edit is ever lost) */
  adoptOnEdit?: boolean;
  /** asked for persistent storage at the first save (default: `navigator.storage` where there is one) */
  storageManager?: StorageManagerLike | null;
}

export type ActionResult = { ok: true } | StorageFailure | { ok: false; reason: 'invalid'; problems: PlanProblem[] };

export class ProjectSession {
  private current: SessionState = {
    project: null,
    save: null,
    projects: [],
    storageFailure: null,
    actionFailure: null,
    otherTabs: 0,
    recentlyDeleted: null,
    importProblems: null,
    imported: null,
    reloadRequired: false,
    persistence: 'unasked',
  };
  private readonly listeners = new Set<(state: SessionState) => void>();
  private autosave: Autosave | null = null;
  private readonly unsubscribers: (() => void)[] = [];
  private purgeTimer: unknown = null;
  private seenListChanges = 0;
  private readonly now: () => number;
  private readonly timer: Timer | undefined;

  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
    this.timer = options.timer;
    this.unsubscribers.push(options.host.subscribe(() => this.onHostChange()));
    if (options.tabs) this.unsubscribers.push(options.tabs.subscribe((tab) => this.onTabs(tab)));
  }

  get state(): SessionState {
    return this.current;
  }

  get repository(): ProjectRepository {
    return this.options.repository;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Purges expired deletions, lists projects and reopens the last one (unless `reopen` is false:
   * the page was asked for a particular plan). Returns whether a project was opened.
   */
  async start(options: { reopen?: boolean } = {}): Promise<boolean> {
    try {
      await this.repository.purgeDeleted();
      await this.refreshList();
      if (options.reopen === false) return false;
      const last = await this.repository.getSetting<string>(LAST_PROJECT_SETTING);
      if (last && (await this.open(last)).ok) return true;
      return false;
    } catch (error) {
      this.set({ storageFailure: error instanceof StorageError ? error.failure : mapStorageError(error) });
      return false;
    }
  }

  async refreshList(): Promise<void> {
    try {
      this.set({ projects: await this.repository.listProjects() });
    } catch (error) {
      this.set({ storageFailure: error instanceof StorageError ? error.failure : mapStorageError(error) });
    }
  }

  async open(id: string): Promise<ActionResult> {
    await this.autosave?.flush();
    let opened;
    try {
      opened = await this.repository.openProject(id);
    } catch (error) {
      return this.fail(error instanceof StorageError ? error.failure : mapStorageError(error));
    }
    if (!opened) return this.fail({ ok: false, reason: 'missing', message: { 'zh-CN': '找不到该项目。', en: 'The project was not found.' } });
    this.attach(opened.meta, opened.plan, opened.headRevision);
    await this.repository.setSetting(LAST_PROJECT_SETTING, id);
    return { ok: true };
  }

  /** A new project from a plan (blank, the sample park, or what is on screen now), then opens it. */
  async create(name: string, plan: PlanDocument): Promise<ActionResult> {
    this.askPersistence();
    const created = await this.repository.createProject(name, plan);
    if (!created.ok) return this.fail(created);
    this.options.tabs?.announce('saved', created.meta.id, 1);
    await this.refreshList();
    return this.open(created.meta.id);
  }

  /** Validates first: on any problem nothing is created and the problems are kept for display. */
  async importText(text: string, fileName: string): Promise<ActionResult> {
    this.askPersistence();
    const imported = await this.repository.importProject(text, fileName.replace(/\.callfloor\.json$|\.json$/i, ''));
    if (!imported.ok) {
      if (imported.reason === 'invalid') {
        this.set({ importProblems: { fileName, problems: imported.problems } });
        return imported;
      }
      return this.fail(imported);
    }
    this.set({ importProblems: null, imported: { projectId: imported.meta.id, name: imported.meta.name, renamedFrom: imported.renamedFrom } });
    this.options.tabs?.announce('saved', imported.meta.id, 1);
    await this.refreshList();
    return this.open(imported.meta.id);
  }

  dismissImportProblems(): void {
    this.set({ importProblems: null });
  }

  dismissImported(): void {
    this.set({ imported: null });
  }

  /** The plan on screen as a file: works even when storage does not. */
  exportCurrent(): { fileName: string; text: string } {
    const plan = this.options.host.getPlan();
    return { fileName: this.exportName(plan), text: serializePlan(plan) };
  }

  /**
   * The plan on screen as a file; with `drawings` (the default) its underlays carry their drawings
   * inline, from memory or storage, so the file is self-contained; without, only references.
   * `missing`: drawings this browser does not have (left out).
   */
  async exportCurrentFile(options: { drawings?: boolean } = {}): Promise<{ fileName: string; text: string; missing: DrawingRef[] }> {
    const plan = this.options.host.getPlan();
    const out = options.drawings === false ? { plan: withoutInlineDrawings(plan), missing: [] } : await this.repository.drawings.inline(plan);
    return { fileName: this.exportName(plan), text: serializePlan(out.plan), missing: out.missing };
  }

  private exportName(plan: PlanDocument): string {
    const base = (this.current.project?.name || plan.name || 'callfloor').replace(/[\\/:*?"<>|]+/g, '_');
    return `${base}.callfloor.json`;
  }

  async rename(id: string, name: string): Promise<ActionResult> {
    const result = await this.repository.renameProject(id, name);
    if (!result.ok) return this.fail(result);
    if (this.current.project?.id === id) this.set({ project: { ...this.current.project, name } });
    this.options.tabs?.announce('saved', id);
    await this.refreshList();
    return result;
  }

  async duplicate(id: string, name: string): Promise<ActionResult> {
    if (this.current.project?.id === id) await this.autosave?.flush();
    const result = await this.repository.duplicateProject(id, name);
    if (!result.ok) return this.fail(result);
    this.options.tabs?.announce('saved', result.meta.id, 1);
    await this.refreshList();
    return { ok: true };
  }

  /** Soft delete; undo is offered until the window closes, then the project is purged. */
  async remove(id: string): Promise<ActionResult> {
    const meta = this.current.projects.find((p) => p.id === id) ?? (this.current.project?.id === id ? this.current.project : undefined);
    if (this.current.project?.id === id) await this.autosave?.flush();
    const result = await this.repository.deleteProject(id);
    if (!result.ok) return this.fail(result);
    if (this.current.project?.id === id) this.detach();
    this.options.tabs?.announce('deleted', id);
    const until = this.now() + this.repository.undoWindowMs;
    this.set({ recentlyDeleted: { id, name: meta?.name ?? '', until } });
    this.schedulePurge();
    await this.refreshList();
    return result;
  }

  async undoRemove(): Promise<ActionResult> {
    const deleted = this.current.recentlyDeleted;
    if (!deleted) return { ok: true };
    const result = await this.repository.undeleteProject(deleted.id);
    this.set({ recentlyDeleted: null });
    if (!result.ok) return this.fail(result);
    this.options.tabs?.announce('saved', deleted.id);
    await this.refreshList();
    return result;
  }

  async listRevisions(): Promise<RevisionMeta[]> {
    const project = this.current.project;
    return project ? this.repository.listRevisions(project.id) : [];
  }

  /** Makes an old revision the newest (as a new revision) and shows it. */
  async restore(revision: number): Promise<ActionResult> {
    const project = this.current.project;
    if (!project || !this.autosave) return { ok: true };
    const flushed = await this.autosave.flush();
    if (flushed.status === 'stale') return this.fail(flushed.failure ?? mapStorageError(null));
    const result = await this.repository.restoreRevision(project.id, revision, flushed.revision);
    if (!result.ok) return this.fail(result);
    this.options.tabs?.saved(result.revision);
    return this.open(project.id);
  }

  async saveNamed(name: string): Promise<AutosaveState | null> {
    return this.autosave ? this.autosave.saveNamed(name) : null;
  }

  /** Saves pending edits now (page hide, before leaving). */
  async flush(): Promise<AutosaveState | null> {
    return this.autosave ? this.autosave.flush() : null;
  }

  /** Stale tab: drop local edits and show the newest revision. */
  async reloadHead(): Promise<ActionResult> {
    const project = this.current.project;
    if (!project) return { ok: true };
    this.autosave?.dispose();
    this.autosave = null;
    return this.open(project.id);
  }

  /** Stale tab: keep local edits as a new project. */
  async saveAsCopy(name: string): Promise<ActionResult> {
    this.autosave?.dispose();
    this.autosave = null;
    return this.create(name, this.options.host.getPlan());
  }

  /** Another tab upgraded the database: stop writing. */
  markReloadRequired(): void {
    this.autosave?.markStale();
    this.set({ reloadRequired: true });
  }

  dismissFailure(): void {
    this.set({ actionFailure: null });
  }

  dispose(): void {
    this.autosave?.dispose();
    this.autosave = null;
    if (this.purgeTimer !== null) (this.timer ?? { clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) }).clear(this.purgeTimer);
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.listeners.clear();
  }

  private adopting = false;

  private onHostChange(): void {
    if (this.autosave) {
      this.autosave.notifyChange();
      return;
    }
    if (!this.options.adoptOnEdit || this.adopting || this.current.project || this.current.storageFailure) return;
    if (this.options.host.hasEdits && !this.options.host.hasEdits()) return;
    void this.adopt();
  }

  /** The plan on screen becomes a project without reloading it (keeps undo history). */
  private async adopt(): Promise<void> {
    this.adopting = true;
    this.askPersistence();
    try {
      const plan = this.options.host.getPlan();
      const changeCount = this.options.host.getChangeCount();
      const created = await this.repository.createProject(plan.name, plan);
      if (!created.ok) {
        this.fail(created);
        return;
      }
      // the project is the one a reload opens before the badge may say "saved": written after
      // it, a reload in between opened the sample again and the edit seemed lost
      await this.repository.setSetting(LAST_PROJECT_SETTING, created.meta.id);
      this.options.tabs?.announce('saved', created.meta.id, 1);
      this.attach(created.meta, null, 1, changeCount);
      this.autosave?.notifyChange(); // edits made while the project was being created
      await this.refreshList();
    } finally {
      this.adopting = false;
    }
  }

  /** `plan` null: the host already shows it (adopted), as of editor change `savedChangeCount`. */
  private attach(meta: ProjectMeta, plan: PlanDocument | null, headRevision: number, savedChangeCount?: number): void {
    this.autosave?.dispose();
    this.autosave = null;
    if (plan) this.options.host.load(plan);
    const id = meta.id;
    this.autosave = createAutosave({
      repository: this.repository,
      projectId: id,
      baseRevision: headRevision,
      getPlan: () => this.options.host.getPlan(),
      getRevision: () => this.options.host.getChangeCount(),
      ...(savedChangeCount !== undefined ? { savedRevision: savedChangeCount } : {}),
      onStatus: (save) => {
        if (save.status === 'saving') this.askPersistence();
        this.set({ save });
      },
      onSaved: (revision) => {
        this.options.tabs?.saved(revision);
        const project = this.current.project;
        if (project?.id === id) this.set({ project: { ...project, headRevision: revision, updated: this.now() } });
        // the save wrote the project's seat count and thumbnail: the list shows them from storage
        void this.refreshSaved(id);
      },
      ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      ...(this.timer ? { timer: this.timer } : {}),
    });
    this.set({ project: meta, save: this.autosave.state, otherTabs: 0, actionFailure: null });
    // After the state names the project: answers from other tabs may arrive at once.
    this.options.tabs?.open(id, headRevision);
  }

  /** After a save: the stored row of the project, in the list and as the current project. */
  private async refreshSaved(id: string): Promise<void> {
    await this.refreshList();
    const stored = this.current.projects.find((p) => p.id === id);
    const project = this.current.project;
    if (stored && project?.id === id && stored.headRevision >= project.headRevision) this.set({ project: stored });
  }

  private detach(): void {
    this.autosave?.dispose();
    this.autosave = null;
    this.set({ project: null, save: null });
  }

  private onTabs(tab: TabState): void {
    const project = this.current.project;
    if (project && tab.projectId === project.id) {
      if (tab.others.length !== this.current.otherTabs) this.set({ otherTabs: tab.others.length });
      // Warn at once; the write transaction would refuse the next save anyway.
      if (tab.newerRevision !== null && this.autosave && this.autosave.state.status !== 'stale') this.autosave.markStale();
    }
    if (tab.listChanged !== this.seenListChanges) {
      this.seenListChanges = tab.listChanged;
      void this.refreshList();
    }
  }

  private schedulePurge(): void {
    const timer = this.timer ?? { set: (f: () => void, ms: number) => setTimeout(f, ms), clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };
    if (this.purgeTimer !== null) timer.clear(this.purgeTimer);
    this.purgeTimer = timer.set(() => {
      this.purgeTimer = null;
      this.set({ recentlyDeleted: null });
      void this.repository.purgeDeleted().catch(() => undefined);
    }, this.repository.undoWindowMs + 100);
  }

  /**
   * Asks the browser once per session to keep this site's storage (Firefox may ask the user;
   * Chromium answers by itself). Never awaited by a save: saving goes on whatever the answer.
   */
  private askPersistence(): void {
    if (this.current.persistence !== 'unasked') return;
    const manager = this.options.storageManager !== undefined ? this.options.storageManager : (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
    if (!manager?.persist) {
      this.set({ persistence: 'unsupported' });
      return;
    }
    this.set({ persistence: 'asking' });
    const persist = manager.persist.bind(manager);
    const already = manager.persisted ? manager.persisted.call(manager).catch(() => false) : Promise.resolve(false);
    void already
      .then((kept) => (kept ? true : persist()))
      .then(
        (granted) => this.set({ persistence: granted ? 'granted' : 'refused' }),
        () => this.set({ persistence: 'refused' }),
      );
  }

  private fail(failure: StorageFailure): StorageFailure {
    this.set({ actionFailure: failure });
    return failure;
  }

  private set(changes: Partial<SessionState>): void {
    this.current = { ...this.current, ...changes };
    for (const listener of this.listeners) listener(this.current);
  }
}

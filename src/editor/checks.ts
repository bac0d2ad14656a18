// Live rule checking: after every change of the plan (debounced) the rules run off the main
// thread and their result lands in a small store the rule panel and the 3D overlays read.
// An edit that touched one floor re-checks only that floor (immer keeps untouched floors
// identical) and merges it into the last full result; a quiet full run later refreshes the
// building and site findings. Replies for revisions older than the latest request are dropped.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanDocument } from '../floorplan/types.ts';
import type { FloorAnalysis, RunResult, Summary } from '../rules/runRules.ts';
import type { Finding, FindingStatus, RunOptions } from '../rules/types.ts';
import { ruleById } from '../rules/registry.ts';
import type { EditorStore } from './store.ts';

export type { FloorAnalysis } from '../rules/runRules.ts';
export type StatusCounts = Summary;

/** The rules engine's result (src/rules/runRules.ts). */
export type RulesResult = RunResult;

/** Re-check of one floor: its findings and its analysis. */
export interface FloorRulesResult {
  findings: Finding[];
  floor: FloorAnalysis | undefined;
}

export interface CheckRequest {
  revision: number;
  plan: PlanDocument;
  opts: RunOptions;
  /** re-check only this floor (of this building) */
  floorId?: string;
  buildingId?: string;
}

/** Runs the rules somewhere (a worker, or in-line for tests); one request at a time per backend. */
export interface CheckBackend {
  full(request: CheckRequest): Promise<RulesResult>;
  floor(request: CheckRequest & { floorId: string; buildingId: string }): Promise<FloorRulesResult>;
  dispose(): void;
}

export type HeatMap = 'none' | 'walking' | 'illuminance';

export interface Overlays {
  markers: boolean;
  deskStatus: boolean;
  egressPath: boolean;
  heat: HeatMap;
}

export interface ChecksState {
  /** result of the latest checked plan, null before the first check */
  result: RulesResult | null;
  /** plan revision the result belongs to */
  revision: number;
  /** a newer revision than `revision` is waiting or being checked */
  pending: boolean;
  /** how the last result was made, and how long it took from the edit to here (ms) */
  lastRun: { kind: 'full' | 'floor' | 'none'; floorId?: string; editToResultMs: number; runMs: number } | null;
  error: string | null;
  overlays: Overlays;
  setOverlays(patch: Partial<Overlays>): void;
}

export type ChecksStore = StoreApi<ChecksState>;

// the escape route and heat maps measure the floor on the main thread (a few hundred ms on a big floor): off until asked for
export const DEFAULT_OVERLAYS: Overlays = { markers: true, deskStatus: true, egressPath: false, heat: 'none' };

export function createChecksStore(): ChecksStore {
  return createStore<ChecksState>()((set) => ({
    result: null,
    revision: 0,
    pending: false,
    lastRun: null,
    error: null,
    overlays: DEFAULT_OVERLAYS,
    setOverlays(patch) {
      set((s) => ({ overlays: { ...s.overlays, ...patch } }));
    },
  }));
}

/** The app's checks (tests create their own). */
export const checksStore: ChecksStore = createChecksStore();

// ---------------------------------------------------------------------------------------------
// What changed between two plans

export type PlanChange =
  | { kind: 'none' }
  | { kind: 'floor'; buildingId: string; floorId: string }
  | { kind: 'full' };

/** Own keys of two records that hold different values (by identity). */
function changedKeys(a: object, b: object): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].filter((k) => ra[k] !== rb[k]);
}

/**
 * The narrowest re-check that covers the change from `before` to `after`: nothing (only
 * reviews, name or locale changed), one floor (only that floor object differs), or all.
 */
export function planChange(before: PlanDocument, after: PlanDocument): PlanChange {
  if (before === after) return { kind: 'none' };
  const top = changedKeys(before, after).filter((k) => !['reviews', 'name', 'locale'].includes(k));
  if (top.length === 0) return { kind: 'none' };
  if (top.length > 1 || top[0] !== 'site') return { kind: 'full' };
  if (changedKeys(before.site, after.site).some((k) => k !== 'buildings')) return { kind: 'full' };
  const ba = before.site.buildings;
  const bb = after.site.buildings;
  if (ba.length !== bb.length) return { kind: 'full' };
  const changedBuildings = bb.filter((b, i) => b !== ba[i]);
  if (changedBuildings.length !== 1) return { kind: 'full' };
  const next = changedBuildings[0]!;
  const prev = ba[bb.indexOf(next)]!;
  if (prev.id !== next.id || changedKeys(prev, next).some((k) => k !== 'floors')) return { kind: 'full' };
  if (prev.floors.length !== next.floors.length) return { kind: 'full' };
  const changedFloors = next.floors.filter((f, i) => f !== prev.floors[i]);
  if (changedFloors.length !== 1) return { kind: 'full' };
  const floor = changedFloors[0]!;
  const old = prev.floors[next.floors.indexOf(floor)]!;
  // level, height and elevation feed building rules (storeys, heights): re-check everything
  if (old.id !== floor.id || old.level !== floor.level || old.height !== floor.height || old.elevation !== floor.elevation) return { kind: 'full' };
  return { kind: 'floor', buildingId: next.id, floorId: floor.id };
}

// ---------------------------------------------------------------------------------------------
// Merging

const STATUS_KEY: Record<FindingStatus, keyof StatusCounts> = { fail: 'fail', warn: 'warn', pass: 'pass', 'n/a': 'na' };

export function countStatuses(findings: readonly Finding[]): StatusCounts {
  const counts: StatusCounts = { fail: 0, warn: 0, pass: 0, na: 0 };
  for (const f of findings) counts[STATUS_KEY[f.status]]++;
  return counts;
}

/** The full result with one floor's findings and analysis replaced by a fresh re-check of that floor. */
export function mergeFloorResult(base: RulesResult, floorId: string, fresh: FloorRulesResult): RulesResult {
  // A building rule's findings located on the floor (stair width) stay until the full refresh.
  const replaced = (f: Finding) => f.where.floorId === floorId && ruleById(f.ruleId)?.scope !== 'building';
  const findings = [...base.findings.filter((f) => !replaced(f)), ...fresh.findings];
  const floors = base.analysis.floors.map((f) => (f.id === floorId && fresh.floor ? fresh.floor : f));
  if (fresh.floor && !base.analysis.floors.some((f) => f.id === floorId)) floors.push(fresh.floor);
  return { ...base, findings, summary: countStatuses(findings), analysis: { ...base.analysis, floors } };
}

// ---------------------------------------------------------------------------------------------
// The client

export interface ChecksOptions {
  /** quiet time after an edit before checking (ms) */
  debounceMs?: number;
  /** quiet time after a floor re-check before the full refresh of building and site findings (ms) */
  fullRefreshMs?: number;
  opts?: RunOptions;
  now?: () => number;
}

export interface ChecksClient {
  /** Check the current plan now, skipping the debounce; resolves when its result (or a newer one) is in. */
  flush(): Promise<void>;
  dispose(): void;
}

interface Checked {
  plan: PlanDocument;
  result: RulesResult;
}

/** Wires an editor store to a rules backend; results go to `checks`. */
export function startChecks(editor: EditorStore, backend: CheckBackend, checks: ChecksStore = checksStore, options: ChecksOptions = {}): ChecksClient {
  const debounceMs = options.debounceMs ?? 150;
  const fullRefreshMs = options.fullRefreshMs ?? 1200;
  const now = options.now ?? (() => performance.now());
  const opts = options.opts ?? {};

  let checked: Checked | null = null;
  /** newest revision asked for; replies for older ones are stale */
  let latestRequested = 0;
  /** when each revision arrived (for edit-to-result timings) */
  const editedAt = new Map<number, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let disposed = false;

  const settle = (revision: number, plan: PlanDocument, result: RulesResult, kind: 'full' | 'floor' | 'none', runMs: number, floorId?: string) => {
    checked = { plan, result };
    const started = editedAt.get(revision);
    for (const r of editedAt.keys()) if (r <= revision) editedAt.delete(r);
    // a quiet refresh has no edit of its own to time from: its run time stands in
    const lastRun = { kind, editToResultMs: started === undefined ? runMs : now() - started, runMs, ...(floorId ? { floorId } : {}) };
    checks.setState({ result, revision, pending: revision < editor.getState().revision, lastRun, error: null });
  };

  const fail = (error: unknown) => {
    checks.setState({ pending: false, error: error instanceof Error ? error.message : String(error) });
  };

  const runFull = async (revision: number, plan: PlanDocument) => {
    const t0 = now();
    const result = await backend.full({ revision, plan, opts });
    if (disposed || revision < latestRequested) return;
    settle(revision, plan, result, 'full', now() - t0);
  };

  const scheduleRefresh = () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      const { revision, plan } = editor.getState();
      if (disposed || revision !== checks.getState().revision) return;
      latestRequested = revision;
      inFlight = runFull(revision, plan).catch(fail);
    }, fullRefreshMs);
  };

  const check = async (): Promise<void> => {
    timer = null;
    const { revision, plan } = editor.getState();
    if (revision <= checks.getState().revision && checked) return;
    latestRequested = revision;
    const change = checked ? planChange(checked.plan, plan) : ({ kind: 'full' } as const);
    if (change.kind === 'none' && checked) {
      settle(revision, plan, checked.result, 'none', 0);
      return;
    }
    if (change.kind === 'floor' && checked) {
      const base = checked;
      const t0 = now();
      const fresh = await backend.floor({ revision, plan, opts, floorId: change.floorId, buildingId: change.buildingId });
      if (disposed || revision < latestRequested) return;
      // another result may have landed meanwhile; merge into the newest
      settle(revision, plan, mergeFloorResult(checked?.result ?? base.result, change.floorId, fresh), 'floor', now() - t0, change.floorId);
      scheduleRefresh();
      return;
    }
    await runFull(revision, plan);
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      inFlight = check().catch(fail);
    }, debounceMs);
  };

  const unsubscribe = editor.subscribe((state, prev) => {
    if (state.revision === prev.revision) return;
    // another plan: the findings shown belong to the one before, and nothing of it can be re-used
    if (state.loads !== prev.loads) {
      checked = null;
      latestRequested = state.revision; // a reply for the plan before is stale
      checks.setState({ result: null, lastRun: null, error: null });
    }
    if (!editedAt.has(state.revision)) editedAt.set(state.revision, now());
    if (refreshTimer) clearTimeout(refreshTimer);
    checks.setState({ pending: true });
    schedule();
  });

  if (editor.getState().revision > 0) {
    editedAt.set(editor.getState().revision, now());
    checks.setState({ pending: true });
    schedule();
  }

  return {
    async flush() {
      if (timer) clearTimeout(timer);
      await inFlight;
      if (editor.getState().revision !== checks.getState().revision || !checked) {
        inFlight = check().catch(fail);
        await inFlight;
      }
    },
    dispose() {
      disposed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (refreshTimer) clearTimeout(refreshTimer);
      backend.dispose();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Backends

/** What the rules engine exports, passed in so tests and the worker share one implementation. */
export interface RulesEngine {
  runRules(plan: PlanDocument, opts: RunOptions): RunResult;
  runFloorRules(plan: PlanDocument, buildingId: string, floorId: string, opts: RunOptions): unknown;
}

/** A floor re-check as the engine returns it (FloorRunResult): its findings and the floor's analysis. */
export function asFloorResult(raw: unknown, floorId: string): FloorRulesResult {
  const r = raw as { findings?: Finding[]; analysis?: FloorAnalysis };
  const findings = (r.findings ?? []).filter((f) => f.where.floorId === floorId);
  const floor = r.analysis?.id === floorId ? r.analysis : undefined;
  return { findings, floor };
}

/** Runs the rules on the calling thread (tests, and a fallback where workers are missing). */
export function inlineBackend(engine: RulesEngine): CheckBackend {
  return {
    full: async (req) => engine.runRules(req.plan, req.opts),
    floor: async (req) => asFloorResult(engine.runFloorRules(req.plan, req.buildingId, req.floorId, req.opts), req.floorId),
    dispose() {},
  };
}

interface WorkerReply {
  revision: number;
  result?: unknown;
  error?: string;
}

/** One worker answering its requests in order: a FIFO of waiting promises. */
function workerChannel(create: () => Worker) {
  let worker: Worker | null = null;
  const waiting: { resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  const open = (): Worker => {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent<WorkerReply>) => {
      const next = waiting.shift();
      if (!next) return;
      if (event.data.error !== undefined) next.reject(new Error(event.data.error));
      else next.resolve(event.data.result);
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const next of waiting.splice(0)) next.reject(new Error(event.message || 'rules worker failed'));
    };
    worker = w;
    return w;
  };
  return {
    post(message: CheckRequest): Promise<unknown> {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        open().postMessage(message);
      });
    },
    close() {
      worker?.terminate();
      worker = null;
      for (const next of waiting.splice(0)) next.reject(new Error('closed'));
    },
  };
}

const createRulesWorker = (): Worker => new Worker(new URL('../rules/rules.worker.ts', import.meta.url), { type: 'module' });

/**
 * Two workers: one for floor re-checks, one for full runs, so a slow full run of the park
 * never holds up the re-check of the floor being edited.
 */
export function workerBackend(create: () => Worker = createRulesWorker): CheckBackend {
  const floors = workerChannel(create);
  const full = workerChannel(create);
  return {
    full: async (req) => (await full.post(req)) as RulesResult,
    floor: async (req) => asFloorResult(await floors.post(req), req.floorId),
    dispose() {
      floors.close();
      full.close();
    },
  };
}

// Live rule checking: after every change of the plan the rules run off the main thread and their
// result lands in a small store the rule panel and the 3D overlays read. What an edit changed is
// read from the store's change feed (the command's patches, src/floorplan/changes.ts): an edit
// that touched one floor re-checks only that floor and merges it into the last full result; a
// quiet full run later refreshes the building and site findings. The workers keep their own copy
// of the plan and receive only the patches of each edit. Replies for revisions older than the
// latest request are dropped.
import type { Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { changeOfPatches, mergeChanges, type PlanChangeSet } from '../floorplan/changes.ts';
import { sameData } from '../floorplan/sameData.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { RESYNC, type RulesRequest } from '../rules/workerProtocol.ts';
import { rpcClient, WorkerError, type AnswerTimes, type RpcClient, type WorkerLike } from '../workers/rpc.ts';
import { countStatuses, type FloorAnalysis, type RunResult } from '../rules/results.ts';
import type { Finding, RunOptions } from '../rules/types.ts';
import { ruleById } from '../rules/registry.ts';
import type { EditorStore } from './store.ts';

export type { FloorAnalysis } from '../rules/results.ts';

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
  /** the edits that led to `plan`, for backends that keep a copy of it (null: none kept) */
  changes?: ChangeLog | null;
}

/** Runs the rules somewhere (a worker, or in-line for tests); one request at a time per backend. */
export interface CheckBackend {
  full(request: CheckRequest): Promise<RulesResult>;
  floor(request: CheckRequest & { floorId: string; buildingId: string }): Promise<FloorRulesResult>;
  /** the oldest plan revision the backend's copies start from (edits before it need not be kept) */
  heldFrom?(): number;
  /** how the backend's last request carried the plan (backends that keep a copy) */
  lastSent?(): PlanSent;
  /** how long the last answer, once sent, waited for the page to read it (ms; the page drawing a frame, say) */
  lastAnswerWaitMs?(): number;
  dispose(): void;
}

/** What a request to a worker that keeps a copy of the plan carried: the whole plan, the patches since its copy, or nothing (its copy was current). */
export type PlanSent = 'plan' | 'patches' | 'nothing';

/** The edits of recent revisions, as the store's change feed published them. */
export interface ChangeLog {
  /** the patches from revision `from` to `to`, or null when they are not all known (a load between) */
  patchesBetween(from: number, to: number): Patch[] | null;
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
  /**
   * How the last result was made: from the edit to the result here (ms, every wait included), and
   * the backend's round trip (ms: the request posted, answered, the answer merged), less
   * `answerWaitMs`, the time its answer waited for the page, busy with something else, to read it.
   */
  lastRun: { kind: 'full' | 'floor' | 'none'; floorId?: string; editToResultMs: number; runMs: number; answerWaitMs?: number; sent?: PlanSent } | null;
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

// ---------------------------------------------------------------------------------------------
// What changed: the store's change feed, kept per revision

export type PlanChange =
  | { kind: 'none' }
  | { kind: 'floor'; buildingId: string; floorId: string }
  | { kind: 'full' };

/** The narrowest re-check that covers a change: nothing, one floor, or all (more floors than one re-check everything). */
export function recheckFor(change: PlanChangeSet): PlanChange {
  if (change.kind !== 'floors') return change;
  if (change.floors.length !== 1) return { kind: 'full' };
  const [touch] = change.floors;
  return { kind: 'floor', buildingId: touch!.buildingId, floorId: touch!.floorId };
}

interface FeedEntry {
  revision: number;
  /** null: another plan was loaded (or the revisions jumped) */
  patches: readonly Patch[] | null;
  change: PlanChangeSet;
}

/** The change records of the revisions not yet checked by every backend. */
export class ChangeFeed implements ChangeLog {
  private entries: FeedEntry[] = [];

  /** Records revision `revision`, reached from the one before by `patches` (null: a reset). */
  add(revision: number, patches: readonly Patch[] | null, plan: PlanDocument): void {
    const change: PlanChangeSet = patches ? changeOfPatches(patches, plan) : { kind: 'full' };
    this.entries.push({ revision, patches, change });
  }

  /** What changed from revision `from` to `to`: full when some revision between is unknown. */
  changeBetween(from: number, to: number): PlanChangeSet {
    let change: PlanChangeSet = { kind: 'none' };
    let expected = from + 1;
    for (const entry of this.entries) {
      if (entry.revision <= from || entry.revision > to) continue;
      if (entry.revision !== expected) return { kind: 'full' };
      change = mergeChanges(change, entry.change);
      expected++;
    }
    return expected === to + 1 ? change : { kind: 'full' };
  }

  patchesBetween(from: number, to: number): Patch[] | null {
    const patches: Patch[] = [];
    let expected = from + 1;
    for (const entry of this.entries) {
      if (entry.revision <= from || entry.revision > to) continue;
      if (entry.revision !== expected || !entry.patches) return null;
      patches.push(...entry.patches);
      expected++;
    }
    return expected === to + 1 ? patches : null;
  }

  /** Forgets the revisions up to `revision`. */
  dropThrough(revision: number): void {
    const keep = this.entries.findIndex((e) => e.revision > revision);
    this.entries = keep < 0 ? [] : this.entries.slice(keep);
  }

  get size(): number {
    return this.entries.length;
  }
}

// ---------------------------------------------------------------------------------------------
// Merging

/**
 * The full result with one floor's findings and analysis replaced by a fresh re-check of that floor.
 * A fresh finding equal to the one it replaces is that one (same object), and when no finding
 * changed the findings list and summary are the ones before: views memoized on them skip the work.
 */
export function mergeFloorResult(base: RulesResult, floorId: string, fresh: FloorRulesResult): RulesResult {
  // A building rule's findings located on the floor (stair width) stay until the full refresh.
  const replaced = (f: Finding) => f.where.floorId === floorId && ruleById(f.ruleId)?.scope !== 'building';
  const kept: Finding[] = [];
  const before = new Map<string, Finding>();
  for (const f of base.findings) {
    if (!replaced(f)) kept.push(f);
    else before.set(f.key, f);
  }
  const findings = kept;
  for (const f of fresh.findings) {
    const old = before.get(f.key);
    findings.push(old && sameData(old, f) ? old : f);
  }
  const unchanged = findings.length === base.findings.length && findings.every((f, i) => f === base.findings[i]);
  const floors = base.analysis.floors.map((f) => (f.id === floorId && fresh.floor ? fresh.floor : f));
  if (fresh.floor && !base.analysis.floors.some((f) => f.id === floorId)) floors.push(fresh.floor);
  const analysis = { ...base.analysis, floors };
  if (unchanged) return { ...base, analysis };
  return { ...base, findings, summary: countStatuses(findings), analysis };
}

/**
 * A full result with each finding equal to one of `previous` (same key) replaced by that object,
 * and the findings list and summary of `previous` when none changed (see mergeFloorResult).
 */
export function keepKnownFindings(previous: RulesResult | null, next: RulesResult): RulesResult {
  if (!previous) return next;
  const before = new Map(previous.findings.map((f) => [f.key, f]));
  const findings = next.findings.map((f) => {
    const old = before.get(f.key);
    return old && sameData(old, f) ? old : f;
  });
  if (findings.length === previous.findings.length && findings.every((f, i) => f === previous.findings[i])) {
    return { ...next, findings: previous.findings, summary: previous.summary };
  }
  return { ...next, findings };
}

// ---------------------------------------------------------------------------------------------
// The client

export interface ChecksOptions {
  /**
   * Quiet time after a discrete edit (a command, undo, redo, a load) before checking (ms). 0, the
   * default: checked at once, at the end of the task that made the edit, so the commands of one
   * task share one request and the worker re-checks while the page draws the edit.
   */
  debounceMs?: number;
  /** quiet time while a drag or other interaction is still going on (ms); its end is checked at once */
  interactionDebounceMs?: number;
  /** quiet time after a floor re-check before the full refresh of building and site findings (ms) */
  fullRefreshMs?: number;
  opts?: RunOptions;
  now?: () => number;
  /**
   * After a full check, re-check the open floor in the background, so the floor worker holds the
   * plan and its memory of that floor before the first edit (which then sends only its patches).
   */
  warmOpenFloor?: boolean;
}

export interface ChecksClient {
  /** Check the current plan now, skipping the debounce; resolves when its result (or a newer one) is in. */
  flush(): Promise<void>;
  dispose(): void;
}

interface Checked {
  revision: number;
  plan: PlanDocument;
  result: RulesResult;
}

/** Wires an editor store to a rules backend; results go to `checks`. */
export function startChecks(editor: EditorStore, backend: CheckBackend, checks: ChecksStore, options: ChecksOptions = {}): ChecksClient {
  const debounceMs = options.debounceMs ?? 0;
  const interactionDebounceMs = options.interactionDebounceMs ?? Math.max(150, debounceMs);
  const fullRefreshMs = options.fullRefreshMs ?? 1200;
  const now = options.now ?? (() => performance.now());
  const opts = options.opts ?? {};

  let checked: Checked | null = null;
  /** what each revision since the one checked changed (the store's change feed) */
  const feed = new ChangeFeed();
  /** newest revision asked for; replies for older ones are stale */
  let latestRequested = 0;
  /** when each revision arrived (for edit-to-result timings) */
  const editedAt = new Map<number, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** a check is queued for the end of the current task (a microtask) */
  let queued = false;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let disposed = false;

  const settle = (revision: number, plan: PlanDocument, result: RulesResult, kind: 'full' | 'floor' | 'none', runMs: number, floorId?: string) => {
    checked = { revision, plan, result };
    feed.dropThrough(Math.min(revision, backend.heldFrom?.() ?? revision));
    const started = editedAt.get(revision);
    for (const r of editedAt.keys()) if (r <= revision) editedAt.delete(r);
    // a quiet refresh has no edit of its own to time from: its run time stands in
    const sent = kind === 'none' ? undefined : backend.lastSent?.();
    const answerWaitMs = kind === 'none' ? undefined : backend.lastAnswerWaitMs?.();
    const lastRun = {
      kind,
      editToResultMs: started === undefined ? runMs : now() - started,
      runMs: answerWaitMs === undefined ? runMs : Math.max(0, runMs - answerWaitMs),
      ...(answerWaitMs === undefined ? {} : { answerWaitMs }),
      ...(floorId ? { floorId } : {}),
      ...(sent ? { sent } : {}),
    };
    checks.setState({ result, revision, pending: revision < editor.getState().revision, lastRun, error: null });
  };

  const fail = (error: unknown) => {
    checks.setState({ pending: false, error: error instanceof Error ? error.message : String(error) });
  };

  const runFull = async (revision: number, plan: PlanDocument) => {
    const t0 = now();
    const result = await backend.full({ revision, plan, opts, changes: feed });
    if (disposed || revision < latestRequested) return;
    settle(revision, plan, keepKnownFindings(checked?.result ?? null, result), 'full', now() - t0);
    if (options.warmOpenFloor) warm(revision, plan);
  };

  /** the floor re-check that readies the floor worker; its answer equals the full check's and is dropped */
  let warmed = '';
  const warm = (revision: number, plan: PlanDocument) => {
    const floorId = editor.getState().session.floorId;
    const building = floorId ? plan.site.buildings.find((b) => b.floors.some((f) => f.id === floorId)) : undefined;
    const key = `${editor.getState().loads}|${floorId}`;
    if (!floorId || !building || warmed === key) return;
    warmed = key;
    backend.floor({ revision, plan, opts, floorId, buildingId: building.id, changes: feed }).catch(() => {
      warmed = '';
    });
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
    const { revision, plan } = editor.getState();
    if (revision <= checks.getState().revision && checked) return;
    latestRequested = revision;
    const change = checked ? recheckFor(feed.changeBetween(checked.revision, revision)) : ({ kind: 'full' } as const);
    if (change.kind === 'none' && checked) {
      settle(revision, plan, checked.result, 'none', 0);
      return;
    }
    if (change.kind === 'floor' && checked) {
      const base = checked;
      const t0 = now();
      const fresh = await backend.floor({ revision, plan, opts, floorId: change.floorId, buildingId: change.buildingId, changes: feed });
      if (disposed || revision < latestRequested) return;
      // another result may have landed meanwhile; merge into the newest
      settle(revision, plan, mergeFloorResult(checked?.result ?? base.result, change.floorId, fresh), 'floor', now() - t0, change.floorId);
      scheduleRefresh();
      return;
    }
    await runFull(revision, plan);
  };

  const cancelScheduled = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    queued = false;
  };

  const startCheck = () => {
    cancelScheduled();
    if (!disposed) inFlight = check().catch(fail);
  };

  /** Checks after `delay` ms of quiet, or (0) once the current task is done: edits of one task are one request. */
  const schedule = (delay: number) => {
    if (delay > 0) {
      cancelScheduled();
      timer = setTimeout(startCheck, delay);
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      if (queued) startCheck();
    });
  };

  const unsubscribe = editor.subscribe((state, prev) => {
    if (state.revision === prev.revision) {
      // a drag let go (committed): its last step is checked now, not after the drag's quiet time
      if (prev.interaction && !state.interaction && timer) schedule(0);
      return;
    }
    // the change feed: a revision reached by patches from the one before, or a reset
    const record = state.change;
    const stepped = state.revision === prev.revision + 1 && record.revision === state.revision && 'patches' in record;
    feed.add(state.revision, stepped ? record.patches : null, state.plan);
    // another plan: the findings shown belong to the one before, and nothing of it can be re-used
    if (state.loads !== prev.loads) {
      checked = null;
      latestRequested = state.revision; // a reply for the plan before is stale
      checks.setState({ result: null, lastRun: null, error: null });
    }
    if (!editedAt.has(state.revision)) editedAt.set(state.revision, now());
    if (refreshTimer) clearTimeout(refreshTimer);
    checks.setState({ pending: true });
    // a drag in progress (store `update` steps while the pointer is down) waits for a quiet moment;
    // a discrete edit is checked at once
    schedule(state.interaction ? interactionDebounceMs : debounceMs);
  });

  if (editor.getState().revision > 0) {
    editedAt.set(editor.getState().revision, now());
    checks.setState({ pending: true });
    schedule(debounceMs);
  }

  return {
    async flush() {
      cancelScheduled();
      await inFlight;
      if (editor.getState().revision !== checks.getState().revision || !checked) {
        inFlight = check().catch(fail);
        await inFlight;
      }
    },
    dispose() {
      disposed = true;
      unsubscribe();
      cancelScheduled();
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

/**
 * One rules worker and the revision of the plan copy it holds: a request sends the patches since
 * that revision when the change feed still has them all, the whole plan otherwise, and once more
 * with the whole plan when the worker answers that its copy is not the one the patches start from.
 */
export function rulesChannel(create: () => WorkerLike, name: string) {
  /** the revision of the worker's copy once the requests sent so far are handled (-1: none) */
  let held = -1;
  let lastSent: PlanSent = 'nothing';
  let answerWaitMs = 0;
  const onAnswer = (times: AnswerTimes) => {
    answerWaitMs = times.sentAt === undefined ? 0 : Math.max(0, times.receivedAt - times.sentAt);
  };
  const rpc: RpcClient<RulesRequest, unknown> = rpcClient(create, { name, onRestart: () => (held = -1) });
  const message = (req: CheckRequest, whole: boolean): RulesRequest => {
    const patches = !whole && held >= 0 && req.changes ? req.changes.patchesBetween(held, req.revision) : null;
    const body: RulesRequest = { revision: req.revision, opts: req.opts, ...(req.floorId === undefined ? {} : { floorId: req.floorId }) };
    if (held === req.revision) return body;
    return patches ? { ...body, patches: { from: held, list: patches } } : { ...body, plan: req.plan };
  };
  const send = (req: CheckRequest, whole: boolean): Promise<unknown> => {
    const body = message(req, whole);
    lastSent = body.plan ? 'plan' : body.patches ? 'patches' : 'nothing';
    held = req.revision;
    answerWaitMs = 0;
    return rpc.call(body, { onAnswer }).catch((error: unknown) => {
      // the copy is lost or behind (a restarted worker): the next request sends the plan
      held = -1;
      throw error;
    });
  };
  return {
    async post(req: CheckRequest): Promise<unknown> {
      try {
        return await send(req, false);
      } catch (error) {
        if (!(error instanceof WorkerError) || error.code !== RESYNC) throw error;
        return send(req, true);
      }
    },
    /** the revision the worker's copy will be at (-1: none) */
    get held() {
      return held;
    },
    get lastSent() {
      return lastSent;
    },
    /** how long the last answer waited for the page to read it (ms) */
    get answerWaitMs() {
      return answerWaitMs;
    },
    close() {
      rpc.close();
    },
  };
}

const createRulesWorker = (): Worker => new Worker(new URL('../rules/rules.worker.ts', import.meta.url), { type: 'module' });

/**
 * Two workers: one for floor re-checks, one for full runs, so a slow full run of the park
 * never holds up the re-check of the floor being edited.
 */
export function workerBackend(create: () => WorkerLike = createRulesWorker): CheckBackend {
  const floors = rulesChannel(create, 'rules worker (floors)');
  const full = rulesChannel(create, 'rules worker (full)');
  let last: PlanSent = 'nothing';
  let waited = 0;
  return {
    full: async (req) => {
      const answer = await full.post(req);
      last = full.lastSent;
      waited = full.answerWaitMs;
      return answer as RulesResult;
    },
    floor: async (req) => {
      const answer = await floors.post(req);
      last = floors.lastSent;
      waited = floors.answerWaitMs;
      return asFloorResult(answer, req.floorId);
    },
    lastSent: () => last,
    lastAnswerWaitMs: () => waited,
    heldFrom: () => {
      const held = [floors.held, full.held].filter((r) => r >= 0);
      return held.length ? Math.min(...held) : Number.POSITIVE_INFINITY;
    },
    dispose() {
      floors.close();
      full.close();
    },
  };
}

/// <reference lib="webworker" />
// The rules engine in a module worker. The worker keeps its own copy of the plan: the page sends
// the whole plan once (and after another plan is loaded), then only the patches each edit made
// (the store's change feed), so an edit of one desk posts a few hundred bytes, not the park.
// Each request brings the copy up to date and checks the plan or one floor; the answer carries the
// request's revision so a stale answer can be told from a fresh one. DOM-free except the worker
// global; the work itself (`RulesWorkerState`, `handleRulesRequest`) is tested in Node.
import { enablePatches, Immer, type Patch } from 'immer';
import { changeOfPatches, mergeChanges, type FloorTouch, type PlanChangeSet } from '../floorplan/changes.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { CodedError, serveRpc } from '../workers/rpc.ts';
import { FloorMemory } from './floorMemory.ts';
import { IdleWarmUp, scheduleIdleWarmUp } from './idleWarmUp.ts';
import { runFloorRules, runRules, type FloorAnalysis, type FloorRunResult, type RunResult } from './runRules.ts';
import { RESYNC, type RulesRequest } from './workerProtocol.ts';

enablePatches();
// the copy is only read; left unfrozen, as a structured clone arrives, so the analyses may wrap it
const copies = new Immer({ autoFreeze: false });

export type { RulesRequest } from './workerProtocol.ts';
export { RESYNC } from './workerProtocol.ts';

export type RulesResponse =
  | { revision: number; result: RunResult | FloorRunResult; floorId?: string }
  | { revision: number; error: string; code?: string; floorId?: string };

/**
 * What the worker keeps between requests: floor re-checks keep the walks of the floors last
 * edited (a moved desk re-measures only the walks it can change); full checks keep each floor's
 * outcome (an unchanged floor is not checked again).
 */
export interface RulesMemory {
  floor: FloorMemory<FloorAnalysis>;
  full: FloorMemory<FloorAnalysis>;
}

export function createRulesMemory(): RulesMemory {
  return { floor: new FloorMemory(4), full: new FloorMemory(0) };
}

/** One check of a plan: everything, or one floor. `touched`: what changed on that floor since the last request. */
function check(plan: PlanDocument, request: RulesRequest, memory: RulesMemory | undefined, touched?: FloorTouch): RunResult | FloorRunResult {
  const { opts = {}, floorId } = request;
  if (floorId === undefined) return runRules(plan, opts, memory?.full);
  const building = plan.site.buildings.find((b) => b.floors.some((f) => f.id === floorId));
  if (!building) throw new Error(`no floor ${floorId}`);
  // a hint only: the floor memory checks it against the floors (see walking/README.md)
  return runFloorRules(plan, building.id, floorId, opts, memory?.floor, touched);
}

function failure(request: RulesRequest, error: unknown): RulesResponse {
  const code = error instanceof CodedError ? error.code : undefined;
  return {
    revision: request.revision,
    error: error instanceof Error ? error.message : String(error),
    ...(code ? { code } : {}),
    ...(request.floorId === undefined ? {} : { floorId: request.floorId }),
  };
}

/** A request that carries its whole plan, answered with no copy kept (tests, benchmarks). */
export function handleRulesRequest(request: RulesRequest, memory?: RulesMemory): RulesResponse {
  try {
    if (!request.plan) throw new CodedError('the request carries no plan', RESYNC);
    return { revision: request.revision, result: check(request.plan, request, memory), ...(request.floorId === undefined ? {} : { floorId: request.floorId }) };
  } catch (error) {
    return failure(request, error);
  }
}

/** The worker's copy of the plan and its memory of earlier checks. */
export class RulesWorkerState {
  private plan: PlanDocument | null = null;
  private revision = -1;
  /** what changed since the last check, per floor (from the patches received) */
  private pending: PlanChangeSet = { kind: 'none' };
  /** the last floor re-check asked for, and its options: what a rehearsal re-checks */
  private lastFloorCheck: { floorId: string; opts: RulesRequest['opts']; ms: number } | null = null;

  constructor(readonly memory: RulesMemory = createRulesMemory()) {}

  /** The revision of the copy held (-1: none). */
  get heldRevision(): number {
    return this.revision;
  }

  /** Brings the copy up to `request.revision`; throws a RESYNC error when the patches do not start from it. */
  private update(request: RulesRequest): PlanDocument {
    if (request.plan) {
      this.plan = request.plan;
      this.revision = request.revision;
      this.pending = { kind: 'full' };
      return this.plan;
    }
    if (request.patches) {
      if (!this.plan || this.revision !== request.patches.from) {
        throw new CodedError(`the worker holds revision ${this.revision}, the patches start from ${request.patches.from}`, RESYNC);
      }
      const before = this.plan;
      try {
        this.plan = copies.applyPatches(before, request.patches.list);
      } catch (error) {
        this.plan = null;
        this.revision = -1;
        throw new CodedError(`the patches did not apply: ${error instanceof Error ? error.message : String(error)}`, RESYNC);
      }
      this.revision = request.revision;
      this.pending = mergeChanges(this.pending, changeOfPatches(request.patches.list, this.plan, before));
      return this.plan;
    }
    if (!this.plan || this.revision !== request.revision) throw new CodedError(`the worker holds revision ${this.revision}, not ${request.revision}`, RESYNC);
    return this.plan;
  }

  handle(request: RulesRequest): RulesResponse {
    try {
      const started = performance.now();
      const plan = this.update(request);
      const touched = request.floorId !== undefined && this.pending.kind === 'floors' ? this.pending.floors.find((t) => t.floorId === request.floorId) : undefined;
      const result = check(plan, request, this.memory, touched);
      this.pending = { kind: 'none' };
      if (request.floorId !== undefined) this.lastFloorCheck = { floorId: request.floorId, opts: request.opts, ms: performance.now() - started };
      return { revision: request.revision, result, ...(request.floorId === undefined ? {} : { floorId: request.floorId }) };
    } catch (error) {
      return failure(request, error);
    }
  }

  /** How long the last floor check took (ms; null: none yet): what a rehearsal may cost. */
  get lastFloorCheckMs(): number | null {
    return this.lastFloorCheck?.ms ?? null;
  }

  /**
   * Rehearses an edit for the idle warm-up (idleWarmUp.ts): one desk of the floor last re-checked
   * is moved `dx` metres and moved back, each step going the way the page's patches go (applied
   * to the copy, re-checked with the memory), answers dropped. The copy ends equal in value to the
   * page's revision and the memory holds what re-checking that revision leaves, so the next real
   * edit is answered as it would have been. `pick` chooses the desk. Returns the ms taken, or null
   * when there is nothing to rehearse (no floor re-checked, no desk, or changes not yet checked).
   */
  rehearseDeskMove(pick: number, dx = 0.3): number | null {
    const last = this.lastFloorCheck;
    if (!this.plan || !last || this.pending.kind !== 'none') return null;
    const buildings = this.plan.site.buildings;
    for (let bi = 0; bi < buildings.length; bi++) {
      const floors = buildings[bi]!.floors;
      const fi = floors.findIndex((f) => f.id === last.floorId);
      if (fi < 0) continue;
      const desks = floors[fi]!.workstations;
      if (desks.length === 0) return null;
      // spread over the floor: 0.618… of the desks apart, so steps meet different zones and walks
      const wi = Math.floor(((pick * 0.6180339887) % 1) * desks.length);
      const at = desks[wi]!.at;
      const path = ['site', 'buildings', bi, 'floors', fi, 'workstations', wi, 'at'];
      const started = performance.now();
      const moved = this.rehearse([{ op: 'replace', path, value: [at[0] + dx, at[1]] }], last);
      // moved back whatever happened, so the copy is the page's revision again
      const back = this.rehearse([{ op: 'replace', path, value: at }], last);
      if (!back) {
        // the copy cannot be trusted: the page's next request is told to send the plan again
        this.plan = null;
        this.revision = -1;
        return null;
      }
      return moved ? performance.now() - started : null;
    }
    return null;
  }

  /** One rehearsed step: the patches applied at the held revision and the floor re-checked. */
  private rehearse(list: Patch[], last: { floorId: string; opts: RulesRequest['opts'] }): boolean {
    const response = this.handle({ revision: this.revision, patches: { from: this.revision, list }, ...(last.opts ? { opts: last.opts } : {}), floorId: last.floorId });
    return !('error' in response);
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  const state = new RulesWorkerState();
  const warmUp = scheduleIdleWarmUp(
    new IdleWarmUp(
      (step) => state.rehearseDeskMove(step),
      () => state.lastFloorCheckMs,
    ),
  );
  serveRpc<RulesRequest, RunResult | FloorRunResult>(self, (request) => {
    const response = state.handle(request);
    warmUp.requested();
    if ('error' in response) throw new CodedError(response.error, response.code ?? 'failed');
    return response.result;
  });
}

/// <reference lib="webworker" />
// The rules engine in a module worker. The worker keeps its own copy of the plan: the page sends
// the whole plan once (and after another plan is loaded), then only the patches each edit made
// (the store's change feed), so an edit of one desk posts a few hundred bytes, not the park.
// Each request brings the copy up to date and checks the plan or one floor; the answer carries the
// request's revision so a stale answer can be told from a fresh one. DOM-free except the worker
// global; the work itself (`RulesWorkerState`, `handleRulesRequest`) is tested in Node.
import { enablePatches, Immer } from 'immer';
import { changeOfPatches, mergeChanges, type FloorTouch, type PlanChangeSet } from '../floorplan/changes.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { CodedError, serveRpc } from '../workers/rpc.ts';
import { FloorMemory } from './floorMemory.ts';
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
      const plan = this.update(request);
      const touched = request.floorId !== undefined && this.pending.kind === 'floors' ? this.pending.floors.find((t) => t.floorId === request.floorId) : undefined;
      const result = check(plan, request, this.memory, touched);
      this.pending = { kind: 'none' };
      return { revision: request.revision, result, ...(request.floorId === undefined ? {} : { floorId: request.floorId }) };
    } catch (error) {
      return failure(request, error);
    }
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  const state = new RulesWorkerState();
  serveRpc<RulesRequest, RunResult | FloorRunResult>(self, (request) => {
    const response = state.handle(request);
    if ('error' in response) throw new CodedError(response.error, response.code ?? 'failed');
    return response.result;
  });
}

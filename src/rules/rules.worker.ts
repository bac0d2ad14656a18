/// <reference lib="webworker" />
// The rules engine in a module worker: the app posts {revision, plan, opts, floorId?} and gets
// {revision, result} back (a whole-plan RunResult, or a FloorRunResult when floorId is given),
// so a stale answer can be told from a fresh one. DOM-free except the worker global.
import type { PlanDocument } from '../floorplan/types.ts';
import { runFloorRules, runRules, type FloorRunResult, type RunResult } from './runRules.ts';
import type { RunOptions } from './types.ts';

export interface RulesRequest {
  revision: number;
  plan: PlanDocument;
  opts?: RunOptions;
  /** re-check only this floor */
  floorId?: string;
}

export type RulesResponse =
  | { revision: number; result: RunResult | FloorRunResult; floorId?: string }
  | { revision: number; error: string; floorId?: string };

/** The work of one request, apart from the worker global so it can be tested in Node. */
export function handleRulesRequest(request: RulesRequest): RulesResponse {
  const { revision, plan, opts = {}, floorId } = request;
  try {
    if (floorId === undefined) return { revision, result: runRules(plan, opts) };
    const building = plan.site.buildings.find((b) => b.floors.some((f) => f.id === floorId));
    if (!building) return { revision, error: `no floor ${floorId}`, floorId };
    return { revision, result: runFloorRules(plan, building.id, floorId, opts), floorId };
  } catch (error) {
    return { revision, error: error instanceof Error ? error.message : String(error), ...(floorId === undefined ? {} : { floorId }) };
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  self.onmessage = (event: MessageEvent<RulesRequest>) => {
    self.postMessage(handleRulesRequest(event.data));
  };
}

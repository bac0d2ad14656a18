/// <reference lib="webworker" />
// The rules engine in a module worker: the app posts {revision, plan, opts, floorId?} and gets
// {revision, result} back (a whole-plan RunResult, or a FloorRunResult when floorId is given),
// so a stale answer can be told from a fresh one. DOM-free except the worker global.
import type { PlanDocument } from '../floorplan/types.ts';
import { FloorMemory } from './floorMemory.ts';
import { runFloorRules, runRules, type FloorAnalysis, type FloorRunResult, type RunResult } from './runRules.ts';
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

/** The work of one request, apart from the worker global so it can be tested in Node. */
export function handleRulesRequest(request: RulesRequest, memory?: RulesMemory): RulesResponse {
  const { revision, plan, opts = {}, floorId } = request;
  try {
    if (floorId === undefined) return { revision, result: runRules(plan, opts, memory?.full) };
    const building = plan.site.buildings.find((b) => b.floors.some((f) => f.id === floorId));
    if (!building) return { revision, error: `no floor ${floorId}`, floorId };
    return { revision, result: runFloorRules(plan, building.id, floorId, opts, memory?.floor), floorId };
  } catch (error) {
    return { revision, error: error instanceof Error ? error.message : String(error), ...(floorId === undefined ? {} : { floorId }) };
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  const memory = createRulesMemory();
  self.onmessage = (event: MessageEvent<RulesRequest>) => {
    self.postMessage(handleRulesRequest(event.data, memory));
  };
}

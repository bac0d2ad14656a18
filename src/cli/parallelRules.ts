// A full rule check spread over threads (Node's worker_threads), for the command line and the
// benchmarks: floors are independent, so the main thread and each rules thread take the next
// floor from one shared counter until none is left; site and building rules and the totals are
// then done here (runRulesWith). The result is the one runRules gives.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlanDocument } from '../floorplan/types.ts';
import type { FloorOutcome } from '../rules/floorMemory.ts';
import { floorsInCheckOrder, runFloorRules, runRules, runRulesWith, type FloorAnalysis, type RunResult } from '../rules/runRules.ts';
import type { RunOptions } from '../rules/types.ts';
import type { ThreadReply, ThreadRequest } from './rulesThreadMain.ts';

let pool: Worker[] = [];

/** Threads besides the main one: one per further core, at most 7. */
function threadCount(): number {
  const wanted = Number(process.env['CALLFLOOR_THREADS'] ?? availableParallelism());
  return Math.max(0, Math.min(7, (Number.isFinite(wanted) ? wanted : 1) - 1));
}

function threads(count: number): Worker[] {
  while (pool.length < count) {
    const worker = new Worker(new URL('./rulesThread.mjs', import.meta.url));
    // an idle pool must not keep the command line running
    worker.unref();
    pool.push(worker);
  }
  return pool.slice(0, count);
}

/** Stops the rules threads (benchmarks, tests); the next parallel check starts new ones. */
export async function closeRulesThreads(): Promise<void> {
  const old = pool;
  pool = [];
  await Promise.all(old.map((w) => w.terminate()));
}

function ask(worker: Worker, request: ThreadRequest): Promise<ThreadReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ThreadReply) => {
      worker.off('error', onError);
      resolve(reply);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(request);
  });
}

/**
 * runRules with its floors checked in parallel (`fresh`: the threads forget lighting kept from
 * earlier checks first, for repeatable benchmarks). Plans of one floor, or a machine of one core,
 * are checked here alone; so is everything when a thread fails (the check is never lost).
 */
export async function runRulesInThreads(plan: PlanDocument, opts: RunOptions = {}, options: { fresh?: boolean } = {}): Promise<RunResult> {
  const floors = floorsInCheckOrder(plan).map(({ buildingId, floorId }) => ({ buildingId, floorId }));
  const count = Math.min(threadCount(), floors.length - 1);
  if (count < 1) return runRules(plan, opts);
  const counter = new SharedArrayBuffer(4);
  const replies = threads(count).map((w) => {
    w.ref();
    return ask(w, { plan, opts, floors, counter, ...(options.fresh ? { fresh: true } : {}) }).finally(() => w.unref());
  });
  const outcomes = new Map<string, FloorOutcome<FloorAnalysis>>();
  const key = (buildingId: string, floorId: string) => `${buildingId}\u0000${floorId}`;
  // this thread takes floors from the same counter meanwhile
  const next = new Int32Array(counter);
  for (let index = Atomics.add(next, 0, 1); index < floors.length; index = Atomics.add(next, 0, 1)) {
    const { buildingId, floorId } = floors[index]!;
    const r = runFloorRules(plan, buildingId, floorId, opts);
    outcomes.set(key(buildingId, floorId), { findings: r.findings, capacity: r.capacity, analysis: r.analysis });
  }
  try {
    for (const reply of await Promise.all(replies)) {
      if ('error' in reply) throw new Error(reply.error);
      for (const o of reply.outcomes) {
        const { buildingId, floorId } = floors[o.index]!;
        outcomes.set(key(buildingId, floorId), o as unknown as FloorOutcome<FloorAnalysis>);
      }
    }
  } catch {
    await closeRulesThreads();
    return runRules(plan, opts);
  }
  return runRulesWith(plan, opts, (_ctx, building, floor) => {
    const known = outcomes.get(key(building.id, floor.id));
    if (!known) throw new Error(`floor ${floor.id} was not checked`);
    return known;
  });
}

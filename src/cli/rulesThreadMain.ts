// A rules thread: receives the plan (or the buildings it needs of it), the options, the floors it
// checks on its own, the list of shared floors and a shared counter; checks its own floors, then
// takes the next shared floor from the counter until none is left (the main thread takes floors
// from the same counter), and sends back each floor's findings, capacity and analysis.
import { parentPort } from 'node:worker_threads';
import type { PlanDocument } from '../floorplan/types.ts';
import { forgetLighting } from '../rules/analysis/floorLighting.ts';
import { runFloorRules } from '../rules/runRules.ts';
import type { RunOptions } from '../rules/types.ts';

export interface ThreadRequest {
  plan: PlanDocument;
  opts: RunOptions;
  /** floors shared by every thread, taken from the counter */
  floors: { buildingId: string; floorId: string }[];
  /** floors this thread checks first, on its own (outcome index: floors.length + their index here) */
  own?: { buildingId: string; floorId: string }[];
  /** Int32Array over it: [0] the index of the next floor to take */
  counter: SharedArrayBuffer;
  /** forget lighting kept from earlier checks first (repeatable benchmarks) */
  fresh?: boolean;
}

export interface ThreadOutcome {
  index: number;
  findings: unknown[];
  capacity: unknown;
  analysis: unknown;
}

export type ThreadReply = { outcomes: ThreadOutcome[] } | { error: string };

parentPort?.on('message', (request: ThreadRequest) => {
  const outcomes: ThreadOutcome[] = [];
  try {
    if (request.fresh) forgetLighting();
    (request.own ?? []).forEach(({ buildingId, floorId }, k) => {
      const r = runFloorRules(request.plan, buildingId, floorId, request.opts);
      outcomes.push({ index: request.floors.length + k, findings: r.findings, capacity: r.capacity, analysis: r.analysis });
    });
    const next = new Int32Array(request.counter);
    for (let index = Atomics.add(next, 0, 1); index < request.floors.length; index = Atomics.add(next, 0, 1)) {
      const { buildingId, floorId } = request.floors[index]!;
      const r = runFloorRules(request.plan, buildingId, floorId, request.opts);
      outcomes.push({ index, findings: r.findings, capacity: r.capacity, analysis: r.analysis });
    }
    parentPort!.postMessage({ outcomes } satisfies ThreadReply);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ThreadReply);
  }
});

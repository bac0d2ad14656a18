// A rules thread: receives the plan without its buildings, the options, the floors it checks on
// its own, the list of shared floors, a port and a shared counter. The buildings it needs follow
// on the port one by one (so it starts on its first building while the others are still being
// copied); it checks its own floors, then takes the next shared floor from the counter until none
// is left (the main thread takes floors from the same counter), and sends each floor's findings,
// capacity and analysis back on the port as soon as it is checked (so the main thread takes them
// in while it still checks floors of its own, not all at the end).
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { PlanDocument } from '../floorplan/types.ts';
import { forgetLighting } from '../rules/analysis/floorLighting.ts';
import { runFloorRules } from '../rules/runRules.ts';
import type { RunOptions } from '../rules/types.ts';
import { ArrivingPlan } from './arrivingPlan.ts';

export interface ThreadRequest {
  /** the plan with no buildings: they follow on `port` (arrivingPlan.ts) */
  plan: PlanDocument;
  opts: RunOptions;
  /** floors shared by every thread, taken from the counter */
  floors: { buildingId: string; floorId: string }[];
  /** floors this thread checks first, on its own (outcome index: floors.length + their index here) */
  own: { buildingId: string; floorId: string }[];
  /** Int32Array over it: [0] the index of the next shared floor to take */
  counter: SharedArrayBuffer;
  /** Int32Array over it: [0] how many buildings were posted to this thread (-1: no more will come) */
  sent: SharedArrayBuffer;
  /** buildings come in on it (BuildingMessage), the floors checked go out on it (OutcomeMessage) */
  port: MessagePort;
  /** forget lighting kept from earlier checks first (repeatable benchmarks) */
  fresh?: boolean;
}

export interface ThreadOutcome {
  index: number;
  findings: unknown[];
  capacity: unknown;
  analysis: unknown;
}

/** One checked floor; then `done` with the number of floors checked; or an error, after which nothing follows. */
export type OutcomeMessage = { outcome: ThreadOutcome } | { done: number } | { error: string };

function serve(request: ThreadRequest): void {
  const { port } = request;
  const next = new Int32Array(request.counter);
  const arriving = new ArrivingPlan(request.plan, port, new Int32Array(request.sent));
  let checked = 0;
  const check = (index: number, { buildingId, floorId }: { buildingId: string; floorId: string }) => {
    arriving.need(buildingId);
    const r = runFloorRules(arriving.plan, buildingId, floorId, request.opts);
    port.postMessage({ outcome: { index, findings: r.findings, capacity: r.capacity, analysis: r.analysis } } satisfies OutcomeMessage);
    checked++;
  };
  try {
    if (request.fresh) forgetLighting();
    request.own.forEach((floor, k) => check(request.floors.length + k, floor));
    for (let index = Atomics.add(next, 0, 1); index < request.floors.length; index = Atomics.add(next, 0, 1)) {
      check(index, request.floors[index]!);
    }
    port.postMessage({ done: checked } satisfies OutcomeMessage);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies OutcomeMessage);
  }
}

parentPort?.on('message', serve);

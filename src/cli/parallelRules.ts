// A full rule check spread over threads (Node's worker_threads), for the command line and the
// benchmarks: floors are independent, so the main thread and each rules thread check their share;
// the totals are then done here (runRulesWith). The result is the one runRules gives.
// Sharing out: a thread needs whole buildings (a floor's rules read the other floors of its
// building), and copying a park's plan to a thread costs seconds. So most buildings are dealt out
// beforehand, largest first to the least loaded thread (by an estimate of their cost), and each
// thread is sent only its own buildings and the pool: the smallest buildings, about a seventh of
// the work, whose floors every thread (this one too) takes from one shared counter, largest first,
// once its own are done, so that threads finishing early take more of them. A plan of too few
// buildings to deal out goes to every thread whole, all its floors in the pool.
// Keeping every core busy to the end: the buildings go to a thread one message each, so it starts
// on its first while the rest are still being copied; it sends each floor back as soon as it is
// checked, and this thread takes them in between its own floors, so that copying the results back
// is not left to the end; and this thread runs the site and building rules while the threads check
// floors. What is left after the last floor is putting the findings together.
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Building, PlanDocument } from '../floorplan/types.ts';
import type { FloorOutcome } from '../rules/floorMemory.ts';
import { floorsInCheckOrder, planRuleFindings, runFloorRules, runRules, runRulesWith, type FloorAnalysis, type PlanRuleFindings, type RunResult } from '../rules/runRules.ts';
import type { RunOptions } from '../rules/types.ts';
import type { BuildingMessage } from './arrivingPlan.ts';
import type { OutcomeMessage, ThreadOutcome, ThreadRequest } from './rulesThreadMain.ts';

let pool: Worker[] = [];

/** Young generation of a rules thread (MB; V8 splits it in three, so about 64 MB semi-spaces). */
const YOUNG_GENERATION_MB = 192;

/** Threads besides the main one: one per further core, at most 7. */
function threadCount(): number {
  const wanted = Number(process.env['CALLFLOOR_THREADS'] ?? availableParallelism());
  return Math.max(0, Math.min(7, (Number.isFinite(wanted) ? wanted : 1) - 1));
}

function threads(count: number): Worker[] {
  while (pool.length < count) {
    // a larger young generation: a floor's working data (scene, fields, walks) lives tens of
    // milliseconds, longer than the default one lasts, so it was copied and promoted again and again
    const worker = new Worker(new URL('./rulesThread.mjs', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
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

/** Estimated cost of checking a floor, in seats: its seats, and what any floor costs besides. */
const FLOOR_COST = 200;
/** Share of the estimated work left in the pool for the threads to take as they come free. */
const POOL_SHARE = 0.15;

type FloorRef = { buildingId: string; floorId: string };

export interface Shares {
  /** per lane (0: the calling thread): the buildings it alone checks */
  own: string[][];
  /** buildings every lane holds; their floors go through the shared counter */
  pool: string[];
}

/**
 * Which buildings each of `lanes` threads checks on its own, and which are pooled: buildings by
 * estimated cost, the smallest making up POOL_SHARE of it pooled, the others each to the lane
 * with the least so far. With fewer buildings than lanes to deal out, everything is pooled.
 */
export function shareBuildings(buildings: readonly Building[], lanes: number): Shares {
  const cost = (b: Building) => b.floors.reduce((sum, f) => sum + f.workstations.length + FLOOR_COST, 0);
  const sorted = buildings.map((b) => ({ id: b.id, cost: cost(b) })).sort((a, b) => b.cost - a.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = sorted.reduce((sum, b) => sum + b.cost, 0);
  const own: string[][] = Array.from({ length: lanes }, () => []);
  const pool: string[] = [];
  let pooled = 0;
  let split = sorted.length;
  while (split > 0 && pooled + sorted[split - 1]!.cost <= POOL_SHARE * total) pooled += sorted[--split]!.cost;
  if (split < 2 * lanes) return { own, pool: sorted.map((b) => b.id) };
  const load = new Array<number>(lanes).fill(0);
  for (let i = 0; i < split; i++) {
    let lane = 0;
    for (let l = 1; l < lanes; l++) if (load[l]! < load[lane]!) lane = l;
    own[lane]!.push(sorted[i]!.id);
    load[lane]! += sorted[i]!.cost;
  }
  for (let i = split; i < sorted.length; i++) pool.push(sorted[i]!.id);
  return { own, pool };
}

/** A rules thread as this thread sees it during one check: the buildings posted to it, the floors it sent back. */
class Lane {
  readonly outcomes: ThreadOutcome[] = [];
  readonly finished: Promise<void>;
  private readonly port: MessagePort;
  private readonly sent = new Int32Array(new SharedArrayBuffer(4));
  private settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private readonly onError = (error: Error) => this.settle?.reject(error);
  private readonly onExit = () => this.settle?.reject(new Error('a rules thread stopped'));

  constructor(
    private readonly worker: Worker,
    request: Omit<ThreadRequest, 'port' | 'sent'>,
  ) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.finished = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // a failure seen before anyone waits on it must not count as unhandled
    this.finished.catch(() => {});
    this.port.on('message', (message: OutcomeMessage) => this.take(message));
    worker.on('error', this.onError);
    worker.on('exit', this.onExit);
    worker.ref();
    try {
      worker.postMessage({ ...request, port: channel.port2, sent: this.sent.buffer as SharedArrayBuffer } satisfies ThreadRequest, [channel.port2]);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** Posts a building (`position`: its place in the plan); the thread may be waiting for it. */
  post(building: Building, position: number): void {
    this.port.postMessage({ building, position } satisfies BuildingMessage);
    Atomics.add(this.sent, 0, 1);
    Atomics.notify(this.sent, 0);
  }

  /** Takes in the floors the thread has sent back so far, without waiting. */
  drain(): void {
    for (let message = receiveMessageOnPort(this.port); message; message = receiveMessageOnPort(this.port)) this.take(message.message as OutcomeMessage);
  }

  /** Ends the check on this thread: no more buildings will come (a thread still waiting for one gives up). */
  close(): void {
    Atomics.store(this.sent, 0, -1);
    Atomics.notify(this.sent, 0);
    this.port.close();
    this.worker.off('error', this.onError);
    this.worker.off('exit', this.onExit);
    this.worker.unref();
  }

  private take(message: OutcomeMessage): void {
    if ('outcome' in message) this.outcomes.push(message.outcome);
    else if ('done' in message) this.settle?.resolve();
    else this.settle?.reject(new Error(message.error));
  }
}

/**
 * runRules with its floors checked in parallel (`fresh`: the threads forget lighting kept from
 * earlier checks first, for repeatable benchmarks). Plans of one floor, or a machine of one core,
 * are checked here alone; so is everything when a thread fails (the check is never lost).
 */
export async function runRulesInThreads(plan: PlanDocument, opts: RunOptions = {}, options: { fresh?: boolean } = {}): Promise<RunResult> {
  const inOrder = floorsInCheckOrder(plan);
  const count = Math.min(threadCount(), inOrder.length - 1);
  if (count < 1) return runRules(plan, opts);
  const shares = shareBuildings(plan.site.buildings, count + 1);
  const floorsOf = (ids: readonly string[]): FloorRef[] => {
    const wanted = new Set(ids);
    return inOrder.filter((f) => wanted.has(f.buildingId)).map(({ buildingId, floorId }) => ({ buildingId, floorId }));
  };
  // pooled floors largest first: the last ones taken are the small ones
  const key = (buildingId: string, floorId: string) => `${buildingId}\u0000${floorId}`;
  const seats = new Map(inOrder.map((f) => [key(f.buildingId, f.floorId), f.seats]));
  const pool = floorsOf(shares.pool)
    .map((f, i) => ({ f, i, seats: seats.get(key(f.buildingId, f.floorId))! }))
    .sort((a, b) => b.seats - a.seats || a.i - b.i)
    .map(({ f }) => f);
  const counter = new SharedArrayBuffer(4);
  const skeleton: PlanDocument = { ...plan, site: { ...plan.site, buildings: [] } };
  const owns = shares.own.slice(1).map(floorsOf);
  const lanes: Lane[] = [];
  let ruled: PlanRuleFindings;
  const outcomes = new Map<string, FloorOutcome<FloorAnalysis>>();
  const check = ({ buildingId, floorId }: FloorRef) => {
    const r = runFloorRules(plan, buildingId, floorId, opts);
    outcomes.set(key(buildingId, floorId), { findings: r.findings, capacity: r.capacity, analysis: r.analysis });
    // take in what the threads sent meanwhile: a share of copying their results back done here, not at the end
    for (const lane of lanes) lane.drain();
  };
  try {
    threads(count).forEach((w, t) => lanes.push(new Lane(w, { plan: skeleton, opts, floors: pool, own: owns[t]!, counter, ...(options.fresh ? { fresh: true } : {}) })));
    // each thread's buildings in the order it checks them (its own, then the pooled ones), dealt
    // round the threads one at a time, so that each starts on its first while the rest are copied
    const placed = plan.site.buildings.map((building, position) => ({ building, position }));
    const sends = shares.own.slice(1).map((own) => [...placed.filter((p) => own.includes(p.building.id)), ...placed.filter((p) => shares.pool.includes(p.building.id))]);
    for (let k = 0; sends.some((list) => k < list.length); k++) {
      sends.forEach((list, t) => {
        const sent = list[k];
        if (sent) lanes[t]!.post(sent.building, sent.position);
      });
    }
    // the site and building rules while the threads check floors, not after them
    ruled = planRuleFindings(plan, opts);
    // this thread checks its own floors, then takes pooled ones from the same counter
    floorsOf(shares.own[0]!).forEach(check);
    const next = new Int32Array(counter);
    for (let index = Atomics.add(next, 0, 1); index < pool.length; index = Atomics.add(next, 0, 1)) check(pool[index]!);
    await Promise.all(lanes.map((lane) => lane.finished));
    lanes.forEach((lane) => lane.drain());
  } catch {
    lanes.forEach((lane) => lane.close());
    await closeRulesThreads();
    return runRules(plan, opts);
  }
  lanes.forEach((lane, t) => {
    lane.close();
    for (const o of lane.outcomes) {
      const { buildingId, floorId } = o.index < pool.length ? pool[o.index]! : owns[t]![o.index - pool.length]!;
      outcomes.set(key(buildingId, floorId), o as unknown as FloorOutcome<FloorAnalysis>);
    }
  });
  return runRulesWith(plan, opts, (_ctx, building, floor) => {
    const known = outcomes.get(key(building.id, floor.id));
    if (!known) throw new Error(`floor ${floor.id} was not checked`);
    return known;
  }, undefined, ruled);
}

// The proposals comparison off the main thread: the worker's message handler (a pure function,
// run here in Node), and the client that drives a worker, ignores stale answers, can be
// aborted, and falls back to comparing in-thread where there is no Worker.
import { describe, expect, it } from 'vitest';
import { comparePlanProposals } from '../../../src/floorplan/proposals/comparePlan.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import { handleCompareRequest, type CompareMessage, type CompareRequest } from '../../../src/ui/proposals/compare.worker.ts';
import { comparePlan } from '../../../src/ui/proposals/shareActions.ts';
import type { RpcRequest } from '../../../src/workers/rpc.ts';
import { examplePlan } from '../../fixtures/plans.ts';

function withProposals(): PlanDocument {
  const plan = examplePlan();
  const sparse = structuredClone(plan.site);
  sparse.buildings[0]!.floors[0]!.workstations = [];
  return {
    ...plan,
    activeProposal: { id: 'a', name: '方案A 高密度' },
    proposals: [{ id: 'b', name: '方案B 舒适型', site: sparse }],
    costs: { currency: 'CNY', fitOutPerM2: 1200, rentPerM2Month: 40, equipmentPerSeat: 5000 },
  };
}

/** A stand-in for a module worker: answers on later turns of the event loop, like the real one. */
class FakeWorker {
  onmessage: ((event: MessageEvent<CompareMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: CompareRequest[] = [];
  constructor(private readonly extra: CompareMessage[] = []) {}
  postMessage(message: RpcRequest<PlanDocument>): void {
    const request: CompareRequest = { id: message.id, plan: message.body };
    this.posted.push(structuredClone(request));
    const progress: CompareMessage[] = [];
    const final = handleCompareRequest(structuredClone(request), (m) => progress.push(m));
    const replies = [...this.extra, ...progress, final];
    let delay = 0;
    for (const data of replies) setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent<CompareMessage>), delay++);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('handleCompareRequest (the worker message handler)', () => {
  it('posts progress before each layout, then answers the comparison runRules gives in-thread', () => {
    const plan = withProposals();
    const posted: CompareMessage[] = [];
    const answer = handleCompareRequest({ id: 7, plan }, (m) => posted.push(m));
    expect(posted).toEqual([
      { id: 7, progress: { done: 0, total: 2 } },
      { id: 7, progress: { done: 1, total: 2 } },
      { id: 7, progress: { done: 2, total: 2 } },
    ]);
    expect(answer).toEqual({ id: 7, result: comparePlanProposals(plan, runRules) });
    if (!('result' in answer)) throw new Error('no result');
    expect(answer.result.proposals.map((p) => [p.name, p.seats])).toEqual([
      ['方案A 高密度', 1],
      ['方案B 舒适型', 0],
    ]);
  });

  it('answers an error (with the request id) when the rules throw', () => {
    const answer = handleCompareRequest({ id: 3, plan: withProposals() }, () => {}, () => {
      throw new Error('boom');
    });
    expect(answer).toEqual({ id: 3, error: 'boom' });
  });

  it('a plan without proposals compares its one layout', () => {
    const plan = examplePlan();
    const answer = handleCompareRequest({ id: 1, plan });
    expect('result' in answer && answer.result.proposals.length).toBe(1);
  });
});

describe('comparePlan (the client)', () => {
  it('without Worker (Node) compares in-thread, reporting progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const plan = withProposals();
    const progress: { done: number; total: number }[] = [];
    const result = await comparePlan(plan, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { done: 0, total: 2 },
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
    expect(result).toEqual(comparePlanProposals(plan, runRules));
  });

  it('with a worker: posts the plan, relays progress, ignores answers to other requests, terminates it', async () => {
    const plan = withProposals();
    const stale: CompareMessage = { id: -1, result: { currency: 'USD', proposals: [], rows: [] } };
    const worker = new FakeWorker([stale]);
    const progress: number[] = [];
    const result = await comparePlan(plan, { createWorker: () => worker as unknown as Worker, onProgress: (p) => progress.push(p.done) });
    expect(worker.posted).toHaveLength(1);
    expect(worker.posted[0]!.plan).toEqual(plan);
    expect(progress).toEqual([0, 1, 2]);
    expect(result.currency).toBe('CNY');
    expect(result).toEqual(comparePlanProposals(plan, runRules));
    expect(worker.terminated).toBe(true);
  });

  it('an abort stops the worker and rejects with AbortError', async () => {
    const worker = new FakeWorker();
    const abort = new AbortController();
    const pending = comparePlan(withProposals(), { createWorker: () => worker as unknown as Worker, signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('falls back to comparing in-thread when the worker cannot start', async () => {
    const plan = withProposals();
    const result = await comparePlan(plan, {
      createWorker: () => {
        throw new Error('no module workers here');
      },
    });
    expect(result).toEqual(comparePlanProposals(plan, runRules));
  });

  it('reports an error the worker answers', async () => {
    const worker = new FakeWorker();
    worker.postMessage = function (this: FakeWorker, request: RpcRequest<PlanDocument>) {
      setTimeout(() => this.onmessage?.({ data: { id: request.id, error: 'bad plan' } } as MessageEvent<CompareMessage>), 0);
    };
    await expect(comparePlan(withProposals(), { createWorker: () => worker as unknown as Worker })).rejects.toThrow('bad plan');
  });
});

// When the live checks ask the rules backend, with the app's default timings: a discrete edit (a
// key nudge, a button's command, undo) is checked at once, at the end of the task that made it;
// a drag in progress waits for a quiet moment, and its release is checked at once. And what a
// result keeps: an unchanged finding stays the object it was, so the panel skips its row.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChecksStore, keepKnownFindings, mergeFloorResult, startChecks, workerBackend, type CheckBackend, type CheckRequest } from '../../src/editor/checks.ts';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { MessageChannel } from 'node:worker_threads';
import { rpcClient, serveRpc, sharedClockMs, type AnswerTimes, type PortLike, type RpcRequest, type WorkerLike } from '../../src/workers/rpc.ts';
import { finding, floorAnalysis, result } from './checkFixtures.ts';
import { examplePlan } from '../fixtures/plans.ts';

/** A backend whose answers the test releases one by one. */
function manualBackend() {
  const calls: { kind: 'full' | 'floor'; request: CheckRequest; resolve(r: unknown): void }[] = [];
  const backend: CheckBackend = {
    full: (request) => new Promise((resolve) => calls.push({ kind: 'full', request, resolve: resolve as (r: unknown) => void })),
    floor: (request) => new Promise((resolve) => calls.push({ kind: 'floor', request, resolve: resolve as (r: unknown) => void })),
    dispose() {},
  };
  return { backend, calls };
}

/** The end of the current task: every microtask queued so far has run (no timer is due at 0 ms). */
const endOfTask = () => vi.advanceTimersByTimeAsync(0);

interface Setup {
  store: EditorStore;
  checks: ReturnType<typeof createChecksStore>;
  calls: ReturnType<typeof manualBackend>['calls'];
  floorId: string;
  desk: string;
  dispose(): void;
}

/** The example plan loaded and checked in full once, with the app's default timings. */
async function checkedExample(now?: () => number): Promise<Setup> {
  const store = createEditorStore();
  store.getState().load(examplePlan());
  const floor = store.getState().plan.site.buildings[0]!.floors[0]!;
  const checks = createChecksStore();
  const { backend, calls } = manualBackend();
  const client = startChecks(store, backend, checks, { fullRefreshMs: 60_000, ...(now ? { now } : {}) });
  // the loaded plan is checked at once, too
  expect(calls).toHaveLength(0);
  await Promise.resolve();
  expect(calls.map((c) => c.kind)).toEqual(['full']);
  calls[0]!.resolve(result([finding('pass', floor.id, 'x')], [floorAnalysis(floor.id, 1)]));
  await vi.advanceTimersByTimeAsync(0);
  expect(checks.getState().revision).toBe(store.getState().revision);
  return { store, checks, calls, floorId: floor.id, desk: floor.workstations[0]!.id, dispose: () => client.dispose() };
}

describe('when the live checks ask (default timings)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a single command is checked at the end of its task, without any quiet time', async () => {
    const { store, checks, calls, floorId, desk, dispose } = await checkedExample();
    store.getState().execute(moveElements, { floorId, ids: [desk], dx: 0.5, dy: 0 });
    // not inside the command itself: a burst in the same task would be several requests
    expect(calls).toHaveLength(1);
    expect(checks.getState().pending).toBe(true);
    await Promise.resolve();
    // no timer advanced: no debounce at all
    expect(calls.map((c) => c.kind)).toEqual(['full', 'floor']);
    expect(calls[1]!.request).toMatchObject({ floorId, revision: store.getState().revision });
    calls[1]!.resolve({ findings: [finding('fail', floorId, 'x')], floor: floorAnalysis(floorId, 1) });
    await Promise.resolve();
    await Promise.resolve();
    expect(checks.getState().revision).toBe(store.getState().revision);
    expect(checks.getState().result!.summary).toEqual({ fail: 1, warn: 0, pass: 0, na: 0 });
    expect(checks.getState().lastRun).toMatchObject({ kind: 'floor', floorId });
    dispose();
  });

  it('a burst of commands in one task is one request, for the last revision', async () => {
    const { store, calls, floorId, desk, dispose } = await checkedExample();
    const first = store.getState().revision;
    for (let i = 0; i < 3; i++) store.getState().execute(moveElements, { floorId, ids: [desk], dx: 0.1, dy: 0 });
    store.getState().undo();
    expect(store.getState().revision).toBe(first + 4);
    await endOfTask();
    expect(calls.map((c) => c.kind)).toEqual(['full', 'floor']);
    expect(calls[1]!.request.revision).toBe(first + 4);
    // a command in the next task is a request of its own, at once
    store.getState().execute(moveElements, { floorId, ids: [desk], dx: 0.1, dy: 0 });
    await Promise.resolve();
    expect(calls.map((c) => c.request.revision)).toEqual([first, first + 4, first + 5]);
    dispose();
  });

  it('a drag in progress is coalesced until 150 ms of quiet; letting go is checked at once', async () => {
    const { store, calls, floorId, desk, dispose } = await checkedExample();
    store.getState().beginInteraction();
    for (let i = 1; i <= 5; i++) {
      store.getState().update(moveElements, { floorId, ids: [desk], dx: 0.1 * i, dy: 0 });
      await vi.advanceTimersByTimeAsync(100);
    }
    // five pointer moves 100 ms apart: nothing asked yet
    expect(calls).toHaveLength(1);
    // the pointer rests: one request for the last step, 150 ms after it
    await vi.advanceTimersByTimeAsync(49);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.kind)).toEqual(['full', 'floor']);
    expect(calls[1]!.request.revision).toBe(store.getState().revision);
    calls[1]!.resolve({ findings: [], floor: floorAnalysis(floorId, 1) });
    await vi.advanceTimersByTimeAsync(0);

    // moving again, then letting go 10 ms after the last move: checked at once, not 150 ms later
    store.getState().update(moveElements, { floorId, ids: [desk], dx: 0.9, dy: 0 });
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(2);
    store.getState().commit();
    await Promise.resolve();
    expect(calls).toHaveLength(3);
    expect(calls[2]!.request.revision).toBe(store.getState().revision);
    // and the drag's own timer does not ask a second time
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(3);
    dispose();
  });

  it('editToResultMs runs from the edit to the findings in the store, the wait for the backend included', async () => {
    const { store, checks, calls, floorId, desk, dispose } = await checkedExample(() => Date.now());
    store.getState().execute(moveElements, { floorId, ids: [desk], dx: 0.5, dy: 0 });
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(70);
    calls[1]!.resolve({ findings: [], floor: floorAnalysis(floorId, 1) });
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().lastRun).toMatchObject({ kind: 'floor', editToResultMs: 70, runMs: 70 });
    dispose();
  });
});

describe('results keep unchanged findings', () => {
  it('a floor re-check that changed nothing keeps the findings list; a changed finding alone is new', () => {
    const x1 = finding('fail', 'A-1F', 'x1');
    const y1 = finding('warn', 'A-2F', 'y1');
    const base = result([x1, y1], [floorAnalysis('A-1F', 10), floorAnalysis('A-2F', 20)]);
    // the worker's answer is a copy: equal, other objects
    const same = mergeFloorResult(base, 'A-1F', { findings: [structuredClone(x1)], floor: floorAnalysis('A-1F', 10) });
    // merged, the floor's findings go last: that order, then kept by the next merge
    expect(same.findings).toEqual([y1, x1]);
    expect(same.findings[1]).toBe(x1);
    const again = mergeFloorResult(same, 'A-1F', { findings: [structuredClone(x1)], floor: floorAnalysis('A-1F', 10) });
    expect(again.findings).toBe(same.findings);
    expect(again.summary).toBe(same.summary);

    const x2 = finding('fail', 'A-1F', 'x2');
    const changed = mergeFloorResult(again, 'A-1F', { findings: [{ ...structuredClone(x1), measured: { value: 3, unit: 'm' } }, x2], floor: floorAnalysis('A-1F', 11) });
    expect(changed.findings).not.toBe(again.findings);
    expect(changed.findings[0]).toBe(y1);
    expect(changed.findings[1]).not.toBe(x1);
    expect(changed.findings[1]!.measured.value).toBe(3);
    expect(changed.findings[2]).toBe(x2);
    expect(changed.summary).toEqual({ fail: 2, warn: 1, pass: 0, na: 0 });
    expect(changed.analysis.floors[0]!.seats).toBe(11);
  });

  it('a full result keeps the findings equal to the last ones', () => {
    const a = finding('fail', 'A-1F', 'a');
    const b = finding('pass', 'A-1F', 'b');
    const before = result([a, b], [floorAnalysis('A-1F', 1)]);
    const same = keepKnownFindings(before, result(structuredClone([a, b]), [floorAnalysis('A-1F', 2)]));
    expect(same.findings).toBe(before.findings);
    expect(same.summary).toBe(before.summary);
    expect(same.analysis.floors[0]!.seats).toBe(2);
    const c = finding('warn', 'A-1F', 'c');
    const other = keepKnownFindings(before, result([structuredClone(b), c], [floorAnalysis('A-1F', 2)]));
    expect(other.findings).toEqual([b, c]);
    expect(other.findings[0]).toBe(b);
    expect(other.findings[1]).toBe(c);
    expect(other.summary).toEqual({ fail: 0, warn: 1, pass: 1, na: 0 });
    expect(keepKnownFindings(null, before)).toBe(before);
  });
});

describe('the round trip of a worker while the page is busy', () => {
  it('runMs leaves out the time the answer waited for the page; editToResultMs keeps it', async () => {
    // workers that answer when the test says, stamping the answer as a worker does
    const workers: { port: WorkerLike; posted: RpcRequest<unknown>[] }[] = [];
    const create = (): WorkerLike => {
      const entry = { posted: [] as RpcRequest<unknown>[], port: null as unknown as WorkerLike };
      entry.port = { postMessage: (m) => void entry.posted.push(m as RpcRequest<unknown>), onmessage: null };
      workers.push(entry);
      return entry.port;
    };
    const answer = (worker: number, result: unknown, sentAt: number) => {
      const { port, posted } = workers[worker]!;
      port.onmessage!({ data: { id: posted.at(-1)!.id, result, sentAt } } as MessageEvent);
    };
    const store = createEditorStore();
    store.getState().load(examplePlan());
    const floor = store.getState().plan.site.buildings[0]!.floors[0]!;
    const checks = createChecksStore();
    const client = startChecks(store, workerBackend(create), checks, { fullRefreshMs: 60_000 });
    await Promise.resolve();
    answer(0, result([], [floorAnalysis(floor.id, 1)]), sharedClockMs());
    await new Promise((r) => setTimeout(r, 0));
    expect(checks.getState().result).not.toBeNull();

    store.getState().execute(moveElements, { floorId: floor.id, ids: [floor.workstations[0]!.id], dx: 0.5, dy: 0 });
    await Promise.resolve();
    const posted = sharedClockMs();
    expect(workers[1]!.posted).toHaveLength(1);
    // the worker answers 20 ms after the post; the page, drawing, reads it 100 ms later
    while (sharedClockMs() < posted + 120) {
      // busy
    }
    answer(1, { findings: [], analysis: floorAnalysis(floor.id, 1) }, posted + 20);
    await new Promise((r) => setTimeout(r, 0));
    const run = checks.getState().lastRun!;
    expect(run.kind).toBe('floor');
    expect(run.answerWaitMs).toBeGreaterThanOrEqual(100);
    expect(run.runMs).toBeGreaterThanOrEqual(19);
    expect(run.runMs).toBeLessThan(60);
    expect(run.editToResultMs).toBeGreaterThanOrEqual(120);
    client.dispose();
  });
});

describe('answers say when they were sent', () => {
  it('serveRpc stamps an answer with the shared clock; the client hands it on with when it read it', async () => {
    const { port1, port2 } = new MessageChannel();
    serveRpc<number, number>(port2 as unknown as PortLike, (n) => n * 2);
    const client = rpcClient<number, number>(() => port1 as unknown as WorkerLike);
    const before = sharedClockMs();
    let times: AnswerTimes | null = null;
    expect(await client.call(21, { onAnswer: (t) => (times = t) })).toBe(42);
    const after = sharedClockMs();
    expect(times).not.toBeNull();
    const { sentAt, receivedAt } = times as unknown as AnswerTimes;
    expect(sentAt).toBeGreaterThanOrEqual(before);
    expect(receivedAt).toBeGreaterThanOrEqual(sentAt!);
    expect(after).toBeGreaterThanOrEqual(receivedAt);
    port1.close();
    port2.close();
  });
});

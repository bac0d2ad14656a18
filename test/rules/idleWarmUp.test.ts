// The rules worker's idle warm-up: the policy stops where its limits say, and a rehearsed edit
// leaves the worker's copy and memory so that every later answer equals that of a worker which
// never rehearsed (and a check from nothing).
import type { Patch } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../../src/editor/store.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { generateDenseFloor } from '../../src/floorplan/generate/park.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { IdleWarmUp, scheduleIdleWarmUp } from '../../src/rules/idleWarmUp.ts';
import { RulesWorkerState, type RulesResponse } from '../../src/rules/rules.worker.ts';
import { runFloorRules, type FloorRunResult } from '../../src/rules/runRules.ts';

const DATE = '2026-05-01';

describe('IdleWarmUp', () => {
  it('runs until the step limit', () => {
    const seen: number[] = [];
    const warmUp = new IdleWarmUp((step) => (seen.push(step), 10), () => 5, { steps: 3, budgetMs: 1e9, stepMs: 1e9 });
    const wanted = [warmUp.step(), warmUp.step(), warmUp.step(), warmUp.step()];
    expect(wanted).toEqual([true, true, false, false]);
    expect(seen).toEqual([0, 1, 2]);
    expect(warmUp.done).toBe(true);
  });

  it('stops when the time budget is spent or one step is too long', () => {
    const budget = new IdleWarmUp(() => 40, () => null, { steps: 100, budgetMs: 100, stepMs: 1e9 });
    expect([budget.step(), budget.step(), budget.step()]).toEqual([true, true, false]);
    expect(budget.stepsRun).toBe(3);
    const slow = new IdleWarmUp(() => 900, () => 10, { steps: 100, budgetMs: 1e9, stepMs: 800 });
    expect(slow.step()).toBe(false);
    expect(slow.done).toBe(true);
  });

  it('starts no rehearsal on a floor whose last check took over twice a step\'s limit', () => {
    let rehearsed = 0;
    const big = new IdleWarmUp(() => (rehearsed++, 10), () => 1601, { steps: 100, budgetMs: 1e9, stepMs: 800 });
    expect(big.step()).toBe(false);
    expect(big.done).toBe(true);
    expect(rehearsed).toBe(0);
    const edge = new IdleWarmUp(() => (rehearsed++, 10), () => 1600, { steps: 100, budgetMs: 1e9, stepMs: 800 });
    expect(edge.step()).toBe(true);
    expect(rehearsed).toBe(1);
  });

  it('waits, without counting a step, while there is nothing to rehearse', () => {
    let ready = false;
    const warmUp = new IdleWarmUp(() => (ready ? 5 : null), () => null, { steps: 2, budgetMs: 1e9, stepMs: 1e9 });
    expect(warmUp.step()).toBe(false);
    expect(warmUp.done).toBe(false);
    expect(warmUp.stepsRun).toBe(0);
    ready = true;
    expect([warmUp.step(), warmUp.step()]).toEqual([true, false]);
  });
});

describe('scheduleIdleWarmUp', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** a warm-up that records when (on the fake clock) each step ran */
  function recorded(steps: number) {
    const at: number[] = [];
    const warmUp = new IdleWarmUp(() => (at.push(Date.now()), 1), () => null, { steps, budgetMs: 1e9, stepMs: 1e9 });
    return { at, warmUp };
  }

  it('starts once the worker has had no request for the idle time, a step per task, and stops when warm', () => {
    vi.useFakeTimers({ now: 0 });
    const { at, warmUp } = recorded(3);
    const schedule = scheduleIdleWarmUp(warmUp, 1000, () => Date.now());
    expect(at).toEqual([]);
    schedule.requested();
    vi.advanceTimersByTime(999);
    expect(at).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(at).toEqual([1000]);
    // the next steps follow at once (timers of 0 ms; the fake clock counts them as 1)
    vi.advanceTimersByTime(10);
    expect(at).toEqual([1000, 1001, 1002]);
    expect(warmUp.done).toBe(true);
    schedule.requested();
    vi.advanceTimersByTime(5000);
    expect(at).toHaveLength(3);
  });

  it('puts each step off while requests keep coming', () => {
    vi.useFakeTimers({ now: 0 });
    const { at, warmUp } = recorded(4);
    const schedule = scheduleIdleWarmUp(warmUp, 1000, () => Date.now());
    schedule.requested();
    // a request every 600 ms: never a second of quiet
    for (let t = 0; t < 5; t++) {
      vi.advanceTimersByTime(600);
      schedule.requested();
    }
    expect(at).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(at[0]).toBe(4000);
    // a request between steps: the rest wait for another quiet second
    schedule.requested();
    const stepsBefore = at.length;
    vi.advanceTimersByTime(999);
    expect(at).toHaveLength(stepsBefore);
    vi.advanceTimersByTime(10);
    expect(at).toHaveLength(4);
  });
});

const floorOf = (p: PlanDocument) => p.site.buildings[0]!.floors[0]!;
const resultOf = (r: RulesResponse): FloorRunResult => {
  if ('error' in r) throw new Error(r.error);
  return r.result as FloorRunResult;
};

describe('RulesWorkerState.rehearseDeskMove', () => {
  it('has nothing to rehearse before a floor re-check', () => {
    const state = new RulesWorkerState();
    expect(state.rehearseDeskMove(0)).toBeNull();
    expect(state.lastFloorCheckMs).toBeNull();
    const plan = generateDenseFloor(120, 2);
    resultOf(state.handle({ revision: 1, plan, opts: { date: DATE } }));
    expect(state.rehearseDeskMove(0)).toBeNull();
  });

  it('leaves answers to later edits equal to those of a worker that never rehearsed, and to a check from nothing', () => {
    const editor = createEditorStore();
    editor.getState().load(generateDenseFloor(400, 5));
    const start = editor.getState().plan;
    const floorId = floorOf(start).id;
    const rehearsing = new RulesWorkerState();
    const plain = new RulesWorkerState();
    for (const state of [rehearsing, plain]) resultOf(state.handle({ revision: editor.getState().revision, plan: structuredClone(start), opts: { date: DATE }, floorId }));

    for (let edit = 0; edit < 6; edit++) {
      for (let step = edit * 3; step < edit * 3 + 3; step++) expect(rehearsing.rehearseDeskMove(step)).toBeGreaterThan(0);
      expect(rehearsing.heldRevision).toBe(editor.getState().revision);
      const from = editor.getState().revision;
      const floor = floorOf(editor.getState().plan);
      const desk = floor.workstations[(edit * 37) % floor.workstations.length]!;
      expect(editor.getState().execute(moveElements, { floorId, ids: [desk.id], dx: edit % 2 ? -0.4 : 0.4, dy: 0.1 }).ok).toBe(true);
      const change = editor.getState().change;
      if (!('patches' in change)) throw new Error('no patches');
      const request = { revision: editor.getState().revision, patches: { from, list: change.patches as Patch[] }, opts: { date: DATE }, floorId };
      const answered = resultOf(rehearsing.handle(structuredClone(request)));
      expect(answered).toEqual(resultOf(plain.handle(structuredClone(request))));
      const fresh = runFloorRules(structuredClone(editor.getState().plan), editor.getState().plan.site.buildings[0]!.id, floorId, { date: DATE });
      expect(answered.findings).toEqual(fresh.findings);
    }
  });

  it('moves the desk and puts it back: the copy equals the page revision', () => {
    const plan = generateDenseFloor(150, 9);
    const state = new RulesWorkerState();
    const floorId = floorOf(plan).id;
    resultOf(state.handle({ revision: 3, plan: structuredClone(plan), opts: { date: DATE }, floorId }));
    for (let step = 0; step < 5; step++) expect(state.rehearseDeskMove(step, 1.5)).toBeGreaterThan(0);
    // a request without patches is answered from the held copy: the findings are the plan's
    const again = resultOf(state.handle({ revision: 3, opts: { date: DATE }, floorId }));
    expect(again.findings).toEqual(runFloorRules(structuredClone(plan), plan.site.buildings[0]!.id, floorId, { date: DATE }).findings);
  });
});

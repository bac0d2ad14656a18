import { produceWithPatches, enablePatches, type Patch } from 'immer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createChecksStore,
  inlineBackend,
  mergeFloorResult,
  ChangeFeed,
  recheckFor,
  startChecks,
  type CheckBackend,
  type CheckRequest,
  type FloorRulesResult,
  type RulesResult,
} from '../../src/editor/checks.ts';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { setReview } from '../../src/floorplan/commands/setReview.ts';
import { changeOfPatches } from '../../src/floorplan/changes.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { runFloorRules, runRules } from '../../src/rules/runRules.ts';
import type { Finding } from '../../src/rules/types.ts';
import { finding, floorAnalysis, result } from './checkFixtures.ts';
import { examplePlan, sampleText } from '../fixtures/plans.ts';

const DATE = '2026-05-01';

function storeWith(plan: PlanDocument): EditorStore {
  const store = createEditorStore();
  store.getState().load(plan);
  return store;
}

enablePatches();

/** The re-check an edit made with immer asks for, read from its patches as the change feed does. */
function recheckOf(plan: PlanDocument, edit: (draft: PlanDocument) => void) {
  const [after, patches] = produceWithPatches(plan, edit) as unknown as [PlanDocument, Patch[]];
  return recheckFor(changeOfPatches(patches, after, plan));
}

describe('the change feed: the narrowest re-check', () => {
  it('a review is no re-check; a desk move re-checks its floor; a building or profile change re-checks all', () => {
    const store = storeWith(examplePlan());
    const feed = new ChangeFeed();
    store.subscribe((s) => feed.add(s.revision, 'patches' in s.change ? s.change.patches : null, s.plan));
    const r0 = store.getState().revision;
    store.getState().execute(setReview, { findingKey: 'k', decision: 'accepted' });
    const r1 = store.getState().revision;
    expect(recheckFor(feed.changeBetween(r0, r1))).toEqual({ kind: 'none' });

    const p1 = store.getState().plan;
    const floorId = p1.site.buildings[0]!.floors[0]!.id;
    const desk = p1.site.buildings[0]!.floors[0]!.workstations[0]!.id;
    store.getState().execute(moveElements, { floorId, ids: [desk], dx: 0.5, dy: 0 });
    const r2 = store.getState().revision;
    const touched = feed.changeBetween(r1, r2);
    expect(recheckFor(touched)).toEqual({ kind: 'floor', buildingId: p1.site.buildings[0]!.id, floorId });
    expect(touched.kind === 'floors' && [...touched.floors[0]!.collections]).toEqual(['workstations']);
    expect(touched.kind === 'floors' && [...touched.floors[0]!.ids]).toEqual([desk]);
    // relative to the revision before the review, too: reviews never matter
    expect(recheckFor(feed.changeBetween(r0, r2))).toEqual({ kind: 'floor', buildingId: p1.site.buildings[0]!.id, floorId });
    // undo is a change of its own (the step's inverse patches)
    store.getState().undo();
    expect(recheckFor(feed.changeBetween(r2, r2 + 1))).toEqual({ kind: 'floor', buildingId: p1.site.buildings[0]!.id, floorId });
    // a revision the feed did not see (another plan loaded) makes the span unknown: everything
    expect(recheckFor(feed.changeBetween(r0, r2 + 5))).toEqual({ kind: 'full' });
    store.getState().load(examplePlan());
    expect(recheckFor(feed.changeBetween(r2 + 1, store.getState().revision))).toEqual({ kind: 'full' });
    expect(feed.patchesBetween(r2 + 1, store.getState().revision)).toBeNull();
    expect(feed.patchesBetween(r0, r2)?.length).toBeGreaterThan(0);

    const p2 = store.getState().plan;
    expect(recheckOf(p2, (d) => void (d.site.buildings[0]!.height += 1))).toEqual({ kind: 'full' });
    expect(recheckOf(p2, (d) => void (d.profile = { base: 'intl', overrides: {} }))).toEqual({ kind: 'full' });
    expect(recheckOf(p2, (d) => void (d.site.buildings[0]!.floors[0]!.height += 0.5))).toEqual({ kind: 'full' });
    expect(recheckOf(p2, () => {})).toEqual({ kind: 'none' });
    // two floors touched in one edit: everything
    if (p2.site.buildings[0]!.floors.length > 1) {
      expect(recheckOf(p2, (d) => {
        d.site.buildings[0]!.floors[0]!.name += ' x';
        d.site.buildings[0]!.floors[1]!.name += ' y';
      })).toEqual({ kind: 'full' });
    }
  });
});

describe('mergeFloorResult', () => {
  it("replaces only that floor's findings and analysis and recounts", () => {
    const base = result(
      [finding('fail', 'A-1F', 'x1'), finding('pass', 'A-1F', 'x2'), finding('warn', 'A-2F', 'y1'), finding('fail', undefined, 'A')],
      [floorAnalysis('A-1F', 10), floorAnalysis('A-2F', 20)],
    );
    const fresh: FloorRulesResult = { findings: [finding('pass', 'A-1F', 'x1'), finding('pass', 'A-1F', 'x2'), finding('n/a', 'A-1F', 'x3')], floor: floorAnalysis('A-1F', 11) };
    const merged = mergeFloorResult(base, 'A-1F', fresh);
    // building fail + A-2F warn + 2 fresh passes + fresh n/a
    expect(merged.summary).toEqual({ fail: 1, warn: 1, pass: 2, na: 1 });
    expect(merged.findings).toHaveLength(5);
    expect(merged.analysis.floors.map((f) => [f.id, f.seats])).toEqual([
      ['A-1F', 11],
      ['A-2F', 20],
    ]);
    // the base is untouched
    expect(base.summary).toEqual({ fail: 2, warn: 1, pass: 1, na: 0 });
  });
});

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

const tick = () => new Promise<void>((r) => queueMicrotask(r)).then(() => undefined);

describe('the checks client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces edits, re-checks only the edited floor, drops stale answers', async () => {
    const store = storeWith(examplePlan());
    const floor = store.getState().plan.site.buildings[0]!.floors[0]!;
    const desk = floor.workstations[0]!.id;
    const checks = createChecksStore();
    const { backend, calls } = manualBackend();
    const client = startChecks(store, backend, checks, { debounceMs: 150, fullRefreshMs: 10_000 });
    expect(checks.getState().pending).toBe(true);

    // the load is checked in full after 150 ms of quiet, not before
    vi.advanceTimersByTime(149);
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(calls.map((c) => c.kind)).toEqual(['full']);
    calls[0]!.resolve(result([finding('pass', floor.id, desk)], [floorAnalysis(floor.id, 1)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().revision).toBe(store.getState().revision);
    expect(checks.getState().pending).toBe(false);
    expect(checks.getState().lastRun?.kind).toBe('full');

    // three quick nudges: one request, for the last revision, of that floor only
    for (let i = 0; i < 3; i++) {
      store.getState().execute(moveElements, { floorId: floor.id, ids: [desk], dx: 0.1, dy: 0 });
      vi.advanceTimersByTime(100);
    }
    expect(calls).toHaveLength(1);
    expect(checks.getState().pending).toBe(true);
    vi.advanceTimersByTime(50);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.kind).toBe('floor');
    expect(calls[1]!.request.floorId).toBe(floor.id);
    const r1 = calls[1]!.request.revision;
    expect(r1).toBe(store.getState().revision);

    // another edit before the answer: its request goes out too
    store.getState().execute(moveElements, { floorId: floor.id, ids: [desk], dx: 0.1, dy: 0 });
    vi.advanceTimersByTime(150);
    expect(calls).toHaveLength(3);
    const r2 = calls[2]!.request.revision;
    expect(r2).toBe(r1 + 1);

    // the older answer arrives first: dropped
    calls[1]!.resolve({ findings: [finding('fail', floor.id, 'old')], floor: floorAnalysis(floor.id, 1) });
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().result!.findings.map((f) => f.where.elementIds[0])).toEqual([desk]);
    expect(checks.getState().pending).toBe(true);
    // the newer one lands
    calls[2]!.resolve({ findings: [finding('warn', floor.id, 'new')], floor: floorAnalysis(floor.id, 1) });
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().revision).toBe(r2);
    expect(checks.getState().pending).toBe(false);
    expect(checks.getState().result!.summary).toEqual({ fail: 0, warn: 1, pass: 0, na: 0 });
    expect(checks.getState().lastRun).toMatchObject({ kind: 'floor', floorId: floor.id });

    // a review changes no finding: no request, the result moves to the new revision
    store.getState().execute(setReview, { findingKey: 'x', decision: 'rejected', note: 'n' });
    vi.advanceTimersByTime(150);
    await tick();
    expect(calls).toHaveLength(3);
    expect(checks.getState().revision).toBe(store.getState().revision);
    expect(checks.getState().lastRun?.kind).toBe('none');
    client.dispose();
  });

  it('with warmOpenFloor, a full check is followed once by a background re-check of the open floor', async () => {
    const store = storeWith(examplePlan());
    const floor = store.getState().plan.site.buildings[0]!.floors[0]!;
    store.getState().openFloor(floor.id);
    const checks = createChecksStore();
    const { backend, calls } = manualBackend();
    const client = startChecks(store, backend, checks, { debounceMs: 150, fullRefreshMs: 1000, warmOpenFloor: true });
    vi.advanceTimersByTime(150);
    calls[0]!.resolve(result([], [floorAnalysis(floor.id, 1)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => [c.kind, c.request.floorId])).toEqual([['full', undefined], ['floor', floor.id]]);
    calls[1]!.resolve({ findings: [finding('fail', floor.id, 'x')], floor: floorAnalysis(floor.id, 1) });
    await vi.advanceTimersByTimeAsync(0);
    // its answer is not shown: it equals the full check's
    expect(checks.getState().result!.findings).toEqual([]);
    // a second full check of the same plan and floor does not warm again
    store.getState().execute(moveElements, { floorId: floor.id, ids: [floor.workstations[0]!.id], dx: 1, dy: 0 });
    vi.advanceTimersByTime(150);
    calls[2]!.resolve({ findings: [], floor: floorAnalysis(floor.id, 1) });
    await vi.advanceTimersByTimeAsync(1000);
    calls[3]!.resolve(result([], [floorAnalysis(floor.id, 1)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.kind)).toEqual(['full', 'floor', 'floor', 'full']);
    client.dispose();
  });

  it('after a floor re-check, a quiet full run refreshes building and site findings', async () => {
    const store = storeWith(examplePlan());
    const floor = store.getState().plan.site.buildings[0]!.floors[0]!;
    const checks = createChecksStore();
    const { backend, calls } = manualBackend();
    const client = startChecks(store, backend, checks, { debounceMs: 150, fullRefreshMs: 1000 });
    vi.advanceTimersByTime(150);
    calls[0]!.resolve(result([], [floorAnalysis(floor.id, 1)]));
    await vi.advanceTimersByTimeAsync(0);
    store.getState().execute(moveElements, { floorId: floor.id, ids: [floor.workstations[0]!.id], dx: 1, dy: 0 });
    vi.advanceTimersByTime(150);
    calls[1]!.resolve({ findings: [], floor: floorAnalysis(floor.id, 1) });
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.kind)).toEqual(['full', 'floor', 'full']);
    expect(calls[2]!.request.revision).toBe(store.getState().revision);
    client.dispose();
  });

  it('loading another plan clears the findings at once, drops the answer for the plan before and checks the new one in full', async () => {
    const store = storeWith(examplePlan());
    const floor = store.getState().plan.site.buildings[0]!.floors[0]!;
    const checks = createChecksStore();
    const { backend, calls } = manualBackend();
    const client = startChecks(store, backend, checks, { debounceMs: 150, fullRefreshMs: 10_000 });
    vi.advanceTimersByTime(150);
    calls[0]!.resolve(result([], [floorAnalysis(floor.id, 1)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().result).not.toBeNull();
    // an edit is being checked when another plan is opened
    store.getState().execute(moveElements, { floorId: floor.id, ids: [floor.workstations[0]!.id], dx: 1, dy: 0 });
    vi.advanceTimersByTime(150);
    store.getState().load(examplePlan());
    expect(checks.getState().result).toBeNull();
    calls[1]!.resolve({ findings: [], floor: floorAnalysis(floor.id, 1) });
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().result).toBeNull();
    vi.advanceTimersByTime(150);
    expect(calls[2]!.kind).toBe('full');
    expect(calls[2]!.request.revision).toBe(store.getState().revision);
    calls[2]!.resolve(result([], [floorAnalysis(floor.id, 2)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(checks.getState().result?.analysis.floors[0]?.seats).toBe(2);
    client.dispose();
  });
});

describe('the checks client with the rules engine in line', () => {
  it('a desk pushed into a stair core fails travel distance and seat access; undo clears them; the merge equals a full run', async () => {
    const plan = JSON.parse(sampleText('sample-park.callfloor.json')) as PlanDocument;
    // building A only: the full runs stay quick
    plan.site.buildings = plan.site.buildings.filter((b) => b.id === 'A');
    const store = storeWith(plan);
    const checks = createChecksStore();
    const engine = { runRules, runFloorRules };
    const opts = { date: DATE };
    const client = startChecks(store, inlineBackend(engine), checks, { debounceMs: 0, fullRefreshMs: 60_000, opts });
    await client.flush();
    const before = checks.getState().result!;
    const keysBefore = new Map(before.findings.map((f) => [f.key, f.status]));
    expect(keysBefore.get('fire.seat-access|A|A-3F|')).toBe('pass');
    expect(keysBefore.has('fire.travel-distance|A|A-3F|')).toBe(false);

    const floor = store.getState().plan.site.buildings[0]!.floors.find((f) => f.id === 'A-3F')!;
    const desk = floor.workstations.find((w) => w.id === 'A-3F-s834')!;
    // stair core A-3F-c8 spans x 32.3–38.3, y 50.3–58.3
    store.getState().execute(moveElements, { floorId: 'A-3F', ids: [desk.id], dx: 35.3 - desk.at[0], dy: 55 - desk.at[1] });
    await client.flush();
    const after = checks.getState();
    expect(after.lastRun?.kind).toBe('floor');
    const byKey = new Map(after.result!.findings.map((f) => [f.key, f]));
    expect(byKey.get('fire.travel-distance|A|A-3F|')?.status).toBe('fail');
    expect(byKey.get('fire.travel-distance|A|A-3F|')?.messageKey).toBe('fire.travel-distance.unreachable');
    expect(byKey.get(`fire.seat-access|A|A-3F|${desk.id}`)?.status).toBe('fail');
    expect(byKey.get(`fire.seat-access|A|A-3F|${desk.id}`)?.measured.value).toBe(1);
    expect(byKey.has('fire.seat-access|A|A-3F|')).toBe(false);

    // the merged floor re-check says what a full run of the edited plan says about floors
    const full = runRules(store.getState().plan, opts);
    const floorKeys = (fs: Finding[]) => fs.filter((f) => f.where.floorId).map((f) => `${f.key}=${f.status}`).sort();
    expect(floorKeys(after.result!.findings)).toEqual(floorKeys(full.findings));
    expect(after.result!.analysis.floors.find((f) => f.id === 'A-3F')).toEqual(full.analysis.floors.find((f) => f.id === 'A-3F'));

    store.getState().undo();
    await client.flush();
    const undone = new Map(checks.getState().result!.findings.map((f) => [f.key, f.status]));
    expect(undone).toEqual(keysBefore);
    expect(checks.getState().result!.summary).toEqual(before.summary);
    client.dispose();
  }, 60_000);
});

// Re-checks that re-use earlier work must give exactly what a check from nothing gives: the
// worker's memory (floorMemory.ts) across a run of edits — desks moved, added, removed, moved
// onto a walkway and next to an exit, a wall added (nothing re-usable) — on a generated floor,
// in both profiles; and a full check with memory keeps the outcome of floors that did not change.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../src/floorplan/generate/park.ts';
import type { PlanDocument, Workstation } from '../../src/floorplan/types.ts';
import { sameData } from '../../src/floorplan/sameData.ts';
import { deskDelta } from '../../src/rules/walking/floorDelta.ts';
import { FloorMemory } from '../../src/rules/floorMemory.ts';
import { createRulesMemory, handleRulesRequest } from '../../src/rules/rules.worker.ts';
import { runFloorRules, runRules, type FloorAnalysis, type FloorRunResult } from '../../src/rules/runRules.ts';

const DATE = '2026-11-24';

type Edit = (plan: PlanDocument) => void;

const floorOf = (plan: PlanDocument) => plan.site.buildings[0]!.floors[0]!;
const desk = (plan: PlanDocument, i: number): Workstation => floorOf(plan).workstations[i % floorOf(plan).workstations.length]!;

const EDITS: [string, Edit][] = [
  ['move a desk 0.3 m', (p) => { const w = desk(p, 11); w.at = [w.at[0] + 0.3, w.at[1]]; }],
  ['move it back', (p) => { const w = desk(p, 11); w.at = [w.at[0] - 0.3, w.at[1]]; }],
  ['move a desk 4 m into a walkway', (p) => { const w = desk(p, 57); w.at = [w.at[0], w.at[1] + 4]; }],
  ['turn a desk', (p) => { const w = desk(p, 90); w.rotation = (w.rotation + 90) % 360; }],
  ['remove a desk', (p) => { floorOf(p).workstations.splice(30, 1); }],
  ['add a desk', (p) => { const w = structuredClone(desk(p, 5)); w.id = 'added'; w.at = [w.at[0] + 2.5, w.at[1] + 3]; floorOf(p).workstations.push(w); }],
  ['move a desk next to an exit', (p) => { const e = floorOf(p).exits[0]!; const w = desk(p, 140); w.at = [e.at[0] + 1, e.at[1] + 1]; }],
  ['move several desks at once', (p) => { for (const i of [3, 200, 201, 202]) { const w = desk(p, i); w.at = [w.at[0] + 0.2, w.at[1] - 0.2]; } }],
  ['add a wall (nothing re-usable)', (p) => { const f = floorOf(p); const [x, y] = f.outline[0]!; f.walls.push({ id: 'new-wall', a: [x + 5, y + 2], b: [x + 5, y + 8], kind: 'glass' }); }],
  ['move a desk after the wall', (p) => { const w = desk(p, 77); w.at = [w.at[0] - 0.25, w.at[1]]; }],
];

function fresh(plan: PlanDocument, profile: 'gb' | 'intl'): FloorRunResult {
  const b = plan.site.buildings[0]!;
  return runFloorRules(structuredClone(plan), b.id, b.floors[0]!.id, { profile, date: DATE });
}

describe('floor re-checks with the worker memory', () => {
  for (const profile of ['gb', 'intl'] as const) {
    it(`give exactly the findings and analysis of a check from nothing, edit after edit (${profile})`, () => {
      let plan = generateDenseFloor(400, 3);
      const memory = createRulesMemory();
      const floorId = floorOf(plan).id;
      handleRulesRequest({ revision: 0, plan: structuredClone(plan), floorId, opts: { profile, date: DATE } }, memory);
      EDITS.forEach(([name, edit], i) => {
        plan = structuredClone(plan);
        edit(plan);
        const reply = handleRulesRequest({ revision: i + 1, plan: structuredClone(plan), floorId, opts: { profile, date: DATE } }, memory);
        if (!('result' in reply)) throw new Error(`${name}: ${reply.error}`);
        const expected = fresh(plan, profile);
        expect(reply.result.findings, name).toEqual(expected.findings);
        expect(reply.result.analysis, name).toEqual(expected.analysis);
        expect(reply.result.capacity, name).toEqual(expected.capacity);
      });
    });
  }

  it('stay exact over a long run of edits (each built on the last, never from nothing)', () => {
    let plan = generateDenseFloor(300, 8);
    const memory = createRulesMemory();
    const floorId = floorOf(plan).id;
    handleRulesRequest({ revision: 0, plan: structuredClone(plan), floorId, opts: { date: DATE } }, memory);
    for (let i = 0; i < 30; i++) {
      plan = structuredClone(plan);
      const w = desk(plan, i * 37);
      w.at = [w.at[0] + (i % 2 ? -0.3 : 0.3), w.at[1] + (i % 3 === 0 ? 0.2 : 0)];
      const reply = handleRulesRequest({ revision: i + 1, plan: structuredClone(plan), floorId, opts: { date: DATE } }, memory);
      if (!('result' in reply)) throw new Error(reply.error);
      if (i % 6 === 5) {
        const expected = fresh(plan, 'gb');
        expect(reply.result.findings, `edit ${i + 1}`).toEqual(expected.findings);
        expect(reply.result.analysis, `edit ${i + 1}`).toEqual(expected.analysis);
      }
    }
  });

  it('let go of earlier checks: a plan re-checked a few edits ago can be collected', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    let plan = generateDenseFloor(200, 4);
    const memory = createRulesMemory();
    const floorId = floorOf(plan).id;
    // the first copy the worker received, watched without being held
    const first = new WeakRef(((sent: PlanDocument) => {
      handleRulesRequest({ revision: 0, plan: sent, floorId, opts: { date: DATE } }, memory);
      return floorOf(sent);
    })(structuredClone(plan)));
    for (let i = 0; i < 4; i++) {
      plan = structuredClone(plan);
      const w = desk(plan, i * 13);
      w.at = [w.at[0] + 0.3, w.at[1]];
      handleRulesRequest({ revision: i + 1, plan: structuredClone(plan), floorId, opts: { date: DATE } }, memory);
    }
    // WeakRef targets stay alive until the task that made them ends
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(first.deref()).toBeUndefined();
  });

  it('a full check with memory keeps the outcome of unchanged floors and equals a check from nothing', () => {
    const plan = generateDenseFloor(300, 5);
    const building = plan.site.buildings[0]!;
    // a second floor, the same layout one level up
    const upper = structuredClone(building.floors[0]!);
    upper.id = 'upper';
    upper.level = building.floors[0]!.level + 1;
    upper.elevation = building.floors[0]!.elevation + building.floors[0]!.height;
    building.floors.push(upper);
    const memory = new FloorMemory<FloorAnalysis>(0);
    const first = runRules(structuredClone(plan), { date: DATE }, memory);
    const edited = structuredClone(plan);
    const w = edited.site.buildings[0]!.floors[1]!.workstations[4]!;
    w.at = [w.at[0] + 0.5, w.at[1]];
    const second = runRules(structuredClone(edited), { date: DATE }, memory);
    expect(second).toEqual(runRules(structuredClone(edited), { date: DATE }));
    // the unchanged ground floor's analysis is the very object of the first run
    expect(second.analysis.floors[0]).toBe(first.analysis.floors[0]);
    expect(second.analysis.floors[1]).not.toBe(first.analysis.floors[1]);
    // another date is another check: nothing is kept
    const later = runRules(structuredClone(edited), { date: '2027-06-01' }, memory);
    expect(later.analysis.floors[0]).not.toBe(second.analysis.floors[0]);
  });
});

describe('sameData', () => {
  it('compares plan values as their JSON would, without building it', () => {
    expect(sameData({ a: [1, 2, { b: 'x' }], c: null }, { c: null, a: [1, 2, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toBe(false);
    expect(sameData([0.1 + 0.2], [0.3])).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});

describe('deskDelta', () => {
  const plan = generateDenseFloor(100, 1);
  const floor = floorOf(plan);

  it('is empty for an identical copy and lists the boxes of a moved desk', () => {
    expect(deskDelta(floor, structuredClone(floor))).toMatchObject({ changed: 0, removed: [], added: [] });
    const moved = structuredClone(floor);
    const w = moved.workstations[2]!;
    w.at = [w.at[0] + 1, w.at[1]];
    const delta = deskDelta(floor, moved)!;
    expect(delta.changed).toBe(1);
    expect([...delta.changedIds]).toEqual([w.id]);
    expect(delta.added[0]!.minX - delta.removed[0]!.minX).toBeCloseTo(1, 9);
  });

  it('is null when anything but desks changed, or too many desks did', () => {
    const walled = structuredClone(floor);
    walled.doors[0]!.width += 0.1;
    expect(deskDelta(floor, walled)).toBeNull();
    const many = structuredClone(floor);
    for (const w of many.workstations.slice(0, 10)) w.at = [w.at[0] + 0.1, w.at[1]];
    expect(deskDelta(floor, many, 5)).toBeNull();
    expect(deskDelta(floor, many, 10)!.changed).toBe(10);
  });
});

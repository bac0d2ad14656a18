// A re-check that keeps the findings of rules whose inputs an edit did not change (floorReads.ts,
// floorMemory.ts) must give exactly what a check from nothing gives: desk moves that change walks
// and moves that do not, an edit of a rule with no desk input (a luminaire), the change feed's
// hint (and a hint that leaves something out), and what floor rules read outside the floor (the
// plan's inspections).
import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../src/floorplan/generate/park.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { FloorMemory, type FloorChange } from '../../src/rules/floorMemory.ts';
import { runFloorRules, type FloorAnalysis, type FloorRunResult } from '../../src/rules/runRules.ts';

const DATE = '2026-11-24';
const floorOf = (plan: PlanDocument) => plan.site.buildings[0]!.floors[0]!;

function fresh(plan: PlanDocument, profile: 'gb' | 'intl' = 'gb'): FloorRunResult {
  const b = plan.site.buildings[0]!;
  return runFloorRules(structuredClone(plan), b.id, b.floors[0]!.id, { profile, date: DATE });
}

function recheck(plan: PlanDocument, memory: FloorMemory<FloorAnalysis>, changed?: FloorChange, profile: 'gb' | 'intl' = 'gb'): FloorRunResult {
  const b = plan.site.buildings[0]!;
  return runFloorRules(plan, b.id, b.floors[0]!.id, { profile, date: DATE }, memory, changed);
}

const byRule = (r: FloorRunResult, id: string) => r.findings.filter((f) => f.ruleId === id);
const walks = (r: FloorRunResult) => r.analysis.workstations.map((w) => w.walking);

describe('re-checks keeping the findings of rules an edit did not touch', () => {
  for (const profile of ['gb', 'intl'] as const) {
    it(`equal a check from nothing after desk moves that do and do not change walks (${profile})`, () => {
      const start = generateDenseFloor(300, 6);
      const memory = new FloorMemory<FloorAnalysis>(4);
      const first = recheck(structuredClone(start), memory, undefined, profile);
      expect(first.findings).toEqual(fresh(start, profile).findings);

      // a 2 cm nudge along the row: no other seat's walk to an exit changes
      const nudged = structuredClone(start);
      const w = floorOf(nudged).workstations[100]!;
      w.at = [w.at[0] + 0.02, w.at[1]];
      const nudgedFresh = fresh(nudged, profile);
      expect(walks(nudgedFresh).filter((x, i) => x !== walks(first)[i] && i !== 100).length).toBe(0);
      const nudgedAgain = recheck(structuredClone(nudged), memory, undefined, profile);
      expect(nudgedAgain.findings).toEqual(nudgedFresh.findings);
      expect(nudgedAgain.analysis).toEqual(nudgedFresh.analysis);

      // a desk pushed 4 m into a walkway: walks behind it grow
      const blocked = structuredClone(nudged);
      const v = floorOf(blocked).workstations[57]!;
      v.at = [v.at[0], v.at[1] + 4];
      const blockedFresh = fresh(blocked, profile);
      expect(walks(blockedFresh).filter((x, i) => x !== walks(nudgedFresh)[i]).length).toBeGreaterThan(1);
      const blockedAgain = recheck(structuredClone(blocked), memory, undefined, profile);
      expect(blockedAgain.findings).toEqual(blockedFresh.findings);
      expect(blockedAgain.analysis).toEqual(blockedFresh.analysis);
      expect(blockedAgain.capacity).toEqual(blockedFresh.capacity);
    });
  }

  it('keep the very findings of rules with no desk input after a desk move, and re-run the others', () => {
    const start = generateDenseFloor(200, 2);
    const memory = new FloorMemory<FloorAnalysis>(4);
    const first = recheck(structuredClone(start), memory);
    const moved = structuredClone(start);
    const w = floorOf(moved).workstations[12]!;
    w.at = [w.at[0] + 0.3, w.at[1]];
    const second = recheck(structuredClone(moved), memory);
    expect(second.findings).toEqual(fresh(moved).findings);
    // lighting reads luminaires and zones, never desks: its findings are the earlier objects
    const light = byRule(second, 'light.illuminance');
    expect(light.length).toBeGreaterThan(0);
    light.forEach((f, i) => expect(f).toBe(byRule(first, 'light.illuminance')[i]));
    // seat access reads desks: measured again
    const seats = byRule(second, 'fire.seat-access');
    expect(seats.length).toBeGreaterThan(0);
    expect(seats.some((f, i) => f !== byRule(first, 'fire.seat-access')[i])).toBe(true);
  });

  it('equal a check from nothing after an edit of a rule with no desk input (luminaires turned off), then a desk move', () => {
    const start = generateDenseFloor(200, 3);
    const memory = new FloorMemory<FloorAnalysis>(4);
    const first = recheck(structuredClone(start), memory);
    const dimmed = structuredClone(start);
    const lights = floorOf(dimmed).luminaires;
    expect(lights.length).toBeGreaterThan(4);
    lights.splice(0, Math.floor(lights.length / 2));
    const dimmedFresh = fresh(dimmed);
    // the edit changes what lighting finds
    expect(byRule(dimmedFresh, 'light.illuminance')).not.toEqual(byRule(first, 'light.illuminance'));
    const again = recheck(structuredClone(dimmed), memory);
    expect(again.findings).toEqual(dimmedFresh.findings);
    expect(again.analysis).toEqual(dimmedFresh.analysis);
    // and a desk move after it builds on that check
    const moved = structuredClone(dimmed);
    const w = floorOf(moved).workstations[33]!;
    w.at = [w.at[0] - 0.3, w.at[1]];
    const movedAgain = recheck(structuredClone(moved), memory);
    const movedFresh = fresh(moved);
    expect(movedAgain.findings).toEqual(movedFresh.findings);
    expect(movedAgain.analysis).toEqual(movedFresh.analysis);
  });

  it('use the change feed, and do not trust a hint that leaves a change out', () => {
    const start = generateDenseFloor(200, 4);
    const memory = new FloorMemory<FloorAnalysis>(4);
    let plan = structuredClone(start);
    recheck(plan, memory);
    // as the worker's copy is updated (immer): the edited desk and its list are new objects, the rest are shared
    const moved = { ...plan, site: { ...plan.site, buildings: plan.site.buildings.map((b) => ({ ...b, floors: b.floors.map((f) => ({ ...f, workstations: [...f.workstations] })) })) } };
    const list = floorOf(moved).workstations;
    const w = list[21]!;
    list[21] = { ...w, at: [w.at[0] + 0.3, w.at[1]] };
    const hinted = recheck(moved, memory, { ids: new Set([w.id]), collections: new Set(['workstations']) });
    expect(hinted.findings).toEqual(fresh(moved).findings);
    expect(hinted.analysis).toEqual(fresh(moved).analysis);
    // luminaires edited in a shared copy: analyses that read none (walks, zones) are taken over as they are
    const relit = { ...moved, site: { ...moved.site, buildings: moved.site.buildings.map((b) => ({ ...b, floors: b.floors.map((f) => ({ ...f, luminaires: f.luminaires.slice(3) })) })) } };
    const relitAgain = recheck(relit, memory, { ids: new Set(), collections: new Set(['luminaires']) });
    expect(relitAgain.findings).toEqual(fresh(relit).findings);
    expect(relitAgain.analysis).toEqual(fresh(relit).analysis);
    // a hint naming the desks only, while a door also changed
    plan = structuredClone(relit);
    const door = floorOf(plan).doors[0]!;
    door.width += 0.4;
    const u = floorOf(plan).workstations[5]!;
    u.at = [u.at[0] + 0.3, u.at[1]];
    const wrongHint = recheck(plan, memory, { ids: new Set([u.id]), collections: new Set(['workstations']) });
    expect(wrongHint.findings).toEqual(fresh(plan).findings);
    expect(wrongHint.analysis).toEqual(fresh(plan).analysis);
  });

  it('see what floor rules read outside the floor: an inspection logged since the last check', () => {
    const start = generateDenseFloor(100, 1);
    const x = floorOf(start).extinguishers[0]!;
    delete x.lastInspected;
    const memory = new FloorMemory<FloorAnalysis>(4);
    const before = recheck(structuredClone(start), memory);
    const mine = (r: FloorRunResult) => byRule(r, 'fire.extinguisher-inspection').find((f) => f.messageParams['extinguisher'] === x.id)!;
    const unlogged = mine(before);
    expect(unlogged.status).toBe('warn');
    const logged = structuredClone(start);
    logged.inspections = [{ id: 'log-1', deviceId: x.id, date: DATE, result: 'pass' }];
    const after = recheck(structuredClone(logged), memory);
    expect(after.findings).toEqual(fresh(logged).findings);
    expect(mine(after).status).toBe('pass');
  });
});

describe('a frozen plan (as the editor store holds it)', () => {
  it('is checked without views, and a re-check equals a check from nothing', () => {
    const start = freeze(generateDenseFloor(120, 3), true);
    const memory = new FloorMemory<FloorAnalysis>(4);
    expect(recheck(start, memory).findings).toEqual(fresh(start).findings);
    const moved = produce(start, (d) => {
      const w = floorOf(d).workstations[10]!;
      w.at = [w.at[0] + 3, w.at[1]];
    });
    expect(Object.isFrozen(floorOf(moved))).toBe(true);
    const again = recheck(moved, memory);
    expect(again.findings).toEqual(fresh(moved).findings);
    expect(again.analysis).toEqual(fresh(moved).analysis);
  });
});

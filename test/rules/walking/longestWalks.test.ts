// Bounded sampling (longestWalks.ts) must find each group's longest walk exactly and tell every
// walk over the limit; the points it leaves out must truly be shorter than the longest. Checked
// against measuring every point, on a generated floor full of desks.
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import { buildFloorNavigation } from '../../../src/rules/walking/navigation.ts';
import { longestWalks } from '../../../src/rules/walking/longestWalks.ts';
import { expectLengthsAndTargets } from './walkLists.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';

describe('longestWalks', () => {
  const plan = generateDenseFloor(600, 9);
  const building = plan.site.buildings[0]!;
  const floor = building.floors[0]!;
  const ctx = new RunCache(plan, resolveProfile(plan, 'gb'), '2026-11-24').floor(building, floor);
  const grid = ctx.grid(1);
  const groups = grid.zones.map((z) => z?.id ?? '');
  const exits = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));

  // a remembering field (the worker's) on a floor too big to answer every point walks as a fresh one
  for (const [limit, remember] of [[Infinity, false], [20, false], [20, true]] as const) {
    it(`finds every group's longest walk and every walk over ${limit} m, and leaves out only shorter ones${remember ? ' (remembering field, big floor)' : ''}`, () => {
      const nav = buildFloorNavigation(floor, { remember });
      const field = nav.field(exits);
      expect(field.remembers).toBe(remember);
      const reference = buildFloorNavigation(floor).field(exits);
      const exact = grid.points.map((p) => reference.query(p).walking);
      const found = longestWalks(grid.points, groups, field, nav, { cell: 3, limit, ...(remember ? { answerAllUpTo: 0 } : {}) });
      const { walks, over } = found;
      expectLengthsAndTargets(found);
      const longest = new Map<string, number>();
      exact.forEach((w, i) => longest.set(groups[i]!, Math.max(longest.get(groups[i]!) ?? -Infinity, w)));
      const measured = new Map<string, number>();
      walks.forEach((r, i) => {
        if (r) {
          expect(r.walking).toBeCloseTo(exact[i]!, 9);
          measured.set(groups[i]!, Math.max(measured.get(groups[i]!) ?? -Infinity, r.walking));
        } else {
          expect(exact[i]!).toBeLessThan(longest.get(groups[i]!)!);
        }
        // over the limit, measured or not, exactly where the walk is
        expect(over[i], `point ${i}`).toBe(exact[i]! > limit * (1 + 1e-9) ? 1 : 0);
      });
      if (limit < Infinity) {
        // some points over the limit were shown over it by a lower bound, without a walk
        expect(walks.some((r, i) => !r && over[i] === 1)).toBe(true);
      }
      for (const [group, w] of longest) expect(measured.get(group), group).toBeCloseTo(w, 9);
      // it is worth it: most points need no walk of their own
      expect(walks.filter(Boolean).length).toBeLessThan(grid.points.length * 0.6);
    });
  }

  it('a remembering field on a floor small enough answers every point, and tells those over the limit', () => {
    const nav = buildFloorNavigation(floor, { remember: true });
    const reference = buildFloorNavigation(floor).field(exits);
    const found = longestWalks(grid.points, groups, nav.field(exits), nav, { cell: 3, limit: 20 });
    expectLengthsAndTargets(found);
    grid.points.forEach((p, i) => {
      const exact = reference.query(p).walking;
      expect(found.walks[i]!.walking).toBe(exact);
      expect(found.over[i], `point ${i}`).toBe(exact > 20 * (1 + 1e-9) ? 1 : 0);
    });
  });

  it("with a status rank, finds each group's worst by status then walk, as measuring every point does", () => {
    const nav = buildFloorNavigation(floor);
    const field = nav.field(exits);
    const reference = buildFloorNavigation(floor).field(exits);
    const exact = grid.points.map((p) => reference.query(p).walking);
    // a status that rises at 15 m and again at 30 m, and is worst for points near x = 40 whatever their walk
    const rank = (i: number, walking: number) => (Math.abs(grid.points[i]![0] - 40) < 1 ? 3 : walking > 30 ? 2 : walking > 15 ? 1 : 0);
    const worstOf = (walkOf: (i: number) => number | null) => {
      const top = new Map<string, [number, number]>();
      grid.points.forEach((_, i) => {
        const w = walkOf(i);
        if (w === null) return;
        const r = rank(i, w);
        const t = top.get(groups[i]!);
        if (!t || r > t[0] || (r === t[0] && w > t[1])) top.set(groups[i]!, [r, w]);
      });
      return top;
    };
    const { walks } = longestWalks(grid.points, groups, field, nav, { cell: 3, rank });
    const measured = worstOf((i) => walks[i]?.walking ?? null);
    for (const [group, [r, w]] of worstOf((i) => exact[i]!)) {
      expect(measured.get(group)![0], group).toBe(r);
      expect(measured.get(group)![1], group).toBeCloseTo(w, 9);
    }
  });
});

// Bounds from the field's nodes (farthestWalk.ts) must find each group's farthest walk exactly,
// walk every point that ties with it, and tell every walk over the limit; the points it leaves out
// must truly be shorter than the farthest. Checked against walking every point, on a generated
// floor full of desks: grid points to the exits, by zone, and seats to the rest zones.
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { distanceFieldOf, farthestWalk } from '../../../src/rules/walking/farthestWalk.ts';
import { buildFloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { expectLengthsAndTargets } from './walkLists.ts';

describe('farthestWalk', () => {
  const plan = generateDenseFloor(600, 9);
  const building = plan.site.buildings[0]!;
  const floor = building.floors[0]!;
  const ctx = new RunCache(plan, resolveProfile(plan, 'gb'), '2026-11-24').floor(building, floor);
  const grid = ctx.grid(1);
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
  const restDoors: NavTarget[] = floor.zones
    .filter((z) => z.use === 'rest')
    .flatMap((z) => (ctx.enclosures.get(z.id)?.doors ?? []).map((d) => ({ id: z.id, at: d.at, width: d.width })));
  const cases: [string, readonly Point[], string[], NavTarget[], number][] = [
    ['grid points to the exits, by zone', grid.points, grid.zones.map((z) => z?.id ?? ''), exits, Infinity],
    ['grid points to the exits, by zone, over 20 m', grid.points, grid.zones.map((z) => z?.id ?? ''), exits, 20],
    ['seats to the rest zone doors, over 25 m', ctx.occupancy.seatPoints, ctx.occupancy.seatPoints.map(() => ''), restDoors, 25],
  ];

  for (const [name, points, groups, targets, limit] of cases) {
    it(`${name}: the farthest walk of each group, its ties, every walk over the limit, and only shorter points left out`, () => {
      expect(targets.length).toBeGreaterThan(0);
      const nav = buildFloorNavigation(floor);
      const field = nav.field(targets);
      const distances = distanceFieldOf(nav, targets);
      expect(distances).not.toBeNull();
      const reference = buildFloorNavigation(floor).field(targets);
      const exact = points.map((p) => reference.query(p).walking);
      const found = farthestWalk(points, groups, field, distances!, nav, { cell: 3, limit });
      const { walks, over } = found;
      expectLengthsAndTargets(found);
      const farthest = new Map<string, number>();
      exact.forEach((w, i) => farthest.set(groups[i]!, Math.max(farthest.get(groups[i]!) ?? -Infinity, w)));
      const measured = new Map<string, number>();
      walks.forEach((r, i) => {
        if (r) {
          expect(r.walking).toBe(exact[i]!);
          measured.set(groups[i]!, Math.max(measured.get(groups[i]!) ?? -Infinity, r.walking));
        } else {
          // left out: truly shorter than its group's farthest (so every tie was walked)
          expect(exact[i]!, `point ${i}`).toBeLessThan(farthest.get(groups[i]!)!);
        }
        expect(over[i], `point ${i}`).toBe(limit < Infinity && exact[i]! > limit * (1 + 1e-9) ? 1 : 0);
      });
      for (const [group, w] of farthest) expect(measured.get(group), group).toBe(w);
      if (limit < Infinity) {
        // some points were shown over the limit without a walk, and some within it
        expect(walks.some((r, i) => !r && over[i] === 1)).toBe(true);
        expect(walks.some((r, i) => !r && over[i] === 0)).toBe(true);
      }
      // it is worth it: most points need no walk of their own
      expect(walks.filter(Boolean).length).toBeLessThan(points.length * 0.3);
    });
  }
});

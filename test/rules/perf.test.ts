// The speed-ups must not change answers: distance-field queries that start from an earlier answer
// (the hint) give what a fresh field gives, in any query order; lighting kept across runs is reused
// only while its inputs are unchanged.
import { describe, expect, it } from 'vitest';
import type { Floor, Luminaire, Point } from '../../src/floorplan/types.ts';
import { buildFloorNavigation } from '../../src/rules/walking/navigation.ts';
import { IdentityCache } from '../../src/rules/analysis/identityCache.ts';
import { RunCache } from '../../src/rules/contextCache.ts';
import { resolveProfile } from '../../src/rules/profiles/resolveProfile.ts';
import { floorPlan, makeRoom, seatAt } from './fixtures.ts';

const TOLERANCE = 1e-3;

/** 20 × 10 room, wall x = 10 (faces 9.95 / 10.05) with a 1 m door at y = 9: opening 8.5–9.5. */
function walledRoom(): Floor {
  return floorPlan({
    outline: [[0, 0], [20, 0], [20, 10], [0, 10]],
    walls: [{ id: 'w', a: [10, 0], b: [10, 10], kind: 'solid' }],
    doors: [{ id: 'd', at: [10, 9], width: 1, wall: 'w' }],
  }).site.buildings[0]!.floors[0]!;
}

describe('distance field queries from an earlier answer', () => {
  const exit = [{ id: 'e1', at: [0, 5] as Point, width: 1 }];
  // east of the wall: round the lower jamb (10.05, 8.5), across to (9.95, 8.5), on to the exit
  const detour = (x: number, y: number) => Math.hypot(x - 10.05, 8.5 - y) + 0.1 + Math.hypot(9.95, 3.5);

  it('a visible neighbour answer does not hide a shorter walk: west (5,5) is 5 after east (15,1)', () => {
    const field = buildFloorNavigation(walledRoom()).field(exit);
    const east = field.query([15, 1]);
    expect(east.walking).toBeGreaterThan(detour(15, 1) - TOLERANCE);
    expect(east.walking).toBeLessThan(detour(15, 1) + TOLERANCE);
    expect(field.query([5, 5]).walking).toBeCloseTo(5, 6);
    // and back east: (15,2) bends at the same jambs
    const again = field.query([15, 2]);
    expect(again.walking).toBeGreaterThan(detour(15, 2) - TOLERANCE);
    expect(again.walking).toBeLessThan(detour(15, 2) + TOLERANCE);
    expect(again.path).toHaveLength(5);
  });

  it('every point of a 1 m grid walks the same in forward and reverse order, and as the first query', () => {
    const nav = buildFloorNavigation(walledRoom());
    const points: Point[] = [];
    for (let x = 0.5; x < 20; x += 1) for (let y = 0.5; y < 10; y += 1) points.push([x, y]);
    const forward = nav.field(exit);
    const reverse = nav.field(exit);
    const there = points.map((p) => forward.query(p));
    const back = [...points].reverse().map((p) => reverse.query(p)).reverse();
    points.forEach((p, i) => {
      const alone = nav.field(exit).query(p);
      expect(there[i]!.walking).toBe(alone.walking);
      expect(back[i]!.walking).toBe(alone.walking);
      expect(there[i]!.targetId).toBe(alone.targetId);
    });
    // spot values: west of the wall in the open; east by the door
    expect(there[points.findIndex((p) => p[0] === 4.5 && p[1] === 5.5)]!.walking).toBeCloseTo(Math.hypot(4.5, 0.5), 6);
    const east = there[points.findIndex((p) => p[0] === 15.5 && p[1] === 0.5)]!.walking;
    expect(Math.abs(east - detour(15.5, 0.5))).toBeLessThan(TOLERANCE);
  });

  it('with two exits the answer switches target where the nearer one changes, whatever came before', () => {
    const nav = buildFloorNavigation(walledRoom());
    const field = nav.field([{ id: 'west', at: [0, 5], width: 1 }, { id: 'east', at: [20, 5], width: 1 }]);
    expect(field.query([2, 5]).targetId).toBe('west');
    expect(field.query([18, 5]).targetId).toBe('east');
    expect(field.query([18, 5]).walking).toBeCloseTo(2, 6);
    expect(field.query([2, 5]).walking).toBeCloseTo(2, 6);
  });
});

describe('IdentityCache', () => {
  it('reuses a value for the same objects and settings, rebuilds for another object or settings', () => {
    const cache = new IdentityCache<number>();
    const a = {};
    const b = {};
    let builds = 0;
    const build = () => ++builds;
    expect(cache.get([a, b], 's', build)).toBe(1);
    expect(cache.get([a, b], 's', build)).toBe(1);
    expect(cache.get([a, {}], 's', build)).toBe(2);
    expect(cache.get([a, b], 't', build)).toBe(3);
    expect(cache.get([b, a], 's', build)).toBe(4);
    expect(builds).toBe(4);
  });
});

describe('lighting kept across runs', () => {
  // 2 × 2 zone, one downlight at (1,1), 2 m above the work plane, I0 = 1000 cd: 250 lx below it
  const light: Luminaire = { id: 'l', at: [1, 1], mount: 2.75, flux: Math.PI * 1000, power: 10 };
  const plan = floorPlan({ zones: [makeRoom('z', 'work', 0, 0, 2, 2)], luminaires: [light], workstations: [seatAt('s1', [5, 5])] });
  const building = plan.site.buildings[0]!;
  const floor = building.floors[0]!;
  const lightingOf = (f: Floor) => new RunCache(plan, resolveProfile(plan), '2026-05-20').floor(building, f).lighting.get('z')!;

  it('a moved desk keeps the zone lighting object; a moved luminaire recomputes it', () => {
    const before = lightingOf(floor);
    expect(before.min).toBeGreaterThan(0);
    const movedDesk = { ...floor, workstations: [seatAt('s1', [6, 5])] };
    expect(lightingOf(movedDesk)).toBe(before);
    const movedLight = { ...floor, luminaires: [{ ...light, at: [0.9, 1] as Point }] };
    const after = lightingOf(movedLight);
    expect(after).not.toBe(before);
    // the one point-by-point calculation sees the move in its average and its minimum
    expect(after.average).not.toBe(before.average);
    expect(after.min).not.toBe(before.min);
  });

  it('a floor with the same zones and luminaires under other ids is lit the same, once, and names its own luminaires', () => {
    const twin = structuredClone(floor);
    twin.id = 'F2';
    twin.luminaires[0]!.id = 'L2-l';
    const first = lightingOf(floor);
    const again = lightingOf(twin);
    expect(again).toEqual({ ...first, luminaireIds: ['L2-l'] });
    // not measured again: the kept result's darkest point is the same object
    expect(again.darkest).toBe(first.darkest);
    const brighter = structuredClone(floor);
    brighter.luminaires[0]!.flux = Math.PI * 2000;
    expect(lightingOf(brighter).average).toBeCloseTo(2 * lightingOf(floor).average, 9);
  });
});

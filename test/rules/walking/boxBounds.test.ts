// BoxBounds (farthestWalk.ts) skips buckets of candidates that cannot beat the best so far: its
// bounds must be the very numbers the field's lowerBoundFromBox gives, bit for bit, for boxes of
// every size and place (in the order farthestWalk asks them, and in any other).
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { BoxBounds } from '../../../src/rules/walking/farthestWalk.ts';
import { buildFloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { DistanceField } from '../../../src/rules/walking/navField.ts';

describe('BoxBounds', () => {
  const plan = generateDenseFloor(600, 9);
  const building = plan.site.buildings[0]!;
  const floor = building.floors[0]!;
  const ctx = new RunCache(plan, resolveProfile(plan, 'gb'), '2026-11-24').floor(building, floor);
  const grid = ctx.grid(1);
  const nav = buildFloorNavigation(floor);
  const targetSets: [string, NavTarget[]][] = [
    ['exits', floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }))],
    ['extinguishers', floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 }))],
    ['rest doors', floor.zones.filter((z) => z.use === 'rest').flatMap((z) => (ctx.enclosures.get(z.id)?.doors ?? []).map((d) => ({ id: z.id, at: d.at, width: d.width })))],
    ['one target', floor.exits.slice(0, 1).map((e) => ({ id: e.id, at: e.at, width: e.width }))],
  ];
  // boxes: each grid point and seat alone, the points of 3 m and 10 m cells, and boxes of all sizes
  // in and far outside the floor (a fixed sequence of pseudo-random numbers)
  const boxes: [number, number, number, number][] = [];
  for (const p of [...grid.points, ...ctx.occupancy.seatPoints]) boxes.push([p[0], p[1], p[0], p[1]]);
  for (const cell of [3, 10]) {
    const byCell = new Map<string, [number, number, number, number]>();
    for (const [x, y] of grid.points) {
      const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      const box = byCell.get(key);
      if (!box) byCell.set(key, [x, y, x, y]);
      else byCell.set(key, [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]);
    }
    boxes.push(...byCell.values());
  }
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let k = 0; k < 2000; k++) {
    const x = random() * 300 - 100;
    const y = random() * 300 - 100;
    const w = k % 3 === 0 ? 0 : random() * 40;
    boxes.push([x, y, x + w, y + random() * 40]);
  }

  for (const [name, targets] of targetSets) {
    it(`gives lowerBoundFromBox's numbers: ${name}`, () => {
      expect(targets.length).toBeGreaterThan(0);
      nav.field(targets);
      const distances = [...nav.fields.values()].find((entry) => entry.targets === targets)!.distanceField();
      const bounds = new BoxBounds(distances, nav.scene);
      const asked = boxes.map((b) => bounds.bound(...b));
      boxes.forEach((b, i) => expect(Object.is(asked[i], distances.lowerBoundFromBox(...b)), `box ${b.join(', ')}`).toBe(true));
      // backwards too: the best so far starts from the previous box's candidate
      for (let i = boxes.length - 1; i >= 0; i--) expect(Object.is(bounds.bound(...boxes[i]!), asked[i])).toBe(true);
    });
  }

  it('is Infinity with no candidates, as lowerBoundFromBox', () => {
    const empty = new DistanceField(nav.scene, []);
    expect(new BoxBounds(empty, nav.scene).bound(0, 0, 1, 1)).toBe(empty.lowerBoundFromBox(0, 0, 1, 1));
  });
});

// A fresh field's Dijkstra starts each node's search from the hops it took in earlier fields of the
// same scene (navField.ts, knownHop): that must change only the work. Fields built one after another
// on one scene (each finding the hops the earlier ones left) must settle every node at the same
// distance through the same hop, bit for bit, as each field built on a scene of its own.
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import { buildFloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { DistanceField, type FieldSeed } from '../../../src/rules/walking/navField.ts';

/** the field's hop per node (a node index, or -(seed index) - 1) */
const hopsOf = (field: DistanceField): Int32Array => (field as unknown as { via: Int32Array }).via;

describe('hops known from earlier fields of a scene', () => {
  const plan = generateDenseFloor(600, 9);
  const floor = plan.site.buildings[0]!.floors[0]!;
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
  const extinguishers: NavTarget[] = floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 }));
  const targetSets: NavTarget[][] = [exits, extinguishers, exits.slice(0, 1), extinguishers.slice().reverse(), extinguishers.filter((_, i) => i % 3 === 0), exits.slice(1)];

  it('change no distance and no hop: fields in turn on one scene, as each on a scene of its own', () => {
    const nav = buildFloorNavigation(floor);
    const seedSets: FieldSeed[][] = targetSets.map((targets) => {
      nav.field(targets);
      return [...nav.fields.values()].find((entry) => entry.targets === targets)!.distanceField().seeds;
    });
    // twice round: the second time every node has the hops of all the sets
    for (let round = 0; round < 2; round++) {
      seedSets.forEach((seeds, k) => {
        const shared = new DistanceField(nav.scene, seeds);
        const own = new DistanceField(buildFloorNavigation(floor).scene, seeds);
        expect(own.distance.filter((d) => d < Infinity).length).toBeGreaterThan(nav.scene.nodeCount * 0.5);
        for (let v = 0; v < own.distance.length; v++) {
          expect(Object.is(shared.distance[v], own.distance[v]), `set ${k}, node ${v}`).toBe(true);
          if (own.distance[v]! < Infinity) expect(hopsOf(shared)[v], `set ${k}, node ${v}`).toBe(hopsOf(own)[v]);
        }
      });
    }
  });
});

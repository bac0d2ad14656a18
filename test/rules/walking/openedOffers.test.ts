// A node settled again whose earlier path is still walkable first searches the seeds and carried
// nodes only where its way to them crosses a box that opened (a desk that went): its earlier hop
// beats every other one. The field must still be the very one a build from nothing gives, after
// desks moved far, went, and came, near the walks and across them.
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { Floor } from '../../../src/floorplan/types.ts';
import { buildFloorNavigation, type FloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { deskDelta } from '../../../src/rules/walking/floorDelta.ts';
import { DistanceField, NODE_CHANGED, NODE_KEPT, NODE_WALKABLE } from '../../../src/rules/walking/navField.ts';

function stateOf(field: DistanceField): { distance: number[]; via: number[] } {
  const f = field as unknown as { distance: Float64Array; via: Int32Array };
  return { distance: Array.from(f.distance), via: Array.from(f.via) };
}

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const floorOf = (plan: ReturnType<typeof generateDenseFloor>): Floor => plan.site.buildings[0]!.floors[0]!;

describe('a carried field whose walkable nodes search only what opened', () => {
  it('settles as a field from nothing after desks moved far, went and came back', () => {
    for (const [seats, seed] of [[300, 7], [500, 11]] as const) {
      const floor = floorOf(generateDenseFloor(seats, seed));
      const targetSets: NavTarget[][] = [
        floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width })),
        floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 })),
        floor.workstations.filter((_, i) => i % 41 === 0).map((w) => ({ id: w.id, at: w.at, width: 0 })),
      ];
      const r = random(seed * 31 + 1);
      const original = floor.workstations;
      let before = floor;
      let nav: FloorNavigation = buildFloorNavigation(before, { remember: true });
      for (const targets of targetSets) nav.field(targets);
      let carriedFields = 0;
      for (let edit = 0; edit < 14; edit++) {
        // desks moved up to 3 m, or taken away (a way through opens), or the originals back
        const count = 1 + Math.floor(r() * 4);
        const picked = new Set(Array.from({ length: count }, () => Math.floor(r() * before.workstations.length)));
        const kind = r();
        let workstations = before.workstations;
        if (kind < 0.4) workstations = workstations.filter((_, i) => !picked.has(i));
        else if (kind < 0.55) workstations = original;
        else {
          const far = r() < 0.5 ? 3 : 0.6;
          workstations = workstations.map((w, i) => (picked.has(i) ? { ...w, at: [w.at[0] + (r() - 0.5) * far, w.at[1] + (r() - 0.5) * far] } : w));
        }
        const after: Floor = { ...before, workstations };
        const delta = deskDelta(before, after);
        if (!delta) continue;
        const next = buildFloorNavigation(after, { remember: true }, { previous: nav, removed: delta.removed, added: delta.added });
        for (const targets of targetSets) next.field(targets);
        for (const entry of next.fields.values()) {
          const carried = entry.distanceField();
          const fresh = new DistanceField(next.scene, carried.seeds);
          expect(stateOf(carried), `${seats} seats, edit ${edit}`).toEqual(stateOf(fresh));
          if ((carried as unknown as { earlier: Float64Array | null }).earlier) carriedFields++;
        }
        before = after;
        nav = next;
      }
      expect(carriedFields).toBeGreaterThan(10);
    }
  });

  it('with nothing opened on an unchanged scene, walkable nodes search only the nodes settled again', () => {
    const floor = floorOf(generateDenseFloor(400, 7));
    const nav = buildFloorNavigation(floor);
    const r = random(13);
    for (const targets of [floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width })), floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 }))]) {
      nav.field(targets);
      const earlier = [...nav.fields.values()].find((entry) => entry.targets === targets)!.distanceField();
      const fresh = stateOf(new DistanceField(nav.scene, earlier.seeds));
      for (const [kept, walkable] of [[0.9, 0.1], [0.5, 0.4], [0.2, 0.6], [0, 1]]) {
        const keeps = () => {
          const u = r();
          return u < kept! ? NODE_KEPT : u < kept! + walkable! ? NODE_WALKABLE : NODE_CHANGED;
        };
        const field = new DistanceField(nav.scene, earlier.seeds, { from: earlier, keeps, opened: [] });
        expect(stateOf(field), `kept ${kept}, walkable ${walkable}`).toEqual(fresh);
      }
    }
  });

  it('finds the shorter ways a desk taken away opens to carried nodes (and misses them when told nothing opened)', () => {
    const floor = floorOf(generateDenseFloor(400, 7));
    const nav = buildFloorNavigation(floor, { remember: true });
    const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
    nav.field(exits);
    const earlier = [...nav.fields.values()][0]!.distanceField();
    let shorter = 0;
    let missed = 0;
    for (let i = 0; i < floor.workstations.length; i += 3) {
      // a few desks side by side taken away: every earlier path is still walkable, some may be shortened through the gap
      const after: Floor = { ...floor, workstations: floor.workstations.filter((_, k) => k < i || k >= i + 4) };
      const delta = deskDelta(floor, after)!;
      const next = buildFloorNavigation(after, {}, { previous: nav, removed: delta.removed, added: delta.added });
      const fresh = new DistanceField(next.scene, earlier.seeds);
      const { distance, via } = stateOf(fresh);
      const { nodeX, nodeY } = next.scene;
      const nodeAt = new Map<string, number>();
      for (let v = 0; v < nodeX.length; v++) nodeAt.set(`${nodeX[v]},${nodeY[v]}`, v);
      // kept where the field from nothing has the same walk through the same hop (as many carried as can be), else walkable
      const keeps = (x: number, y: number, d: number, _target: number, viaX: number, viaY: number) => {
        const v = nodeAt.get(`${x},${y}`)!;
        const hop = via[v]!;
        const same = distance[v] === d && hop >= 0 && nodeX[hop] === viaX && nodeY[hop] === viaY;
        return same || (hop < 0 && distance[v] === d && earlier.seeds[-hop - 1]!.x === viaX && earlier.seeds[-hop - 1]!.y === viaY) ? NODE_KEPT : NODE_WALKABLE;
      };
      const told = stateOf(new DistanceField(next.scene, earlier.seeds, { from: earlier, keeps, opened: delta.removed }));
      expect(told, `desk ${i}`).toEqual({ distance, via });
      const before = stateOf(earlier);
      if (distance.some((d, v) => d < before.distance[v]!)) shorter++;
      const untold = stateOf(new DistanceField(next.scene, earlier.seeds, { from: earlier, keeps, opened: [] }));
      if (untold.distance.some((d, v) => d !== distance[v])) missed++;
    }
    // the gap gave shorter walks, and some of them through a carried node: found only through the box
    expect(shorter).toBeGreaterThan(0);
    expect(missed).toBeGreaterThan(0);
  });
});

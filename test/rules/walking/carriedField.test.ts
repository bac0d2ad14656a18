// A field that carries nodes over from an earlier one (a desk re-check) must be the very field a
// build from nothing gives on the same scene: every node's distance and hop, the candidates in
// their order, the query cells. What it may skip (the nodes carried, a visibility test where the
// earlier walk's leg is known clear, the cells of an offer search past an offer already known,
// arrays kept from the last field) changes only the work.
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { Floor } from '../../../src/floorplan/types.ts';
import { buildFloorNavigation, type FloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { deskDelta } from '../../../src/rules/walking/floorDelta.ts';
import { DistanceField, NODE_CHANGED, NODE_KEPT, NODE_WALKABLE } from '../../../src/rules/walking/navField.ts';

/** The field's state a query reads (private fields, read for the comparison only). */
function stateOf(field: DistanceField): Record<string, unknown> {
  const f = field as unknown as { distance: Float64Array; via: Int32Array; cand: Record<string, ArrayLike<number>>; cells: Record<string, unknown> };
  const cand = Object.fromEntries(Object.entries(f.cand).map(([k, v]) => [k, Array.from(v)]));
  const cells = Object.fromEntries(Object.entries(f.cells).map(([k, v]) => [k, typeof v === 'number' ? v : Array.from(v as ArrayLike<number>)]));
  return { distance: Array.from(f.distance), via: Array.from(f.via), cand, cells };
}

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const floorOf = (plan: ReturnType<typeof generateDenseFloor>): Floor => plan.site.buildings[0]!.floors[0]!;

describe('a field carrying nodes from an earlier one', () => {
  const floor = floorOf(generateDenseFloor(400, 7));
  const targetSets: NavTarget[][] = [
    floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width })),
    floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 })),
  ];

  it('settles as a field from nothing after desks moved, field after field (arrays kept between them)', () => {
    const r = random(3);
    let before = floor;
    let nav: FloorNavigation = buildFloorNavigation(before, { remember: true });
    for (const targets of targetSets) nav.field(targets);
    let compared = 0;
    let carriedFields = 0;
    for (let edit = 0; edit < 6; edit++) {
      // one to three desks moved 0.3 m, some of them beside walks, some across them
      const moved = new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => Math.floor(r() * before.workstations.length)));
      const after: Floor = {
        ...before,
        workstations: before.workstations.map((w, i) => (moved.has(i) ? { ...w, at: [w.at[0] + (r() < 0.5 ? 0.3 : -0.3), w.at[1] + (r() < 0.5 ? 0.3 : 0)] } : w)),
      };
      const delta = deskDelta(before, after)!;
      const next = buildFloorNavigation(after, { remember: true }, { previous: nav, removed: delta.removed, added: delta.added });
      for (const targets of targetSets) next.field(targets);
      for (const entry of next.fields.values()) {
        const carried = entry.distanceField();
        const fresh = new DistanceField(next.scene, carried.seeds);
        expect(stateOf(carried), `edit ${edit}`).toEqual(stateOf(fresh));
        compared++;
        if ((carried as unknown as { earlier: Float64Array | null }).earlier) carriedFields++;
      }
      before = after;
      nav = next;
    }
    expect(compared).toBe(6 * targetSets.length);
    // most fields carried nodes (a desk moved near a target rebuilds that field from nothing)
    expect(carriedFields).toBeGreaterThan(compared / 2);
  });

  it('settles as a field from nothing whatever keeps() says of each node (the scene unchanged, so every verdict holds)', () => {
    const nav = buildFloorNavigation(floor);
    const r = random(9);
    for (const targets of targetSets) {
      nav.field(targets);
      const earlier = [...nav.fields.values()].find((entry) => entry.targets === targets)!.distanceField();
      const fresh = stateOf(new DistanceField(nav.scene, earlier.seeds));
      // most nodes kept, some walkable only (settled again, their hop's leg known clear), some changed
      for (const [kept, walkable] of [[0.95, 0.03], [0.6, 0.2], [0.2, 0.4], [0, 1], [0, 0]]) {
        const keeps = () => {
          const u = r();
          return u < kept! ? NODE_KEPT : u < kept! + walkable! ? NODE_WALKABLE : NODE_CHANGED;
        };
        const field = new DistanceField(nav.scene, earlier.seeds, { from: earlier, keeps });
        expect(stateOf(field), `kept ${kept}, walkable ${walkable}`).toEqual(fresh);
      }
    }
  });
});

describe('the sight tests a carried field saves', () => {
  const floor = floorOf(generateDenseFloor(400, 7));
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));

  /** sight tests (visible(), which nodesVisible() calls for a pair it does not know yet) made by build() on a scene of its own */
  function testsOf(build: (nav: FloorNavigation) => DistanceField): { tests: number; field: DistanceField } {
    const nav = buildFloorNavigation(floor);
    const scene = nav.scene as unknown as { visible: (...a: number[]) => boolean };
    const visible = scene.visible.bind(scene);
    let tests = 0;
    scene.visible = (...a: number[]) => {
      tests++;
      return visible(...a);
    };
    const field = build(nav);
    return { tests, field };
  }

  it('a node settled again on its earlier hop, known clear, needs no sight test; the field is the one from nothing', () => {
    const nav = buildFloorNavigation(floor);
    nav.field(exits);
    const earlier = [...nav.fields.values()][0]!.distanceField();
    const fresh = testsOf((other) => new DistanceField(other.scene, earlier.seeds));
    // some walks kept, the rest walkable (the scene is the same) but maybe shorter: settled again,
    // their earlier hop (a kept node or a seed) known visible
    const r = random(5);
    const verdicts = Array.from({ length: 4096 }, () => (r() < 0.7 ? NODE_KEPT : NODE_WALKABLE));
    let k = 0;
    const walkable = testsOf((other) => new DistanceField(other.scene, earlier.seeds, { from: earlier, keeps: () => verdicts[k++ % verdicts.length]! }));
    expect(stateOf(walkable.field)).toEqual(stateOf(fresh.field));
    // a node whose smallest offer is its earlier hop settles on it untested (285 tests here, 310
    // where each such node tested its hop again, 488 from nothing)
    expect(walkable.tests).toBeLessThan(0.6 * fresh.tests);
  });
});

// The field's Dijkstra (lazy visibility, cells that skip what cannot matter, shadows) must give
// every node the distance a plain Dijkstra over the whole tangent visibility graph gives, bit for
// bit, and list its candidates by distance, then listing order (seeds by index, then nodes by index).
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import { vectorLength } from '../../../src/floorplan/geometry/polygon.ts';
import { buildFloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { DistanceField, type FieldSeed } from '../../../src/rules/walking/navField.ts';
import type { NavScene } from '../../../src/rules/walking/navScene.ts';

/** Every node's distance by a Dijkstra that tests every tangent hop from each settled point (seeds, then nodes). */
function bruteForce(scene: NavScene, seeds: readonly FieldSeed[]): Float64Array {
  const n = scene.nodeCount;
  const { nodeX: nx, nodeY: ny } = scene;
  const distance = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const offer = (px: number, py: number, d: number, from: number) => {
    for (let v = 0; v < n; v++) {
      if (done[v] || !scene.isTangent(v, px, py) || (from >= 0 && !scene.isTangent(from, nx[v]!, ny[v]!))) continue;
      const k = d + vectorLength(nx[v]! - px, ny[v]! - py);
      if (k < distance[v]! && scene.visible(nx[v]!, ny[v]!, px, py)) distance[v] = k;
    }
  };
  for (const seed of seeds) offer(seed.x, seed.y, seed.cost, -1);
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++) if (!done[v] && distance[v]! < Infinity && (u < 0 || distance[v]! < distance[u]!)) u = v;
    if (u < 0) return distance;
    done[u] = 1;
    offer(nx[u]!, ny[u]!, distance[u]!, u);
  }
}

describe('DistanceField', () => {
  const plan = generateDenseFloor(600, 9);
  const floor = plan.site.buildings[0]!.floors[0]!;
  const nav = buildFloorNavigation(floor);
  const targetSets: [string, NavTarget[]][] = [
    ['exits', floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }))],
    ['extinguishers', floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 }))],
    ['one exit', floor.exits.slice(0, 1).map((e) => ({ id: e.id, at: e.at, width: e.width }))],
  ];

  for (const [name, targets] of targetSets) {
    it(`settles every node at a plain Dijkstra's distance, candidates in order: ${name}`, () => {
      nav.field(targets);
      const built = [...nav.fields.values()].find((entry) => entry.targets === targets)!.distanceField();
      // a field from nothing on a scene of its own: no node-to-node sight remembered from other fields
      const field = new DistanceField(buildFloorNavigation(floor).scene, built.seeds);
      const expected = bruteForce(nav.scene, built.seeds);
      expect(field.distance.filter((d) => d < Infinity).length).toBeGreaterThan(nav.scene.nodeCount * 0.5);
      for (let v = 0; v < expected.length; v++) expect(Object.is(field.distance[v], expected[v]), `node ${v}`).toBe(true);
      for (let v = 0; v < expected.length; v++) expect(Object.is(built.distance[v], expected[v]), `node ${v}`).toBe(true);

      // candidates: a stable sort of seeds (by index) then reachable nodes (by index), by distance
      const listed: number[] = [];
      built.seeds.forEach((_, i) => listed.push(-i - 1));
      for (let v = 0; v < expected.length; v++) if (expected[v]! < Infinity) listed.push(v);
      const key = (id: number) => (id < 0 ? built.seeds[-id - 1]!.cost : expected[id]!);
      const sorted = [...listed].sort((a, b) => key(a) - key(b));
      const cand = (field as unknown as { cand: { node: Int32Array; seed: Int32Array } }).cand;
      expect(Array.from(cand.node, (node, i) => (node < 0 ? -cand.seed[i]! - 1 : node))).toEqual(sorted);
    });
  }

  it('lists seeds of equal cost, and seeds level with nodes, in listing order', () => {
    const { scene } = nav;
    // seeds at nodes' own places: each node's distance is its seed's cost, many costs equal
    const seeds: FieldSeed[] = [];
    for (let v = 0; v < scene.nodeCount; v += 7) seeds.push({ x: scene.nodeX[v]!, y: scene.nodeY[v]!, cost: (v % 3) * 0.5, target: 0 });
    const field = new DistanceField(buildFloorNavigation(floor).scene, seeds);
    const expected = bruteForce(scene, seeds);
    for (let v = 0; v < expected.length; v++) expect(Object.is(field.distance[v], expected[v]), `node ${v}`).toBe(true);
    const listed: number[] = [];
    seeds.forEach((_, i) => listed.push(-i - 1));
    for (let v = 0; v < expected.length; v++) if (expected[v]! < Infinity) listed.push(v);
    const key = (id: number) => (id < 0 ? seeds[-id - 1]!.cost : expected[id]!);
    const sorted = [...listed].sort((a, b) => key(a) - key(b));
    const cand = (field as unknown as { cand: { node: Int32Array; seed: Int32Array } }).cand;
    expect(Array.from(cand.node, (node, i) => (node < 0 ? -cand.seed[i]! - 1 : node))).toEqual(sorted);
  });
});

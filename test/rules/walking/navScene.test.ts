// A scene built from an earlier one after desks changed (the re-check's path: kept obstacles,
// desks drawn from the same values, the edge grid renumbered) must be the scene a build from
// nothing gives: the same nodes in the same order, the same edges, grid cells and answers.
import { describe, expect, it, vi } from 'vitest';
import { orient2d } from 'robust-predicates';
import type { Floor, Point, Workstation } from '../../../src/floorplan/types.ts';
import { deskFootprint } from '../../../src/floorplan/geometry/elements.ts';
import { deskDelta } from '../../../src/rules/walking/floorDelta.ts';
import { NavScene } from '../../../src/rules/walking/navScene.ts';

function floor(workstations: Workstation[]): Floor {
  return {
    id: 'f', name: 'f', level: 1, elevation: 0, height: 4, clearHeight: 3,
    outline: [[0, 0], [30, 0], [30, 20], [0, 20]],
    walls: [{ id: 'w', a: [15, 0], b: [15, 12], thickness: 0.2 } as Floor['walls'][number]],
    doors: [{ id: 'd', at: [15, 6], width: 1, wall: 'w' } as Floor['doors'][number]],
    windows: [], exits: [], cores: [{ id: 'c', polygon: [[20, 14], [24, 14], [24, 17], [20, 17]] } as Floor['cores'][number]],
    columns: [], zones: [], workstations,
    luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [], smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [],
  };
}

function desk(id: string, at: Point, rotation = 0): Workstation {
  return { id, at, rotation, size: [1.4, 0.7], role: 'agent' };
}

/** Benches of touching desks, back to back, facing both ways (0° and 180°: not exactly axis-aligned). */
function benches(): Workstation[] {
  const desks: Workstation[] = [];
  for (let row = 0; row < 4; row++) {
    for (let k = 0; k < 8; k++) {
      const x = 1.5 + k * 1.4;
      const y = 2 + row * 4;
      desks.push(desk(`a${row}-${k}`, [x, y], 0), desk(`b${row}-${k}`, [x, y + 0.7], 180));
    }
  }
  return desks;
}

/** The scene's numbers and answers that walks depend on. */
function fingerprint(scene: NavScene): unknown {
  const s = scene as unknown as Record<string, ArrayLike<number>> & { edgeGrid: { start: Int32Array; items: Int32Array } };
  const arrays = ['nodeX', 'nodeY', 'nodePrevX', 'nodePrevY', 'nodeNextX', 'nodeNextY', 'ex0', 'ey0', 'ex1', 'ey1', 'edgeOwner'].map((k) => Array.from(s[k]!));
  const answers: unknown[] = [];
  for (let x = 0.25; x < 30; x += 0.7) {
    for (let y = 0.3; y < 20; y += 0.55) answers.push(scene.isFree(x, y), scene.isStrictlyFree(x, y), scene.isFreeAround(x, y, 0.3), scene.visible(x, y, 29 - x, 19 - y));
  }
  return { arrays, cells: [Array.from(s.edgeGrid.start), Array.from(s.edgeGrid.items)], answers };
}

/** The obstacles before the desks: the wall's two pieces (its door cut out) and the core. */
const FIXED = 3;

describe('NavScene built from an earlier scene after desks changed', () => {
  const edits: [string, (desks: Workstation[]) => Workstation[]][] = [
    ['a desk moved along its bench', (d) => d.map((w) => (w.id === 'a1-3' ? { ...w, at: [w.at[0] + 0.3, w.at[1]] } : w))],
    ['a desk moved into the gap of another bench', (d) => d.map((w) => (w.id === 'b0-7' ? { ...w, at: [25, 5] } : w))],
    ['a desk removed (the later ones shift in the list)', (d) => d.filter((w) => w.id !== 'a2-0')],
    ['a desk added at the end', (d) => [...d, desk('new', [27, 3], 90)]],
    ['two desks turned', (d) => d.map((w) => (w.id === 'a3-4' || w.id === 'b3-4' ? { ...w, rotation: w.rotation + 90 } : w))],
    ['a desk added in front (every desk shifts in the list)', (d) => [desk('z', [26, 10]), ...d]],
  ];
  for (const [label, edit] of edits) {
    it(label, () => {
      const before = floor(benches());
      const after = floor(edit(before.workstations));
      const delta = deskDelta(before, after)!;
      expect(delta.changed).toBeGreaterThan(0);
      const earlier = new NavScene(before);
      const updated = new NavScene(after, {}, { previous: earlier, boxes: [...delta.removed, ...delta.added] });
      const fresh = new NavScene(after);
      expect(fresh.nodeCount).toBeGreaterThan(20);
      expect(fingerprint(updated)).toEqual(fingerprint(fresh));
      // and the earlier scene's nodes are matched where they did not change
      const map = updated.nodesFrom(earlier);
      let matched = 0;
      for (let u = 0; u < map.length; u++) {
        if (map[u]! < 0) continue;
        matched++;
        expect([updated.nodeX[map[u]!], updated.nodeY[map[u]!]]).toEqual([earlier.nodeX[u], earlier.nodeY[u]]);
      }
      expect(matched).toBeGreaterThan(earlier.nodeCount / 2);
    });
  }

  it('a chain of updates stays equal to a build from nothing', () => {
    let f = floor(benches());
    let scene = new NavScene(f);
    for (let k = 0; k < 6; k++) {
      const next = floor(f.workstations.map((w, i) => (i === (k * 13) % f.workstations.length ? { ...w, at: [w.at[0], w.at[1] + (k % 2 ? -0.2 : 0.2)] } : w)));
      const delta = deskDelta(f, next)!;
      scene = new NavScene(next, {}, { previous: scene, boxes: [...delta.removed, ...delta.added] });
      expect(fingerprint(scene)).toEqual(fingerprint(new NavScene(next)));
      f = next;
    }
  });

  it('copies the kept obstacles\' nodes and edges from the earlier scene, repeated corners included', () => {
    // a desk drawn twice at one place: its corners repeat (the nodes keep the first of each);
    // an update elsewhere copies the kept nodes as they were, repeats left out
    const sift = vi.spyOn(NavScene.prototype as unknown as { findNodes(): unknown }, 'findNodes');
    try {
      const twin = desk('twin', [26, 4], 30);
      const steps: [string, (d: Workstation[]) => Workstation[]][] = [
        ['a desk moved', (d) => d.map((w) => (w.id === 'a1-3' ? { ...w, at: [w.at[0] + 0.3, w.at[1]] } : w))],
        ['a desk added on another', (d) => [...d, { ...twin, id: 'twin2' }]],
        ['a desk moved, the twins still there', (d) => d.map((w) => (w.id === 'a2-2' ? { ...w, at: [w.at[0], w.at[1] + 0.2] } : w))],
        ['the twin moved off', (d) => d.map((w) => (w.id === 'twin2' ? { ...w, at: [27.5, 6] } : w))],
        ['a desk turned', (d) => d.map((w) => (w.id === 'b3-1' ? { ...w, rotation: 90 } : w))],
        ['the twin moved back on', (d) => d.map((w) => (w.id === 'twin2' ? { ...w, at: twin.at } : w))],
        ['the first twin removed (the later desks shift in the list)', (d) => d.filter((w) => w.id !== 'twin')],
        ['a desk removed', (d) => d.filter((w) => w.id !== 'a0-0')],
        ['a desk added in front (every desk shifts in the list)', (d) => [desk('z', [26, 10]), ...d]],
      ];
      let f = floor([...benches(), twin]);
      let scene = new NavScene(f);
      for (const [label, edit] of steps) {
        const next = floor(edit(f.workstations));
        const delta = deskDelta(f, next)!;
        sift.mockClear();
        scene = new NavScene(next, {}, { previous: scene, boxes: [...delta.removed, ...delta.added] });
        // the kept obstacles came in the earlier order: nothing sifted afresh
        expect(sift.mock.calls.length, label).toBe(0);
        expect(fingerprint(scene), label).toEqual(fingerprint(new NavScene(next)));
        f = next;
      }
      // built twice from the same earlier scene: the second finds its counts taken and sifts afresh
      const next = floor(f.workstations.map((w) => (w.id === 'a3-3' ? { ...w, at: [w.at[0] + 0.1, w.at[1]] } : w)));
      const delta = deskDelta(f, next)!;
      const reuse = { previous: scene, boxes: [...delta.removed, ...delta.added] };
      sift.mockClear();
      const first = new NavScene(next, {}, reuse);
      const second = new NavScene(next, {}, reuse);
      expect(sift.mock.calls.length).toBe(1);
      expect(fingerprint(first)).toEqual(fingerprint(new NavScene(next)));
      expect(fingerprint(second)).toEqual(fingerprint(new NavScene(next)));
    } finally {
      sift.mockRestore();
    }
  });

  it('workstations without a desk (no area) among the desks: an update equals a build from nothing', () => {
    // the scene's obstacles are the desks with an area, in workstation order: the others are left
    // out wherever they stand in the list, and one that gains or loses its area comes or goes
    const flat = (id: string, at: Point): Workstation => ({ id, at, rotation: 0, size: [0, 0.7], role: 'agent' });
    const steps: [string, (d: Workstation[]) => Workstation[]][] = [
      ['a desk moved', (d) => d.map((w) => (w.id === 'a1-3' ? { ...w, at: [w.at[0] + 0.3, w.at[1]] } : w))],
      ['a flat one gains its area', (d) => d.map((w) => (w.id === 'flat1' ? { ...w, size: [1.4, 0.7] } : w))],
      ['a desk loses its area', (d) => d.map((w) => (w.id === 'b2-5' ? { ...w, size: [1.4, 0] } : w))],
      ['a desk moved after them', (d) => d.map((w) => (w.id === 'b3-6' ? { ...w, at: [w.at[0], w.at[1] + 0.1] } : w))],
      ['a flat one added last', (d) => [...d, flat('flat3', [28, 2])]],
      ['the last desk moved', (d) => d.map((w) => (w.id === 'b3-7' ? { ...w, at: [w.at[0] + 0.2, w.at[1]] } : w))],
    ];
    const desks = benches();
    desks.splice(10, 0, flat('flat1', [26, 8]));
    desks.splice(40, 0, flat('flat2', [27, 12]));
    let f = floor([flat('flat0', [25, 3]), ...desks]);
    let scene = new NavScene(f);
    for (const [label, edit] of steps) {
      const next = floor(edit(f.workstations));
      const delta = deskDelta(f, next)!;
      scene = new NavScene(next, {}, { previous: scene, boxes: [...delta.removed, ...delta.added] });
      const fresh = new NavScene(next);
      expect(fingerprint(scene), label).toEqual(fingerprint(fresh));
      expect((scene as unknown as { parts: unknown[] }).parts.length, label).toBe(next.workstations.filter((w) => w.size[0] > 0 && w.size[1] > 0).length + FIXED);
      f = next;
    }
  });

  it('a desk whose values changed but not its box is drawn again (its earlier values compared, -0 apart from 0)', () => {
    const before = floor(benches());
    // turned by 180°: the same box, another drawing; then back to 0 as -0
    for (const rotation of [180, -0]) {
      const after = floor(before.workstations.map((w) => (w.id === 'a1-3' ? { ...w, rotation } : w)));
      const earlier = new NavScene(before);
      const updated = new NavScene(after, {}, { previous: earlier, boxes: [] });
      expect(fingerprint(updated), String(rotation)).toEqual(fingerprint(new NavScene(after)));
      const parts = (s: NavScene) => (s as unknown as { parts: unknown[] }).parts;
      const at = before.workstations.findIndex((w) => w.id === 'a1-3') + FIXED;
      expect(parts(updated)[at]).not.toBe(parts(earlier)[at]);
      expect(parts(updated)[at + 1]).toBe(parts(earlier)[at + 1]);
    }
  });

  it('repeats a corner at the position of another (a desk drawn twice) once among the nodes', () => {
    const twin = desk('twin', [26, 4], 30);
    const one = new NavScene(floor([...benches(), twin]));
    const two = new NavScene(floor([...benches(), twin, { ...twin, id: 'twin2' }]));
    expect(two.nodeCount).toBe(one.nodeCount);
  });
});

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Numbers as their bits: -0 and 0 differ, as do any two numbers that are not the same. */
function bits(values: ArrayLike<number>): string[] {
  return Array.from(new Float64Array(Float64Array.from(values).buffer, 0), (v) => new BigUint64Array(Float64Array.of(v).buffer)[0]!.toString(16));
}

describe('NavScene geometry', () => {
  it('draws a desk exactly as its footprint polygon (the same scene as the footprints given as columns)', () => {
    const r = random(7);
    const rotations = [0, 90, 180, 270, -90, 45, 33.3, -12.7, 1e-7, 359.9999, 720.5];
    const desks: Workstation[] = [...benches()];
    for (let k = 0; k < 40; k++) {
      desks.push({ id: `r${k}`, at: [17 + r() * 12, 1 + r() * 18], rotation: rotations[k % rotations.length]! + (k > 20 ? r() * 360 : 0), size: [0.6 + r(), 0.5 + r() * 0.5], role: 'agent' });
    }
    const asDesks = new NavScene(floor(desks));
    const asColumns = new NavScene({ ...floor([]), columns: desks.map((ws) => ({ id: ws.id, polygon: deskFootprint(ws) }) as Floor['columns'][number]) });
    const s = (scene: NavScene) => scene as unknown as Record<string, ArrayLike<number>>;
    for (const key of ['nodeX', 'nodeY', 'nodePrevX', 'nodePrevY', 'nodeNextX', 'nodeNextY', 'ex0', 'ey0', 'ex1', 'ey1']) {
      expect(bits(s(asDesks)[key]!), key).toEqual(bits(s(asColumns)[key]!));
    }
    expect(asDesks.nodeCount).toBeGreaterThan(100);
  });

  it('answers visible() as an exact test of the segment against every edge', () => {
    // segments between free points, many of them along the benches' edges, through their corners
    // and touching them end-on: the cases the edge grid's box test and the fast orientation path
    // must leave as they are
    const scene = new NavScene(floor(benches()));
    const s = scene as unknown as Record<string, Float64Array>;
    const { ex0, ey0, ex1, ey1 } = s as { ex0: Float64Array; ey0: Float64Array; ex1: Float64Array; ey1: Float64Array };
    const touches = (ax: number, ay: number, bx: number, by: number, e: number): boolean => {
      const [cx, cy, dx, dy] = [ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!];
      const d1 = orient2d(cx, cy, dx, dy, ax, ay);
      const d2 = orient2d(cx, cy, dx, dy, bx, by);
      const d3 = orient2d(ax, ay, bx, by, cx, cy);
      const d4 = orient2d(ax, ay, bx, by, dx, dy);
      if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0) || (d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0)) return false;
      if (d1 !== 0 || d2 !== 0) return true;
      return Math.max(Math.min(cx, dx), Math.min(ax, bx)) <= Math.min(Math.max(cx, dx), Math.max(ax, bx)) && Math.max(Math.min(cy, dy), Math.min(ay, by)) <= Math.min(Math.max(cy, dy), Math.max(ay, by));
    };
    const points: Point[] = [];
    for (let e = 0; e < ex0.length; e += 3) {
      // an edge's end, its midpoint, and its midpoint a little off it on the free side (the left)
      const [mx, my] = [(ex0[e]! + ex1[e]!) / 2, (ey0[e]! + ey1[e]!) / 2];
      const len = Math.hypot(ex1[e]! - ex0[e]!, ey1[e]! - ey0[e]!);
      points.push([mx - ((ey1[e]! - ey0[e]!) / len) * 1e-6, my + ((ex1[e]! - ex0[e]!) / len) * 1e-6]);
      if (e % 9 === 0) points.push([ex0[e]!, ey0[e]!], [mx, my]);
    }
    for (let v = 0; v < scene.nodeCount; v++) points.push([scene.nodeX[v]!, scene.nodeY[v]!]);
    const r = random(11);
    let blocked = 0;
    for (let q = 0; q < 6000; q++) {
      const a = points[Math.floor(r() * points.length)]!;
      const kind = q % 4;
      // along an axis from a (as far as another point's coordinate), or to another point
      const other = points[Math.floor(r() * points.length)]!;
      const b: Point = kind === 0 ? [a[0], other[1]] : kind === 1 ? [other[0], a[1]] : other;
      let expected = true;
      for (let e = 0; e < ex0.length && expected; e++) if (touches(a[0], a[1], b[0], b[1], e)) expected = false;
      if (!expected) blocked++;
      expect(scene.visible(a[0], a[1], b[0], b[1]), `${a} to ${b}`).toBe(expected);
    }
    expect(blocked).toBeGreaterThan(1000);
    expect(blocked).toBeLessThan(5000);
  });

  it('remembers node-to-node sight: nodesVisible answers as visible() does, asked either way, any number of times', () => {
    const scene = new NavScene(floor(benches()));
    const n = scene.nodeCount;
    const sight = (u: number, v: number) => scene.visible(scene.nodeX[u]!, scene.nodeY[u]!, scene.nodeX[v]!, scene.nodeY[v]!);
    const r = random(13);
    let seen = 0;
    for (let q = 0; q < 20000; q++) {
      const u = Math.floor(r() * n);
      const v = q % 5 === 0 ? u : Math.floor(r() * n);
      const expected = sight(u, v);
      if (expected) seen++;
      expect(scene.nodesVisible(u, v), `${u} ${v}`).toBe(expected);
      expect(scene.nodesVisible(v, u), `${v} ${u}`).toBe(expected);
    }
    expect(seen).toBeGreaterThan(2000);
    expect(seen).toBeLessThan(18000);
  });
});

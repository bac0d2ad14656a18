// A scene built from an earlier one after desks changed (the re-check's path: kept obstacles,
// desks drawn from the same values, the edge grid renumbered) must be the scene a build from
// nothing gives: the same nodes in the same order, the same edges, grid cells and answers.
import { describe, expect, it } from 'vitest';
import type { Floor, Point, Workstation } from '../../../src/floorplan/types.ts';
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
});

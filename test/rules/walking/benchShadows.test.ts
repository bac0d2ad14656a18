// A blocked sight line's shadow may be cast by the whole bench of the desk that blocked it (the
// box the bench's grown desks cover). Whatever the shadow hides must be what visible() rejects:
// checked against brute force on benches of touching desks, facing both ways (0° and 180°: not
// exactly axis-aligned), next to a ragged bench, a turned one and a wall.
import { describe, expect, it } from 'vitest';
import type { Point, Workstation } from '../../../src/floorplan/types.ts';
import { NavScene } from '../../../src/rules/walking/navScene.ts';
import { Shadows } from '../../../src/rules/walking/shadows.ts';
import { testFloor } from './testFloor.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function desk(id: string, at: Point, rotation = 0, size: [number, number] = [1.2, 0.7]): Workstation {
  return { id, at, rotation, size, role: 'agent' };
}

function scene(): NavScene {
  const desks: Workstation[] = [];
  // two benches of 2 × 8 touching desks along a 60 m strip
  for (const [x0, y] of [[3, 3.35], [14, 6.35]] as const) {
    for (let k = 0; k < 8; k++) desks.push(desk(`a${x0}-${k}`, [x0 + 1.2 * k, y], 0), desk(`b${x0}-${k}`, [x0 + 1.2 * k, y + 0.7], 180));
  }
  // a ragged bench (an L: its box is not covered), a turned one and a desk alone
  for (let k = 0; k < 5; k++) desks.push(desk(`l${k}`, [30 + 1.2 * k, 3.35]));
  desks.push(desk('l5', [30, 4.05], 180));
  for (let k = 0; k < 4; k++) desks.push(desk(`t${k}`, [42 + 1.2 * k * Math.cos(Math.PI / 6), 5 + 1.2 * k * Math.sin(Math.PI / 6)], 30));
  desks.push(desk('solo', [52, 3]));
  return new NavScene(testFloor({
    outline: [[0, 0], [60, 0], [60, 10], [0, 10]],
    walls: [{ id: 'w', a: [25, 0], b: [25, 4], thickness: 0.2 } as never],
    workstations: desks,
  }));
}

describe('bench shadows', () => {
  it('hide nothing that visible() lets through, and a bench hides the row behind it', () => {
    const nav = scene();
    const r = random(11);
    const free = (): [number, number] => {
      for (;;) {
        const x = r() * 60;
        const y = r() * 10;
        if (nav.isStrictlyFree(x, y)) return [x, y];
      }
    };
    const targets: [number, number][] = [];
    for (let q = 0; q < 400; q++) targets.push(free());
    let hidden = 0;
    for (let trial = 0; trial < 400; trial++) {
      const [px, py] = free();
      const shadows = new Shadows();
      shadows.reset(px, py);
      for (let t = 0; t < 60; t++) {
        const [x, y] = free();
        if (!nav.visible(px, py, x, y)) nav.shadowOfLastBlocker(shadows);
      }
      for (const [x, y] of targets) {
        if (!shadows.hides(x, y)) continue;
        hidden++;
        expect(nav.visible(px, py, x, y), `(${x}, ${y}) hidden from (${px}, ${py}) yet visible`).toBe(false);
      }
    }
    expect(hidden).toBeGreaterThan(1000);

    // from the aisle, low along the first bench (its near side at y = 3): a test blocked by one
    // desk hides a point past the bench's far end that the desk alone leaves in view of the shadows
    const shadows = new Shadows();
    shadows.reset(2, 2.9);
    expect(nav.visible(2, 2.9, 12.5, 3.15)).toBe(false);
    nav.shadowOfLastBlocker(shadows);
    expect(shadows.hides(12.5, 3.08)).toBe(true);
    expect(nav.visible(2, 2.9, 12.5, 3.08)).toBe(false);
  });
});

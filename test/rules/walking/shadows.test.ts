// A point the shadows call hidden must be hidden: the segment from the viewpoint to it meets the
// edge (or chord) that cast the shadow. Checked by hand on one wedge and against brute force on random ones.
import { describe, expect, it } from 'vitest';
import { Shadows } from '../../../src/rules/walking/shadows.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

describe('Shadows', () => {
  it('hides what lies strictly behind an edge and inside its wedge, nothing else', () => {
    const s = new Shadows();
    s.reset(0, 0);
    s.add(2, -1, 2, 1); // a wall 2 m ahead, 2 m wide
    expect(s.hides(3, 0)).toBe(true);
    expect(s.hides(10, 4.9)).toBe(true); // inside the wedge (|y| < x / 2)
    expect(s.hides(10, 5.1)).toBe(false); // outside it
    expect(s.hides(1.9, 0)).toBe(false); // in front of the wall
    expect(s.hides(4, 2)).toBe(false); // on the wedge's edge: grazes the wall's end, left to the exact test
    expect(s.hides(-3, 0)).toBe(false); // behind the viewpoint
    s.reset(2.5, 0); // a new viewpoint forgets the wedges
    expect(s.hides(3, 0)).toBe(false);
  });

  it('ignores an edge seen edge-on', () => {
    const s = new Shadows();
    s.reset(0, 0);
    s.add(1, 0, 3, 0);
    expect(s.hides(5, 0)).toBe(false);
    expect(s.hides(5, 1e-3)).toBe(false);
  });

  it('never hides a point whose segment from the viewpoint misses every edge added', () => {
    const r = random(7);
    for (let trial = 0; trial < 300; trial++) {
      const s = new Shadows();
      const px = r() * 20;
      const py = r() * 20;
      s.reset(px, py);
      const edges: number[][] = [];
      for (let k = 0; k < 6; k++) {
        const e = [r() * 20, r() * 20, r() * 20, r() * 20];
        edges.push(e);
        s.add(e[0]!, e[1]!, e[2]!, e[3]!);
      }
      for (let q = 0; q < 200; q++) {
        const x = r() * 40 - 10;
        const y = r() * 40 - 10;
        if (!s.hides(x, y)) continue;
        const blocked = edges.some(([cx, cy, dx, dy]) => cross(cx!, cy!, dx!, dy!, px, py) * cross(cx!, cy!, dx!, dy!, x, y) < 0 && cross(px, py, x, y, cx!, cy!) * cross(px, py, x, y, dx!, dy!) < 0);
        expect(blocked, `trial ${trial}: (${x}, ${y}) hidden from (${px}, ${py}) yet clear`).toBe(true);
      }
    }
  });
});

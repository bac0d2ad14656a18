// The zone index's lattice of cells gives the index's own answer at every point: inside, outside,
// on edges and corners, in overlapping zones (the smallest wins), on slanted and concave zones.
import { describe, expect, it } from 'vitest';
import type { Point, Zone } from '../../../src/floorplan/types.ts';
import { buildZoneIndex } from '../../../src/rules/analysis/zoneIndex.ts';
import { seededRandom } from '../../../src/floorplan/generate/random.ts';
import { makeRoom } from '../fixtures.ts';

/** The generator's seeded mulberry32. */
function random(seed: number): () => number {
  return seededRandom(seed).next;
}

const zone = (id: string, polygon: Point[]): Zone => ({ ...makeRoom(id, 'work', 0, 0, 1, 1), polygon });

const ZONES: Zone[] = [
  makeRoom('big', 'work', 0, 0, 40, 20),
  makeRoom('inner', 'meeting', 10, 5, 14, 9), // overlaps big: the smaller wins
  makeRoom('same-a', 'rest', 30, 2, 33, 5),
  makeRoom('east', 'corridor', 40, 0, 46, 20), // shares big's east edge
  zone('slant', [[50, 0], [60, 4], [56, 14], [47, 9]]),
  zone('ell', [[0, 25], [12, 25], [12, 28], [4, 28], [4, 36], [0, 36]]),
  zone('sliver', [[20, 25], [20.3, 25], [20.3, 40], [20, 40]]),
];

describe('zoneAt with the lattice', () => {
  it('answers as the index alone at random points, vertices, edges and cell borders', () => {
    const fast = buildZoneIndex(ZONES);
    const slow = buildZoneIndex(ZONES, { cells: false });
    const next = random(7);
    const points: Point[] = [];
    for (let i = 0; i < 20000; i++) points.push([-2 + next() * 66, -2 + next() * 44]);
    for (const z of ZONES) {
      const ring = z.polygon;
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[(i + 1) % ring.length]!;
        points.push(a);
        for (const t of [0.25, 0.5, 0.75]) points.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
        // just off the edge, both sides, within and beyond pointInPolygon's tolerance
        for (const off of [1e-10, 1e-8, 1e-7]) points.push([(a[0] + b[0]) / 2 + off, (a[1] + b[1]) / 2 + off], [(a[0] + b[0]) / 2 - off, (a[1] + b[1]) / 2 - off]);
      }
    }
    for (let x = -1; x <= 62; x += 0.5) for (let y = -1; y <= 41; y += 0.5) points.push([x, y]);
    let inner = 0;
    for (const p of points) {
      const a = fast.zoneAt(p);
      expect(a?.id, `at ${p[0]}, ${p[1]}`).toBe(slow.zoneAt(p)?.id);
      if (a?.id === 'inner') inner++;
    }
    expect(inner).toBeGreaterThan(100);
    expect(fast.zoneAt([12, 7])?.id).toBe('inner');
    expect(fast.zoneAt([2, 2])?.id).toBe('big');
    expect(fast.zoneAt([2, 30])?.id).toBe('ell');
    expect(fast.zoneAt([8, 32])).toBeUndefined();
    expect(fast.zoneAt([20.15, 30])?.id).toBe('sliver');
    expect(fast.zoneAt([100, 100])).toBeUndefined();
    expect(fast.zoneAt([Number.NaN, 3])).toBeUndefined();
  });

  it('handles one zone, a zone of no area, and no zones', () => {
    const one = buildZoneIndex([makeRoom('r', 'work', 0, 0, 5, 3)]);
    expect(one.zoneAt([2.5, 1.5])?.id).toBe('r');
    expect(one.zoneAt([5, 3])?.id).toBe('r');
    expect(one.zoneAt([5.1, 3])).toBeUndefined();
    const flat = buildZoneIndex([zone('line', [[0, 0], [4, 0], [8, 0]])]);
    expect(flat.zoneAt([2, 0])?.id).toBe(buildZoneIndex([zone('line', [[0, 0], [4, 0], [8, 0]])], { cells: false }).zoneAt([2, 0])?.id);
    expect(buildZoneIndex([]).zoneAt([0, 0])).toBeUndefined();
  });

  it('answers as the index alone over many random zones: overlapping, slanted, concave, tiny', () => {
    const next = random(11);
    const zones: Zone[] = [];
    for (let k = 0; k < 60; k++) {
      const cx = next() * 80;
      const cy = next() * 50;
      const r = k % 10 === 0 ? 1e-3 : 1 + next() * 12;
      // a star of 3 to 9 points: convex or not, edges at every slant
      const n = 3 + Math.floor(next() * 7);
      const ring: Point[] = [];
      for (let i = 0; i < n; i++) {
        const a = (2 * Math.PI * i) / n;
        const rr = r * (0.4 + 0.6 * next());
        ring.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
      }
      zones.push(k % 3 === 0 ? makeRoom(`r${k}`, 'work', cx - r, cy - r / 2, cx + r, cy + r / 2) : zone(`z${k}`, ring));
    }
    const fast = buildZoneIndex(zones);
    const slow = buildZoneIndex(zones, { cells: false });
    let zoned = 0;
    for (let i = 0; i < 40000; i++) {
      const p: Point = [-15 + next() * 110, -15 + next() * 80];
      const a = fast.zoneAt(p);
      expect(a?.id, `at ${p[0]}, ${p[1]}`).toBe(slow.zoneAt(p)?.id);
      if (a) zoned++;
    }
    for (const z of zones) {
      for (const p of z.polygon) expect(fast.zoneAt(p)?.id).toBe(slow.zoneAt(p)?.id);
    }
    expect(zoned).toBeGreaterThan(10000);
  });
});

// The device coverage pieces give what the point-by-point versions they replaced gave: the zone
// samples (row runs instead of a test per point), the farthest sample (against every device), the
// close pairs (in the order the map of cells found them) and the nearest barrier.
import { describe, expect, it } from 'vitest';
import { distanceToSegment, pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import type { Point, Polygon, Zone } from '../../../src/floorplan/types.ts';
import { closePairs, coverageSamples, DeviceBuckets, edgeSamples, nearestBarrier, wallSamples, zoneSamples, type Barrier, type Placed } from '../../../src/rules/analysis/deviceCoverage.ts';
import { ON_BOUNDARY } from '../../../src/rules/analysis/rooms.ts';
import { seededRandom } from '../../../src/floorplan/generate/random.ts';
import { rect } from '../fixtures.ts';

const random = (seed: number): (() => number) => seededRandom(seed).next;
const zone = (polygon: Polygon): Zone => ({ id: 'z', name: 'z', use: 'work', polygon });

/** The former sampler: every centre of the box's cells tested against the row's spans. */
function samplesPointByPoint(z: Zone, step: number, solids: readonly Polygon[]): Point[] {
  const spansAt = (polygon: readonly Point[], y: number): number[] => {
    const xs: number[] = [];
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const a = polygon[i]!;
      const b = polygon[j]!;
      if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
    return xs.sort((p, q) => p - q);
  };
  const inSpans = (spans: number[], x: number): boolean => {
    for (let k = 0; k + 1 < spans.length; k += 2) if (x >= spans[k]! && x <= spans[k + 1]!) return true;
    return false;
  };
  const xs = z.polygon.map((p) => p[0]);
  const ys = z.polygon.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const nx = Math.max(1, Math.ceil((maxX - minX) / step - 1e-9));
  const ny = Math.max(1, Math.ceil((maxY - minY) / step - 1e-9));
  const x0 = (minX + maxX) / 2 - ((nx - 1) * step) / 2;
  const y0 = (minY + maxY) / 2 - ((ny - 1) * step) / 2;
  const out: Point[] = [];
  for (let j = 0; j < ny; j++) {
    const y = y0 + j * step;
    const spans = spansAt(z.polygon, y);
    const holes = solids.map((s) => spansAt(s, y));
    for (let i = 0; i < nx; i++) {
      const x = x0 + i * step;
      if (inSpans(spans, x) && !holes.some((h) => inSpans(h, x))) out.push([x, y]);
    }
  }
  return out;
}

/** The former close pairs: a map of cells, each device against those met before it. */
function closePairsByCells(devices: readonly Placed[], limit: number): string[] {
  const cells = new Map<string, Placed[]>();
  const out: string[] = [];
  for (const d of devices) {
    const i = Math.floor(d.at[0] / limit);
    const j = Math.floor(d.at[1] / limit);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const o of cells.get(`${i + di},${j + dj}`) ?? []) {
          const distance = Math.hypot(o.at[0] - d.at[0], o.at[1] - d.at[1]);
          if (distance < limit - 1e-9 * limit) out.push(`${o.id}-${d.id}:${distance}`);
        }
      }
    }
    const list = cells.get(`${i},${j}`) ?? [];
    list.push(d);
    cells.set(`${i},${j}`, list);
  }
  return out;
}

/** The sample farthest from every device, by scanning them all (the first of equals). */
function farthestByScan(points: readonly Point[], devices: readonly Placed[]): { worst: number; at: Point | undefined } {
  let worst = -1;
  let at: Point | undefined;
  for (const p of points) {
    const d = Math.min(...devices.map((v) => Math.sqrt((v.at[0] - p[0]) ** 2 + (v.at[1] - p[1]) ** 2)));
    if (d > worst) {
      worst = d;
      at = p;
    }
  }
  return { worst, at };
}

describe('zone samples', () => {
  it('are the points the point-by-point test keeps: edges on the lattice, slanted and concave zones, cores', () => {
    const step = 0.5;
    const cases: { z: Zone; solids: Polygon[] }[] = [
      // edges exactly on sample columns and rows (the bounds of a span count)
      { z: zone(rect(0, 0, 10, 6)), solids: [rect(2, 2, 4, 4)] },
      { z: zone([[0, 0], [12, 0], [12, 3], [5, 3], [5, 9], [0, 9]]), solids: [rect(1, 1, 2.5, 2.5), rect(4.75, 2.75, 6.25, 4.25)] },
      { z: zone([[1, 0.3], [9.7, 2.1], [7.2, 8.9], [3.3, 6.1], [0.2, 7.7]]), solids: [[[4, 3], [6, 3.5], [5, 5]]] },
      { z: zone(rect(0, 0, 0.2, 0.2)), solids: [] },
    ];
    const next = random(5);
    for (let k = 0; k < 30; k++) {
      const ring: Point[] = [];
      const n = 3 + Math.floor(next() * 8);
      for (let i = 0; i < n; i++) {
        const a = (2 * Math.PI * i) / n;
        const r = 2 + next() * 8;
        // corners snapped to the half metre now and then: spans that end on sample points
        const snap = (v: number) => (k % 2 === 0 ? Math.round(v * 2) / 2 : v);
        ring.push([snap(10 + r * Math.cos(a)), snap(10 + r * Math.sin(a))]);
      }
      cases.push({ z: zone(ring), solids: [rect(8, 8, 9 + next() * 3, 9 + next() * 3)] });
    }
    // cores across the edges: the edge samples in them are left out
    cases.push({ z: zone(rect(0, 0, 10, 6)), solids: [rect(-1, -1, 2, 2), rect(9, 2, 11, 3), [[4, 5], [6, 5], [5, 7]]] });
    let total = 0;
    let edgeLeftOut = 0;
    for (const { z, solids } of cases) {
      const expected = samplesPointByPoint(z, step, solids);
      expect(zoneSamples(z, step, solids)).toEqual(expected);
      const edge = edgeSamples(z, step).map((e) => e.point);
      const kept = edge.filter((p) => !solids.some((s) => pointInPolygon(p, s, 0)));
      expect(coverageSamples(z, step, solids)).toEqual([...expected, ...kept]);
      total += expected.length;
      edgeLeftOut += edge.length - kept.length;
    }
    expect(edgeLeftOut).toBeGreaterThan(10);
    // the rectangle: 20 × 12 centres on its edges' lattice, less the core's 5 × 5 (bounds included)
    expect(zoneSamples(cases[0]!.z, step, cases[0]!.solids).length).toBe(20 * 12 - 16);
    expect(total).toBeGreaterThan(3000);
  });

  it('finds the farthest sample from a set of devices as a search of every device would', () => {
    const next = random(9);
    const z = zone([[0, 0], [30, 0], [30, 12], [18, 12], [18, 20], [0, 20]]);
    const solids = [rect(5, 5, 7, 7)];
    const devices: Placed[] = [];
    for (let k = 0; k < 40; k++) devices.push({ id: `d${k}`, at: [next() * 30, next() * 20] });
    const buckets = new DeviceBuckets(devices, 3.6);
    const points = coverageSamples(z, 0.5, solids);
    const { worst, at } = farthestByScan(points, devices);
    const found = buckets.farthestSample(z, 0.5, solids);
    expect(found.count).toBe(points.length);
    expect(found.distance).toBe(worst);
    expect(found.point).toEqual(at);
  });
});

describe('close pairs', () => {
  it('are the pairs and the order the map of cells gave, and every pair under the limit', () => {
    const next = random(3);
    const devices: Placed[] = [];
    for (let k = 0; k < 400; k++) devices.push({ id: `s${k}`, at: [next() * 60 - 20, next() * 40 - 10] });
    // on cell lines, exactly at the limit, and coinciding
    devices.push({ id: 'a', at: [1.8, 3.6] }, { id: 'b', at: [3.6, 3.6] }, { id: 'c', at: [3.6, 3.6] }, { id: 'off', at: [Number.NaN, 1] });
    const found = closePairs(devices, 1.8).map((p) => `${p.a.id}-${p.b.id}:${p.distance}`);
    expect(found).toEqual(closePairsByCells(devices, 1.8));
    let brute = 0;
    for (let i = 0; i < devices.length; i++) for (let j = 0; j < i; j++) if (Math.hypot(devices[i]!.at[0] - devices[j]!.at[0], devices[i]!.at[1] - devices[j]!.at[1]) < 1.8 - 1.8e-9) brute++;
    expect(found.length).toBe(brute);
    expect(found).toContain('b-c:0');
    expect(found.some((p) => p.startsWith('a-b'))).toBe(false);
    // spread over far more cells than devices: the same answer
    const far: Placed[] = [{ id: 'p', at: [0, 0] }, { id: 'q', at: [1, 0] }, { id: 'r', at: [1e6, 1e6] }];
    expect(closePairs(far, 1.8).map((p) => `${p.a.id}-${p.b.id}:${p.distance}`)).toEqual(['p-q:1']);
  });
});

describe('nearest barrier', () => {
  it('measures to the faces as distanceToSegment less half the thickness, the first of equals', () => {
    const next = random(4);
    const barriers: Barrier[] = [];
    for (let k = 0; k < 30; k++) barriers.push({ a: [next() * 20, next() * 20], b: [next() * 20, next() * 20], half: k % 3 === 0 ? 0.1 : 0, wallId: `w${k}` });
    barriers.push({ a: [5, 5], b: [5, 5], half: 0 });
    for (let k = 0; k < 200; k++) {
      const p: Point = [next() * 24 - 2, next() * 24 - 2];
      let best = Infinity;
      let which: Barrier | null = null;
      for (const s of barriers) {
        const d = Math.max(0, distanceToSegment(p, s.a, s.b) - s.half);
        if (d < best) {
          best = d;
          which = s;
        }
      }
      const got = nearestBarrier(p, barriers);
      expect(got.distance).toBe(best);
      expect(got.barrier).toBe(which);
    }
    expect(nearestBarrier([5, 8], [{ a: [5, 5], b: [5, 5], half: 0 }]).distance).toBe(3);
  });
});

describe('wall samples and device buckets without temporary lists', () => {
  it('wall samples are the edge samples within reach of a barrier, tested against every barrier', () => {
    const next = random(17);
    const z = zone([[0, 0], [30, 0], [30, 12], [18, 12], [18, 20], [0, 20]]);
    const barriers: Barrier[] = [];
    for (let k = 0; k < 25; k++) {
      const a: Point = [next() * 34 - 2, next() * 24 - 2];
      barriers.push({ a, b: [a[0] + next() * 10 - 5, a[1] + next() * 10 - 5], half: k % 3 === 0 ? 0 : next() * 0.2 });
    }
    // walls along the zone's own edges: many samples exactly on them
    barriers.push({ a: [0, 0], b: [30, 0], half: 0.1 }, { a: [18, 12], b: [18, 20], half: 0 });
    const expected = edgeSamples(z, 0.5).filter((e) => barriers.some((s) => distanceToSegment(e.point, s.a, s.b) <= s.half + ON_BOUNDARY));
    const found = wallSamples(z, 0.5, barriers);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(50);
    expect(found.length).toBeLessThan(edgeSamples(z, 0.5).length);
  });

  it('buckets answer as a scan of every device: reach tests, the farthest of a list, bounds from -0 and one device', () => {
    const next = random(23);
    const z = zone(rect(-4, -3, 26, 17));
    for (const devices of [
      Array.from({ length: 30 }, (_, k): Placed => ({ id: `d${k}`, at: [next() * 30 - 4, next() * 20 - 3] })),
      [{ id: 'a', at: [-0, 0] }, { id: 'b', at: [0, -0] }, { id: 'c', at: [5, 5] }] as Placed[],
      [{ id: 'only', at: [3, 4] }] as Placed[],
      // devices along the zone's edges only: the farthest sample is inside, on a grid row
      edgeSamples(z, 2).map((e, k): Placed => ({ id: `e${k}`, at: e.point })),
    ]) {
      const buckets = new DeviceBuckets(devices, 3.6);
      const points = coverageSamples(z, 0.5, []);
      for (const p of points.slice(0, 400)) {
        const r = next() * 6;
        const any = devices.some((d) => (d.at[0] - p[0]) ** 2 + (d.at[1] - p[1]) ** 2 <= r * r);
        expect(buckets.anyWithin(p, r)).toBe(any);
      }
      const { worst, at } = farthestByScan(points, devices);
      const listed = buckets.farthest(points);
      expect(listed.distance).toBe(worst);
      expect(listed.point).toBe(at);
      const sampled = buckets.farthestSample(z, 0.5, []);
      expect(sampled.distance).toBe(worst);
      expect(sampled.point).toEqual(at);
      expect(sampled.count).toBe(points.length);
      if (devices.length > 30) expect(edgeSamples(z, 0.5).some((e) => e.point[0] === at![0] && e.point[1] === at![1])).toBe(false);
    }
  });
});

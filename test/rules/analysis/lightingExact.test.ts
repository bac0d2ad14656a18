// The lighting calculation's fast paths give the bits of the plain calculation: the exact sums
// four points at a time, the lumped far field over packed cells, the luminaires-in-zone test with
// the parity first, and the content cache of floorLighting (a hit equals lighting the zone anew).
import { describe, expect, it } from 'vitest';
import { perimeter, pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import type { Floor, Luminaire, Point, Polygon } from '../../../src/floorplan/types.ts';
import { floorLighting, forgetLighting } from '../../../src/rules/analysis/floorLighting.ts';
import { calculationGrid, directField, lumpLuminaires, luminairesIn, pointIlluminance, reflectedComponent, zoneLighting, type LightingSettings } from '../../../src/rules/analysis/illuminance.ts';
import { makeFloor, makeRoom, rect } from '../fixtures.ts';

const SETTINGS: LightingSettings = {
  maintenanceFactor: 0.8,
  planes: { corridor: 0 },
  workPlane: 0.75,
  gridBorder: 0.5,
  maxGridPoints: 30000,
  reflectance: { ceiling: 0.7, walls: 0.5, floor: 0.2 },
  roomHeight: 2.8,
};

/** A reproducible sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function scattered(n: number, w: number, d: number, seed: number, mount = 2.8): Luminaire[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `l${i}`, at: [r() * w, r() * d] as Point, mount: mount + r() * 0.4, flux: 2000 + Math.round(r() * 3000), power: 20 + i % 7 }));
}

describe('exact sums, four points at a time', () => {
  it('average and minimum are those of pointIlluminance summed point by point, in the luminaires\' order', () => {
    // widths giving point counts of every remainder mod 4; one luminaire below the plane adds 0
    for (const w of [6, 7.3, 8.1, 9.7, 12.2]) {
      const zone = makeRoom('z', 'work', 0, 0, w, 5.3);
      const lights = [...scattered(23, w, 5.3, Math.round(w * 10)), { id: 'low', at: [0.13, 0.17] as Point, mount: 0.5, flux: 3000, power: 10 }];
      const area = w * 5.3;
      const lit = zoneLighting(zone, lights, area, SETTINGS);
      const { points } = calculationGrid(zone.polygon, SETTINGS.gridBorder, [], SETTINGS.maxGridPoints);
      let sum = 0;
      let min = Infinity;
      for (let k = 0; k < points.length; k += 2) {
        const e = lights.reduce((s, l) => s + pointIlluminance(points[k]!, points[k + 1]!, l, 0.75), 0);
        sum += e;
        min = Math.min(min, e);
      }
      const mean = sum / (points.length / 2);
      const flux = lights.reduce((s, l) => s + l.flux, 0);
      const reflected = 0.8 * reflectedComponent(flux, mean * area, area, perimeter(zone.polygon), 2.8 - 0.75, SETTINGS.reflectance);
      expect(lit.gridPoints).toBe(points.length / 2);
      expect(lit.average).toBe(0.8 * mean + reflected);
      expect(lit.min).toBe(0.8 * min + reflected);
    }
  });
});

const CELL = 3;
const NEAR_CELLS = 3;

/** directField's far sums as they were before they ran over packed cells (cell by cell, row by row): the reference for the bits. */
function directFieldBefore(luminaires: readonly Luminaire[], workPlane: number): (x: number, y: number) => number {
  const { minX, minY, nx, ny, start, inCellX, inCellY, inCellH2, inCellI, cI, cX, cY, cH2, cXX, cXY, cYY } = lumpLuminaires(luminaires, workPlane);
  const near = (px: number, py: number, cx: number, cy: number): boolean => Math.abs(cx - px) <= NEAR_CELLS && Math.abs(cy - py) <= NEAR_CELLS;
  // Far field of a cell of points at its centre: value, gradient and second derivatives (for the
  // step to each point), each far cell lumped at its centre with its second moments (the first
  // vanish about the weighted centre). With u = d⁻⁴, d² = dx² + dy² + h²:
  // ∂u/∂x = −4·dx·d⁻⁶, ∂²u/∂x² = (24·dx²/d² − 4)·d⁻⁶, ∂²u/∂x∂y = 24·dx·dy·d⁻⁸.
  const farCache = new Map<number, Float64Array>();
  const farField = (px: number, py: number): Float64Array => {
    const key = (px + 4096) * 8192 + (py + 4096);
    let hit = farCache.get(key);
    if (hit) return hit;
    const qx = minX + (px + 0.5) * CELL;
    const qy = minY + (py + 0.5) * CELL;
    let e = 0;
    let gx = 0;
    let gy = 0;
    let hxx = 0;
    let hxy = 0;
    let hyy = 0;
    for (let cy = 0; cy < ny; cy++) {
      for (let cx = 0; cx < nx; cx++) {
        const c = cx + nx * cy;
        if (cI[c]! === 0 || near(px, py, cx, cy)) continue;
        const dx = qx - cX[c]!;
        const dy = qy - cY[c]!;
        const d2 = dx * dx + dy * dy + cH2[c]!;
        const u = 1 / (d2 * d2);
        const uxx = (u * (24 * dx * dx / d2 - 4)) / d2;
        const uyy = (u * (24 * dy * dy / d2 - 4)) / d2;
        const uxy = (24 * u * dx * dy) / (d2 * d2);
        const term = cI[c]! * u;
        // the cell's spread about its centre, to second order
        e += term + 0.5 * (cXX[c]! * uxx + 2 * cXY[c]! * uxy + cYY[c]! * uyy);
        gx -= (4 * term * dx) / d2;
        gy -= (4 * term * dy) / d2;
        hxx += cI[c]! * uxx;
        hxy += cI[c]! * uxy;
        hyy += cI[c]! * uyy;
      }
    }
    hit = Float64Array.of(e, gx, gy, hxx, hxy, hyy, qx, qy);
    farCache.set(key, hit);
    return hit;
  };
  // The luminaires summed exactly round a cell of points, in one flat run (x, y, h², I·h² per
  // luminaire), built once per cell of points: the grid visits each cell's points together.
  const nearCache = new Map<number, Float64Array>();
  const nearRun = (px: number, py: number): Float64Array => {
    const key = (px + 4096) * 8192 + (py + 4096);
    let run = nearCache.get(key);
    if (run) return run;
    let count = 0;
    const cy0 = Math.max(0, py - NEAR_CELLS);
    const cy1 = Math.min(ny - 1, py + NEAR_CELLS);
    const cx0 = Math.max(0, px - NEAR_CELLS);
    const cx1 = Math.min(nx - 1, px + NEAR_CELLS);
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) count += start[cx + nx * cy + 1]! - start[cx + nx * cy]!;
    run = new Float64Array(4 * count);
    let at = 0;
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        const c = cx + nx * cy;
        for (let j = start[c]!; j < start[c + 1]!; j++) {
          run[at++] = inCellX[j]!;
          run[at++] = inCellY[j]!;
          run[at++] = inCellH2[j]!;
          run[at++] = inCellI[j]!;
        }
      }
    }
    nearCache.set(key, run);
    return run;
  };
  return (x, y) => {
    const px = Math.floor((x - minX) / CELL);
    const py = Math.floor((y - minY) / CELL);
    const f = farField(px, py);
    const ox = x - f[6]!;
    const oy = y - f[7]!;
    let e = f[0]! + f[1]! * ox + f[2]! * oy + 0.5 * (f[3]! * ox * ox + 2 * f[4]! * ox * oy + f[5]! * oy * oy);
    const run = nearRun(px, py);
    for (let k = 0; k < run.length; k += 4) {
      const dx = x - run[k]!;
      const dy = y - run[k + 1]!;
      const d2 = dx * dx + dy * dy + run[k + 2]!;
      e += run[k + 3]! / (d2 * d2);
    }
    return e;
  };
}

describe('the lumped far field over packed lit cells', () => {
  it('gives the bits of the field summed cell by cell, inside and outside the luminaires\' box', () => {
    const cases: Luminaire[][] = [
      scattered(900, 140, 40, 1),
      // one row of cells, and cells left empty between clusters
      scattered(300, 200, 2, 2),
      [...scattered(200, 20, 20, 3), ...scattered(200, 20, 20, 4).map((l, i) => ({ ...l, id: `m${i}`, at: [l.at[0] + 90, l.at[1] + 40] as Point }))],
      // luminaires at or below the plane: cells of no light
      scattered(400, 60, 60, 5).map((l, i) => (i % 3 === 0 ? { ...l, mount: 0.75 - (i % 2) } : l)),
    ];
    for (const lights of cases) {
      const fast = directField(lights, 0.75);
      const before = directFieldBefore(lights, 0.75);
      const r = random(lights.length);
      for (let k = 0; k < 400; k++) {
        const x = -30 + r() * 260;
        const y = -30 + r() * 130;
        expect(fast(x, y)).toBe(before(x, y));
      }
    }
  });
});

describe('luminaires standing in a zone', () => {
  it('are those pointInPolygon finds, on the edges and corners, and a hair outside them', () => {
    const l: Polygon = [[0, 0], [10, 0], [10, 4], [4, 4], [4, 9], [0, 9]];
    const at: Point[] = [[2, 2], [7, 2], [7, 6], [4, 6], [4 + 1e-10, 6], [4 + 1e-8, 6], [10, 0], [10 + 1e-10, 2], [10 + 1e-8, 2], [-1e-10, 9], [5, 4 - 1e-12], [5, 4 + 1e-10], [0, 9 + 1e-8], [11, 11], [2, -3]];
    const lights = at.map((p, i) => ({ id: `l${i}`, at: p, mount: 2.8, flux: 1000, power: 10 }));
    expect(luminairesIn(l, lights).map((x) => x.id)).toEqual(lights.filter((x) => pointInPolygon(x.at, l)).map((x) => x.id));
  });
});

describe('floorLighting by content', () => {
  it('a zone lit as one on another floor (its own luminaires and cores alike, the others not) is that lighting, named with its ids', () => {
    const a: Floor = makeFloor({
      zones: [makeRoom('work', 'work', 0, 0, 20, 10), makeRoom('rest', 'rest', 20, 0, 30, 10)],
      luminaires: [...scattered(30, 20, 10, 7), ...scattered(6, 10, 10, 8).map((l, i) => ({ ...l, id: `r${i}`, at: [l.at[0] + 20, l.at[1]] as Point }))],
      cores: [{ id: 'c', kind: 'stair', polygon: rect(5, 3, 8, 6) }] as Floor['cores'],
    });
    // b: the work zone's luminaires renamed, the rest zone's changed
    const b: Floor = { ...a, id: 'F2', zones: a.zones.map((z) => ({ ...z, id: `b-${z.id}` })), luminaires: a.luminaires.map((l, i) => (l.id.startsWith('r') ? { ...l, id: `b${i}`, flux: l.flux + 1 } : { ...l, id: `b${i}` })) };
    // c: as b, but one work luminaire draws more power; d: as b, the core moved
    const c: Floor = { ...b, zones: b.zones.map((z) => ({ ...z })), luminaires: b.luminaires.map((l, i) => (i === 3 ? { ...l, power: l.power + 1 } : l)) };
    const d: Floor = { ...b, zones: b.zones.map((z) => ({ ...z })), cores: [{ ...a.cores[0]!, polygon: rect(5, 3.5, 8, 6.5) }] };
    forgetLighting();
    const area = (): number => 200;
    const litA = floorLighting(a, area, SETTINGS);
    for (const f of [b, c, d]) {
      const lit = floorLighting(f, area, SETTINGS);
      for (const z of f.zones) expect(lit.get(z.id)).toEqual(zoneLighting(z, f.luminaires, 200, SETTINGS, f.cores.map((x) => x.polygon)));
    }
    // b's work zone was a hit (a's very darkest point), its rest zone not
    const litB = floorLighting(b, area, SETTINGS);
    expect(litB.get('b-work')!.darkest).toBe(litA.get('work')!.darkest);
    expect(litB.get('b-rest')!.darkest).not.toBe(litA.get('rest')!.darkest);
  });
});

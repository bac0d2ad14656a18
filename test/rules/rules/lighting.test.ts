// The lighting rules and fire.emergency-lighting, checked against numbers worked out here by hand
// (each formula written out again in the test, not taken from src).
import { describe, expect, it } from 'vitest';
import { illuminanceHeat } from '../../../src/editor/heatmaps.ts';
import { distanceToPolygonBoundary, pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import type { Core, Luminaire, PlanDocument, Point, Zone, ZoneUse } from '../../../src/floorplan/types.ts';
import { calculationGrid, directField, gridCellSize, lightingGrid, pointIlluminance } from '../../../src/rules/analysis/illuminance.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeRoom, rect } from '../fixtures.ts';

const DATE = '2026-05-01';

function find(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: DATE, ...(profile ? { profile } : {}) }).findings.filter((f) => f.ruleId === ruleId);
}

/** n luminaires of `flux` lm on a 2.5 m grid inside the 20 × 10 zone. */
function luminaires(n: number, flux: number, power = 30, mount = 2.8): Luminaire[] {
  return Array.from({ length: n }, (_, i) => ({ id: `l${i}`, at: [1.25 + (i % 8) * 2.5, 1.25 + Math.floor(i / 8) * 2.5] as Point, mount, flux, power }));
}

const zonePlan = (lights: Luminaire[], use: ZoneUse = 'work') => floorPlan({ zones: [makeRoom('z', use, 0, 0, 20, 10)], luminaires: lights });

/**
 * The whole gb model written out again, for a rectangular zone [0, w] × [0, d] lit by `lights`:
 * EN 12464-1 grid (0.5 m band, p = 0.2·5^log10(d'), d' the longer side of the calculation area
 * unless it is twice the shorter or more), Lambertian direct light E = (Φ/π)·h²/d⁴, reflected
 * E_r = (ρf·Φdown + ρw·(Φ − Φdown)) / (A_s·(1 − ρ̄)) with A_s = 2A + P·(2.8 − plane), × 0.8.
 */
function byHand(w: number, d: number, lights: readonly Luminaire[], plane: number): { avg: number; min: number; points: number; reflected: number } {
  const cw = w - 1;
  const cd = d - 1;
  const long = Math.max(cw, cd);
  const short = Math.min(cw, cd);
  const p = 0.2 * 5 ** Math.log10(long >= 2 * short ? short : long);
  const nx = Math.ceil(cw / p);
  const ny = Math.ceil(cd / p);
  let sum = 0;
  let min = Infinity;
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const x = 0.5 + ((i + 0.5) * cw) / nx;
      const y = 0.5 + ((j + 0.5) * cd) / ny;
      let e = 0;
      for (const l of lights) {
        const h = l.mount - plane;
        const d2 = (x - l.at[0]) ** 2 + (y - l.at[1]) ** 2 + h * h;
        e += ((l.flux / Math.PI) * h * h) / (d2 * d2);
      }
      sum += e;
      min = Math.min(min, e);
    }
  }
  const mean = sum / (nx * ny);
  const area = w * d;
  const walls = 2 * (w + d) * (2.8 - plane);
  const surfaces = 2 * area + walls;
  const rho = ((0.7 + 0.2) * area + 0.5 * walls) / surfaces;
  const flux = lights.reduce((s, l) => s + l.flux, 0);
  const down = Math.min(flux, mean * area);
  const reflected = (0.2 * down + 0.5 * (flux - down)) / (surfaces * (1 - rho));
  return { avg: 0.8 * (mean + reflected), min: 0.8 * (min + reflected), points: nx * ny, reflected: 0.8 * reflected };
}

describe('direct light of one luminaire (Lambertian downlight)', () => {
  it('one 4000 lm luminaire 2.0 m above the plane: E = I0/h² below it, × cos⁴θ beside it', () => {
    const l: Luminaire = { id: 'l', at: [0, 0], mount: 2.75, flux: 4000, power: 30 };
    // I0 = 4000/π = 1273.24 cd; below: 1273.24 / 2² = 318.31 lx
    expect(pointIlluminance(0, 0, l, 0.75)).toBeCloseTo(4000 / Math.PI / 4, 9);
    expect(pointIlluminance(0, 0, l, 0.75)).toBeCloseTo(318.31, 2);
    // 2 m to the side: θ = 45°, cos⁴θ = 1/4 → 79.58 lx
    expect(pointIlluminance(2, 0, l, 0.75)).toBeCloseTo(318.31 / 4, 2);
  });

  it('adds up to the luminaire flux over a wide plane (the old I0·h/d³ law gave twice the flux)', () => {
    const l: Luminaire = { id: 'l', at: [0, 0], mount: 2.75, flux: 4000, power: 30 };
    let total = 0;
    for (let x = -99.75; x < 100; x += 0.5) for (let y = -99.75; y < 100; y += 0.5) total += pointIlluminance(x, y, l, 0.75) * 0.25;
    // outside a radius R falls h²/(R² + h²) of the flux: < 0.05 % at R = 100 m
    expect(total / 4000).toBeGreaterThan(0.999);
    expect(total / 4000).toBeLessThan(1.0001);
  });

  it('the fast field of a large array stays within 0.5 % of the exact sum, and is exact for small zones', () => {
    const lights: Luminaire[] = [];
    for (let i = 0; i < 40; i++) for (let j = 0; j < 20; j++) lights.push({ id: `l${i}-${j}`, at: [1.5 + i * 3 + (j % 2) * 0.7, 1.5 + j * 2.9], mount: 2.8, flux: 3600, power: 30 });
    const field = directField(lights, 0.75);
    let worst = 0;
    for (let x = 0.3; x < 121; x += 3.7) {
      for (let y = 0.2; y < 59; y += 2.3) {
        const exact = lights.reduce((sum, l) => sum + pointIlluminance(x, y, l, 0.75), 0);
        worst = Math.max(worst, Math.abs(field(x, y) - exact) / exact);
      }
    }
    expect(worst).toBeLessThan(0.005);
    const few = lights.slice(0, 5);
    expect(directField(few, 0.75)(2, 2)).toBeCloseTo(few.reduce((sum, l) => sum + pointIlluminance(2, 2, l, 0.75), 0), 9);
  });
});

describe('the EN 12464-1 grid', () => {
  it('cell p = 0.2 × 5^log10(d): 1.0 m for d = 10 m, 0.2 m for d = 1 m, at most 10 m', () => {
    expect(gridCellSize(10)).toBeCloseTo(1.0, 12);
    expect(gridCellSize(1)).toBeCloseTo(0.2, 12);
    expect(gridCellSize(100)).toBeCloseTo(5.0, 12);
    expect(gridCellSize(1e6)).toBe(10);
  });

  it('an 11 × 11 zone: the 0.5 m band leaves 10 × 10 m, 10 × 10 cells of 1.0 m, points at the centres', () => {
    const grid = lightingGrid(makeRoom('z', 'work', 0, 0, 11, 11), 0.5);
    expect(grid).toHaveLength(100);
    expect(grid[0]![0]).toBeCloseTo(1.0, 12);
    expect(grid[0]![1]).toBeCloseTo(1.0, 12);
    expect(grid[99]![0]).toBeCloseTo(10.0, 12);
    expect(grid[99]![1]).toBeCloseTo(10.0, 12);
  });

  it('a long area (sides 20 × 5 m, ratio ≥ 2) takes d from its shorter side: p = 0.616 m, 33 × 9 points', () => {
    // p = 0.2 × 5^log10(5) = 0.2 × 3.080 = 0.616; ⌈20/0.616⌉ = 33, ⌈5/0.616⌉ = 9
    const g = calculationGrid(rect(0, 0, 21, 6), 0.5);
    expect(g.points.length / 2).toBe(33 * 9);
    expect(g.cellX).toBeCloseTo(20 / 33, 12);
    expect(g.cellY).toBeCloseTo(5 / 9, 12);
  });

  it('a zone that would need more than maxGridPoints gets larger cells (10 × 10 m, at most 50: 7 × 7)', () => {
    // p grows by 5 % steps until ⌈10/p⌉² ≤ 50: p = 1.05⁸ = 1.477 → 7 × 7 = 49
    const g = calculationGrid(rect(0, 0, 11, 11), 0.5, [], 50);
    expect(g.points.length / 2).toBe(49);
  });

  it('an L-shaped zone with a core in it: the cell centres kept are those 0.5 m inside and clear of the core', () => {
    const polygon: Point[] = [[0, 0], [30, 0], [30, 8], [12.3, 8], [12.3, 20], [0, 20]];
    const zone: Zone = { id: 'z', name: 'z', use: 'work', polygon };
    const core: Point[] = [[4, 4], [7.7, 4], [7.7, 9.1], [4, 9.1]];
    const grid = lightingGrid(zone, 0.5, [core]);
    // box 30 × 20 less the band: 29 × 19 (ratio < 2, d = 29): p = 0.2 × 5^log10(29) = 2.090 → 14 × 10 cells
    const p = 0.2 * 5 ** Math.log10(29);
    const nx = Math.ceil(29 / p);
    const ny = Math.ceil(19 / p);
    expect([nx, ny]).toEqual([14, 10]);
    const expected: Point[] = [];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        const q: Point = [0.5 + ((i + 0.5) * 29) / nx, 0.5 + ((j + 0.5) * 19) / ny];
        const inZone = pointInPolygon(q, polygon) && distanceToPolygonBoundary(q, polygon) >= 0.5 - 1e-9;
        const byCore = pointInPolygon(q, core) || distanceToPolygonBoundary(q, core) < 0.5 - 1e-9;
        if (inZone && !byCore) expected.push(q);
      }
    }
    expect(expected.length).toBeGreaterThan(60);
    expect(grid).toHaveLength(expected.length);
    grid.forEach((q, k) => {
      expect(q[0]).toBeCloseTo(expected[k]![0], 9);
      expect(q[1]).toBeCloseTo(expected[k]![1], 9);
    });
  });
});

describe('light.illuminance and light.uniformity: one calculation', () => {
  it('20 × 10 room, 32 × 3600 lm at 2.8 m: average, minimum and U0 as worked out by hand', () => {
    // grid: 19 × 9 m, ratio ≥ 2 → d = 9 → p = 0.930 → 21 × 10 points
    const lights = luminaires(32, 3600);
    const hand = byHand(20, 10, lights, 0.75);
    expect(hand.points).toBe(210);
    const plan = zonePlan(lights);
    const [e] = find(plan, 'light.illuminance');
    const [u] = find(plan, 'light.uniformity');
    expect(e!.measured.value).toBeCloseTo(hand.avg, 1);
    // the same Eavg and Emin in both findings, Emin below Eavg
    expect(u!.messageParams['eavg']).toBe(e!.measured.value);
    expect(u!.messageParams['emin']).toBe(e!.messageParams['emin']);
    expect(Number(u!.messageParams['emin'])).toBeCloseTo(hand.min, 1);
    expect(u!.measured.value).toBeCloseTo(hand.min / hand.avg, 3);
    expect(u!.messageParams['points']).toBe(210);
    // a 20 × 10 room lit at 576 lm/m²: about 1.0 × flux/area × MF reaches the desks
    expect(hand.avg).toBeGreaterThan(400);
    expect(hand.avg).toBeLessThan(500);
  });

  it('boundary: exactly 300 lx passes, 0.1 % less fails; no luminaires: 0 lx fails', () => {
    // E is proportional to the flux: scale 32 luminaires of 1 lm to 300 lx
    const perLumen = byHand(20, 10, luminaires(32, 1), 0.75).avg;
    const at300 = 300 / perLumen;
    expect(find(zonePlan(luminaires(32, at300)), 'light.illuminance')[0]).toMatchObject({ status: 'pass', measured: { value: 300 }, messageKey: 'light.illuminance.pass' });
    expect(find(zonePlan(luminaires(32, at300 * 0.999)), 'light.illuminance')[0]).toMatchObject({ status: 'fail', measured: { value: 299.7 } });
    expect(find(zonePlan([]), 'light.illuminance')[0]).toMatchObject({ status: 'fail', measured: { value: 0 }, messageKey: 'light.illuminance.no-luminaires' });
  });

  it('over-design (GB 50034-2024 §4.1.5, +20 %): 360 lx over 300 passes plainly, 363 lx (+21 %) passes with a note', () => {
    const perLumen = byHand(20, 10, luminaires(32, 1), 0.75).avg;
    expect(find(zonePlan(luminaires(32, (300 * 1.2) / perLumen)), 'light.illuminance')[0]).toMatchObject({ status: 'pass', messageKey: 'light.illuminance.pass', measured: { value: 360 } });
    const [note] = find(zonePlan(luminaires(32, (300 * 1.21) / perLumen)), 'light.illuminance');
    expect(note).toMatchObject({ status: 'pass', messageKey: 'light.illuminance.over-design', measured: { value: 363 }, messageParams: { excess: 21, tolerance: 20 } });
    expect(note!.clause).toContain('§4.1.5');
    // intl sets no upper deviation: no note
    expect(find(zonePlan(luminaires(32, (500 * 1.5) / perLumen)), 'light.illuminance', 'intl')[0]!.messageKey).toBe('light.illuminance.pass');
  });

  it('the reference plane follows GB 50034 Table 5.5.1: a corridor and a rest room at the floor, training 500 lx at 0.75 m', () => {
    const lights = luminaires(32, 1000);
    const corridor = find(zonePlan(lights, 'corridor'), 'light.illuminance')[0]!;
    expect(corridor).toMatchObject({ required: { value: 50 }, messageParams: { plane: 0 } });
    expect(corridor.clause).toContain('Table 5.5.1');
    expect(corridor.measured.value).toBeCloseTo(byHand(20, 10, lights, 0).avg, 1);
    expect(find(zonePlan(lights, 'rest'), 'light.illuminance')[0]).toMatchObject({ required: { value: 100 }, messageParams: { plane: 0 } });
    const training = find(zonePlan(lights, 'training'), 'light.illuminance')[0]!;
    expect(training).toMatchObject({ required: { value: 500 }, messageParams: { plane: 0.75 } });
    expect(training.clause).toContain('Table 5.3.8');
  });

  it('intl: 500 lx for work zones; zones without a level (dormitory) are not checked', () => {
    expect(find(zonePlan(luminaires(32, 3600)), 'light.illuminance', 'intl')[0]).toMatchObject({ required: { value: 500 } });
    expect(find(zonePlan(luminaires(4, 3000), 'dormitory'), 'light.illuminance')).toHaveLength(0);
  });

  it('U0: fails under 0.60 in work zones; canteens 0.60 in gb but 0.40 in intl (EN 12464-1); n/a without luminaires', () => {
    // One light in the corner of a 20 × 10 zone: very uneven.
    const corner: Luminaire[] = [{ id: 'l', at: [1, 1], mount: 2.8, flux: 3000, power: 30 }];
    expect(find(zonePlan(corner), 'light.uniformity')[0]!.status).toBe('fail');
    expect(find(zonePlan(luminaires(32, 3600), 'rest'), 'light.uniformity')[0]).toMatchObject({ status: 'pass', required: { value: 0.4 } });
    expect(find(zonePlan(luminaires(32, 3600), 'canteen'), 'light.uniformity')[0]!.required.value).toBe(0.6);
    expect(find(zonePlan(luminaires(32, 3600), 'canteen'), 'light.uniformity', 'intl')[0]!.required.value).toBe(0.4);
    expect(find(zonePlan([]), 'light.uniformity')[0]).toMatchObject({ status: 'n/a', messageParams: { input: 'luminaires' } });
  });

  it('the heat map shows the zone calculation: MF × direct + the reflected component, at any cell', () => {
    const lights = luminaires(32, 3600);
    const floor = zonePlan(lights).site.buildings[0]!.floors[0]!;
    const heat = illuminanceHeat(floor, 1);
    const hand = byHand(20, 10, lights, 0.75);
    for (const [c, r] of [[7, 4], [0, 0], [19, 9]] as const) {
      const x = heat.x0 + c * heat.step;
      const y = heat.y0 + r * heat.step;
      const direct = lights.reduce((s, l) => s + pointIlluminance(x, y, l, 0.75), 0);
      const expected = 0.8 * direct + hand.reflected;
      // the map's far field is lumped (within 0.5 %)
      expect(Math.abs(heat.values[r * heat.cols + c]! - expected)).toBeLessThan(0.005 * expected);
    }
  });
});

describe('light.power-density (gb)', () => {
  it('6.5 W/m² passes, over 6.5 warns (target), over 8.0 warns (limit); intl has none', () => {
    // 200 m²: 6.5 W/m² = 1300 W = 32 × 40.625 W.
    expect(find(zonePlan(luminaires(32, 3600, 40.625)), 'light.power-density')[0]).toMatchObject({ status: 'pass', measured: { value: 6.5 } });
    expect(find(zonePlan(luminaires(32, 3600, 41)), 'light.power-density')[0]).toMatchObject({ status: 'warn', messageKey: 'light.power-density.over-target' });
    expect(find(zonePlan(luminaires(32, 3600, 51)), 'light.power-density')[0]).toMatchObject({ status: 'warn', messageKey: 'light.power-density.over-limit', required: { value: 8 } });
    expect(find(zonePlan(luminaires(32, 3600, 51)), 'light.power-density', 'intl')).toHaveLength(0);
  });
});

describe('lighting analysis output', () => {
  it('zone figures: illuminance (the same average), uniformity, lpd', () => {
    const lights = luminaires(32, 3600, 30);
    const r = runRules(floorPlan({ outline: rect(0, 0, 20, 10), zones: [makeRoom('z', 'work', 0, 0, 20, 10)], luminaires: lights }), { date: DATE });
    const zone = r.analysis.floors[0]!.zones[0]!;
    expect(zone).toMatchObject({ id: 'z', use: 'work', area: 200, lpd: 4.8 });
    expect(zone.illuminance).toBeCloseTo(byHand(20, 10, lights, 0.75).avg, 1);
  });
});

describe('fire.emergency-lighting (gb)', () => {
  const emergencyLight = (id: string, at: Point, emergencyFlux?: number): Luminaire => ({ id, at, mount: 2.8, flux: 2000, power: 18, emergency: true, ...(emergencyFlux !== undefined ? { emergencyFlux } : {}) });
  /**
   * A 3 × 3 m corridor, one emergency luminaire in its middle, 2.8 m above the floor. Grid: 2 × 2 m
   * after the band, p = 0.2 × 5^log10(2) = 0.325 → 7 × 7 points 0.2857 m apart; the darkest are the
   * corners (0.643, 0.643): 1.2122 m from the middle, d² = 1.4694 + 7.84 = 9.3094 m².
   * E = (Φ/π)·2.8²/d⁴ → 1.0 lx needs Φ = π·d⁴/7.84 = 34.73 lm.
   */
  const corner = 0.5 + 0.5 * (2 / 7);
  const d2 = 2 * (1.5 - corner) ** 2 + 2.8 ** 2;
  const fluxFor1lx = (Math.PI * d2 * d2) / 2.8 ** 2;
  const corridorPlan = (lights: Luminaire[], extra: Partial<Parameters<typeof floorPlan>[0]> = {}, overrides: Record<string, boolean | number> = {}) =>
    floorPlan({ zones: [makeRoom('c', 'corridor', 0, 0, 3, 3)], luminaires: lights, ...extra }, {}, { overrides });

  it('1.0 lx on an escape route: Φ = 34.73 lm passes at the boundary, 1 % less fails at the corner', () => {
    expect(fluxFor1lx).toBeCloseTo(34.73, 2);
    const [ok] = find(corridorPlan([emergencyLight('e', [1.5, 1.5], fluxFor1lx)]), 'fire.emergency-lighting');
    expect(ok).toMatchObject({ status: 'pass', messageKey: 'fire.emergency-lighting.route-pass', measured: { value: 1 }, required: { value: 1 } });
    const [dim] = find(corridorPlan([emergencyLight('e', [1.5, 1.5], fluxFor1lx * 0.99)]), 'fire.emergency-lighting');
    expect(dim).toMatchObject({ status: 'fail', messageKey: 'fire.emergency-lighting.route-fail', measured: { value: 0.99 } });
    expect(dim!.where.point![0]).toBeCloseTo(corner, 9);
    expect(dim!.clause).toContain('§10.3.2');
  });

  it('emergency mode uses emergencyFlux, else flux; a normal luminaire does not count', () => {
    // 2000 lm at the middle: 2000 / 34.73 = 57.6 lx at the corner
    expect(find(corridorPlan([emergencyLight('e', [1.5, 1.5])]), 'fire.emergency-lighting')[0]!.measured.value).toBeCloseTo(2000 / fluxFor1lx, 1);
    const normal: Luminaire = { id: 'n', at: [1.5, 1.5], mount: 2.8, flux: 5000, power: 40 };
    const elsewhere = floorPlan({ zones: [makeRoom('c', 'corridor', 0, 0, 3, 3), makeRoom('w', 'work', 3, 0, 20, 10)], luminaires: [normal, emergencyLight('e', [10, 5])] });
    expect(find(elsewhere, 'fire.emergency-lighting').find((f) => f.where.elementIds[0] === 'c')).toMatchObject({ status: 'fail', messageKey: 'fire.emergency-lighting.route-unlit', measured: { value: 0 } });
  });

  it('a floor with no emergency luminaire fails once, saying so', () => {
    const findings = find(corridorPlan([{ id: 'n', at: [1.5, 1.5], mount: 2.8, flux: 5000, power: 40 }]), 'fire.emergency-lighting');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', messageKey: 'fire.emergency-lighting.none', measured: { value: 0 }, messageParams: { areas: 1 } });
  });

  it('halls: an open work zone over 400 m² needs 3.0 lx, one of exactly 400 m² is an escape route (1.0 lx)', () => {
    const lightsIn = (w: number) => [emergencyLight('e1', [w / 4, 5], 300), emergencyLight('e2', [(3 * w) / 4, 5], 300)];
    const hall = find(floorPlan({ outline: rect(0, 0, 50, 20), zones: [makeRoom('w', 'work', 0, 0, 25.01, 16)], luminaires: lightsIn(25) }), 'fire.emergency-lighting')[0]!;
    expect(hall.required.value).toBe(3);
    expect(hall.messageKey).toMatch(/^fire\.emergency-lighting\.hall-/);
    const room = find(floorPlan({ outline: rect(0, 0, 50, 20), zones: [makeRoom('w', 'work', 0, 0, 25, 16)], luminaires: lightsIn(25) }), 'fire.emergency-lighting')[0]!;
    expect(room.required.value).toBe(1);
    // gb.fire.crowdedPlace makes every open zone a hall
    const crowded = find(floorPlan({ outline: rect(0, 0, 50, 20), zones: [makeRoom('w', 'work', 0, 0, 25, 16)], luminaires: lightsIn(25) }, {}, { overrides: { 'fire.crowdedPlace': true } }), 'fire.emergency-lighting')[0]!;
    expect(crowded.required.value).toBe(3);
  });

  it('stairs: 5.0 lx over the stair core, 10.0 lx on a crowded floor', () => {
    const stair: Core = { id: 's', kind: 'stair', polygon: rect(5, 0, 8, 3) };
    const plan = (overrides: Record<string, boolean> = {}) => corridorPlan([emergencyLight('e', [1.5, 1.5]), emergencyLight('s1', [6.5, 1.5], fluxFor1lx * 5)], { cores: [stair] }, overrides);
    // the same 3 × 3 geometry: 5 × 34.73 lm gives 5.0 lx at the corners
    expect(find(plan(), 'fire.emergency-lighting').find((f) => f.where.elementIds[0] === 's')).toMatchObject({ status: 'pass', messageKey: 'fire.emergency-lighting.stair-pass', measured: { value: 5 }, required: { value: 5 } });
    expect(find(plan({ 'fire.crowdedPlace': true }), 'fire.emergency-lighting').find((f) => f.where.elementIds[0] === 's')).toMatchObject({ status: 'fail', messageKey: 'fire.emergency-lighting.stair-fail', required: { value: 10 } });
  });

  it('intl has no such rule yet', () => {
    expect(find(corridorPlan([emergencyLight('e', [1.5, 1.5])]), 'fire.emergency-lighting', 'intl')).toHaveLength(0);
  });
});

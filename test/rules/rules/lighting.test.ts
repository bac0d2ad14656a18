import { describe, expect, it } from 'vitest';
import type { Luminaire, PlanDocument } from '../../../src/floorplan/types.ts';
import { directField, lightingGrid, pointIlluminance } from '../../../src/rules/analysis/illuminance.ts';
import { distanceToPolygonBoundary, pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeRoom, rect } from '../fixtures.ts';

function find(plan: PlanDocument, ruleId: string, profile?: 'gb' | 'intl'): Finding[] {
  return runRules(plan, { date: '2026-05-01', ...(profile ? { profile } : {}) }).findings.filter((f) => f.ruleId === ruleId);
}

/** n luminaires of `flux` lm in a grid inside the 20 × 10 zone. */
function luminaires(n: number, flux: number, power = 30, mount = 2.8): Luminaire[] {
  return Array.from({ length: n }, (_, i) => ({ id: `l${i}`, at: [1.25 + (i % 8) * 2.5, 1.25 + Math.floor(i / 8) * 2.5] as [number, number], mount, flux, power }));
}

const zonePlan = (lights: Luminaire[], use: 'work' | 'rest' | 'dormitory' = 'work') =>
  floorPlan({ zones: [makeRoom('z', use, 0, 0, 20, 10)], luminaires: lights });

describe('light.illuminance (lumen method)', () => {
  it('anchor: 20 × 10 zone, 32 × 3600 lm → 276.5 lx, fails 300 lx', () => {
    const [f] = find(zonePlan(luminaires(32, 3600)), 'light.illuminance');
    // 32 × 3600 × 0.6 × 0.8 / 200 = 276.48
    expect(f).toMatchObject({ status: 'fail', measured: { value: 276.5, unit: 'lx' }, required: { value: 300, comparator: '>=' } });
  });

  it('exactly 300 lx passes (32 × 3906.25 lm); a zone without luminaires measures 0 and fails', () => {
    expect(find(zonePlan(luminaires(32, 3906.25)), 'light.illuminance')[0]).toMatchObject({ status: 'pass', measured: { value: 300 } });
    expect(find(zonePlan([]), 'light.illuminance')[0]).toMatchObject({ status: 'fail', measured: { value: 0 }, messageKey: 'light.illuminance.no-luminaires' });
  });

  it('intl: 500 lx for work zones; zones without a level (dormitory) are not checked', () => {
    expect(find(zonePlan(luminaires(32, 3906.25)), 'light.illuminance', 'intl')[0]).toMatchObject({ status: 'fail', required: { value: 500 } });
    expect(find(zonePlan(luminaires(4, 3000), 'dormitory'), 'light.illuminance')).toHaveLength(0);
  });
});

describe('light.uniformity (point by point)', () => {
  it('one downlight: E = I0·h/d³ with I0 = flux/π', () => {
    const l: Luminaire = { id: 'l', at: [0, 0], mount: 2.75, flux: Math.PI * 1000, power: 10 };
    expect(pointIlluminance(0, 0, l, 0.75)).toBeCloseTo(250, 9); // 1000 cd / 2² m²
    expect(pointIlluminance(2, 0, l, 0.75)).toBeCloseTo((1000 * 2) / 8 ** 1.5, 9); // d² = 4 + 4
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

  it('grid: ≤ 0.5 m apart with a 0.5 m border left out (2 × 2 zone: 3 × 3 points)', () => {
    const grid = lightingGrid(makeRoom('z', 'work', 0, 0, 2, 2), 0.5, 0.5);
    expect(grid).toHaveLength(9);
    expect(grid[0]).toEqual([0.5, 0.5]);
    expect(grid[8]).toEqual([1.5, 1.5]);
  });

  it('grid of an L-shaped zone with a core in it: the same points as testing each point alone', () => {
    const zone = { ...makeRoom('z', 'work', 0, 0, 30, 20), polygon: [[0, 0], [30, 0], [30, 8], [12.3, 8], [12.3, 20], [0, 20]] as [number, number][] };
    const core = [[4, 4], [7.7, 4], [7.7, 9.1], [4, 9.1]] as [number, number][];
    for (const [step, border] of [[0.5, 0.5], [0.37, 1.1], [1, 0]] as const) {
      const grid = lightingGrid(zone, step, border, [core]);
      // every lattice point kept by the definition: in the zone, `border` from its edge, clear of the core
      const w = 30 - 2 * border;
      const h = 20 - 2 * border;
      const nx = Math.ceil(w / step - 1e-9);
      const ny = Math.ceil(h / step - 1e-9);
      const expected: [number, number][] = [];
      for (let i = 0; i <= nx; i++) {
        for (let j = 0; j <= ny; j++) {
          const p: [number, number] = [border + i * (w / nx), border + j * (h / ny)];
          const inRoom = pointInPolygon(p, zone.polygon) && distanceToPolygonBoundary(p, zone.polygon) >= border - 1e-9;
          const byCore = pointInPolygon(p, core) || distanceToPolygonBoundary(p, core) < border - 1e-9;
          if (inRoom && !byCore) expected.push(p);
        }
      }
      expect(expected.length).toBeGreaterThan(100);
      expect(grid).toEqual(expected);
    }
  });

  it('U0 of one central downlight over a 2 × 2 zone, by hand', () => {
    const plan = floorPlan({ zones: [makeRoom('z', 'work', 0, 0, 2, 2)], luminaires: [{ id: 'l', at: [1, 1], mount: 2.75, flux: Math.PI * 1000, power: 10 }] });
    const [f] = find(plan, 'light.uniformity');
    // centre 1000·2/2³ = 250; edge midpoints d² = 4.25; corners d² = 4.5.
    const centre = 250;
    const edge = 2000 / 4.25 ** 1.5;
    const corner = 2000 / 4.5 ** 1.5;
    const mean = (centre + 4 * edge + 4 * corner) / 9;
    expect(f!.measured.value).toBeCloseTo(corner / mean, 3);
    expect(f!.status).toBe('pass');
  });

  it('fails under 0.60 in work zones, passes 0.40 in rest zones; n/a without luminaires', () => {
    // One light in the corner of a 20 × 10 zone: very uneven.
    const corner: Luminaire[] = [{ id: 'l', at: [1, 1], mount: 2.8, flux: 3000, power: 30 }];
    expect(find(zonePlan(corner), 'light.uniformity')[0]!.status).toBe('fail');
    const even = find(zonePlan(luminaires(32, 3600), 'rest'), 'light.uniformity')[0]!;
    expect(even.required.value).toBe(0.4);
    expect(even.status).toBe('pass');
    expect(find(zonePlan([]), 'light.uniformity')[0]).toMatchObject({ status: 'n/a', messageParams: { input: 'luminaires' } });
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
  it('zone figures: illuminance, uniformity, lpd', () => {
    const r = runRules(floorPlan({ outline: rect(0, 0, 20, 10), zones: [makeRoom('z', 'work', 0, 0, 20, 10)], luminaires: luminaires(32, 3600, 30) }), { date: '2026-05-01' });
    expect(r.analysis.floors[0]!.zones[0]).toMatchObject({ id: 'z', use: 'work', area: 200, illuminance: 276.5, lpd: 4.8 });
  });
});

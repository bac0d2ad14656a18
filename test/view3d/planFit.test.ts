import { describe, expect, it } from 'vitest';
import { PLAN_FIT_INSETS, planFit } from '../../src/view3d/ViewCamera.tsx';

/** Where a world point (x, z) lands on a canvas of w × h px under the fitted plan camera. */
function screen(fit: { zoom: number; x: number; z: number }, w: number, h: number, x: number, z: number): [number, number] {
  return [w / 2 + (x - fit.x) * fit.zoom, h / 2 + (z - fit.z) * fit.zoom];
}

describe('the plan camera fits the box inside the overlays', () => {
  it('a 100 × 50 m floor on a 1000 × 600 px canvas: depth binds, centred in the usable area', () => {
    const box = { minX: 0, maxX: 100, minY: 0, maxY: 50, top: 3 };
    const fit = planFit(box, 1000, 600);
    // usable 984 × 440 px; 440 / (50 · 1.12) = 7.857… binds before 984 / (100 · 1.12) = 8.786…
    expect(fit.zoom).toBeCloseTo(440 / 56, 9);
    // plan y = 50 (north) is world z = -50: the top edge, below the toolbar band
    const [, top] = screen(fit, 1000, 600, 50, -50);
    const [, bottom] = screen(fit, 1000, 600, 50, 0);
    expect(top).toBeGreaterThanOrEqual(PLAN_FIT_INSETS.top);
    expect(bottom).toBeLessThanOrEqual(600 - PLAN_FIT_INSETS.bottom);
    // the box centre at the centre of the usable band: (96 + 536) / 2 = 316 px down, 500 px across
    const [cxPx, czPx] = screen(fit, 1000, 600, 50, -25);
    expect(cxPx).toBeCloseTo(500, 9);
    expect(czPx).toBeCloseTo(316, 9);
  });

  it('a canvas too small for the insets is fitted whole, centred', () => {
    const box = { minX: 10, maxX: 20, minY: 0, maxY: 10, top: 3 };
    const fit = planFit(box, 180, 180);
    expect(fit.zoom).toBeCloseTo(180 / 11.2, 9);
    expect(fit.x).toBeCloseTo(15, 9);
    expect(fit.z).toBeCloseTo(-5, 9);
  });
});

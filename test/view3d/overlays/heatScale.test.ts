// The heat maps' colour bar draws from the same colour function as the slab: a stop's colour is
// the texel colour of a cell with that value, and the ramp's ends mean what the bar says.
import { describe, expect, it } from 'vitest';
import type { HeatGrid } from '../../../src/editor/heatmaps.ts';
import { barOffset, HEAT_RANGES, heatBarStops, heatColor, type HeatKind } from '../../../src/view3d/overlays/heatScale.ts';
import { heatTexture } from '../../../src/view3d/overlays/HeatMapLayer.tsx';
import { heatGradient } from '../../../src/view3d/overlays/HeatScaleBar.tsx';

function gridOf(values: number[]): HeatGrid {
  return { x0: 0, y0: 0, step: 1, cols: values.length, rows: 1, values: Float32Array.from(values), min: Math.min(...values), max: Math.max(...values) };
}

describe('heat colour bar', () => {
  for (const kind of ['walking', 'illuminance'] as HeatKind[]) {
    it(`${kind}: each stop's colour is the slab's texel colour for that value`, () => {
      const stops = heatBarStops(kind);
      expect(stops).toHaveLength(11);
      const texture = heatTexture(gridOf(stops.map((s) => s.value)), kind);
      const data = texture.image.data as Uint8Array;
      stops.forEach((stop, i) => {
        expect([data[i * 4], data[i * 4 + 1], data[i * 4 + 2]]).toEqual(stop.rgb);
        expect(data[i * 4 + 3]).toBe(170);
      });
      texture.dispose();
    });
  }

  it('walking: green at 0 m on the left, yellow at 22.5 m, red from 45 m on the right', () => {
    const stops = heatBarStops('walking');
    expect(stops[0]).toEqual({ offset: 0, value: 0, rgb: [46, 158, 85] });
    expect(stops[5]!.value).toBeCloseTo(22.5, 9);
    expect(stops[5]!.rgb).toEqual([240, 200, 40]);
    expect(stops[10]).toEqual({ offset: 1, value: 45, rgb: [214, 40, 40] });
    // beyond the ramp the colour stays red, as the bar's "≥ 45" says
    expect(heatColor('walking', 80)).toEqual([214, 40, 40]);
    expect(HEAT_RANGES.walking.unit).toBe('m');
  });

  it('illuminance: green from 750 lx on the left, red at 0 lx on the right', () => {
    const stops = heatBarStops('illuminance');
    expect(stops[0]).toEqual({ offset: 0, value: 750, rgb: [46, 158, 85] });
    expect(stops[10]).toEqual({ offset: 1, value: 0, rgb: [214, 40, 40] });
    expect(heatColor('illuminance', 1200)).toEqual([46, 158, 85]);
    expect(HEAT_RANGES.illuminance.unit).toBe('lx');
    // 300 lx lies 60 % of the way from 750 to 0
    expect(barOffset('illuminance', 300)).toBeCloseTo(0.6, 9);
    expect(barOffset('walking', 90)).toBe(1);
  });

  it('the CSS gradient is made of exactly those stops', () => {
    expect(heatGradient('walking')).toBe(`linear-gradient(to right, ${heatBarStops('walking').map((s) => `rgb(${s.rgb.join(', ')}) ${(s.offset * 100).toFixed(1)}%`).join(', ')})`);
    expect(heatGradient('walking')).toContain('rgb(46, 158, 85) 0.0%');
    expect(heatGradient('walking')).toContain('rgb(214, 40, 40) 100.0%');
  });
});

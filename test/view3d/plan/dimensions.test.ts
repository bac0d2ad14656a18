// The plan's scale bar length for a zoom and the selected element's dimensions.
import { describe, expect, it } from 'vitest';
import type { Floor, Point } from '../../../src/floorplan/types.ts';
import { alignedDimension, selectionDimensions } from '../../../src/view3d/plan/dimensions.ts';
import { formatDimension, formatScaleLength, scaleBarLength } from '../../../src/view3d/plan/scale.ts';

describe('scale bar', () => {
  it('picks the shortest 1-2-5 length at least 60 px long', () => {
    expect(scaleBarLength(40)).toEqual({ metres: 2, px: 80 });
    expect(scaleBarLength(10)).toEqual({ metres: 10, px: 100 });
    expect(scaleBarLength(7)).toEqual({ metres: 10, px: 70 });
    expect(scaleBarLength(25)).toEqual({ metres: 5, px: 125 });
    expect(scaleBarLength(60)).toEqual({ metres: 1, px: 60 });
    expect(scaleBarLength(150)).toEqual({ metres: 0.5, px: 75 });
    expect(scaleBarLength(0.5)).toEqual({ metres: 200, px: 100 });
  });

  it('stays within 60–150 px over a sweep of zooms', () => {
    for (let z = 0.05; z < 5000; z *= 1.07) {
      const { metres, px } = scaleBarLength(z);
      expect(px).toBeGreaterThanOrEqual(60 - 1e-6);
      expect(px).toBeLessThanOrEqual(150 + 1e-6);
      expect(String(metres)).toMatch(/^(0\.0*)?[125]0*$/);
    }
  });

  it('writes round lengths plainly', () => {
    expect(formatScaleLength(0.5)).toBe('0.5 m');
    expect(formatScaleLength(2)).toBe('2 m');
    expect(formatScaleLength(20)).toBe('20 m');
    expect(formatScaleLength(2000)).toBe('2 km');
  });
});

describe('dimensions', () => {
  it('reads a 12.4 m wall as "12.40 m", line offset beside it with ticks and extension lines', () => {
    const d = alignedDimension([0, 0], [12.4, 0], 1, { gap: 0.1, overshoot: 0.2, tick: 0.2 });
    expect(d.text).toBe('12.40 m');
    expect(formatDimension(3)).toBe('3.00 m');
    expect(d.labelAt[0]).toBeCloseTo(6.2);
    expect(d.labelAt[1]).toBeCloseTo(1);
    const [line, ext0, ext1, tick0] = d.segments;
    expect(line).toEqual([
      [0, 1],
      [12.4, 1],
    ]);
    expect(ext0![0][1]).toBeCloseTo(0.1);
    expect(ext0![1][1]).toBeCloseTo(1.2);
    expect(ext1![0][0]).toBeCloseTo(12.4);
    const k = 0.2 / Math.SQRT2;
    expect(tick0![0][0]).toBeCloseTo(-k);
    expect(tick0![0][1]).toBeCloseTo(1 - k);
    expect(tick0![1][0]).toBeCloseTo(k);
    expect(tick0![1][1]).toBeCloseTo(1 + k);
  });

  const floor: Floor = {
    id: 'F',
    name: '1F',
    level: 1,
    elevation: 0,
    height: 4,
    clearHeight: 3,
    outline: [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
    ],
    walls: [{ id: 'w', a: [2, 8], b: [14.4, 8], kind: 'glass' }],
    doors: [{ id: 'd', at: [5, 8], width: 1.2, wall: 'w' }],
    windows: [],
    exits: [],
    cores: [{ id: 'c', kind: 'stair', polygon: [[15, 1], [19, 1], [19, 7], [15, 7]] }],
    columns: [],
    zones: [],
    workstations: [{ id: 's', at: [5, 5], rotation: 0, size: [1.6, 0.8], role: 'agent' }],
    luminaires: [{ id: 'l', at: [3, 3], mount: 3, flux: 3000, power: 30 }],
    airTerminals: [],
    extinguishers: [],
    detectors: [],
    sprinklers: [],
    smokeExhausts: [],
    exitSigns: [],
    hydrants: [],
    evacuationMarks: [],
  };
  // 20 px per metre: 20 px offset = 1 m
  const mpp = 1 / 20;

  it('dimensions one selected wall, outside the floor middle (north of a wall north of centre)', () => {
    const [d, ...rest] = selectionDimensions(floor, ['w'], mpp);
    expect(rest).toHaveLength(0);
    expect(d!.text).toBe('12.40 m');
    const line = d!.segments[0]!;
    // half the 0.1 m thickness + 1 m, to the north (away from the centre at y = 5)
    expect(line[0][1]).toBeCloseTo(9.05);
    expect(line[0][0]).toBeCloseTo(2);
    expect(line[1][0]).toBeCloseTo(14.4);
  });

  it('gives a desk its width and depth, and a core its box', () => {
    expect(selectionDimensions(floor, ['s'], mpp).map((d) => d.text)).toEqual(['1.60 m', '0.80 m']);
    const [width] = selectionDimensions(floor, ['s'], mpp);
    const line = width!.segments[0]! as [Point, Point];
    // under the desk's front edge (y = 4.6) by 1 m
    expect(line[0]).toEqual([expect.closeTo(4.2), expect.closeTo(3.6)]);
    expect(line[1]).toEqual([expect.closeTo(5.8), expect.closeTo(3.6)]);
    expect(selectionDimensions(floor, ['c'], mpp).map((d) => d.text)).toEqual(['4.00 m', '6.00 m']);
    expect(selectionDimensions(floor, ['d'], mpp).map((d) => d.text)).toEqual(['1.20 m']);
  });

  it('draws nothing for several elements, points or an empty selection', () => {
    expect(selectionDimensions(floor, ['w', 's'], mpp)).toEqual([]);
    expect(selectionDimensions(floor, ['l'], mpp)).toEqual([]);
    expect(selectionDimensions(floor, [], mpp)).toEqual([]);
    expect(selectionDimensions(floor, ['nope'], mpp)).toEqual([]);
  });
});

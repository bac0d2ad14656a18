import { describe, expect, it } from 'vitest';
import { arrayExtent, DEFAULT_ARRAY, fitArray, luminaireGrid, workstationArray } from '../../../src/floorplan/geometry/workstationArray.ts';

describe('workstation array layout', () => {
  it('single rows facing +y, rotated 90° about the origin', () => {
    const desks = workstationArray({ ...DEFAULT_ARRAY, origin: [10, 10], rows: 2, columns: 2, backToBack: false, rowPitch: 2, aisleEvery: 0, rotation: 90 });
    // local centres (0.6, 0.35), (1.8, 0.35), (0.6, 2.35), (1.8, 2.35) turned 90°: (x, y) → (−y, x)
    expect(desks.map((d) => d.at)).toEqual([[9.65, 10.6], [9.65, 11.8], [7.65, 10.6], [7.65, 11.8]]);
    expect(desks.every((d) => d.rotation === 90)).toBe(true);
  });

  it('back-to-back pairs touch at their fronts; extent includes the aisle', () => {
    const p = { ...DEFAULT_ARRAY, rows: 4, columns: 10 };
    // width 10 × 1.2 + 1 aisle × 1.2 = 13.2; depth: pair 1 turned row centre 3.2 + 0.35 + 0.7 = 4.25, + 0.35 = 4.6
    expect(arrayExtent(p)).toEqual([13.2, 4.6]);
    const desks = workstationArray({ ...p, origin: [0, 0] });
    expect(desks[10]).toMatchObject({ at: [0.6, 1.05], rotation: 180 });
  });

  it('fits a drag: exactly 6.0 m takes the 5th desk, 5.99 m does not', () => {
    const p = { ...DEFAULT_ARRAY, origin: [0, 0] as [number, number] };
    expect(fitArray(p, [6.0, 1.4])).toEqual({ rows: 2, columns: 5 });
    expect(fitArray(p, [5.99, 1.39])).toEqual({ rows: 1, columns: 4 });
  });

  it('luminaire grid rounds the count to the spacing', () => {
    expect(luminaireGrid([0, 0], [6, 3], 3)).toEqual([[1.5, 1.5], [4.5, 1.5]]);
    expect(luminaireGrid([0, 0], [1, 1], 0)).toEqual([]);
  });
});

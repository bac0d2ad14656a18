import { describe, expect, it } from 'vitest';
import { bestIndexes, bindingLimit, compareProposals, proposalFigures, type ProposalRun } from '../../../src/floorplan/proposals/compare.ts';
import { layoutCosts } from '../../../src/floorplan/proposals/costs.ts';
import type { CostParameters } from '../../../src/floorplan/types.ts';

const COSTS: CostParameters = { currency: 'CNY', fitOutPerM2: 1500, rentPerM2Month: 45, equipmentPerSeat: 6000 };

function run(seats: number, grossArea: number, capacity: number | null, binding: string | null, findings: ProposalRun['findings'] = []): ProposalRun {
  return { capacity: { seats, capacity, binding, grossArea }, findings };
}

describe('layoutCosts', () => {
  it('2000 m² with 200 seats: fit-out 3 000 000, one-off 21 000 per seat, rent 450 per seat per month', () => {
    const c = layoutCosts(COSTS, 2000, 200);
    expect(c.fitOut).toBe(3_000_000); // 1500 × 2000
    expect(c.equipment).toBe(1_200_000); // 6000 × 200
    expect(c.rentPerMonth).toBe(90_000); // 45 × 2000
    expect(c.oneOffPerSeat).toBe(21_000); // 4 200 000 / 200
    expect(c.rentPerSeatMonth).toBe(450); // 90 000 / 200
  });

  it('the same area with 160 seats costs more per seat', () => {
    const c = layoutCosts(COSTS, 2000, 160);
    expect(c.oneOffPerSeat).toBe(24_750); // (3 000 000 + 960 000) / 160
    expect(c.rentPerSeatMonth).toBe(562.5); // 90 000 / 160
  });

  it('no seats: no per-seat figures, the fit-out still counts', () => {
    const c = layoutCosts(COSTS, 500, 0);
    expect(c.fitOut).toBe(750_000);
    expect(c.oneOffPerSeat).toBeNull();
    expect(c.rentPerSeatMonth).toBeNull();
  });
});

describe('bestIndexes', () => {
  it('picks the highest or the lowest, with ties', () => {
    expect(bestIndexes([3, 7, 7], 'higher')).toEqual([1, 2]);
    expect(bestIndexes([3, 7, 2], 'lower')).toEqual([2]);
  });
  it('marks nothing when every known value is equal, or fewer than two are known', () => {
    expect(bestIndexes([5, 5], 'lower')).toEqual([]);
    expect(bestIndexes([5, null], 'lower')).toEqual([]);
    expect(bestIndexes([], 'higher')).toEqual([]);
  });
  it('ignores unknown values', () => {
    expect(bestIndexes([null, 4, 9], 'lower')).toEqual([1]);
  });
});

describe('compareProposals', () => {
  const dense = proposalFigures('a', '方案A 高密度', run(200, 2000, 180, 'exit-width', [
    { area: 'fire', status: 'fail' },
    { area: 'fire', status: 'fail' },
    { area: 'fire', status: 'warn' },
    { area: 'lighting', status: 'pass' },
    { area: 'space', status: 'warn' },
  ]), COSTS);
  const comfort = proposalFigures('b', '方案B 舒适型', run(160, 2000, 240, 'fresh-air', [
    { area: 'fire', status: 'warn' },
    { area: 'ventilation', status: 'fail' },
    { area: 'site', status: 'n/a' },
  ]), COSTS);
  const comparison = compareProposals([dense, comfort], 'CNY');
  const rowOf = (key: string) => comparison.rows.find((r) => r.key === key)!;

  it('figures per proposal', () => {
    expect(dense.areaPerSeat).toBe(10); // 2000 / 200
    expect(comfort.areaPerSeat).toBe(12.5); // 2000 / 160
    expect(dense.fails).toEqual({ fire: 2, lighting: 0, ventilation: 0, space: 0, zoning: 0, site: 0 });
    expect(dense.warns).toEqual({ fire: 1, lighting: 0, ventilation: 0, space: 1, zoning: 0, site: 0 });
    expect(comfort.fails.ventilation).toBe(1);
    expect(comfort.binding).toBe('fresh-air');
  });

  it('rows with values in proposal order and the best marked', () => {
    expect(rowOf('seats')).toMatchObject({ values: [200, 160], best: [0] });
    expect(rowOf('capacity')).toMatchObject({ values: [180, 240], best: [1] });
    expect(rowOf('areaPerSeat')).toMatchObject({ values: [10, 12.5], best: [0], better: 'lower' });
    expect(rowOf('fail.fire')).toMatchObject({ values: [2, 0], best: [1] });
    expect(rowOf('fail.ventilation')).toMatchObject({ values: [0, 1], best: [0] });
    expect(rowOf('warn.fire')).toMatchObject({ values: [1, 1], best: [] });
    expect(rowOf('fail.zoning')).toMatchObject({ values: [0, 0], best: [] });
    // same GFA: same fit-out, nothing to prefer
    expect(rowOf('fitOut')).toMatchObject({ values: [3_000_000, 3_000_000], best: [] });
    expect(rowOf('oneOffPerSeat')).toMatchObject({ values: [21_000, 24_750], best: [0] });
    expect(rowOf('rentPerSeatMonth')).toMatchObject({ values: [450, 562.5], best: [0] });
  });

  it('has 3 + 6 + 6 + 3 rows and the currency', () => {
    expect(comparison.rows).toHaveLength(18);
    expect(comparison.currency).toBe('CNY');
  });

  it('a proposal without seats has no per-seat values and takes no mark', () => {
    const empty = proposalFigures('c', 'empty', run(0, 500, null, null), COSTS);
    const c = compareProposals([dense, comfort, empty], 'CNY');
    const r = (key: string) => c.rows.find((x) => x.key === key)!;
    expect(r('oneOffPerSeat').values).toEqual([21_000, 24_750, null]);
    expect(r('oneOffPerSeat').best).toEqual([0]);
    expect(r('fitOut').values).toEqual([3_000_000, 3_000_000, 750_000]);
    expect(r('fitOut').best).toEqual([2]);
    expect(r('capacity').best).toEqual([1]);
  });
});

describe('bindingLimit', () => {
  it('is the site binding limit when the engine names one', () => {
    expect(bindingLimit({ seats: 1, capacity: 1, binding: 'exit-width', grossArea: 1, buildings: [{ floors: [{ binding: 'zones' }] }] })).toBe('exit-width');
  });
  it('otherwise the limit binding on the most floors: zones on 3 floors beats exit-width on 2', () => {
    const buildings = [
      { floors: [{ binding: 'exit-width' }, { binding: 'zones' }, { binding: null }] },
      { floors: [{ binding: 'zones' }, { binding: 'zones' }, { binding: 'exit-width' }] },
    ];
    expect(bindingLimit({ seats: 1, capacity: 1, binding: null, grossArea: 1, buildings })).toBe('zones');
  });
  it('a tie goes to the limit met first; no floors, no limit', () => {
    const buildings = [{ floors: [{ binding: 'fresh-air' }, { binding: 'zones' }] }];
    expect(bindingLimit({ seats: 1, capacity: 1, binding: null, grossArea: 1, buildings })).toBe('fresh-air');
    expect(bindingLimit({ seats: 1, capacity: 1, binding: null, grossArea: 1 })).toBeNull();
  });
});

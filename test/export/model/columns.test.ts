// The PDF plan drawing carries the floor's columns (drawn solid over the walls).
import { describe, expect, it } from 'vitest';
import { floorDrawing } from '../../../src/export/model/floorDrawing.ts';
import { rect, testFloor } from '../planFixture.ts';

describe('floor drawing: columns', () => {
  it('lists each column polygon as drawn', () => {
    const { building, floor } = testFloor({ columns: [{ id: 'k1', polygon: rect(4, 4, 4.6, 4.6) }, { id: 'k2', polygon: rect(8, 1, 8.5, 1.5) }] });
    expect(floorDrawing(building, floor).columns).toEqual([rect(4, 4, 4.6, 4.6), rect(8, 1, 8.5, 1.5)]);
  });

  it('none on a floor without columns', () => {
    const { building, floor } = testFloor();
    expect(floorDrawing(building, floor).columns).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyFloor, emptyFloorCollections } from '../../src/floorplan/emptyFloor.ts';
import { FLOOR_COLLECTIONS } from '../../src/floorplan/types.ts';

describe('an empty floor', () => {
  it('has one empty list per element collection, fresh each time', () => {
    const a = emptyFloorCollections();
    expect(Object.keys(a).sort()).toEqual([...FLOOR_COLLECTIONS].sort());
    for (const c of FLOOR_COLLECTIONS) expect(a[c]).toEqual([]);
    const b = emptyFloorCollections();
    expect(b.walls).not.toBe(a.walls);
  });

  it('keeps the facts it is given', () => {
    const floor = emptyFloor({ id: 'B-1F', name: '1F', level: 1, elevation: 0, height: 4.2, clearHeight: 2.8, outline: [[0, 0], [10, 0], [10, 5], [0, 5]] });
    expect(floor.id).toBe('B-1F');
    expect(floor.clearHeight).toBe(2.8);
    expect(floor.columns).toEqual([]);
  });
});

// A workstation's index by id equals a map built from the list afresh (the last index where ids
// repeat), whether the index was kept from a list with the same ids or not.
import { describe, expect, it } from 'vitest';
import type { Workstation } from '../../../src/floorplan/types.ts';
import { deskIndexById } from '../../../src/rules/analysis/deskIndex.ts';

const desks = (ids: string[]): Workstation[] => ids.map((id, i) => ({ id, at: [i, 0], size: [1, 1], rotation: 0 }) as unknown as Workstation);
const fresh = (list: Workstation[]) => new Map(list.map((w, i) => [w.id, i]));

describe('desk index by id', () => {
  it('equals a map built afresh, across lists of the same ids, other ids, other orders and repeated ids', () => {
    const lists = [
      desks(['a', 'b', 'c', 'd']),
      desks(['a', 'b', 'c', 'd']),
      desks(['a', 'b', 'c']),
      desks(['b', 'a', 'c', 'd']),
      desks(['a', 'b', 'a', 'd']),
      desks(['a', 'b', 'c', 'd']),
      desks([]),
      desks(['x', 'b', 'c', 'd']),
      desks(['a', 'b', 'a', 'd']),
    ];
    for (const list of lists) expect(new Map(deskIndexById(list))).toEqual(fresh(list));
  });

  it('is kept for a list holding the same ids, built again for a list whose ids changed in place', () => {
    const list = desks(['a', 'b', 'c']);
    const first = deskIndexById(list);
    expect(deskIndexById(desks(['a', 'b', 'c']))).toBe(first);
    list[1] = { ...list[1]!, id: 'z' };
    expect(new Map(deskIndexById(list))).toEqual(fresh(list));
    expect(deskIndexById(list)).not.toBe(first);
  });
});

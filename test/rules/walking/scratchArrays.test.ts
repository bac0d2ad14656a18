// Arrays lent by ScratchArrays must be a fresh array's equal every time (length, every element the
// value asked for, whatever the last lending left in them), never share memory with another array
// of the same lending, and be lent to one piece of work at a time.
import { describe, expect, it } from 'vitest';
import { ScratchArrays } from '../../../src/rules/walking/scratchArrays.ts';

describe('ScratchArrays', () => {
  it('hands out arrays equal to fresh ones, lending after lending, as lengths grow and shrink', () => {
    const shared = new ScratchArrays();
    for (const n of [5, 40, 3, 41, 200, 0, 199]) {
      const scratch = shared.lend()!;
      expect(scratch).toBe(shared);
      const f = scratch.float64(n, Infinity);
      const g = scratch.float64(n + 1);
      const i = scratch.int32(n, -1);
      const u = scratch.uint8(n);
      expect(Array.from(f)).toEqual(Array.from(new Float64Array(n).fill(Infinity)));
      expect(Array.from(g)).toEqual(Array.from(new Float64Array(n + 1)));
      expect(Array.from(i)).toEqual(Array.from(new Int32Array(n).fill(-1)));
      expect(Array.from(u)).toEqual(Array.from(new Uint8Array(n)));
      // scribbled over, as a field's settling does: the next lending must not see it
      f.fill(7);
      g.fill(8);
      i.fill(9);
      u.fill(1);
      // no two arrays of one lending share memory
      expect(Array.from(g.subarray(0, n))).toEqual(Array(n).fill(8));
      scratch.giveBack();
    }
  });

  it('lends to one piece of work at a time', () => {
    const shared = new ScratchArrays();
    expect(shared.lend()).toBe(shared);
    expect(shared.lend()).toBeNull();
    shared.giveBack();
    expect(shared.lend()).toBe(shared);
  });
});

// sameNumber is Object.is on numbers.
import { describe, expect, it } from 'vitest';
import { sameNumber } from '../../src/rules/sameNumber.ts';

describe('sameNumber', () => {
  it('agrees with Object.is on every pair of a set of awkward numbers', () => {
    const values = [0, -0, 1, -1, 0.1, 0.1 + 0.2, 0.3, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 2 ** 53, 2 ** 53 + 1, 1e-300];
    for (const a of values) for (const b of values) expect(sameNumber(a, b)).toBe(Object.is(a, b));
  });
});

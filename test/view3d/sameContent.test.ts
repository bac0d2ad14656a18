import { describe, expect, it } from 'vitest';
import { sameMap, samePlain } from '../../src/view3d/sameContent.ts';

describe('sameContent', () => {
  it('compares maps by entries', () => {
    expect(sameMap(new Map([['a', '#f00']]), new Map([['a', '#f00']]))).toBe(true);
    expect(sameMap(new Map([['a', '#f00']]), new Map([['a', '#fa0']]))).toBe(false);
    expect(sameMap(new Map([['a', '#f00']]), new Map([['b', '#f00']]))).toBe(false);
    expect(sameMap(null, new Map())).toBe(false);
    expect(sameMap(null, null)).toBe(true);
  });

  it('compares labels and pins as plain data, deeply', () => {
    const label = { key: 'z1', position: [1, 0.1, -2], title: '话务区', within: [[0, 0, 0], [1, 0, 1]] };
    expect(samePlain([label], [{ ...label, within: [[0, 0, 0], [1, 0, 1]] }])).toBe(true);
    expect(samePlain([label], [{ ...label, position: [1, 0.1, -2.01] }])).toBe(false);
    expect(samePlain([label], [{ ...label, detail: '80 m²' }])).toBe(false);
    expect(samePlain([label], [label, label])).toBe(false);
    expect(samePlain({ a: [1] }, { a: { 0: 1 } })).toBe(false);
  });
});

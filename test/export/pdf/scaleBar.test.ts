import { describe, expect, it } from 'vitest';
import { scaleBarLength, scaleBarParts } from '../../../src/export/pdf/scaleBar.ts';

describe('scale bar', () => {
  it('picks the longest 1-2-5 length that fits', () => {
    expect(scaleBarLength(2.54, 30)).toBe(10); // 30 mm ÷ 2.54 mm/m = 11.8 m
    expect(scaleBarLength(1, 30)).toBe(20);
    expect(scaleBarLength(0.5, 30)).toBe(50); // 60 m
    expect(scaleBarLength(10, 30)).toBe(2); // 3 m
    expect(scaleBarLength(3, 30)).toBe(10); // exactly 10 m
    expect(scaleBarLength(1, 100)).toBe(100);
    expect(scaleBarLength(100, 30)).toBeCloseTo(0.2, 12);
  });

  it('splits 1s and 5s into five parts and 2s into four', () => {
    expect(scaleBarParts(10)).toBe(5);
    expect(scaleBarParts(50)).toBe(5);
    expect(scaleBarParts(20)).toBe(4);
    expect(scaleBarParts(2)).toBe(4);
    expect(scaleBarParts(100)).toBe(5);
  });
});

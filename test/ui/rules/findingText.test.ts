// The rule panel's quantities in the UI language: numbers grouped for the locale, word units
// translated (the panel showed "C rating" in Chinese), symbols unchanged.
import { describe, expect, it } from 'vitest';
import { quantityText, requirementText } from '../../../src/ui/rules/findingText.ts';

describe('finding quantities in the panel', () => {
  it('Chinese: word units in Chinese, symbols kept', () => {
    expect(requirementText({ value: 'B', unit: 'rating', comparator: '>=' }, 'zh-CN')).toBe('≥ B 级');
    expect(quantityText({ value: 14, unit: 'days' }, 'zh-CN')).toBe('14 天');
    expect(quantityText({ value: 1200, unit: 'persons' }, 'zh-CN')).toBe('1,200 人');
    expect(quantityText({ value: 30.04, unit: 'm' }, 'zh-CN')).toBe('30.04 m');
  });
  it('English: the units as the rules name them, a plain count bare', () => {
    expect(requirementText({ value: 'B', unit: 'rating', comparator: '>=' }, 'en')).toBe('≥ B rating');
    expect(quantityText({ value: 3, unit: 'count' }, 'en')).toBe('3');
    expect(quantityText({ value: null, unit: 'm' }, 'en')).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { fieldOwnsKey, isTextEntry } from '../../../src/ui/layout/keyboardFocus.ts';

const input = (type: string) => ({ tagName: 'INPUT', type });

describe('who gets a key: the focused field or the shortcuts', () => {
  it('text fields keep every key but Esc; a textarea keeps Esc too', () => {
    for (const type of ['text', 'number', 'search', '']) {
      expect(isTextEntry(input(type))).toBe(true);
      expect(fieldOwnsKey(input(type), { key: 'w' })).toBe(true);
      expect(fieldOwnsKey(input(type), { key: 'Delete' })).toBe(true);
      expect(fieldOwnsKey(input(type), { key: 'z', ctrlKey: true })).toBe(true);
      expect(fieldOwnsKey(input(type), { key: 'Escape' })).toBe(false);
    }
    expect(fieldOwnsKey({ tagName: 'TEXTAREA' }, { key: 'Escape' })).toBe(true);
    expect(fieldOwnsKey({ tagName: 'DIV', isContentEditable: true }, { key: 'a' })).toBe(true);
  });

  it('a ticked box gives letters back and keeps Space', () => {
    expect(isTextEntry(input('checkbox'))).toBe(false);
    expect(fieldOwnsKey(input('checkbox'), { key: 'w' })).toBe(false);
    expect(fieldOwnsKey(input('checkbox'), { key: 'Delete' })).toBe(false);
    expect(fieldOwnsKey(input('checkbox'), { key: ' ' })).toBe(true);
    expect(fieldOwnsKey(input('radio'), { key: 'ArrowDown' })).toBe(true);
    expect(fieldOwnsKey(input('radio'), { key: 'z' })).toBe(false);
  });

  it('buttons keep Enter and Space only; sliders their arrows', () => {
    expect(fieldOwnsKey({ tagName: 'BUTTON' }, { key: 'Enter' })).toBe(true);
    expect(fieldOwnsKey({ tagName: 'BUTTON' }, { key: 'w' })).toBe(false);
    expect(fieldOwnsKey(input('range'), { key: 'ArrowLeft' })).toBe(true);
    expect(fieldOwnsKey(input('range'), { key: 'w' })).toBe(false);
  });

  it('a focused list keeps its keys (type-ahead) until it is picked with the pointer, but not Esc or Ctrl shortcuts', () => {
    expect(fieldOwnsKey({ tagName: 'SELECT' }, { key: 'w' })).toBe(true);
    expect(fieldOwnsKey({ tagName: 'SELECT' }, { key: 'Escape' })).toBe(false);
    expect(fieldOwnsKey({ tagName: 'SELECT' }, { key: 'z', ctrlKey: true })).toBe(false);
  });

  it('nothing focused: every key is a shortcut', () => {
    expect(fieldOwnsKey(null, { key: 'w' })).toBe(false);
    expect(fieldOwnsKey({ tagName: 'BODY' }, { key: 'w' })).toBe(false);
    expect(fieldOwnsKey({ tagName: 'CANVAS' }, { key: 'Delete' })).toBe(false);
  });
});

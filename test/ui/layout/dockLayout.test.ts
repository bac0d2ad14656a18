import { describe, expect, it } from 'vitest';
import { clampDockWidth, DEFAULT_LAYOUT, LAYOUT_STORAGE_KEY, loadLayout, MAX_DOCK_WIDTH, MIN_DOCK_WIDTH, parseLayout, pickTab, saveLayout } from '../../../src/ui/layout/dockLayout.ts';

describe('dock layout', () => {
  it('defaults leave a 1440 px window two thirds canvas', () => {
    const canvas = 1440 - DEFAULT_LAYOUT.left.width - DEFAULT_LAYOUT.right.width - 2;
    expect(canvas / 1440).toBeGreaterThanOrEqual(0.65);
  });

  it('clamps a dragged width to [min, 40 % of the window, max]', () => {
    expect(clampDockWidth(50, 1440)).toBe(MIN_DOCK_WIDTH);
    expect(clampDockWidth(300.4, 1440)).toBe(300);
    expect(clampDockWidth(900, 1440)).toBe(576); // 40 % of 1440
    expect(clampDockWidth(900, 3000)).toBe(MAX_DOCK_WIDTH);
    expect(clampDockWidth(Number.NaN, 1440)).toBe(MIN_DOCK_WIDTH);
    // a tiny window still allows the minimum
    expect(clampDockWidth(300, 200)).toBe(MIN_DOCK_WIDTH);
  });

  it('reads a stored layout field by field, falling back on anything malformed', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('{not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('[]')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout(JSON.stringify({ left: { open: false }, right: { width: 420, tab: 'fire' } }))).toEqual({
      left: { open: false, width: DEFAULT_LAYOUT.left.width },
      right: { open: true, width: 420, tab: 'fire' },
    });
    expect(parseLayout(JSON.stringify({ right: { tab: 'nonsense', width: 'wide' } })).right).toEqual(DEFAULT_LAYOUT.right);
  });

  it('round-trips through storage and survives a storage that throws', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    const layout = { left: { open: false, width: 220 }, right: { open: true, width: 350, tab: 'projects' as const } };
    saveLayout(layout, storage);
    expect(map.has(LAYOUT_STORAGE_KEY)).toBe(true);
    expect(loadLayout(storage)).toEqual(layout);
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadLayout(broken)).toEqual(DEFAULT_LAYOUT);
    expect(() => saveLayout(layout, broken)).not.toThrow();
  });

  it('a tab click brings the tab to the front; the front tab of an open dock folds it', () => {
    const opened = pickTab(DEFAULT_LAYOUT, 'fire');
    expect(opened.right).toMatchObject({ open: true, tab: 'fire' });
    const folded = pickTab(opened, 'fire');
    expect(folded.right).toMatchObject({ open: false, tab: 'fire' });
    // from folded, any tab (the same one too) unfolds the dock on it
    expect(pickTab(folded, 'fire').right).toMatchObject({ open: true, tab: 'fire' });
    expect(pickTab(folded, 'site').right).toMatchObject({ open: true, tab: 'site' });
  });
});

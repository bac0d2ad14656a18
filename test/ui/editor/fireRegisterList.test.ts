import { describe, expect, it } from 'vitest';
import { contentHeight, registerScopeInView, rowAt, rowTop, scrollToShow, visibleRange } from '../../../src/ui/editor/fireRegister.ts';

const closed = { rowHeight: 28, detailsHeight: 200, openIndex: -1 };
const open = { rowHeight: 28, detailsHeight: 200, openIndex: 10 };

describe('the register list window', () => {
  it('renders a screenful of 20,000 rows, not all of them', () => {
    const [first, last] = visibleRange(28 * 10_000, 560, 20_000, closed);
    expect([first, last]).toEqual([10_000 - 6, 10_000 + 20 + 1 + 6]);
    expect(contentHeight(20_000, closed)).toBe(560_000);
  });
  it('rows after the open one move down by its details', () => {
    expect(rowTop(10, open)).toBe(280);
    expect(rowTop(11, open)).toBe(28 * 11 + 200);
    expect(rowAt(28 * 11 + 100, 100, open)).toBe(10); // inside the details
    expect(rowAt(28 * 11 + 200 + 5, 100, open)).toBe(11);
    expect(contentHeight(100, open)).toBe(2800 + 200);
  });
  it('scrolls a row into view only when it is out of view', () => {
    expect(scrollToShow(5, 0, 560, closed)).toBeNull();
    expect(scrollToShow(100, 0, 560, closed)).toBe(28 * 101 - 560);
    expect(scrollToShow(3, 1000, 560, closed)).toBe(84);
    // an open row brings its details along
    expect(scrollToShow(10, 0, 300, open)).toBe(280 + 28 + 200 - 300);
  });
  it('covers the floor, building or park in view', () => {
    expect(registerScopeInView('floor', 'A', 'A-3F')).toEqual({ floorId: 'A-3F' });
    expect(registerScopeInView('building', 'A', null)).toEqual({ buildingId: 'A' });
    expect(registerScopeInView('park', null, null)).toEqual({});
  });
});

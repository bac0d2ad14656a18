// Pure helpers of the fire register panel: the scope in view, today's date, which columns fit the
// dock or the large view, and the windowed list's arithmetic (fixed row height, one open row
// whose details take a fixed extra height), so 20,000 devices render a screenful of rows.
import type { RegisterScope } from '../../rules/register/register.ts';
import type { RegisterColumn } from '../../rules/register/registerWords.ts';

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** The register covers what is open: a floor, a building, else the park. */
export function registerScopeInView(level: 'park' | 'building' | 'floor', buildingId: string | null, floorId: string | null): RegisterScope {
  if (level === 'floor' && floorId) return { floorId };
  if (level !== 'park' && buildingId) return { buildingId };
  return {};
}

/** The dock (~300 px) shows five columns; the large view all ten. */
export const DOCKED_COLUMNS: readonly RegisterColumn[] = ['id', 'zone', 'nextDue', 'status', 'openDefects'];
export const WIDE_COLUMNS: readonly RegisterColumn[] = ['id', 'type', 'rating', 'building', 'floor', 'zone', 'lastInspected', 'nextDue', 'status', 'openDefects'];

export interface ListGeometry {
  rowHeight: number;
  /** extra height of the open row's details */
  detailsHeight: number;
  /** index of the open row; -1 when none */
  openIndex: number;
}

/** Top of row `i` in the scrolled content. */
export function rowTop(i: number, g: ListGeometry): number {
  return i * g.rowHeight + (g.openIndex >= 0 && i > g.openIndex ? g.detailsHeight : 0);
}

export function contentHeight(count: number, g: ListGeometry): number {
  return count * g.rowHeight + (g.openIndex >= 0 && g.openIndex < count ? g.detailsHeight : 0);
}

/** Index of the row at content offset `y`. */
export function rowAt(y: number, count: number, g: ListGeometry): number {
  if (count === 0) return 0;
  let i = Math.floor(y / g.rowHeight);
  if (g.openIndex >= 0 && i > g.openIndex) {
    const openBottom = (g.openIndex + 1) * g.rowHeight + g.detailsHeight;
    i = y < openBottom ? g.openIndex : g.openIndex + 1 + Math.floor((y - openBottom) / g.rowHeight);
  }
  return Math.max(0, Math.min(count - 1, i));
}

/** The rows to render for a viewport: [first, last) with `overscan` rows either side. */
export function visibleRange(scrollTop: number, viewportHeight: number, count: number, g: ListGeometry, overscan = 6): [number, number] {
  if (count === 0) return [0, 0];
  const first = Math.max(0, rowAt(scrollTop, count, g) - overscan);
  const last = Math.min(count, rowAt(scrollTop + viewportHeight, count, g) + 1 + overscan);
  return [first, last];
}

/** The scroll position that brings row `i` (and its details when open) into view, or null when it already is. */
export function scrollToShow(i: number, scrollTop: number, viewportHeight: number, g: ListGeometry): number | null {
  const top = rowTop(i, g);
  const bottom = top + g.rowHeight + (i === g.openIndex ? g.detailsHeight : 0);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, Math.min(top, bottom - viewportHeight));
  return null;
}

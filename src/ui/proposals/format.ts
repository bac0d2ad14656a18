// Number formats of the comparison and the presentation overlay.
import type { RowKey } from '../../floorplan/proposals/compare.ts';
import type { Locale } from '../../floorplan/types.ts';

export function formatMoney(value: number, currency: string, locale: Locale): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${currency} ${Math.round(value).toLocaleString(locale)}`;
  }
}

export function formatRowValue(key: RowKey, value: number | null, currency: string, locale: Locale): string {
  if (value === null) return '—';
  if (key === 'fitOut' || key === 'oneOffPerSeat' || key === 'rentPerSeatMonth') return formatMoney(value, currency, locale);
  if (key === 'areaPerSeat') return value.toLocaleString(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  return Math.round(value).toLocaleString(locale);
}

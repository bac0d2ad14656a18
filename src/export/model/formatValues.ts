// Numbers and quantities as the reports print them: fixed digits, no locale grouping surprises.
import type { Locale } from '../../floorplan/types.ts';
import { unitText } from '../../rules/format.ts';
import type { Quantity, Requirement } from '../../rules/types.ts';

/** Rounds to `digits` and drops trailing zeros: 2.50 → '2.5', 3 → '3', 1234.567 → '1234.57'. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '—';
  const fixed = value.toFixed(digits);
  return digits > 0 ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Thousands grouped with a thin comma: 20000 → '20,000' (both languages use the comma in tables). */
export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatPercent(ratio: number, digits = 1): string {
  return `${formatNumber(ratio * 100, digits)} %`;
}

const COMPARATORS: Record<Requirement['comparator'], string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=', in: '∈' };

/** A quantity with its unit as written in `locale` (rules/format.ts unitText). */
export function formatQuantity(q: Quantity, locale: Locale = 'en'): string {
  if (q.value === null) return '—';
  const v = typeof q.value === 'number' ? formatNumber(q.value) : q.value;
  const unit = q.unit ? unitText(q.unit, locale) : '';
  return unit ? `${v} ${unit}` : v;
}

export function formatRequirement(r: Requirement, locale: Locale = 'en'): string {
  if (r.value === null) return '—';
  return `${COMPARATORS[r.comparator]} ${formatQuantity(r, locale)}`;
}

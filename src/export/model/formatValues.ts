// Numbers and quantities as the reports print them: fixed digits, no locale grouping surprises.
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

export function formatQuantity(q: Quantity): string {
  if (q.value === null) return '—';
  const v = typeof q.value === 'number' ? formatNumber(q.value) : q.value;
  return q.unit ? `${v} ${q.unit}` : v;
}

export function formatRequirement(r: Requirement): string {
  if (r.value === null) return '—';
  return `${COMPARATORS[r.comparator]} ${formatQuantity(r)}`;
}

// A finding's message and quantities in the UI language.
import type { TFunction } from 'i18next';
import type { Finding, Quantity, Requirement } from '../../rules/types.ts';

export function findingMessage(t: TFunction, finding: Finding): string {
  return t(`rules.${finding.messageKey}`, { ...finding.messageParams, defaultValue: finding.messageKey });
}

function number(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

export function quantityText(q: Quantity, locale: string): string {
  if (q.value === null) return '—';
  const v = typeof q.value === 'number' ? number(q.value, locale) : q.value;
  return q.unit ? `${v} ${q.unit}` : v;
}

export function requirementText(r: Requirement, locale: string): string {
  const comparator = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=', in: '∈' }[r.comparator];
  return `${comparator} ${quantityText(r, locale)}`;
}

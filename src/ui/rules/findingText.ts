// A finding's message and quantities in the UI language.
import { formatFinding, unitText } from '../../rules/format.ts';
import type { Finding, Quantity, Requirement } from '../../rules/types.ts';

/** The rule's own sentence (src/i18n/rules.*.ts) in the UI language. */
export function findingMessage(finding: Finding, language: string): string {
  return formatFinding(finding, language.startsWith('en') ? 'en' : 'zh-CN');
}

function number(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

export function quantityText(q: Quantity, locale: string): string {
  if (q.value === null) return '—';
  const v = typeof q.value === 'number' ? number(q.value, locale) : q.value;
  const unit = q.unit ? unitText(q.unit, locale.startsWith('en') ? 'en' : 'zh-CN') : '';
  return unit ? `${v} ${unit}` : v;
}

export function requirementText(r: Requirement, locale: string): string {
  const comparator = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=', in: '∈' }[r.comparator];
  return `${comparator} ${quantityText(r, locale)}`;
}

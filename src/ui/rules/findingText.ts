// A finding's message and quantities in the UI language.
import type { Locale } from '../../floorplan/types.ts';
import { measuredRange } from '../../rules/findingGroups.ts';
import type { FindingNames } from '../../rules/findingNames.ts';
import { formatFinding, unitText } from '../../rules/format.ts';
import type { Finding, Quantity, Requirement } from '../../rules/types.ts';

/** The two languages the rules speak, from an i18next language tag. */
export function ruleLocale(language: string): Locale {
  return language.startsWith('en') ? 'en' : 'zh-CN';
}

/** The rule's own sentence (src/i18n/rules.*.ts) in the UI language, with names for ids when `names` is given. */
export function findingMessage(finding: Finding, language: string, names?: FindingNames): string {
  const locale = ruleLocale(language);
  return names ? names.message(finding, locale) : formatFinding(finding, locale);
}

/** "33 天" or, over a group, "33–35 天"; '—' when no finding has a number. */
export function measuredRangeText(findings: readonly Finding[], locale: string): string {
  const range = measuredRange(findings);
  if (!range) return '—';
  if (range.min === range.max) return quantityText({ value: range.min, unit: range.unit }, locale);
  const unit = range.unit ? unitText(range.unit, ruleLocale(locale)) : '';
  return `${number(range.min, locale)}–${number(range.max, locale)}${unit ? ` ${unit}` : ''}`;
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

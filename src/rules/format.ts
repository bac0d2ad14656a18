// A finding as one sentence in zh-CN or en, from the rule message strings (src/i18n/rules.*.ts).
// Pure: no i18next instance needed, so the command line and the PDF use it as they are.
import type { Locale } from '../floorplan/types.ts';
import { rulesEn } from '../i18n/rules.en.ts';
import { rulesZhCN } from '../i18n/rules.zh-CN.ts';
import type { Finding } from './types.ts';

export const RULE_MESSAGES: Record<Locale, Record<string, string>> = { 'zh-CN': rulesZhCN, en: rulesEn };

/** Numbers with at most 2 decimals (3 below 1, for ratios like 0.067), no trailing zeros. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '∞';
  const digits = Math.abs(value) < 1 && value !== 0 ? 3 : 2;
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/**
 * A finding's unit as a reader of that language writes it after a number. Symbols (m, m², lx,
 * W/m², m³/h) are the same in both; the word units are not. A plain count needs no unit.
 */
const UNIT_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { count: '个', rating: '级', seats: '座', persons: '人', days: '天', 'm³/h·p': 'm³/(h·人)' },
  en: { count: '', 'm³/h·p': 'm³/(h·person)' },
};

export function unitText(unit: string, locale: Locale): string {
  return UNIT_WORDS[locale][unit] ?? unit;
}

export function messageTemplate(key: string, locale: Locale): string | undefined {
  const table = RULE_MESSAGES[locale];
  if (key.endsWith('.error')) return table['rule.error'];
  return table[key] ?? rulesEn[key];
}

export function formatFinding(finding: Finding, locale: Locale): string {
  const template = messageTemplate(finding.messageKey, locale) ?? finding.messageKey;
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    const value = finding.messageParams[name];
    if (value === undefined) return '—';
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

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
  'zh-CN': { count: '个', rating: '级', seats: '座', persons: '人', days: '天', 'm³/h·p': 'm³/(h·人)', 'm²/seat': 'm²/座', 'm³/p': 'm³/人' },
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

/**
 * The finding's sentence. `params` replaces some of its parameters for the reader (element ids
 * by names: src/rules/findingNames.ts); Chinese drops the blanks a replaced name leaves beside
 * full-width punctuation ("灭火器 （话务二区） 上次" → "灭火器（话务二区）上次").
 */
export function formatFinding(finding: Finding, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  const template = messageTemplate(finding.messageKey, locale) ?? finding.messageKey;
  const text = template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    const value = params?.[name] ?? finding.messageParams[name];
    if (value === undefined) return '—';
    return typeof value === 'number' ? formatNumber(value) : value;
  });
  return locale === 'zh-CN' ? tidyChinese(text) : text.replace(/ {2,}/g, ' ');
}

function tidyChinese(text: string): string {
  return text
    .replace(/ +([（）：，。、；])/g, '$1')
    .replace(/([（）：，。、；]) +/g, '$1')
    .replace(/ {2,}/g, ' ');
}

/** "§5.2.1, Table 5.2.1 (中危险级)" → "§5.2.1，表 5.2.1（中危险级）". */
function codeInChinese(clause: string): string {
  return clause
    .replace(/,\s*Table /g, '，表 ')
    .replace(/\bTables? /g, '表 ')
    .replace(/\bnote /g, '注 ')
    .replace(/\bAppendix /g, '附录 ')
    .replace(/\s*\(([^()]*[\u4e00-\u9fff][^()]*)\)/g, '（$1）');
}

const PRACTICE: Record<Locale, string> = { 'zh-CN': '行业惯例', en: 'Callfloor practice' };

/** Sources that are not a code clause, and what a reader is told instead. */
const NOT_A_CLAUSE: { test: RegExp; text: Record<Locale, string> }[] = [
  { test: /^planning conditions|^规划条件$/i, text: { 'zh-CN': '规划条件', en: 'Planning conditions of the site' } },
  { test: /^design assumption/i, text: { 'zh-CN': '设计假定', en: 'Design assumption' } },
  { test: /^local fire code/i, text: { 'zh-CN': '当地消防规范', en: 'Local fire code' } },
  // our own documentation, sampling choices and call-centre conventions
  { test: /^docs\/|^plan-format|call-center|sampling|^typical|^reference plane/i, text: PRACTICE },
];

/**
 * A finding's clause as a reader should see it: the code clause itself ("GB 50444-2008 §5.2",
 * tables as 表 in Chinese), or what the requirement rests on where no code states it ("行业惯例" /
 * "Callfloor practice", "规划条件" …) — never a path into our documentation.
 */
export function clauseText(clause: string, locale: Locale): string {
  const parts = clause
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p);
  const shown: string[] = [];
  for (const part of parts) {
    const replaced = NOT_A_CLAUSE.find((n) => n.test.test(part))?.text[locale];
    const text = replaced ?? (locale === 'zh-CN' ? codeInChinese(part) : part);
    if (!shown.includes(text)) shown.push(text);
  }
  // a code clause makes a practice note beside it superfluous
  const codes = shown.filter((s) => !Object.values(PRACTICE).includes(s));
  return (codes.length > 0 ? codes : shown).join(locale === 'zh-CN' ? '；' : '; ');
}

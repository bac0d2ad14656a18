// The findings CSV: one row per group of findings with one cause (src/rules/findingGroups.ts),
// numbered, with its count, shared requirement and clause; a group of several is followed by a
// row per finding (same number, item 1, 2 … in a column of its own, so a spreadsheet sorts and
// filters them; "3.10" would read as a number) with its place and measured value. Rule titles and element
// names throughout; ids stay in the command line's --json.
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import { groupFindings } from '../../rules/findingGroups.ts';
import { findingNames } from '../../rules/findingNames.ts';
import { clauseText } from '../../rules/format.ts';
import { ruleTitle, subjectCount } from '../../rules/ruleTitles.ts';
import { compareStatus, type Finding, type FindingStatus, type ReportedRun } from '../../rules/results.ts';
import { measuredText } from '../model/complianceModel.ts';
import { findingsInScope } from '../model/findingsInScope.ts';
import { recommendedFix } from '../model/fixes.ts';
import { formatQuantity, formatRequirement } from '../model/formatValues.ts';
import { resolveScope, type ReportScope } from '../model/scope.ts';
import { reportText } from '../reportText.ts';
import { toCsv, type CsvCell } from './csv.ts';

export interface FindingsCsvOptions {
  locale: Locale;
  scope?: ReportScope;
  rules: ReportedRun;
  /** which statuses to list; default the failures and warnings, as the compliance report */
  statuses?: readonly FindingStatus[];
}

export function findingsCsv(plan: PlanDocument, options: FindingsCsvOptions): string {
  const { locale } = options;
  const text = reportText(locale);
  const scoped = resolveScope(plan, options.scope ?? { kind: 'park' });
  const statuses = new Set(options.statuses ?? ['fail', 'warn']);
  const names = findingNames(plan);
  const reviews = new Map((plan.reviews ?? []).map((r) => [r.findingKey, r]));
  const listed = (scoped ? findingsInScope(options.rules.findings, scoped) : [])
    .filter((f) => statuses.has(f.status))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => compareStatus(a.f.status, b.f.status) || a.i - b.i)
    .map((x) => x.f);

  const reviewText = (f: Finding): string => {
    const r = reviews.get(f.key);
    return r ? [text.reviewDecisions[r.decision], r.note].filter((s) => s).join(': ') : '';
  };
  const location = (f: Finding): string => [names.place(f), names.subject(f, locale)].filter((s) => s).join(' · ');

  const rows: CsvCell[][] = [];
  groupFindings(listed).forEach((g, i) => {
    const n = i + 1;
    const title = ruleTitle(g.ruleId, locale);
    const area = text.areas[g.findings[0]!.area];
    const status = text.statuses[g.status];
    const clause = clauseText(g.clause, locale);
    const fix = g.status === 'fail' || g.status === 'warn' ? recommendedFix(g.ruleId, locale) : '';
    const only = g.findings.length === 1 ? g.findings[0]! : null;
    if (only) {
      rows.push([n, null, area, title, status, 1, formatRequirement(g.required, locale), formatQuantity(only.measured, locale), clause, location(only), names.message(only, locale), fix, reviewText(only)]);
      return;
    }
    const places = [...new Set(g.findings.map((f) => names.place(f)).filter((p) => p))].join(text.listSeparator);
    rows.push([n, null, area, title, status, g.findings.length, formatRequirement(g.required, locale), measuredText(g.findings, locale), clause, places, subjectCount(g.ruleId, g.findings.length, locale), fix, '']);
    g.findings.forEach((f, j) => {
      rows.push([n, j + 1, area, title, status, null, null, formatQuantity(f.measured, locale), null, location(f), names.message(f, locale), null, reviewText(f)]);
    });
  });
  return toCsv(text.csvFindings, rows);
}

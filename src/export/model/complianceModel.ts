// The compliance report as data: basis, summaries, numbered findings, equipment register, actions.
// Findings of one rule with one cause are one numbered group (src/rules/findingGroups.ts); every
// text a reader sees uses rule titles, code clauses and element names, never ids.
import { groupFindings, measuredRange } from '../../rules/findingGroups.ts';
import { findingNames, type FindingNames } from '../../rules/findingNames.ts';
import { clauseText, unitText } from '../../rules/format.ts';
import { ruleTitle, subjectCount } from '../../rules/ruleTitles.ts';
import type { Locale, PlanDocument, Point, Profile } from '../../floorplan/types.ts';
import { addStatus, compareStatus, countStatuses, emptyCounts, RULE_AREAS, type Finding, type FindingStatus, type ReportedRun, type RuleArea, type StatusCounts } from '../../rules/results.ts';
import { equipmentPart, type EquipmentRow, type EquipmentSummary } from './equipment.ts';
import { inspectionActionRows, type InspectionActionRow } from './inspectionActions.ts';
import { findingsInScope } from './findingsInScope.ts';
import { recommendedFix } from './fixes.ts';
import { formatNumber, formatQuantity, formatRequirement } from './formatValues.ts';
import type { ReportMeta } from './meta.ts';
import { resolveScope, scopeName, type ReportScope } from './scope.ts';

export interface FindingRow {
  /** 1-based number of its group, printed in the table and on the plan marker */
  n: number;
  /** 1-based place in its group; 0 when the group is this finding alone */
  item: number;
  /** "3" alone, "3.2" in a group */
  label: string;
  finding: Finding;
  /** the rule's title in the report language */
  title: string;
  /** the rule's sentence with element names */
  message: string;
  required: string;
  measured: string;
  /** the code clause, or what the requirement rests on ("行业惯例") */
  clause: string;
  /** building and floor names */
  place: string;
  /** the elements it names, by name ("灭火器 2（话务二区）") */
  subject: string;
  /** place and subject */
  location: string;
  fix: string;
  /** the facility manager's decision, '' when none */
  review: string;
  reviewNote: string;
  /** who is to fix it (the review's owner), '' when none */
  owner: string;
  /** ISO date YYYY-MM-DD by which it is to be fixed (the review's due date), '' when none */
  due: string;
  /** an open action (no review, or a review still "open") whose due date is before the report date */
  overdue: boolean;
}

/** Findings of one rule with one cause: one numbered row of the findings table, opening to its findings. */
export interface IssueGroup {
  n: number;
  ruleId: string;
  title: string;
  status: FindingStatus;
  count: number;
  /** "3 具灭火器" / "3 extinguishers" */
  counted: string;
  required: string;
  /** the measured value, or its range over the group ("33–35 天") */
  measured: string;
  clause: string;
  fix: string;
  /** where its findings are, floors gathered per building ("A栋 1F、2F") */
  places: string[];
  rows: FindingRow[];
}

export interface PassedRule {
  ruleId: string;
  /** the rule's title in the report language */
  title: string;
  /** the raw clause of the rule's findings */
  clause: string;
  /** the clause as a reader sees it */
  clauseText: string;
  pass: number;
  na: number;
}

export interface FloorSummary {
  buildingName: string;
  floorId: string;
  floorName: string;
  counts: StatusCounts;
}

export interface ComplianceReportModel {
  kind: 'compliance';
  meta: ReportMeta;
  locale: Locale;
  scope: ReportScope;
  scopeName: string;
  profile: Profile;
  /** clause → the rules that applied it, in first-seen order */
  clauses: { clause: string; ruleIds: string[] }[];
  /** the same for a reader: clause text → rule titles (clauses that read alike merged) */
  codes: { clause: string; rules: string[] }[];
  counts: StatusCounts;
  byArea: { area: RuleArea; counts: StatusCounts }[];
  byFloor: FloorSummary[];
  /** fail then warn, grouped by cause, each group numbered */
  issueGroups: IssueGroup[];
  /** the findings of `issueGroups`, in their order */
  issues: FindingRow[];
  passed: PassedRule[];
  /** the extinguishers, one row each (statuses from the register) */
  equipment: EquipmentRow[];
  /** every fire device type of the scope, counted by inspection status (the register's) */
  equipmentSummary: EquipmentSummary[];
  /** the failures of `issues`, with owner, due date and the overdue flag from their reviews */
  actions: FindingRow[];
  /** how many of `actions` are overdue */
  overdueActions: number;
  /** open actions on defects found at inspections (the fire register), due date first */
  inspectionActions: InspectionActionRow[];
}


/** The rule's own sentence in the report language (src/i18n/rules.*.ts), element ids replaced by names. */
export function namedFindingText(names: FindingNames): FindingFormatter {
  return (f, locale) => names.message(f, locale);
}

/** The measured value of one finding, or "min–max unit" over a group. */
export function measuredText(findings: readonly Finding[], locale: Locale): string {
  if (findings.length === 1) return formatQuantity(findings[0]!.measured, locale);
  const range = measuredRange(findings);
  if (!range) return '—';
  if (range.min === range.max) return formatQuantity({ value: range.min, unit: range.unit }, locale);
  const unit = range.unit ? unitText(range.unit, locale) : '';
  return `${formatNumber(range.min)}–${formatNumber(range.max)}${unit ? ` ${unit}` : ''}`;
}

/** Where a finding's anchor is drawn: its point, else the first named element that has a position. */
export function findingPoint(plan: PlanDocument, f: Finding): Point | null {
  if (f.where.point) return f.where.point;
  if (!f.where.floorId) return null;
  for (const b of plan.site.buildings) {
    const floor = b.floors.find((fl) => fl.id === f.where.floorId);
    if (!floor) continue;
    for (const id of f.where.elementIds) {
      const withAt = [floor.workstations, floor.doors, floor.exits, floor.extinguishers, floor.luminaires, floor.airTerminals]
        .flat()
        .find((e) => e.id === id);
      if (withAt) return withAt.at;
      const poly = floor.zones.find((z) => z.id === id)?.polygon ?? floor.cores.find((c) => c.id === id)?.polygon;
      if (poly) {
        const n = poly.length;
        return [poly.reduce((s, p) => s + p[0], 0) / n, poly.reduce((s, p) => s + p[1], 0) / n];
      }
      const wall = floor.walls.find((w) => w.id === id) ?? floor.windows.find((w) => w.id === id);
      if (wall) return [(wall.a[0] + wall.b[0]) / 2, (wall.a[1] + wall.b[1]) / 2];
    }
  }
  return null;
}

/** Open (not accepted or rejected) and due before the report's date (both compared as YYYY-MM-DD). */
export function isOverdue(review: { decision: string; due?: string } | undefined, reportDate: string): boolean {
  if (!review?.due || review.decision !== 'open') return false;
  return review.due < reportDate.slice(0, 10);
}

/** Where a group's findings are, floors gathered per building: "A栋 1F、2F、5F", "B栋". */
function placesOf(plan: PlanDocument, findings: readonly Finding[], locale: Locale): string[] {
  const byBuilding = new Map<string, string[]>();
  for (const b of plan.site.buildings) {
    const floors = b.floors.filter((fl) => findings.some((f) => f.where.floorId === fl.id)).map((fl) => fl.name);
    const own = findings.some((f) => f.where.floorId === undefined && f.where.buildingId === b.id);
    if (floors.length > 0 || own) byBuilding.set(b.name, floors);
  }
  return [...byBuilding].map(([building, floors]) => (floors.length ? `${building} ${floors.join(locale === 'zh-CN' ? '、' : ', ')}` : building));
}

/** Clauses as a reader sees them, each with the titles of the rules that applied it. */
function readableCodes(clauseMap: ReadonlyMap<string, string[]>, locale: Locale): { clause: string; rules: string[] }[] {
  const codes = new Map<string, string[]>();
  for (const [clause, ruleIds] of clauseMap) {
    const text = clauseText(clause, locale);
    const rules = codes.get(text) ?? [];
    for (const id of ruleIds) {
      const title = ruleTitle(id, locale);
      if (!rules.includes(title)) rules.push(title);
    }
    codes.set(text, rules);
  }
  return [...codes].map(([clause, rules]) => ({ clause, rules }));
}

/** Turns a finding into one sentence in the report's language. */
export type FindingFormatter = (finding: Finding, locale: 'zh-CN' | 'en') => string;

export interface ComplianceOptions {
  locale: Locale;
  formatFinding?: FindingFormatter;
  reviewText?: (decision: 'accepted' | 'rejected' | 'open') => string;
}

export function buildComplianceModel(
  plan: PlanDocument,
  rules: ReportedRun,
  meta: ReportMeta,
  scope: ReportScope,
  options: ComplianceOptions,
): ComplianceReportModel | null {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return null;
  const findings = findingsInScope(rules.findings, scoped);
  const names = findingNames(plan);
  const format = options.formatFinding ?? namedFindingText(names);
  const locale = options.locale;
  const reviews = new Map((plan.reviews ?? []).map((r) => [r.findingKey, r]));

  const clauseMap = new Map<string, string[]>();
  for (const f of findings) {
    if (!f.clause) continue;
    const rulesOfClause = clauseMap.get(f.clause) ?? [];
    if (!rulesOfClause.includes(f.ruleId)) rulesOfClause.push(f.ruleId);
    clauseMap.set(f.clause, rulesOfClause);
  }

  const byAreaMap = new Map<RuleArea, StatusCounts>();
  const floorCounts = new Map<string, StatusCounts>();
  const passedMap = new Map<string, PassedRule>();
  for (const f of findings) {
    const a = byAreaMap.get(f.area) ?? emptyCounts();
    addStatus(a, f.status);
    byAreaMap.set(f.area, a);
    if (f.where.floorId) {
      const c = floorCounts.get(f.where.floorId) ?? emptyCounts();
      addStatus(c, f.status);
      floorCounts.set(f.where.floorId, c);
    }
    if (f.status === 'pass' || f.status === 'n/a') {
      const p = passedMap.get(f.ruleId) ?? { ruleId: f.ruleId, title: ruleTitle(f.ruleId, locale), clause: f.clause, clauseText: clauseText(f.clause, locale), pass: 0, na: 0 };
      if (f.status === 'pass') p.pass++;
      else p.na++;
      passedMap.set(f.ruleId, p);
    }
  }

  const issueFindings = findings
    .filter((f) => f.status === 'fail' || f.status === 'warn')
    .map((f, i) => ({ f, i }))
    .sort((x, y) => compareStatus(x.f.status, y.f.status) || x.i - y.i)
    .map((x) => x.f);
  const row = (f: Finding, n: number, item: number): FindingRow => {
    const review = reviews.get(f.key);
    const place = names.place(f);
    const subject = names.subject(f, locale);
    return {
      n,
      item,
      label: item > 0 ? `${n}.${item}` : String(n),
      finding: f,
      title: ruleTitle(f.ruleId, locale),
      message: format(f, locale),
      required: formatRequirement(f.required, locale),
      measured: formatQuantity(f.measured, locale),
      clause: clauseText(f.clause, locale),
      place,
      subject,
      location: [place, subject].filter((s) => s).join(' · '),
      fix: recommendedFix(f.ruleId, locale),
      review: review ? (options.reviewText?.(review.decision) ?? review.decision) : '',
      reviewNote: review?.note ?? '',
      owner: review?.owner ?? '',
      due: review?.due ?? '',
      overdue: isOverdue(review, meta.date),
    };
  };
  const issueGroups: IssueGroup[] = groupFindings(issueFindings).map((g, i) => {
    const n = i + 1;
    const rows = g.findings.map((f, j) => row(f, n, g.findings.length > 1 ? j + 1 : 0));
    return {
      n,
      ruleId: g.ruleId,
      title: ruleTitle(g.ruleId, locale),
      status: g.status,
      count: rows.length,
      counted: subjectCount(g.ruleId, rows.length, locale),
      required: formatRequirement(g.required, locale),
      measured: measuredText(g.findings, locale),
      clause: clauseText(g.clause, locale),
      fix: recommendedFix(g.ruleId, locale),
      places: placesOf(plan, g.findings, locale),
      rows,
    };
  });
  const issues = issueGroups.flatMap((g) => g.rows);

  const actions = issues.filter((r) => r.finding.status === 'fail');

  return {
    kind: 'compliance',
    meta,
    locale: options.locale,
    scope,
    scopeName: scopeName(plan, scoped),
    profile: plan.profile ?? { base: 'gb', overrides: {} },
    clauses: [...clauseMap].map(([clause, ruleIds]) => ({ clause, ruleIds })),
    codes: readableCodes(clauseMap, locale),
    counts: countStatuses(findings),
    byArea: RULE_AREAS.filter((a) => byAreaMap.has(a)).map((area) => ({ area, counts: byAreaMap.get(area)! })),
    byFloor: scoped.buildings.flatMap(({ building, floors }) =>
      floors.map((floor) => ({ buildingName: building.name, floorId: floor.id, floorName: floor.name, counts: floorCounts.get(floor.id) ?? emptyCounts() })),
    ),
    issueGroups,
    issues,
    passed: [...passedMap.values()],
    // intervals from the plan's profile, as the register's and the inspection rules' are
    ...(({ rows, summary }) => ({ equipment: rows, equipmentSummary: summary }))(equipmentPart(plan, scope, meta.date)),
    actions,
    overdueActions: actions.filter((r) => r.overdue).length,
    inspectionActions: inspectionActionRows(plan, scope, meta.date, locale),
  };
}

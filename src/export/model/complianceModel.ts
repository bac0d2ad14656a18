// The compliance report as data: basis, summaries, numbered findings, equipment register, actions.
import { formatFinding } from '../../rules/format.ts';
import type { Locale, PlanDocument, Point, Profile } from '../../floorplan/types.ts';
import type { Finding, RuleArea } from '../../rules/types.ts';
import type { FindingFormatter, RulesOutcome, StatusCounts } from '../rulesOutcome.ts';
import { equipmentRegister, type EquipmentRow } from './equipment.ts';
import { addStatus, countStatuses, emptyCounts, findingsInScope } from './findingsInScope.ts';
import { recommendedFix } from './fixes.ts';
import { formatQuantity, formatRequirement } from './formatValues.ts';
import type { ReportMeta } from './meta.ts';
import { resolveScope, scopeName, type ReportScope } from './scope.ts';

export interface FindingRow {
  /** 1-based number printed in the table and on the plan marker */
  n: number;
  finding: Finding;
  message: string;
  required: string;
  measured: string;
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

export interface PassedRule {
  ruleId: string;
  clause: string;
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
  counts: StatusCounts;
  byArea: { area: RuleArea; counts: StatusCounts }[];
  byFloor: FloorSummary[];
  /** fail then warn, each numbered */
  issues: FindingRow[];
  passed: PassedRule[];
  equipment: EquipmentRow[];
  /** the failures of `issues`, with owner, due date and the overdue flag from their reviews */
  actions: FindingRow[];
  /** how many of `actions` are overdue */
  overdueActions: number;
}

const AREAS: RuleArea[] = ['fire', 'lighting', 'ventilation', 'space', 'zoning', 'site'];

/** The rule's own sentence in the report language (src/i18n/rules.*.ts). */
export const defaultFindingText: FindingFormatter = (f, locale) => formatFinding(f, locale);

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

function locationText(plan: PlanDocument, f: Finding): string {
  const building = f.where.buildingId ? plan.site.buildings.find((b) => b.id === f.where.buildingId) : undefined;
  const floor = f.where.floorId ? plan.site.buildings.flatMap((b) => b.floors).find((fl) => fl.id === f.where.floorId) : undefined;
  const owner = building ?? (floor ? plan.site.buildings.find((b) => b.floors.includes(floor)) : undefined);
  const ids = f.where.elementIds.length > 3 ? `${f.where.elementIds.slice(0, 3).join(', ')} …(+${f.where.elementIds.length - 3})` : f.where.elementIds.join(', ');
  return [owner?.name, floor?.name, ids].filter((s) => s).join(' ');
}

/** Open (not accepted or rejected) and due before the report's date (both compared as YYYY-MM-DD). */
export function isOverdue(review: { decision: string; due?: string } | undefined, reportDate: string): boolean {
  if (!review?.due || review.decision !== 'open') return false;
  return review.due < reportDate.slice(0, 10);
}

const STATUS_ORDER = { fail: 0, warn: 1, pass: 2, 'n/a': 3 } as const;

export interface ComplianceOptions {
  locale: Locale;
  formatFinding?: FindingFormatter;
  /** days between extinguisher inspections (default 30) */
  inspectionIntervalDays?: number;
  reviewText?: (decision: 'accepted' | 'rejected' | 'open') => string;
}

export function buildComplianceModel(
  plan: PlanDocument,
  rules: RulesOutcome,
  meta: ReportMeta,
  scope: ReportScope,
  options: ComplianceOptions,
): ComplianceReportModel | null {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return null;
  const findings = findingsInScope(rules.findings, scoped);
  const format = options.formatFinding ?? defaultFindingText;
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
      const p = passedMap.get(f.ruleId) ?? { ruleId: f.ruleId, clause: f.clause, pass: 0, na: 0 };
      if (f.status === 'pass') p.pass++;
      else p.na++;
      passedMap.set(f.ruleId, p);
    }
  }

  const issueFindings = findings
    .filter((f) => f.status === 'fail' || f.status === 'warn')
    .map((f, i) => ({ f, i }))
    .sort((x, y) => STATUS_ORDER[x.f.status] - STATUS_ORDER[y.f.status] || x.i - y.i)
    .map((x) => x.f);
  const issues: FindingRow[] = issueFindings.map((f, i) => {
    const review = reviews.get(f.key);
    return {
      n: i + 1,
      finding: f,
      message: format(f, options.locale),
      required: formatRequirement(f.required, options.locale),
      measured: formatQuantity(f.measured, options.locale),
      location: locationText(plan, f),
      fix: recommendedFix(f.ruleId, options.locale),
      review: review ? (options.reviewText?.(review.decision) ?? review.decision) : '',
      reviewNote: review?.note ?? '',
      owner: review?.owner ?? '',
      due: review?.due ?? '',
      overdue: isOverdue(review, meta.date),
    };
  });

  const actions = issues.filter((r) => r.finding.status === 'fail');

  return {
    kind: 'compliance',
    meta,
    locale: options.locale,
    scope,
    scopeName: scopeName(plan, scoped),
    profile: plan.profile ?? { base: 'gb', overrides: {} },
    clauses: [...clauseMap].map(([clause, ruleIds]) => ({ clause, ruleIds })),
    counts: countStatuses(findings),
    byArea: AREAS.filter((a) => byAreaMap.has(a)).map((area) => ({ area, counts: byAreaMap.get(area)! })),
    byFloor: scoped.buildings.flatMap(({ building, floors }) =>
      floors.map((floor) => ({ buildingName: building.name, floorId: floor.id, floorName: floor.name, counts: floorCounts.get(floor.id) ?? emptyCounts() })),
    ),
    issues,
    passed: [...passedMap.values()],
    equipment: equipmentRegister(plan, scope, meta.date, options.inspectionIntervalDays ?? 30),
    actions,
    overdueActions: actions.filter((r) => r.overdue).length,
  };
}

// Findings as a person reads them, on the sample park's floor A-3F checked on a fixed date: one
// row per cause (3 overdue extinguishers are one group), rule titles, code clauses and element
// names — never rule ids, element ids or documentation paths — in the report model, the
// compliance PDF and the findings CSV; passing desks say so in the desk CSV.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findingsCsv } from '../../src/export/csv/findings.ts';
import { deskStatus, workstationScheduleCsv } from '../../src/export/csv/schedules.ts';
import { buildComplianceModel, type ComplianceReportModel } from '../../src/export/model/complianceModel.ts';
import type { ReportMeta } from '../../src/export/model/meta.ts';
import { compliancePdf } from '../../src/export/pdf/compliancePdf.ts';
import { loadNodeFonts } from '../../src/export/pdf/fontsNode.ts';
import { reportText } from '../../src/export/reportText.ts';
import type { RunResult } from '../../src/rules/results.ts';
import { parsePlan } from '../../src/floorplan/format/index.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { runRules } from '../../src/rules/runRules.ts';
import { pdfText, writeTemp } from './pdfCheck.ts';

const DATE = '2026-12-06';
const FLOOR = { kind: 'floor', floorId: 'A-3F' } as const;
const meta: ReportMeta = { project: '星河', revision: 1, contentHash: '0123456789abcdef', date: DATE, signOff: {} };

/** What must never reach a reader: element ids of the floor, paths into our docs, rule ids (fire.exit-count). */
const ELEMENT_ID = /A-3F-/;
const DOCS = /docs\//;
const RULE_ID = /\b[a-z]+\.[a-z-]+\b/;

function expectReadable(texts: readonly string[]): void {
  for (const text of texts) {
    expect(text).not.toMatch(ELEMENT_ID);
    expect(text).not.toMatch(DOCS);
    expect(text).not.toMatch(RULE_ID);
  }
}

/** The sample park cut down to building A's third floor (the rules then take ~1 s). */
function sampleFloor(): PlanDocument {
  const parsed = parsePlan(readFileSync(new URL('../../public/samples/sample-park.callfloor.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample park does not parse');
  const plan = parsed.plan;
  const a = plan.site.buildings.find((b) => b.id === 'A')!;
  return { ...plan, site: { ...plan.site, buildings: [{ ...a, floors: a.floors.filter((f) => f.id === 'A-3F') }] } };
}

let plan: PlanDocument;
let rules: RunResult;
const models: Partial<Record<'zh-CN' | 'en', ComplianceReportModel>> = {};

beforeAll(() => {
  plan = sampleFloor();
  rules = runRules(plan, { date: DATE });
  for (const locale of ['zh-CN', 'en'] as const) models[locale] = buildComplianceModel(plan, rules, meta, FLOOR, { locale })!;
}, 60_000);

describe('the compliance model of A-3F', () => {
  it('has one row for the four overdue extinguishers, with count, shared requirement and clause', () => {
    const zh = models['zh-CN']!;
    // inspected 2026-11-03: 33 days before the check date, over the 30-day limit (A-3F-x91, x2190, x2193, x2205)
    const group = zh.issueGroups.find((g) => g.ruleId === 'fire.extinguisher-inspection')!;
    expect(group.count).toBe(4);
    expect(group.rows.map((r) => r.finding.where.elementIds[0])).toEqual(['A-3F-x91', 'A-3F-x2190', 'A-3F-x2193', 'A-3F-x2205']);
    expect(group.title).toBe('灭火器月度检查');
    expect(group.counted).toBe('4 具灭火器');
    expect(group.required).toBe('≤ 30 天');
    expect(group.measured).toBe('33 天');
    expect(group.clause).toBe('GB 50444-2008 §5.2');
    expect(group.rows.map((r) => r.label)).toEqual([`${group.n}.1`, `${group.n}.2`, `${group.n}.3`, `${group.n}.4`]);
    // every finding stays listed, and the groups are about one screen, not a screen per extinguisher
    expect(zh.issues).toHaveLength(zh.issueGroups.reduce((n, g) => n + g.count, 0));
    expect(zh.issueGroups.length).toBeLessThanOrEqual(6);
    expect(zh.issueGroups.length).toBeLessThan(zh.issues.length);
    expect(models.en!.issueGroups.find((g) => g.ruleId === 'fire.extinguisher-inspection')!.counted).toBe('4 extinguishers');
  });

  it('reads with titles, clauses and names, never ids, in both languages', () => {
    for (const m of [models['zh-CN']!, models.en!]) {
      const texts = [
        ...m.issueGroups.flatMap((g) => [g.title, g.counted, g.clause, g.required, g.measured, ...g.places]),
        ...m.issues.flatMap((r) => [r.title, r.message, r.clause, r.location, r.place, r.subject]),
        ...m.codes.flatMap((c) => [c.clause, ...c.rules]),
        ...m.passed.flatMap((p) => [p.title, p.clauseText]),
      ];
      expect(texts.length).toBeGreaterThan(20);
      expectReadable(texts);
    }
    const overdue = models['zh-CN']!.issues.filter((r) => r.finding.ruleId === 'fire.extinguisher-inspection');
    expect(overdue.every((r) => /^灭火器.*（.+）上次检查在 33 天前/.test(r.message))).toBe(true);
    // the seat-access rule has no code clause: it says so instead of pointing into our docs
    expect(models.en!.passed.find((p) => p.ruleId === 'fire.seat-access')!.clauseText).toBe('Callfloor practice');
  });
});

describe('the findings CSV of A-3F', () => {
  it('groups by cause, one row per group and one per finding in it', () => {
    const lines = findingsCsv(plan, { locale: 'zh-CN', scope: FLOOR, rules }).slice(1).split('\r\n').filter((l) => l);
    expect(lines[0]).toBe(reportText('zh-CN').csvFindings.join(','));
    const group = lines.filter((l) => l.includes('灭火器月度检查'));
    // the group's row (count 4, no item) and its four findings (items 1-4)
    expect(group).toHaveLength(5);
    expect(group[0]).toMatch(/^\d+,,消防,灭火器月度检查,不合格,4,≤ 30 天,33 天,GB 50444-2008 §5\.2,A栋 话务楼 3F,4 具灭火器,/);
    expect(group.slice(1).map((l) => l.split(',')[1])).toEqual(['1', '2', '3', '4']);
  });

  it('has no ids or documentation paths, with every status listed too', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const csv = findingsCsv(plan, { locale, scope: FLOOR, rules, statuses: ['fail', 'warn', 'pass', 'n/a'] });
      expect(csv.split('\r\n').length).toBeGreaterThan(40);
      expectReadable([csv]);
    }
  });
});

describe('the desk CSV', () => {
  it('says pass for a desk the checks found nothing against; blank only without a check', () => {
    const words = reportText('en').statuses;
    expect(deskStatus(undefined, true, words)).toBe('pass');
    expect(deskStatus(undefined, false, words)).toBe('');
    expect(deskStatus('warn', true, words)).toBe('warning');
    const rows = workstationScheduleCsv(plan, { locale: 'zh-CN', scope: FLOOR, rules }).slice(1).split('\r\n').filter((l) => l).slice(1);
    expect(rows).toHaveLength(466);
    expect(rows.every((r) => r.endsWith(',合格'))).toBe(true);
  });
});

describe('the compliance PDF of A-3F', () => {
  it('prints the group with its count and the names, and no ids, in both languages (pdftotext)', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const bytes = await compliancePdf(plan, { locale, scope: FLOOR, meta, rules, fonts: loadNodeFonts });
      const text = pdfText(writeTemp(bytes, `readable-${locale}.pdf`));
      expectReadable([text]);
      const flat = text.replace(/\s+/g, '');
      if (locale === 'zh-CN') {
        expect(flat).toContain('灭火器月度检查');
        expect(flat).toContain('4具灭火器');
        expect(flat).toMatch(/（3组，共6条）/); // the door rating, the four extinguishers, the travel reading
        expect(flat).toContain('行业惯例');
      } else {
        expect(text).toMatch(/Monthly extinguisher\s+inspection/);
        expect(text).toContain('4 extinguishers');
      }
    }
  }, 60_000);
});

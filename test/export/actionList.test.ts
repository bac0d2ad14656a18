// The compliance report's action list: owner and due date come from the findings' reviews, and an
// open action past its due date (before the report date) is flagged — in the model and the PDF.
import { describe, expect, it } from 'vitest';
import { buildComplianceModel, isOverdue } from '../../src/export/model/complianceModel.ts';
import type { ReportMeta } from '../../src/export/model/meta.ts';
import { compliancePdf } from '../../src/export/pdf/compliancePdf.ts';
import { loadNodeFonts } from '../../src/export/pdf/fontsNode.ts';
import type { ReportedRun } from '../../src/rules/results.ts';
import { handPlan, handRules } from './fixtures.ts';
import { pdfText, writeTemp } from './pdfCheck.ts';

const meta: ReportMeta = { project: 'p', revision: 4, contentHash: '0123456789abcdef', date: '2026-11-01', signOff: {} };

const EGRESS = 'fire.egress-width|A-1F|A-1F-e1,A-1F-e2';
const TRAVEL = 'fire.travel-distance|A-1F|s11';
const AIR = 'vent.fresh-air|A-2F|z21';

/** The fixture's rules with the two warnings turned into failures: three actions. */
function threeFailures(): ReportedRun {
  const rules = handRules();
  return { ...rules, findings: rules.findings.map((f) => (f.status === 'warn' ? { ...f, status: 'fail' as const } : f)) };
}

function reviewedPlan() {
  const plan = handPlan();
  plan.reviews = [
    // open and due before the report date: overdue
    { findingKey: EGRESS, decision: 'open', owner: '物业 张伟', due: '2026-10-15' },
    // accepted: not an open action, never overdue
    { findingKey: TRAVEL, decision: 'accepted', owner: 'Li Na', due: '2026-09-30' },
    // due on the report date itself: not yet overdue
    { findingKey: AIR, decision: 'open', owner: 'Wang Fang', due: '2026-11-01' },
  ];
  return plan;
}

describe('action list owner and due date', () => {
  it('flags an open review due before the report date only', () => {
    expect(isOverdue({ decision: 'open', due: '2026-10-31' }, '2026-11-01')).toBe(true);
    expect(isOverdue({ decision: 'open', due: '2026-11-01' }, '2026-11-01')).toBe(false);
    expect(isOverdue({ decision: 'accepted', due: '2026-01-01' }, '2026-11-01')).toBe(false);
    expect(isOverdue({ decision: 'open' }, '2026-11-01')).toBe(false);
    expect(isOverdue(undefined, '2026-11-01')).toBe(false);
  });

  it('carries owner, due and the overdue flag on every action row', () => {
    const model = buildComplianceModel(reviewedPlan(), threeFailures(), meta, { kind: 'park' }, { locale: 'en' })!;
    expect(model.actions.map((r) => [r.finding.key, r.owner, r.due, r.overdue])).toEqual([
      [TRAVEL, 'Li Na', '2026-09-30', false],
      [EGRESS, '物业 张伟', '2026-10-15', true],
      [AIR, 'Wang Fang', '2026-11-01', false],
    ]);
    expect(model.overdueActions).toBe(1);
    // an unreviewed failure has blank owner and due
    const bare = buildComplianceModel(handPlan(), handRules(), meta, { kind: 'park' }, { locale: 'en' })!;
    expect(bare.actions.map((r) => [r.owner, r.due, r.overdue])).toEqual([['', '', false]]);
    expect(bare.overdueActions).toBe(0);
  });

  it('prints the owner, the due date and the overdue mark in the PDF (pdftotext)', async () => {
    const en = await compliancePdf(reviewedPlan(), { locale: 'en', scope: { kind: 'park' }, meta, rules: threeFailures(), fonts: loadNodeFonts });
    const text = pdfText(writeTemp(en, 'compliance-actions-en.pdf'));
    const actions = text.slice(text.lastIndexOf('Action list'));
    expect(actions).toContain('Wang Fang');
    expect(actions).toContain('Li Na');
    expect(actions).toContain('2026-10-15');
    expect(actions).toContain('2026-11-01');
    expect(actions).toContain('1 action is overdue at the report date 2026-11-01');
    expect(actions).toMatch(/2026-10-15[\s\S]*overdue/);

    const zh = await compliancePdf(reviewedPlan(), { locale: 'zh-CN', scope: { kind: 'park' }, meta, rules: threeFailures(), fonts: loadNodeFonts });
    const zhText = pdfText(writeTemp(zh, 'compliance-actions-zh.pdf')).replace(/\s+/g, '');
    const zhActions = zhText.slice(zhText.lastIndexOf('整改行动清单'));
    expect(zhActions).toContain('物业张伟');
    expect(zhActions).toContain('2026-10-15');
    expect(zhActions).toContain('有1项整改已逾期');
  }, 60_000);
});

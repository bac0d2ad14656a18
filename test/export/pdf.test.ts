import { describe, expect, it } from 'vitest';
import { capacityPdf } from '../../src/export/pdf/capacityPdf.ts';
import { compliancePdf } from '../../src/export/pdf/compliancePdf.ts';
import { loadNodeFonts } from '../../src/export/pdf/fontsNode.ts';
import type { ReportMeta } from '../../src/export/model/meta.ts';
import { handPlan, handRules } from './fixtures.ts';
import { pageInk, pdfPageCount, pdfText, writeTemp } from './pdfCheck.ts';

const meta: ReportMeta = {
  project: handPlan().name,
  revision: 7,
  contentHash: '0123456789abcdef',
  date: '2026-11-01',
  signOff: { preparedBy: '张伟', checkedBy: '李娜', reviewedBy: '王芳', approvedBy: '臺灣電腦' },
};

// pdftotext -layout may put spaces between CJK glyphs of one run; compare without blanks.
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('compliance PDF', () => {
  it('prints the Chinese headings, sign-off chain, names and figures, on non-blank pages', async () => {
    const steps: number[] = [];
    const bytes = await compliancePdf(handPlan(), {
      locale: 'zh-CN',
      scope: { kind: 'park' },
      meta,
      rules: handRules(),
      fonts: loadNodeFonts,
      onProgress: (f) => steps.push(f),
    });
    const path = writeTemp(bytes, 'compliance-zh.pdf');
    const text = squeeze(pdfText(path));
    for (const heading of ['合规性检查报告', '编制', '校核', '审核', '签发', '检查依据', '问题清单', '消防器材台账', '整改行动清单', '按楼层汇总']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(squeeze(handPlan().name));
    expect(text).toContain('张伟');
    expect(text).toContain('臺灣電腦'); // traditional characters render too
    expect(text).toContain('0123456789abcdef');
    expect(text).toContain('不代替施工图审查');
    expect(text).toContain('≤27.5m'); // required of finding 2
    expect(text).toContain('逾期'); // x12 is 31 days old
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1);
    expect(steps.every((s, i) => i === 0 || s >= steps[i - 1]!)).toBe(true);
    // cover, basis, summary, findings, 2 floor plans, register, actions
    expect(pdfPageCount(path)).toBe(8);
    const ink = pageInk(path);
    expect(ink.every((share) => share > 0.002)).toBe(true);
    expect(bytes.length).toBeLessThan(400_000);
  }, 30_000);

  it('speaks English when asked', async () => {
    const bytes = await compliancePdf(handPlan(), { locale: 'en', scope: { kind: 'floor', floorId: 'A-1F' }, meta, rules: handRules(), fonts: loadNodeFonts });
    const path = writeTemp(bytes, 'compliance-en.pdf');
    const text = pdfText(path);
    expect(text).toContain('Compliance report');
    expect(text).toContain('not a statutory approval');
    expect(text).toContain('Fire equipment register');
    expect(text).not.toContain('A-2F');
    expect(pdfPageCount(path)).toBe(7); // one floor plan
  }, 30_000);
});

describe('capacity PDF', () => {
  it('prints the summary, the indicator table with controls, the stack plan and a page per floor', async () => {
    const bytes = await capacityPdf(handPlan(), { locale: 'zh-CN', scope: { kind: 'park' }, meta, rules: handRules(), fonts: loadNodeFonts });
    const path = writeTemp(bytes, 'capacity-zh.pdf');
    const raw = pdfText(path);
    const text = squeeze(raw);
    for (const heading of ['容量报告', '主要经济技术指标表', '楼层堆叠图', '假定与参数', '编制', '校核', '签发']) expect(text).toContain(heading);
    expect(text).toContain('座位数7');
    expect(text).toContain('人均建筑面积214.29m²'); // 1500 / 7
    expect(text).toContain('容积率0.3≤0.3合格');
    expect(text).toContain('建筑密度16%≤15%不合格');
    expect(text).toContain('合规容量15');
    expect(text).toContain('疏散宽度'); // the binding limit
    expect(pdfPageCount(path)).toBe(6); // cover, summary, stack, 2 floors, assumptions
    expect(pageInk(path).every((share) => share > 0.002)).toBe(true);
  }, 30_000);

  it('in English', async () => {
    const bytes = await capacityPdf(handPlan(), { locale: 'en', scope: { kind: 'building', buildingId: 'A' }, meta, rules: handRules(), fonts: loadNodeFonts });
    const text = pdfText(writeTemp(bytes, 'capacity-en.pdf'));
    expect(text).toContain('Capacity report');
    expect(text).toContain('Main technical-economic indicators');
    expect(text).toMatch(/Compliant capacity\s+15/);
  }, 30_000);
});

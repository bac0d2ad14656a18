// The capacity report's economics: the model's scope rules, and the PDF read back as text
// (investment summary, a page per phase, the tenant table) in both languages.
import { describe, expect, it } from 'vitest';
import { buildEconomicsModel } from '../../src/export/model/economicsModel.ts';
import type { ReportMeta } from '../../src/export/model/meta.ts';
import { capacityPdf } from '../../src/export/pdf/capacityPdf.ts';
import { loadNodeFonts } from '../../src/export/pdf/fontsNode.ts';
import type { ReportedRun } from '../../src/rules/results.ts';
import type { Finding } from '../../src/rules/types.ts';
import { economicsPlan } from '../floorplan/economics/fixture.ts';
import { pageInk, pdfPageCount, pdfText, writeTemp } from './pdfCheck.ts';

const meta: ReportMeta = { project: 'Economics fixture', revision: 2, contentHash: 'feedc0ffee', date: '2026-11-01', signOff: {} };
const squeeze = (s: string): string => s.replace(/\s+/g, '');

function finding(status: Finding['status'], where: Finding['where']): Finding {
  return {
    ruleId: 'fire.door-width',
    area: 'fire',
    status,
    measured: { value: 1, unit: 'm' },
    required: { value: 1, unit: 'm', comparator: '>=' },
    clause: 'GB 50016-2014 §5.5.18',
    messageKey: `fire.door-width.${status}`,
    messageParams: {},
    where,
    key: `fire.door-width|${where.floorId ?? ''}|${where.elementIds.join(',')}`,
  };
}

/** 2 fails on phase 1's floors, 1 warning on phase 2's floor. */
function rules(): ReportedRun {
  const findings = [finding('fail', { buildingId: 'X', floorId: 'X1', elementIds: ['a'] }), finding('fail', { buildingId: 'X', floorId: 'X2', elementIds: ['b'] }), finding('warn', { buildingId: 'Y', floorId: 'Y1', elementIds: ['c'] })];
  return { findings };
}

describe('economics in the capacity model', () => {
  it('is left out for a plan without tenants, phases or costs', () => {
    const plan = economicsPlan();
    delete plan.tenants;
    delete plan.phases;
    delete plan.costs;
    expect(buildEconomicsModel(plan, rules(), { kind: 'park' })).toBeNull();
  });

  it('within a floor scope keeps the phases and tenants that touch the floor', () => {
    const m = buildEconomicsModel(economicsPlan(), rules(), { kind: 'floor', floorId: 'Y1' })!;
    expect(m.phases.map((p) => p.phaseId)).toEqual(['p2']);
    expect(m.tenants.map((t) => t.tenantId)).toEqual(['gamma']);
    expect(Object.keys(m.floors)).toEqual(['Y1']);
    expect(m.floors['Y1']).toEqual({ seats: 12, occupied: 6, byTenant: [{ tenantId: 'gamma', seats: 6 }] });
  });
});

describe('capacity PDF with economics', () => {
  it('zh-CN: investment summary, a page per phase, the tenant table', async () => {
    const bytes = await capacityPdf(economicsPlan(), { locale: 'zh-CN', scope: { kind: 'park' }, meta, rules: rules(), fonts: loadNodeFonts });
    const path = writeTemp(bytes, 'capacity-economics-zh.pdf');
    const text = squeeze(pdfText(path));
    for (const word of ['投资与分期汇总', '分期：Phase1', '分期：Phase2', '租户一览', '租期', '单座投资', '运营成本', '空置坐席', '成本参数']) expect(text).toContain(word);
    // phase 1: 2,117,000 ÷ 18 = 117,611; phase 2: 131,500; park 3,695,000 ÷ 30 = 123,167
    expect(text).toContain('单座投资CNY117,611CNY131,500CNY123,167');
    expect(text).toContain('投资CNY2,117,000CNY1,578,000CNY3,695,000');
    expect(text).toContain('空置坐席066');
    expect(text).toContain('不合格2·警告0');
    expect(text).toContain('不合格0·警告1');
    // tenant rows: name, floors, leased, occupied, lease, months, rent/seat, rent/month, over the lease (less 3 months)
    expect(text).toContain('AlphaX1F662026-01-01–2028-12-3136CNY100CNY600CNY19,800');
    expect(text).toContain('GammaX1F、Y1F1010——CNY80CNY800—'); // no lease dates: no months, no lease income
    // cover, summary, stack, investment summary, 2 phases, tenants, 3 floors, assumptions
    expect(pdfPageCount(path)).toBe(11);
    expect(pageInk(path).every((share) => share > 0.002)).toBe(true);
  }, 30_000);

  it('en: the same parts in English', async () => {
    const bytes = await capacityPdf(economicsPlan(), { locale: 'en', scope: { kind: 'park' }, meta, rules: rules(), fonts: loadNodeFonts });
    const path = writeTemp(bytes, 'capacity-economics-en.pdf');
    const raw = pdfText(path);
    const text = squeeze(raw);
    for (const word of ['Investmentandphases', 'Phase:Phase1', 'Phase:Phase2', 'Tenants', 'Lease', 'Investmentperseat', 'Runningcostperseat·month', 'Vacantseats', 'Costbasis']) expect(text).toContain(word);
    // the lease column wraps its end date onto a second line
    expect(text).toContain('BetaX2F882026-07-01–12CNY120CNY960CNY8,6402027-06-30');
    expect(text).toContain('CNY6,089(rent889+utilities200+staff5,000)');
    expect(text).toContain('2fail·0warn');
    expect(pdfPageCount(path)).toBe(11);
  }, 30_000);
});

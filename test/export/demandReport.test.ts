// The capacity report's demand section: the profiles in scope with agents, seats needed and the
// comparison with the scope's seats, in the model and printed in the PDF.
import { describe, expect, it } from 'vitest';
import { buildCapacityModel } from '../../src/export/model/capacityModel.ts';
import type { ReportMeta } from '../../src/export/model/meta.ts';
import { capacityPdf } from '../../src/export/pdf/capacityPdf.ts';
import { loadNodeFonts } from '../../src/export/pdf/fontsNode.ts';
import type { DemandProfile, PlanDocument } from '../../src/floorplan/types.ts';
import { handPlan, handRules } from './fixtures.ts';
import { pdfText, writeTemp } from './pdfCheck.ts';

const meta: ReportMeta = { project: 'p', revision: 1, contentHash: 'abc', date: '2026-11-01', signOff: {} };

// 200 calls/h × 180 s at 80/20 → 14 agents, 20 with 30 % shrinkage, one shift → 20 seats; A-1F has 5
const hotline: DemandProfile = {
  id: 'd1', name: '售后热线', scope: { floorId: 'A-1F' }, intervals: [{ start: '09:00', callsPerHour: 200 }], ahtSeconds: 180,
  serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3, hoursOfOperation: { open: '09:00', close: '17:00' }, shiftHours: 8,
};

function planWithDemand(): PlanDocument {
  return { ...handPlan(), demand: [hotline, { ...hotline, id: 'd2', name: 'Park-wide', scope: {} }] };
}

describe('capacity report: seats from demand', () => {
  it('the model lists the profiles within the scope with their outcome', () => {
    const park = buildCapacityModel(planWithDemand(), handRules(), meta, { kind: 'park' })!;
    expect(park.demand.map((d) => d.profile.id)).toEqual(['d1', 'd2']);
    expect(park.demand[0]).toMatchObject({ result: { peakAgents: 14, peakScheduled: 20, seatsNeeded: 20 }, comparison: { needed: 20, have: 5, balance: -15 } });
    expect(park.demand[1]!.comparison).toEqual({ needed: 20, have: 7, balance: -13 });
    const floor2 = buildCapacityModel(planWithDemand(), handRules(), meta, { kind: 'floor', floorId: 'A-2F' })!;
    expect(floor2.demand).toEqual([]);
    expect(buildCapacityModel(handPlan(), handRules(), meta, { kind: 'park' })!.demand).toEqual([]);
  });

  it('the PDF prints the section with inputs, agents, seats needed and the shortfall', async () => {
    const bytes = await capacityPdf(planWithDemand(), { locale: 'zh-CN', scope: { kind: 'floor', floorId: 'A-1F' }, meta, rules: handRules(), fonts: loadNodeFonts });
    const text = pdfText(writeTemp(bytes, 'capacity-demand-zh.pdf')).replace(/\s+/g, '');
    expect(text).toContain('按话务量测算工位');
    expect(text).toContain('售后热线');
    expect(text).toContain('所需工位数');
    expect(text).toContain('1420205缺15个'); // agents 14, scheduled 20, seats needed 20, in the plan 5, short by 15
    expect(text).toContain('平均处理时长180s');
  }, 30_000);
});

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../../src/export/model/meta.ts';
import { loadNodeFonts } from '../../../src/export/pdf/fontsNode.ts';
import { proposalPdf, type ProposalImage } from '../../../src/export/proposal/proposalPdf.ts';
import { compareProposals, proposalFigures } from '../../../src/floorplan/proposals/compare.ts';
import type { CostParameters } from '../../../src/floorplan/types.ts';
import { pageInk, pdfText, writeTemp } from '../pdfCheck.ts';

const COSTS: CostParameters = { currency: 'CNY', fitOutPerM2: 1500, rentPerM2Month: 45, equipmentPerSeat: 6000 };
const meta: ReportMeta = { project: '星河呼叫中心产业园', revision: 3, contentHash: 'feedfacecafebeef', date: '2026-11-01', signOff: {} };

// a 1 × 1 PNG (opaque pixel), enough for the PDF to hold one image per building
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const images: ProposalImage[] = [
  { buildingId: 'A', name: 'A栋 话务楼', dataUrl: PIXEL, width: 1, height: 1 },
  { buildingId: 'B', name: 'B栋 话务楼', dataUrl: PIXEL, width: 1, height: 1 },
];

function comparison() {
  const dense = proposalFigures('a', '方案A 高密度', { capacity: { seats: 200, capacity: 180, binding: 'exit-width', grossArea: 2000 }, findings: [{ area: 'fire', status: 'fail' }] }, COSTS);
  const comfort = proposalFigures('b', '方案B 舒适型', { capacity: { seats: 160, capacity: 240, binding: 'fresh-air', grossArea: 2000 }, findings: [{ area: 'lighting', status: 'warn' }] }, COSTS);
  return compareProposals([dense, comfort], 'CNY');
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('proposal PDF', () => {
  it('zh-CN: title, both proposals, KPI values with the best marked, one image per building, no blank page', async () => {
    const bytes = await proposalPdf(comparison(), { locale: 'zh-CN', meta, fonts: loadNodeFonts, costs: COSTS, images });
    const path = writeTemp(bytes, 'proposals-zh.pdf');
    const text = squeeze(pdfText(path));
    expect(text).toContain('方案比较报告');
    expect(text).toContain('方案A高密度');
    expect(text).toContain('方案B舒适型');
    expect(text).toContain('关键指标');
    // seats 200 ★ vs 160; one-off per seat (3 000 000 + 6000 × 200) / 200 = 21 000 ★ vs 24 750
    expect(text).toContain('座位数200★160');
    expect(text).toContain('CNY21,000★CNY24,750');
    // rent per seat per month 45 × 2000 / 200 = 450 ★ vs 562.5 → 563
    expect(text).toContain('CNY450★CNY563');
    expect(text).toContain('exit-width');
    expect(text).toContain('合规性摘要');
    const list = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
    expect(list.split('\n').filter((l) => l.trim().split(/\s+/)[2] === 'image')).toHaveLength(2);
    for (const ink of pageInk(path)) expect(ink).toBeGreaterThan(0.002);
  });

  it('en: English headings and the same figures', async () => {
    const bytes = await proposalPdf(comparison(), { locale: 'en', meta, fonts: loadNodeFonts, costs: COSTS, images: [] });
    const text = squeeze(pdfText(path(bytes)));
    expect(text).toContain('Proposalcomparison');
    expect(text).toContain('Keyfigures');
    expect(text).toContain('Seats200★160');
    expect(text).toContain('(no3Dview)');
    expect(text).toContain('Compliancesummary');
  });
});

function path(bytes: Uint8Array): string {
  return writeTemp(bytes, 'proposals-en.pdf');
}

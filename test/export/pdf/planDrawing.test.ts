import { describe, expect, it } from 'vitest';
import { floorDrawing } from '../../../src/export/model/floorDrawing.ts';
import { loadNodeFonts } from '../../../src/export/pdf/fontsNode.ts';
import { drawFloorPlan, USE_COLORS } from '../../../src/export/pdf/planDrawing.ts';
import { ReportWriter } from '../../../src/export/pdf/reportWriter.ts';
import type { Locale } from '../../../src/floorplan/types.ts';
import { ZONE_USES } from '../../../src/floorplan/types.ts';
import { ZONE_COLORS } from '../../../src/view3d/palette.ts';
import { pageInk, pdfText, writeTemp } from '../pdfCheck.ts';
import { testFloor } from '../planFixture.ts';

const squeeze = (s: string): string => s.replace(/\s+/g, '');

async function planPage(locale: Locale): Promise<{ text: string; below: number; ink: number }> {
  const w = new ReportWriter(await loadNodeFonts(), locale, { left: '', right: '' });
  const { building, floor } = testFloor();
  const below = drawFloorPlan(w, floorDrawing(building, floor), { x: 14, y: 20, width: 160, height: 150 });
  const path = writeTemp(w.finish(), `plan-${locale}.pdf`);
  return { text: squeeze(pdfText(path)), below, ink: pageInk(path)[0]! };
}

describe('plan drawing', () => {
  it('zh-CN: zone labels with area and seats, the use legend, the symbol key, north arrow and a round scale bar', async () => {
    const { text, below, ink } = await planPage('zh-CN');
    for (const word of ['会议室', '30m²', '1座', '走道', '实体墙', '玻璃隔断', '防火墙', '门', '窗', '核心筒', '安全出口', '北', '1.5m']) expect(text).toContain(word);
    // 10 m across 160 mm (plus badge room) is about 15 mm/m: the longest round bar ≤ 30 mm is 2 m
    expect(text).toContain('2m');
    expect(below).toBeGreaterThan(20);
    expect(below).toBeLessThanOrEqual(20 + 150);
    expect(ink).toBeGreaterThan(0.02);
  }, 30_000);

  it('en: the same in English', async () => {
    const { text } = await planPage('en');
    for (const word of ['meeting', 'corridor', '1seat', 'Wall', 'Glasspartition', 'Firewall', 'Door', 'Window', 'Core', 'Exit']) expect(text).toContain(word);
    expect(text).not.toContain('1seats');
  }, 30_000);

  it('fills zones in the colours the screen uses', () => {
    for (const use of ZONE_USES) {
      const hex = ZONE_COLORS[use];
      const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(USE_COLORS[use], use).toEqual(rgb);
    }
  });
});

// The fire-safety layer of the report's floor plans: detector coverage radii by room size (GB 50116
// Table 6.2.2, from the profile), and the plan drawing's signs, emergency luminaires, detectors,
// exhaust inlets, hydrants, fire partitions and stair enclosures with a symbol key entry for each.
import { describe, expect, it } from 'vitest';
import { floorDrawing } from '../../../src/export/model/floorDrawing.ts';
import { GB_DETECTOR_RADII, detectorRadii, detectorRadiusAt, safetyDrawing } from '../../../src/export/model/safetyDrawing.ts';
import { loadNodeFonts } from '../../../src/export/pdf/fontsNode.ts';
import { drawFloorPlan } from '../../../src/export/pdf/planDrawing.ts';
import { ReportWriter } from '../../../src/export/pdf/reportWriter.ts';
import type { Floor, Locale } from '../../../src/floorplan/types.ts';
import { pageInk, pdfText, writeTemp } from '../pdfCheck.ts';
import { rect, testFloor } from '../planFixture.ts';

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** testFloor with one of each device, a fire partition and the stair core stated enclosed, 1.2 m flight. */
function safetyOverrides(base: Floor): Partial<Floor> {
  return {
    walls: [...base.walls, { id: 'w4', a: [1, 3], b: [1, 6], kind: 'fire-partition', fireResistance: 2 }],
    cores: [{ id: 'c1', kind: 'stair', polygon: rect(7, 4, 9, 6), enclosure: 'enclosed', flightWidth: 1.2 }],
    luminaires: [{ id: 'l1', at: [3, 1.5], mount: 2.8, flux: 3000, power: 30, emergency: true }],
    detectors: [{ id: 'sd1', at: [5, 1.5] }],
    smokeExhausts: [{ id: 'se1', at: [6, 1.5] }],
    hydrants: [{ id: 'h1', at: [0.5, 1.5] }],
    exitSigns: [
      { id: 'es1', at: [9.5, 1.5], kind: 'exit' },
      { id: 'es2', at: [4, 1], kind: 'direction', rotation: 0 },
    ],
  };
}

describe('detector coverage radius', () => {
  it('is 6.7 m in a room of 80 m² or less and 5.8 m above it (boundary at exactly 80 m²)', () => {
    const { floor } = testFloor();
    const at80 = { ...floor, zones: [{ id: 'z', name: 'z', use: 'work' as const, polygon: rect(0, 0, 10, 8) }] };
    const at81 = { ...floor, zones: [{ id: 'z', name: 'z', use: 'work' as const, polygon: rect(0, 0, 10, 8.1) }] };
    expect(detectorRadiusAt(at80, [5, 5])).toBe(6.7);
    expect(detectorRadiusAt(at81, [5, 5])).toBe(5.8);
    // outside every zone the floor plate (10 × 6 = 60 m²) is the room
    expect(detectorRadiusAt({ ...floor, zones: [] }, [5, 5])).toBe(6.7);
  });

  it('comes from the plan profile, overrides applied; the GB figures by default', () => {
    expect(detectorRadii()).toEqual(GB_DETECTOR_RADII);
    expect(detectorRadii({ profile: { base: 'gb', overrides: { 'fire.detector.radius.large': 5 } } }).largeRoom).toBe(5);
    const { floor } = testFloor();
    const big = { ...floor, detectors: [{ id: 'sd1', at: [5, 5] as [number, number] }], zones: [{ id: 'z', name: 'z', use: 'work' as const, polygon: rect(0, 0, 10, 9) }] };
    expect(safetyDrawing(big, { largeRoom: 5, smallRoom: 6, smallRoomArea: 80 }).detectors).toEqual([{ at: [5, 5], radius: 5 }]);
  });

  it('lists signs with the way a direction sign points, emergency luminaires only, and stated stairs', () => {
    const base = testFloor().floor;
    const { floor } = testFloor(safetyOverrides(base));
    const s = safetyDrawing({ ...floor, luminaires: [...floor.luminaires, { id: 'l2', at: [2, 2], mount: 2.8, flux: 3000, power: 30 }] });
    expect(s.signs).toEqual([{ at: [9.5, 1.5], kind: 'exit', rotation: 0 }, { at: [4, 1], kind: 'direction', rotation: 0 }]);
    expect(s.emergencyLuminaires).toEqual([[3, 1.5]]);
    expect(s.stairs).toEqual([{ polygon: rect(7, 4, 9, 6), enclosure: 'enclosed', flightWidth: 1.2 }]);
    // corridor 30 m² ≤ 80: 6.7 m
    expect(s.detectors).toEqual([{ at: [5, 1.5], radius: 6.7 }]);
  });
});

async function planPage(locale: Locale, withSafety: boolean): Promise<{ text: string; ink: number }> {
  const w = new ReportWriter(await loadNodeFonts(), locale, { left: '', right: '' });
  const base = testFloor().floor;
  const { building, floor } = testFloor(withSafety ? safetyOverrides(base) : {});
  drawFloorPlan(w, floorDrawing(building, floor), { x: 14, y: 20, width: 160, height: 150 });
  const path = writeTemp(w.finish(), `safety-${locale}-${withSafety}.pdf`);
  return { text: squeeze(pdfText(path)), ink: pageInk(path)[0]! };
}

describe('the report plan draws the fire-safety layer', () => {
  it('zh-CN: a key entry for each symbol drawn, and the stair labelled with its enclosure and flight', async () => {
    const { text, ink } = await planPage('zh-CN', true);
    for (const word of ['防火隔墙', '安全出口标志', '疏散指示标志', '应急照明灯', '感烟探测器', '探测器保护半径', '6.7m', '5.8m', '排烟口', '室内消火栓', '封闭楼梯间', '梯段1.2m']) expect(text).toContain(word);
    const plain = await planPage('zh-CN', false);
    for (const word of ['防火隔墙', '安全出口标志', '应急照明灯', '排烟口', '室内消火栓', '封闭楼梯间']) expect(plain.text).not.toContain(word);
    // coverage circles and symbols add ink to the page
    expect(ink).toBeGreaterThan(plain.ink);
  }, 30_000);

  it('en: the same key in English', async () => {
    const { text } = await planPage('en', true);
    for (const word of ['Firepartition', 'Safetyexitsign', 'Evacuationsign', 'Emergencyluminaire', 'Smokedetector', 'Smokeexhaustinlet', 'Indoorhydrant', 'Enclosedstair', 'flight1.2m']) expect(text).toContain(word);
  }, 30_000);
});

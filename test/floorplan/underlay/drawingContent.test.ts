// Which bytes a drawing is hashed as, and the plan's underlays with and without inline copies.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Underlay } from '../../../src/floorplan/types.ts';
import { drawingBytes, drawingHashesOf, drawingRefSync, drawingSource, withInlineDrawings, withoutInlineDrawings } from '../../../src/floorplan/underlay/drawingContent.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const DXF = '0\nSECTION\n2\nENTITIES\n0\nTEXT\n8\n房间\n1\n会议室\n0\nENDSEC\n0\nEOF\n';

function withUnderlay(plan: PlanDocument, floor: number, u: Underlay): PlanDocument {
  const next = structuredClone(plan);
  next.site.buildings[0]!.floors[floor]!.underlay = u;
  return next;
}

const base = { origin: [0, 0] as [number, number], scale: 1, rotation: 0, opacity: 1, locked: false, visible: true };

describe('drawing bytes', () => {
  it('a DXF is its text in UTF-8 (Chinese included); an image is its file, decoded from the data URL', () => {
    expect(Buffer.from(drawingBytes('dxf', DXF)).toString('utf8')).toBe(DXF);
    expect(drawingBytes('dxf', DXF).length).toBe(Buffer.byteLength(DXF));
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 128]);
    const url = drawingSource('image', 'image/png', png);
    expect(url).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    expect([...drawingBytes('image', url)]).toEqual([...png]);
    expect(drawingSource('dxf', 'image/vnd.dxf', drawingBytes('dxf', DXF))).toBe(DXF);
    const { ref } = drawingRefSync('image', url, 'a.png');
    expect(ref).toEqual({ hash: `sha256:${createHash('sha256').update(png).digest('hex')}`, bytes: 7, name: 'a.png', mime: 'image/png' });
  });
});

describe('inline drawings', () => {
  const { ref } = drawingRefSync('dxf', DXF, '3F.dxf');
  const plan = withUnderlay(examplePlan(), 0, { kind: 'dxf', drawing: ref, source: DXF, ...base });

  it('without: the inline copies go, the references stay, untouched floors are the same objects', () => {
    const out = withoutInlineDrawings(plan);
    expect(out.site.buildings[0]!.floors[0]!.underlay).toEqual({ kind: 'dxf', drawing: ref, ...base });
    expect(out.site.buildings[0]!.floors[1]).toBe(plan.site.buildings[0]!.floors[1]);
    expect(plan.site.buildings[0]!.floors[0]!.underlay!.source).toBe(DXF); // the input is not changed
    expect(withoutInlineDrawings(out)).toBe(out);
    expect(drawingHashesOf(out)).toEqual([ref.hash]);
  });

  it('with: each reference gets its drawing from the lookup; those it lacks are listed as missing', () => {
    const bare = withoutInlineDrawings(plan);
    const found = withInlineDrawings(bare, (h) => (h === ref.hash ? DXF : undefined));
    expect(found.missing).toEqual([]);
    expect(found.plan.site.buildings[0]!.floors[0]!.underlay!.source).toBe(DXF);
    const lacking = withInlineDrawings(bare, () => undefined);
    expect(lacking.missing).toEqual([ref]);
    expect(lacking.plan).toBe(bare);
  });
});

// Format version 2: an underlay names its drawing by content hash. A version-1 file's inline
// `source` is kept (as the inline copy) and the reference is computed from it; a version-2 file
// may carry the reference alone (exported without drawings) and the command line accepts it,
// since validate and check never look at the drawing.
import { CURRENT_VERSION } from '../../src/floorplan/format/migrations.ts';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { sampleText } from '../fixtures/plans.ts';

const DXF = '0\nSECTION\n2\nENTITIES\n0\nLINE\n8\nWALL\n10\n0\n20\n0\n11\n1000\n21\n0\n0\nENDSEC\n0\nEOF\n';
// a 1 × 1 PNG
const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PNG_URL = `data:image/png;base64,${PNG_BYTES.toString('base64')}`;
const sha = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const placement = { origin: [20, 20], scale: 0.001, rotation: 0, opacity: 0.6, locked: false, visible: true };

/** The spec example (version 1) with a DXF underlay on its first floor and an image one on a proposal's. */
function v1WithUnderlays(): any {
  const doc = JSON.parse(sampleText('example.callfloor.json'));
  expect(doc.version).toBe(1);
  doc.site.buildings[0].floors[0].underlay = { kind: 'dxf', source: DXF, ...placement, hiddenLayers: ['AXIS'] };
  const other = structuredClone(doc.site);
  other.buildings[0].floors[0].underlay = { kind: 'image', source: PNG_URL, ...placement };
  doc.proposals = [{ id: 'p2', name: '方案B', site: other }];
  doc.activeProposal = { id: 'p1', name: '方案A' };
  return doc;
}

describe('a version-1 underlay with its drawing inline', () => {
  it('gets a reference: hash of the bytes, their size, a name and a media type; the inline copy stays', () => {
    const parsed = parsePlan(JSON.stringify(v1WithUnderlays()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.version).toBe(CURRENT_VERSION);
    const dxf = parsed.plan.site.buildings[0]!.floors[0]!.underlay!;
    expect(dxf.drawing).toEqual({ hash: sha(DXF), bytes: Buffer.byteLength(DXF), name: 'drawing.dxf', mime: 'image/vnd.dxf' });
    expect(dxf.source).toBe(DXF);
    expect(dxf.hiddenLayers).toEqual(['AXIS']);
    // the reference right after the kind, the placement as it was
    expect(Object.keys(dxf).slice(0, 3)).toEqual(['kind', 'drawing', 'source']);
    expect(dxf.origin).toEqual([20, 20]);
    const image = parsed.plan.proposals![0]!.site.buildings[0]!.floors[0]!.underlay!;
    expect(image.drawing).toEqual({ hash: sha(PNG_BYTES), bytes: PNG_BYTES.length, name: 'drawing.png', mime: 'image/png' });
    expect(image.source).toBe(PNG_URL);
  });

  it('a floor without an underlay is left alone', () => {
    const parsed = parsePlan(JSON.stringify(v1WithUnderlays()));
    expect(parsed.ok && parsed.plan.site.buildings[0]!.floors[1]?.underlay).toBeUndefined();
  });
});

describe('version-2 underlays', () => {
  function v2(underlay: unknown): string {
    const parsed = parsePlan(sampleText('example.callfloor.json'));
    if (!parsed.ok) throw new Error('example');
    const doc = JSON.parse(serializePlan(parsed.plan));
    doc.site.buildings[0].floors[0].underlay = underlay;
    return JSON.stringify(doc);
  }
  const ref = { hash: sha(DXF), bytes: Buffer.byteLength(DXF), name: '3F.dxf', mime: 'image/vnd.dxf' };

  it('a reference alone (a file exported without drawings) loads and saves back equal', () => {
    const parsed = parsePlan(v2({ kind: 'dxf', drawing: ref, ...placement }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.site.buildings[0]!.floors[0]!.underlay!.drawing).toEqual(ref);
    expect(parsed.plan.site.buildings[0]!.floors[0]!.underlay!.source).toBeUndefined();
    const again = parsePlan(serializePlan(parsed.plan));
    expect(again.ok && again.plan).toEqual(parsed.plan);
  });

  it('an underlay with no reference, or a badly formed hash, is a problem at its path', () => {
    const none = parsePlan(v2({ kind: 'dxf', source: DXF, ...placement }));
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problems.map((p) => p.path)).toContain('site.buildings[0].floors[0].underlay.drawing');
    const bad = parsePlan(v2({ kind: 'dxf', drawing: { ...ref, hash: 'md5:abc' }, ...placement }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems[0]).toMatchObject({ path: 'site.buildings[0].floors[0].underlay.drawing.hash', code: 'bad-hash' });
      expect(bad.problems[0]!.message.en).toContain('sha256:');
    }
  });

  it('the command line validates a file whose drawing it does not have, and one with the drawing inline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callfloor-drawing-'));
    const io = { stdout: () => undefined, stderr: () => undefined };
    const refOnly = join(dir, 'ref.callfloor.json');
    writeFileSync(refOnly, v2({ kind: 'dxf', drawing: ref, ...placement }));
    expect(await main(['validate', refOnly], io)).toBe(0);
    // the inline copy is not checked against its hash: validate ignores underlay content
    const inline = join(dir, 'inline.callfloor.json');
    writeFileSync(inline, v2({ kind: 'dxf', drawing: ref, source: 'not the same text', ...placement }));
    expect(await main(['validate', inline], io)).toBe(0);
    const v1 = join(dir, 'v1.callfloor.json');
    writeFileSync(v1, JSON.stringify(v1WithUnderlays()));
    expect(await main(['validate', v1], io)).toBe(0);
  });
});

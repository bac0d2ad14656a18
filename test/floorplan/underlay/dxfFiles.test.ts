// Reading a DXF from its bytes: code pages ($DWGCODEPAGE ANSI_936 → GBK, ANSI_1252) and UTF-8
// (AC1021+), binary DXF, and the clear bilingual errors for a DWG, a cut-off or damaged file, a
// 天正 drawing of custom objects, an empty or foreign file.
import { describe, expect, it } from 'vitest';
import { readDxf, readDxfBytes, type DxfDrawing, type DxfReadResult } from '../../../src/floorplan/underlay/dxfSegments.ts';
import { arc, binaryDxf, custom, dxf, dxfGroups, encodeGbk, insert, line, lwpolyline, text, type DxfSpec } from './dxfText.ts';

function ok(result: DxfReadResult): DxfDrawing {
  if (!result.ok) throw new Error(result.error.en);
  return result.drawing;
}

function failed(result: DxfReadResult) {
  if (result.ok) throw new Error('read a file that should have failed');
  return result.error;
}

const chinese = (version: string, codepage?: string): DxfSpec => ({
  version,
  ...(codepage ? { codepage } : {}),
  insunits: 4,
  layers: [{ name: '墙体' }],
  entities: [line('墙体', [0, 0], [6000, 0]), text('房间名称', '会议室', [3000, 2000], { height: 300 })],
});

describe('text encodings', () => {
  it('decodes an ANSI_936 (GBK) file: layer 墙体 and text 会议室', () => {
    const bytes = encodeGbk(dxf(chinese('AC1015', 'ANSI_936')));
    // really GBK: 墙 is C7 BD, not UTF-8
    expect(Array.from(encodeGbk('墙'))).toEqual([0xc7, 0xbd]);
    const d = ok(readDxfBytes(bytes));
    expect(d.encoding).toBe('gbk');
    expect(d.version).toBe('AC1015');
    expect(d.layers.map((l) => l.name)).toEqual(['墙体', '房间名称']);
    expect(d.entities.texts.map((t) => t.text)).toEqual(['会议室']);
  });

  it('decodes an AutoCAD 2013 (AC1027) file as UTF-8 whatever code page it names', () => {
    const bytes = new TextEncoder().encode(dxf(chinese('AC1027', 'ANSI_936')));
    const d = ok(readDxfBytes(bytes));
    expect(d.encoding).toBe('utf-8');
    expect(d.layers[0]!.name).toBe('墙体');
    expect(d.entities.texts[0]!.text).toBe('会议室');
  });

  it('decodes ANSI_1252 (Büro), and \\U+ escapes in layer names', () => {
    const source = dxf({ version: 'AC1015', codepage: 'ANSI_1252', entities: [text('0', 'Büro', [0, 0]), line('\\U+5899\\U+4F53', [0, 0], [1, 0])] });
    const bytes = Uint8Array.from(source, (c) => c.charCodeAt(0));
    expect(bytes.includes(0xfc)).toBe(true);
    const d = ok(readDxfBytes(bytes));
    expect(d.entities.texts[0]!.text).toBe('Büro');
    expect(d.layers.map((l) => l.name)).toEqual(['0', '墙体']);
  });

  it('reads an old file that names no code page as UTF-8, or as GB18030 when it is not UTF-8 (with a notice)', () => {
    const d = ok(readDxfBytes(encodeGbk(dxf(chinese('AC1015')))));
    expect(d.encoding).toBe('gb18030');
    expect(d.layers[0]!.name).toBe('墙体');
    expect(d.notices.map((n) => n.code)).toEqual(['encodingGuessed']);
  });
});

describe('binary DXF', () => {
  const spec: DxfSpec = {
    version: 'AC1027',
    insunits: 4,
    layers: [{ name: '墙体' }, { name: 'ICE', frozen: true }],
    blocks: [{ name: 'DOOR', base: [0, 0], entities: [line('0', [0, 0], [900, 0]), arc('0', [0, 0], 900, 0, 90)] }],
    entities: [lwpolyline('墙体', [[0, 0], [12345.678, 0], [12345.678, 6000.25], [0, 6000.25]], true), insert('门', 'DOOR', [1000, 0], { rotation: 30 }), line('ICE', [0.1, 0.2], [0.3, 0.4]), text('0', '会议室', [500, 500])],
  };

  it('reads a binary DXF to exactly what its ASCII twin gives', () => {
    const ascii = ok(readDxf(dxf(spec)));
    const binary = ok(readDxfBytes(binaryDxf(dxfGroups(spec))));
    expect(binary.binary).toBe(true);
    expect(binary.segments).toEqual(ascii.segments);
    expect(binary.layers).toEqual(ascii.layers);
    expect(binary.entities).toEqual(ascii.entities);
    expect(binary.metresPerUnit).toBe(0.001);
    expect(binary.layers.find((l) => l.name === 'ICE')?.frozen).toBe(true);
    expect(binary.entities.texts[0]!.text).toBe('会议室');
    // doubles come through exactly
    expect(Array.from(binary.segments.subarray(0, 4))).toEqual([0, 0, 12345.678, 0]);
  });

  it('keeps a binary drawing as ASCII DXF text that reads back the same', () => {
    const read = readDxfBytes(binaryDxf(dxfGroups(spec)), { keepText: true });
    expect(read.ok).toBe(true);
    expect(read.text?.startsWith('0\nSECTION\n2\nHEADER\n')).toBe(true);
    expect(ok(readDxf(read.text!)).segments).toEqual(ok(read).segments);
  });

  it('reports a damaged binary DXF with the byte where it breaks', () => {
    const whole = binaryDxf(dxfGroups(spec));
    // cut inside a double
    const cut = failed(readDxfBytes(whole.subarray(0, whole.length - 200)));
    expect(cut.code).toBe('binaryCorrupt');
    expect(cut.offset).toBeGreaterThan(22);
    expect(cut.en).toMatch(/binary DXF is damaged at byte \d+/);
    expect(cut.zh).toContain('二进制 DXF');
    // a group code no DXF has
    const bad = whole.slice();
    bad[22] = 0xff;
    bad[23] = 0x7f;
    const wrong = failed(readDxfBytes(bad));
    expect(wrong.code).toBe('binaryCorrupt');
    expect(wrong.offset).toBe(22);
  });
});

describe('files that cannot be read say why, in both languages', () => {
  it('a DWG (starts with AC1027) is told to be saved as DXF', () => {
    const bytes = new Uint8Array([...'AC1027'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0, 0, 0x1f, 0x8b, 3, 0xff, 0x10]));
    const e = failed(readDxfBytes(bytes));
    expect(e.code).toBe('dwg');
    expect(e.en).toContain('DWG');
    expect(e.en).toContain('AutoCAD 2013');
    expect(e.en).toContain('Save As');
    expect(e.zh).toContain('另存为');
  });

  it('a file cut off mid-section names the line where it ends', () => {
    const whole = dxf({ entities: [line('A', [0, 0], [1, 0]), line('A', [1, 0], [1, 1])] }).split('\n');
    // header (6 lines) + SECTION/ENTITIES (4) + the first line entity (16): cut after 26 lines
    const e = failed(readDxfBytes(new TextEncoder().encode(`${whole.slice(0, 26).join('\n')}\n`)));
    expect(e.code).toBe('truncated');
    expect(e.line).toBe(26);
    expect(e.en).toContain('cut off at line 26');
    expect(e.zh).toContain('第 26 行');
    // a file that ends after its last section without EOF is cut off too
    expect(failed(readDxf(whole.slice(0, whole.length - 3).join('\n'))).code).toBe('truncated');
  });

  it('a 天正 drawing of TCH_WALL / TCH_OPENING objects is told to export to T3 or explode first', () => {
    const e = failed(readDxf(dxf({ entities: [custom('TCH_WALL', 'WALL'), custom('TCH_WALL', 'WALL'), custom('TCH_OPENING', 'WINDOW'), line('AXIS', [0, 0], [1, 0])] })));
    expect(e.code).toBe('tangent');
    expect(e.en).toContain('TCH_WALL 2');
    expect(e.en).toContain('T3');
    expect(e.zh).toContain('图形导出');
    expect(e.zh).toContain('分解');
  });

  it('a drawing mostly of proxy objects is refused the same way', () => {
    const e = failed(readDxf(dxf({ entities: [custom('ACAD_PROXY_ENTITY'), custom('ACAD_PROXY_ENTITY'), line('A', [0, 0], [1, 0])] })));
    expect(e.code).toBe('proxy');
    expect(e.en).toContain('2 ACAD_PROXY_ENTITY');
  });

  it('an empty file, a text file and a damaged group code each get their own message', () => {
    expect(failed(readDxfBytes(new Uint8Array(0))).code).toBe('empty');
    expect(failed(readDxfBytes(new TextEncoder().encode('  \n\n'))).code).toBe('empty');
    expect(failed(readDxfBytes(new TextEncoder().encode('hello, this is a note\n'))).code).toBe('notDxf');
    expect(failed(readDxfBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))).code).toBe('notDxf');
    const e = failed(readDxf('0\nSECTION\n2\nENTITIES\n0\nLINE\nnot a code\n1\n'));
    expect(e.code).toBe('badGroupCode');
    expect(e.line).toBe(7);
    expect(e.zh).toContain('第 7 行');
  });
});

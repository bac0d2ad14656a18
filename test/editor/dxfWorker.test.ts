// The DXF worker's handler in Node (progress, then the result with its buffers listed for
// transfer) and the client's sharing: one read per source text, kept where readDxfCached finds it.
import { describe, expect, it } from 'vitest';
import { handleDxfRequest, type DxfReply } from '../../src/editor/dxf.worker.ts';
import { inlineDxfBackend, readDrawing, setDxfBackend } from '../../src/editor/dxfClient.ts';
import { readDxfCached } from '../../src/floorplan/underlay/dxfCache.ts';
import { binaryDxf, dxf, dxfGroups, encodeGbk, line, text, type DxfSpec } from '../floorplan/underlay/dxfText.ts';

const spec: DxfSpec = { version: 'AC1015', codepage: 'ANSI_936', insunits: 4, layers: [{ name: '墙体', frozen: true }], entities: [line('墙体', [0, 0], [6000, 0]), line('墙体', [6000, 0], [6000, 4000]), text('房间', '会议室', [100, 100])] };

function run(request: Parameters<typeof handleDxfRequest>[0]): { replies: DxfReply[]; transfers: Transferable[][] } {
  const replies: DxfReply[] = [];
  const transfers: Transferable[][] = [];
  handleDxfRequest(request, (reply, transfer) => {
    replies.push(reply);
    transfers.push(transfer);
  });
  return { replies, transfers };
}

describe('handleDxfRequest', () => {
  it('posts progress, then the drawing with its segment buffers to transfer, and the text to keep', () => {
    const bytes = encodeGbk(dxf(spec));
    const { replies, transfers } = run({ id: 7, bytes, keepText: true });
    expect(replies[0]).toEqual({ id: 7, progress: { done: 0, total: bytes.length, entities: 0 } });
    const last = replies.at(-1)!;
    expect('result' in last && last.result.ok).toBe(true);
    if (!('result' in last) || !last.result.ok) return;
    const d = last.result.drawing;
    expect(Array.from(d.segments)).toEqual([0, 0, 6000, 0, 6000, 0, 6000, 4000]);
    expect(d.layers).toEqual([{ name: '墙体', segments: 2, off: false, frozen: true }, { name: '房间', segments: 0, off: false, frozen: false }]);
    expect(transfers.at(-1)).toEqual([d.segments.buffer, d.segmentLayers.buffer]);
    // the kept text is decoded (GBK → 墙体) and reads back the same
    expect(last.text).toContain('墙体');
    // the final progress says the whole file was read
    const progress = replies.filter((r): r is Extract<DxfReply, { progress: unknown }> => 'progress' in r);
    expect(progress.at(-1)!.progress).toEqual({ done: last.text!.length, total: last.text!.length, entities: 3 });
  });

  it('answers an error with nothing to transfer', () => {
    const { replies, transfers } = run({ id: 1, bytes: new TextEncoder().encode('AC1032\0\0\0') });
    const last = replies.at(-1)!;
    expect('result' in last && !last.result.ok && last.result.error.code).toBe('dwg');
    expect(transfers.at(-1)).toEqual([]);
  });

  it('reads a binary DXF and keeps it as ASCII text', () => {
    const { replies } = run({ id: 2, bytes: binaryDxf(dxfGroups({ ...spec, version: 'AC1027', codepage: undefined })), keepText: true });
    const last = replies.at(-1)!;
    expect('result' in last && last.result.ok).toBe(true);
    expect('text' in last && last.text!.startsWith('0\nSECTION\n')).toBe(true);
  });
});

describe('readDrawing (in-thread backend)', () => {
  it('reads a source text once: a second ask and readDxfCached get the same object', async () => {
    setDxfBackend(inlineDxfBackend());
    const source = dxf({ entities: [line('A', [0, 0], [1, 1])] });
    const seen: number[] = [];
    const [a, b] = await Promise.all([readDrawing(source, { onProgress: (p) => seen.push(p.done) }), readDrawing(source)]);
    expect(a.result).toBe(b.result);
    expect(a.result.ok).toBe(true);
    expect(seen[0]).toBe(0);
    expect(readDxfCached(source)).toBe(a.result);
    expect((await readDrawing(source)).result).toBe(a.result);
  });

  it('keeps a file read under the text it answers', async () => {
    setDxfBackend(inlineDxfBackend());
    const reading = await readDrawing(new TextEncoder().encode(dxf({ entities: [line('B', [0, 0], [2, 2])] })), { keepText: true });
    expect(reading.text).toBeDefined();
    expect(readDxfCached(reading.text!)).toBe(reading.result);
  });
});

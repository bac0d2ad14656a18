// Reading a DXF off the main thread: a 50 MB drawing takes seconds to decode and parse, and the
// page must not freeze meanwhile. Spoken to through src/workers/rpc.ts: progress every so many
// groups, then the result with the segments and their layers as transferred buffers (not copied). The work
// is the pure handleDxfRequest, tested in Node and run in-thread where there is no Worker.
import { dxfError } from '../floorplan/underlay/dxf/errors.ts';
import { readDxfBytes, readDxfText, type DxfReadResult, type ReadProgress } from '../floorplan/underlay/dxfSegments.ts';
import { serveRpc, transferring, type Transferring } from '../workers/rpc.ts';

export interface DxfRequest {
  id: number;
  /** a file's bytes (ASCII or binary DXF, any code page), or the DXF text kept with a plan */
  bytes?: Uint8Array;
  text?: string;
  /** also answer the drawing as ASCII DXF text (to store with the plan) */
  keepText?: boolean;
}

/** The answer of one read. */
export interface DxfAnswer {
  result: DxfReadResult;
  text?: string;
}

export type DxfReply = { id: number; progress: ReadProgress } | { id: number; result: DxfReadResult; text?: string };

/** Reads one request, posting progress and then the result; `post`'s second argument lists the buffers to transfer. */
export function handleDxfRequest(request: DxfRequest, post: (reply: DxfReply, transfer: Transferable[]) => void): void {
  const { id } = request;
  const total = request.bytes?.length ?? request.text?.length ?? 0;
  post({ id, progress: { done: 0, total, entities: 0 } }, []);
  const onProgress = (progress: ReadProgress) => post({ id, progress }, []);
  try {
    const read: DxfReadResult & { text?: string } = request.bytes
      ? readDxfBytes(request.bytes, { onProgress, keepText: request.keepText === true })
      : readDxfText(request.text ?? '', { onProgress });
    const { text, ...result } = read;
    const transfer: Transferable[] = result.ok ? [result.drawing.segments.buffer, result.drawing.segmentLayers.buffer] : [];
    post({ id, result: result as DxfReadResult, ...(text !== undefined ? { text } : {}) }, transfer);
  } catch (error) {
    // the reader returns its errors; this is a bug or out of memory
    post({ id, result: { ok: false, error: dxfError('failed', { error: error instanceof Error ? error.message : String(error) }) } }, []);
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  serveRpc<Omit<DxfRequest, 'id'>, DxfAnswer, ReadProgress>(self, (body, ctx) => {
    let answer: Transferring<DxfAnswer> | null = null;
    handleDxfRequest({ ...body, id: 0 }, (reply, transfer) => {
      if ('progress' in reply) ctx.progress(reply.progress);
      else answer = transferring(reply.text !== undefined ? { result: reply.result, text: reply.text } : { result: reply.result }, transfer);
    });
    if (!answer) throw new Error('the DXF reader gave no answer');
    return answer;
  });
}

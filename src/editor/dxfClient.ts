// Asks for DXF reads (dxf.worker.ts) and keeps each drawing by its source text, so the view, the
// panel and snapping share one parse (kept in floorplan/underlay/dxfCache.ts, where readDxfCached
// finds it). A read already under way for the same text is shared, progress included. Without
// workers (unit tests, old browsers) the same handler runs here, one turn of the event loop later.
import { keptDxfRead, rememberDxfRead } from '../floorplan/underlay/dxfCache.ts';
import type { DxfReadResult, ReadProgress } from '../floorplan/underlay/dxfSegments.ts';
import { handleDxfRequest, type DxfAnswer, type DxfRequest } from './dxf.worker.ts';
import { rpcClient, type WorkerLike } from '../workers/rpc.ts';

export interface DxfReading {
  result: DxfReadResult;
  /** the drawing as ASCII DXF text, when asked for with keepText */
  text?: string;
}

export interface DxfReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  keepText?: boolean;
}

export interface DxfBackend {
  read(request: Omit<DxfRequest, 'id'>, onProgress: (p: ReadProgress) => void): Promise<{ result: DxfReadResult; text?: string }>;
  dispose(): void;
}

/** The handler on this thread. */
export function inlineDxfBackend(): DxfBackend {
  let nextId = 0;
  return {
    read: (request, onProgress) =>
      new Promise((resolve) => {
        setTimeout(() => {
          handleDxfRequest({ ...request, id: nextId++ }, (reply) => {
            if ('progress' in reply) onProgress(reply.progress);
            else resolve(reply.text !== undefined ? { result: reply.result, text: reply.text } : { result: reply.result });
          });
        }, 0);
      }),
    dispose() {},
  };
}

const createDxfWorker = (): WorkerLike => new Worker(new URL('./dxf.worker.ts', import.meta.url), { type: 'module' });

export function workerDxfBackend(create: () => WorkerLike = createDxfWorker): DxfBackend {
  const rpc = rpcClient<Omit<DxfRequest, 'id'>, DxfAnswer, ReadProgress>(create, { name: 'DXF worker' });
  return {
    // the bytes are copied, not transferred: the caller may still need them (to store)
    read: (request, onProgress) => rpc.call(request, { onProgress }),
    dispose() {
      rpc.close();
    },
  };
}

let backend: DxfBackend | null = null;

function sharedBackend(): DxfBackend {
  backend ??= typeof Worker === 'undefined' ? inlineDxfBackend() : workerDxfBackend();
  return backend;
}

/** For tests: read through this backend from now on. */
export function setDxfBackend(next: DxfBackend): void {
  backend?.dispose();
  backend = next;
}

interface Pending {
  promise: Promise<DxfReading>;
  listeners: Set<(p: ReadProgress) => void>;
  last: ReadProgress | null;
}

/** Reads under way, by source text, with everyone listening to their progress. */
const pending = new Map<string, Pending>();

/**
 * Reads a drawing: a plan's DXF text (kept by that text: asking again costs nothing), or a file's
 * bytes (ASCII or binary DXF in any code page; with keepText the answer carries the text to
 * store, and the read is kept under that text).
 */
export function readDrawing(source: string | Uint8Array, options: DxfReadOptions = {}): Promise<DxfReading> {
  if (typeof source === 'string') {
    const kept = keptDxfRead(source);
    if (kept) return Promise.resolve({ result: kept });
    let entry = pending.get(source);
    if (!entry) {
      const listeners = new Set<(p: ReadProgress) => void>();
      const created: Pending = { listeners, last: null, promise: Promise.resolve({ result: { ok: false, error: { code: 'failed', en: '', zh: '' } } }) };
      created.promise = sharedBackend()
        .read({ text: source }, (p) => {
          created.last = p;
          for (const l of listeners) l(p);
        })
        .then((reading) => {
          rememberDxfRead(source, reading.result);
          return { result: reading.result };
        })
        .finally(() => pending.delete(source));
      pending.set(source, created);
      entry = created;
    }
    const { onProgress } = options;
    if (onProgress) {
      entry.listeners.add(onProgress);
      if (entry.last) onProgress(entry.last);
      void entry.promise.finally(() => entry!.listeners.delete(onProgress)).catch(() => undefined);
    }
    return entry.promise;
  }
  return sharedBackend()
    .read({ bytes: source, keepText: options.keepText === true }, options.onProgress ?? (() => undefined))
    .then((reading) => {
      if (reading.text !== undefined) rememberDxfRead(reading.text, reading.result);
      return reading;
    });
}

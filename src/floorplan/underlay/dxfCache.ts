// The DXF reads kept by source, so the view, the panel and snapping do not parse the same text
// twice: a read done elsewhere (the reading worker) is remembered here too. Also the last set of
// visible segments, so hiding a layer filters the kept drawing instead of parsing again.
import { readDxf, segmentsWithoutLayers, type DxfReadResult } from './dxfSegments.ts';

/** Drawings kept: a floor's and the one being loaded. */
const KEPT = 3;
const reads: { source: string; result: DxfReadResult }[] = [];
let lastVisible: { source: string; key: string; segments: Float64Array } | null = null;

/** Keeps a read of `source` (most recent first), so readDxfCached finds it. */
export function rememberDxfRead(source: string, result: DxfReadResult): void {
  const at = reads.findIndex((r) => r.source === source);
  if (at >= 0) reads.splice(at, 1);
  reads.unshift({ source, result });
  reads.length = Math.min(reads.length, KEPT);
}

/** The kept read of `source`, if there is one (no parsing). */
export function keptDxfRead(source: string): DxfReadResult | null {
  return reads.find((r) => r.source === source)?.result ?? null;
}

export function readDxfCached(source: string): DxfReadResult {
  const kept = keptDxfRead(source);
  if (kept) return kept;
  const result = readDxf(source);
  rememberDxfRead(source, result);
  return result;
}

/** The drawing's segments (x1, y1, x2, y2 each, drawing units) less those on the hidden layers. */
export function visibleDxfSegments(source: string, hiddenLayers: readonly string[] = []): Float64Array {
  const key = JSON.stringify([...hiddenLayers].sort());
  if (lastVisible?.source === source && lastVisible.key === key) return lastVisible.segments;
  const read = readDxfCached(source);
  const segments = read.ok ? segmentsWithoutLayers(read.drawing, hiddenLayers) : new Float64Array(0);
  lastVisible = { source, key, segments };
  return segments;
}

// The last DXF read, kept so the view and the panel do not parse the same text twice; and the
// last set of visible segments, so hiding a layer filters the kept drawing instead of parsing again.
import { readDxf, segmentsWithoutLayers, type DxfReadResult } from './dxfSegments.ts';

let last: { source: string; result: DxfReadResult } | null = null;
let lastVisible: { source: string; key: string; segments: Float64Array } | null = null;

export function readDxfCached(source: string): DxfReadResult {
  if (last?.source !== source) last = { source, result: readDxf(source) };
  return last.result;
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

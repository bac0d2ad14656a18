// A DXF drawing (AutoCAD / 天正 exports) as plain data for tracing under a floor: segments in
// drawing units with the layer of each, the layers (with off / frozen from the file), what was
// not drawn, and the arcs, texts, inserts and closed outlines the conversion reads. The reader
// itself is in ./dxf/ (group stream → structure → drawing); see dxf/read.ts.
import type { DxfDrawing, DxfReadResult } from './dxf/drawing.ts';
import { readDxfText, type ReadOptions } from './dxf/read.ts';

export { readDxfBytes, readDxfText, type ReadOptions, type ReadProgress } from './dxf/read.ts';
export type { DxfError, DxfNotice, DxfMessage, DxfErrorCode, DxfNoticeCode } from './dxf/errors.ts';
export type { DxfDrawing, DxfLayer, DxfReadResult } from './dxf/drawing.ts';

/** DXF text above this size is slow to store with the plan: the panel warns. */
export const DXF_WARN_BYTES = 5 * 1024 * 1024;

/** Reads DXF text (already decoded). For a file's bytes use readDxfBytes. */
export function readDxf(text: string, options: ReadOptions = {}): DxfReadResult {
  return readDxfText(text, options);
}

/** The layers a freshly loaded drawing starts with hidden: those off or frozen in the file. */
export function initiallyHiddenLayers(drawing: DxfDrawing): string[] {
  return drawing.layers.filter((l) => l.off || l.frozen).map((l) => l.name);
}

/**
 * The segments of a read drawing without those on the named layers (x1, y1, x2, y2 each), found
 * from the per-segment layer index, so hiding a layer does not parse the DXF again.
 */
export function segmentsWithoutLayers(drawing: DxfDrawing, hide: readonly string[]): Float64Array {
  const all = drawing.segments;
  const hidden = new Set(hide);
  const skip = drawing.layers.map((l) => hidden.has(l.name));
  if (!skip.includes(true)) return all;
  let kept = 0;
  for (const index of drawing.segmentLayers) if (!skip[index]) kept++;
  const out = new Float64Array(kept * 4);
  for (let i = 0, j = 0; i < drawing.segmentLayers.length; i++) {
    if (skip[drawing.segmentLayers[i]!]) continue;
    out[j++] = all[i * 4]!;
    out[j++] = all[i * 4 + 1]!;
    out[j++] = all[i * 4 + 2]!;
    out[j++] = all[i * 4 + 3]!;
  }
  return out;
}

// The last DXF read, kept so the view and the panel do not parse the same text twice.
import { readDxf, type DxfReadResult } from './dxfSegments.ts';

let last: { source: string; result: DxfReadResult } | null = null;

export function readDxfCached(source: string): DxfReadResult {
  if (last?.source !== source) last = { source, result: readDxf(source) };
  return last.result;
}

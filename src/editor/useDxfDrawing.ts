// A plan's DXF drawing for the view and the panel: read once through the DXF worker (shared with
// every other user of the same text), with the reading progress until it lands.
import { useEffect, useState } from 'react';
import { keptDxfRead } from '../floorplan/underlay/dxfCache.ts';
import type { DxfReadResult, ReadProgress } from '../floorplan/underlay/dxfSegments.ts';
import { readDrawing } from './dxfClient.ts';

export type DxfDrawingState = { status: 'none' } | { status: 'reading'; progress: ReadProgress | null } | { status: 'done'; result: DxfReadResult };

export function useDxfDrawing(source: string | null): DxfDrawingState {
  const [landed, setLanded] = useState<{ source: string; result: DxfReadResult } | null>(null);
  const [progress, setProgress] = useState<{ source: string; progress: ReadProgress } | null>(null);
  const kept = source !== null ? keptDxfRead(source) : null;
  useEffect(() => {
    if (source === null || keptDxfRead(source)) return;
    let live = true;
    void readDrawing(source, { onProgress: (p) => live && setProgress({ source, progress: p }) }).then((reading) => {
      if (live) setLanded({ source, result: reading.result });
    });
    return () => {
      live = false;
    };
  }, [source]);
  if (source === null) return { status: 'none' };
  if (kept) return { status: 'done', result: kept };
  if (landed?.source === source) return { status: 'done', result: landed.result };
  return { status: 'reading', progress: progress?.source === source ? progress.progress : null };
}

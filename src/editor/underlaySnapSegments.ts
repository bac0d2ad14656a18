// The one place snapping gets a floor's drawing from: the visible segments of a DXF underlay in
// drawing units. It never parses (a large drawing would block the page) nor waits for storage:
// until the drawing is in memory (keptDrawings, by hash) and the DXF worker's read of it has
// landed (editor/dxfClient.ts keeps it), there is nothing to snap to.
import type { Underlay } from '../floorplan/types.ts';
import { keptDxfRead, visibleDxfSegments } from '../floorplan/underlay/dxfCache.ts';
import { underlaySource } from '../floorplan/underlay/keptDrawings.ts';

export function underlaySnapSegments(underlay: Underlay): Float64Array | null {
  const source = underlay.kind === 'dxf' ? underlaySource(underlay) : null;
  if (source === null || !keptDxfRead(source)) return null;
  return visibleDxfSegments(source, underlay.hiddenLayers ?? []);
}

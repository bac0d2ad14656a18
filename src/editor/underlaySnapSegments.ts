// The one place snapping gets a floor's drawing from: the visible segments of a DXF underlay in
// drawing units. It never parses (a large drawing would block the page): until the DXF worker's
// read of this source has landed (editor/dxfClient.ts keeps it), there is nothing to snap to.
import type { Underlay } from '../floorplan/types.ts';
import { keptDxfRead, visibleDxfSegments } from '../floorplan/underlay/dxfCache.ts';

export function underlaySnapSegments(underlay: Underlay): Float64Array | null {
  if (underlay.kind !== 'dxf' || !keptDxfRead(underlay.source)) return null;
  return visibleDxfSegments(underlay.source, underlay.hiddenLayers ?? []);
}

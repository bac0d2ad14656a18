// Which zone holds a point, for thousands of points per floor: a flatbush index over the zone
// boxes, then the exact test on the few candidates. Where zones overlap (a data error that
// zoning.overlap reports) the smallest containing zone wins, as in floorplan/queries/zones.ts.
import Flatbush from 'flatbush';
import { bounds, pointInPolygon, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../floorplan/types.ts';
import { anyItemIn, IndexStack } from '../walking/indexWalk.ts';

export interface ZoneIndex {
  zoneAt(p: Point): Zone | undefined;
  /** zones whose box meets the given box */
  zonesInBox(minX: number, minY: number, maxX: number, maxY: number): Zone[];
  area(zone: Zone): number;
}

export function buildZoneIndex(zones: readonly Zone[]): ZoneIndex {
  const areas = new Map<Zone, number>(zones.map((z) => [z, polygonArea(z.polygon)]));
  if (zones.length === 0) return { zoneAt: () => undefined, zonesInBox: () => [], area: (z) => areas.get(z) ?? polygonArea(z.polygon) };
  const index = new Flatbush(zones.length);
  for (const z of zones) {
    const b = bounds(z.polygon);
    index.add(b.minX, b.minY, b.maxX, b.maxY);
  }
  index.finish();
  // zoneAt runs for every grid point and seat: the walk and its callback are made once, not per call
  const stack = new IndexStack();
  const areaOf = zones.map((z) => areas.get(z)!);
  let query: Point = [0, 0];
  let best: Zone | undefined;
  let bestArea = Infinity;
  const consider = (i: number): boolean => {
    const a = areaOf[i]!;
    if (a < bestArea && pointInPolygon(query, zones[i]!.polygon)) {
      best = zones[i]!;
      bestArea = a;
    }
    return false;
  };
  return {
    zoneAt(p) {
      query = p;
      best = undefined;
      bestArea = Infinity;
      anyItemIn(index, stack, p[0], p[1], p[0], p[1], consider);
      return best;
    },
    zonesInBox: (minX, minY, maxX, maxY) => index.search(minX, minY, maxX, maxY).map((i) => zones[i]!),
    area: (z) => areas.get(z) ?? polygonArea(z.polygon),
  };
}

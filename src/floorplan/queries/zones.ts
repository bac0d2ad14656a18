// Which zone a point (or a workstation's occupant) belongs to.
import { occupantPoint } from '../geometry/elements.ts';
import { bounds, pointInPolygon, polygonArea } from '../geometry/polygon.ts';
import type { Floor, Point, Workstation, Zone, ZoneUse } from '../types.ts';

export const SEATING_USES: readonly ZoneUse[] = ['work', 'management', 'training'];

/**
 * A lookup of zones by point, built once per floor. Where zones overlap (a data error the
 * rules report) the smallest containing zone wins, so a room drawn inside a hall owns its seats.
 */
export interface ZoneLocator {
  zoneAt(p: Point): Zone | undefined;
}

export function zoneLocator(floor: Floor): ZoneLocator {
  const entries = floor.zones
    .map((zone) => ({ zone, box: bounds(zone.polygon), area: polygonArea(zone.polygon) }))
    .sort((a, b) => a.area - b.area);
  return {
    zoneAt(p) {
      for (const e of entries) {
        if (p[0] < e.box.minX || p[0] > e.box.maxX || p[1] < e.box.minY || p[1] > e.box.maxY) continue;
        if (pointInPolygon(p, e.zone.polygon)) return e.zone;
      }
      return undefined;
    },
  };
}

export function zoneOfPoint(floor: Floor, p: Point): Zone | undefined {
  return zoneLocator(floor).zoneAt(p);
}

export function zoneOfWorkstation(floor: Floor, ws: Workstation, locator: ZoneLocator = zoneLocator(floor)): Zone | undefined {
  return locator.zoneAt(occupantPoint(ws));
}

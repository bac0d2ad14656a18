// Sample points of a floor for the point-heavy rules (travel distance, extinguisher reach): the
// centres of square cells of `step` m over the outline's box that lie in free space, each with
// the zone holding it. A point must be free a centimetre round it too: a grid line that falls on
// the seam of two touching desks is not a place anyone stands.
import { bounds } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point, Zone } from '../../floorplan/types.ts';
import type { FloorNavigation } from './navigation.ts';
import type { ZoneIndex } from './zoneIndex.ts';

export interface FloorGrid {
  step: number;
  points: Point[];
  zones: (Zone | undefined)[];
}

const CLEARANCE = 0.01;

function clearlyFree(navigation: FloorNavigation, x: number, y: number): boolean {
  return (
    navigation.isFree([x, y]) &&
    navigation.isFree([x + CLEARANCE, y]) &&
    navigation.isFree([x - CLEARANCE, y]) &&
    navigation.isFree([x, y + CLEARANCE]) &&
    navigation.isFree([x, y - CLEARANCE])
  );
}

export function floorGrid(floor: Floor, navigation: FloorNavigation, index: ZoneIndex, step: number): FloorGrid {
  const points: Point[] = [];
  const zones: (Zone | undefined)[] = [];
  if (floor.outline.length < 3 || !(step > 0)) return { step, points, zones };
  const b = bounds(floor.outline);
  for (let x = b.minX + step / 2; x < b.maxX; x += step) {
    for (let y = b.minY + step / 2; y < b.maxY; y += step) {
      const p: Point = [x, y];
      if (!clearlyFree(navigation, x, y)) continue;
      points.push(p);
      zones.push(index.zoneAt(p));
    }
  }
  return { step, points, zones };
}

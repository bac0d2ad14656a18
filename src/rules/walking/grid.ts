// Sample points of a floor for the point-heavy rules (travel distance, extinguisher reach): the
// centres of square cells of `step` m over the outline's box that lie in free space, each with
// the zone holding it. A point must be free a centimetre round it too: a grid line that falls on
// the seam of two touching desks is not a place anyone stands.
import { bounds } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point, Zone } from '../../floorplan/types.ts';
import type { FloorNavigation } from './navigation.ts';
import type { ZoneIndex } from '../analysis/zoneIndex.ts';

export interface FloorGrid {
  step: number;
  points: Point[];
  zones: (Zone | undefined)[];
  /** the id of each point's zone ('' outside every zone) */
  zoneIds: string[];
  /** per cell of the lattice (x-major): the index of its point, or -1 where it is not free */
  cells: Int32Array;
}

/** An earlier grid of the same floor at the same step, and boxes where obstacles came or went since. */
export interface GridUpdate {
  previous: FloorGrid;
  boxes: readonly { minX: number; minY: number; maxX: number; maxY: number }[];
  /** the zone of this floor standing for a zone of the earlier one (same id) */
  zone(old: Zone | undefined): Zone | undefined;
}

const CLEARANCE = 0.01;

/** Whether (x, y) lies in one of the grown boxes (minX, maxX, minY, maxY each, closed). */
function nearBox(boxes: Float64Array, x: number, y: number): boolean {
  for (let k = 0; k < boxes.length; k += 4) if (x >= boxes[k]! && x <= boxes[k + 1]! && y >= boxes[k + 2]! && y <= boxes[k + 3]!) return true;
  return false;
}

/**
 * With `update`, cells away from the changed boxes keep their earlier point (the same object, so
 * walks remembered by point carry over) and zone; the outline and zones must be unchanged.
 */
export function floorGrid(floor: Floor, navigation: FloorNavigation, index: ZoneIndex, step: number, update?: GridUpdate): FloorGrid {
  if (floor.outline.length < 3 || !(step > 0)) return { step, points: [], zones: [], zoneIds: [], cells: new Int32Array(0) };
  const b = bounds(floor.outline);
  let count = 0;
  for (let x = b.minX + step / 2; x < b.maxX; x += step) for (let y = b.minY + step / 2; y < b.maxY; y += step) count++;
  const cells = new Int32Array(count).fill(-1);
  const previous = update && update.previous.cells.length === count && update.previous.step === step ? update.previous : null;
  if (previous) return updatedGrid(b, step, cells, previous, update!, navigation, index);
  const points: Point[] = [];
  const zones: (Zone | undefined)[] = [];
  const zoneIds: string[] = [];
  let cell = 0;
  for (let x = b.minX + step / 2; x < b.maxX; x += step) {
    for (let y = b.minY + step / 2; y < b.maxY; y += step, cell++) {
      // the point tested is the point kept: one array per free cell
      const p: Point = [x, y];
      if (!navigation.isFreeAround(p, CLEARANCE)) continue;
      cells[cell] = points.length;
      const zone = index.zoneAt(p);
      points.push(p);
      zones.push(zone);
      zoneIds.push(zone?.id ?? '');
    }
  }
  return { step, points, zones, zoneIds, cells };
}

/**
 * The grid from `previous` (the same lattice): cells away from the changed boxes keep their point
 * and zone, those near them are tested afresh. The cells are settled first (`cells` holds the
 * earlier point's index, or -2 - j for the j-th point tested afresh), so the lists are made at
 * their size rather than grown point by point (thousands of points a re-check).
 */
function updatedGrid(b: { minX: number; minY: number; maxX: number; maxY: number }, step: number, cells: Int32Array, previous: FloorGrid, update: GridUpdate, navigation: FloorNavigation, index: ZoneIndex): FloorGrid {
  // the changed boxes grown by CLEARANCE (minX, maxX, minY, maxY each), worked out once, not per cell
  const near = new Float64Array(4 * update.boxes.length);
  update.boxes.forEach((box, k) => {
    near[4 * k] = box.minX - CLEARANCE;
    near[4 * k + 1] = box.maxX + CLEARANCE;
    near[4 * k + 2] = box.minY - CLEARANCE;
    near[4 * k + 3] = box.maxY + CLEARANCE;
  });
  const tested: Point[] = [];
  let count = 0;
  let cell = 0;
  for (let x = b.minX + step / 2; x < b.maxX; x += step) {
    // the boxes whose columns hold x: only their rows are near
    let nearColumn = false;
    for (let k = 0; k < near.length && !nearColumn; k += 4) nearColumn = x >= near[k]! && x <= near[k + 1]!;
    for (let y = b.minY + step / 2; y < b.maxY; y += step, cell++) {
      if (!(nearColumn && nearBox(near, x, y))) {
        const k = previous.cells[cell]!;
        if (k < 0) continue;
        cells[cell] = k;
        count++;
        continue;
      }
      // the point tested is the point kept: one array per free cell
      const p: Point = [x, y];
      if (!navigation.isFreeAround(p, CLEARANCE)) continue;
      cells[cell] = -2 - tested.length;
      tested.push(p);
      count++;
    }
  }
  const points = new Array<Point>(count);
  const zones = new Array<Zone | undefined>(count);
  const zoneIds = new Array<string>(count);
  let at = 0;
  for (let c = 0; c < cells.length; c++) {
    const k = cells[c]!;
    if (k === -1) continue;
    let point: Point;
    let zone: Zone | undefined;
    if (k >= 0) {
      point = previous.points[k]!;
      zone = update.zone(previous.zones[k]);
    } else {
      point = tested[-2 - k]!;
      zone = index.zoneAt(point);
    }
    cells[c] = at;
    points[at] = point;
    zones[at] = zone;
    zoneIds[at] = zone?.id ?? '';
    at++;
  }
  return { step, points, zones, zoneIds, cells };
}

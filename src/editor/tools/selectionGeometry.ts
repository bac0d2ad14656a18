// Where the selection is: its points and centre (pivot of R / the rotate tool / the rotation
// handle) and its drawn extent (where the rotation handle stands).
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { deskFootprint } from '../../floorplan/geometry/elements.ts';
import { bounds } from '../../floorplan/geometry/polygon.ts';
import type { Floor, FloorElement, Point, Workstation } from '../../floorplan/types.ts';

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function elementPoints(element: FloorElement): Point[] {
  if ('polygon' in element) return element.polygon;
  if ('a' in element) return [element.a, element.b];
  return [element.at];
}

/** Centre of the bounding box of the selected elements, or null when none is on the floor. */
export function selectionCentre(floor: Floor, ids: readonly string[]): Point | null {
  const found = elementsWithIds(floor, new Set(ids));
  const points = [...found.values()].flatMap(({ element }) => elementPoints(element));
  if (points.length === 0) return null;
  const b = bounds(points);
  return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
}

/** Bounding box of what the selected elements cover (desk footprints included), or null. */
export function selectionExtent(floor: Floor, ids: readonly string[]): Bounds | null {
  if (ids.length === 0) return null;
  const found = elementsWithIds(floor, new Set(ids));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { collection, element } of found.values()) {
    // a desk counts with its whole footprint (what is drawn), not only its centre
    const points = collection === 'workstations' ? deskFootprint(element as Workstation) : elementPoints(element);
    for (const [x, y] of points) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

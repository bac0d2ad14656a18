// Where the selection is: its points and centre (pivot of R / the rotate tool).
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { bounds } from '../../floorplan/geometry/polygon.ts';
import type { Floor, FloorElement, Point } from '../../floorplan/types.ts';

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

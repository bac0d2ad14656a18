// Fire compartments of a floor: the outline cut by walls of kind 'fire' (防火墙; their full
// footprint; a fire door in a fire wall keeps the compartment boundary). Without fire walls the
// floor is one compartment. 'fire-partition' walls (防火隔墙) enclose rooms inside a compartment
// and do not cut it: a plant room of fire partitions keeps the exits of its compartment.
import { difference, type Geom } from 'polyclip-ts';
import { wallFootprint } from '../../floorplan/geometry/elements.ts';
import { distanceToPolygonBoundary, pointInPolygon, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon } from '../../floorplan/types.ts';

export interface Compartment {
  /** 'c1', 'c2', … in the order polyclip returns them; the whole floor: 'floor' */
  id: string;
  /** outer ring, then holes */
  rings: Point[][];
  /** net area inside the outline (m²) */
  area: number;
}

/** An exit this close to a compartment (m) opens from it: exits sit on the outline or a core edge. */
const EXIT_REACH = 0.5;

function asRing(polygon: Polygon): Geom {
  const ring = polygon.map(([x, y]) => [x, y] as [number, number]);
  ring.push([polygon[0]![0], polygon[0]![1]]);
  return [ring];
}

export function floorCompartments(floor: Floor): Compartment[] {
  const fireWalls = floor.walls.filter((w) => w.kind === 'fire');
  const whole = (): Compartment[] => [{ id: 'floor', rings: [floor.outline], area: polygonArea(floor.outline) }];
  if (fireWalls.length === 0 || floor.outline.length < 3) return whole();
  const pieces = difference(asRing(floor.outline), ...fireWalls.map((w) => asRing(wallFootprint(w))));
  // Slivers left between a wall end and the outline are drawing slack, not compartments.
  const compartments = pieces
    .map((rings) => rings.map((ring) => ring.slice(0, -1).map(([x, y]) => [x, y] as Point)))
    .map((rings, i) => ({
      id: `c${i + 1}`,
      rings,
      area: rings.reduce((sum, ring, k) => sum + (k === 0 ? 1 : -1) * polygonArea(ring), 0),
    }))
    .filter((c) => c.area > 0.5);
  if (compartments.length <= 1) return whole();
  return compartments;
}

export function inCompartment(p: Point, c: Compartment): boolean {
  const [outer, ...holes] = c.rings;
  if (!outer || !pointInPolygon(p, outer)) return false;
  return !holes.some((h) => pointInPolygon(p, h, 0));
}

/** Whether an exit opens from the compartment: inside it, or on (or just off) its boundary. */
export function exitOpensFrom(at: Point, c: Compartment): boolean {
  if (inCompartment(at, c)) return true;
  return c.rings.some((ring) => distanceToPolygonBoundary(at, ring) <= EXIT_REACH);
}

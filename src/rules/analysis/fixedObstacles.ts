// The obstacles of a floor that are not desks (walls with their door openings cut, cores,
// columns), as polygons: those of fixedObstacles() (kept for the walls, doors, cores and columns
// they come from, checked against a copy of what those held), listed once for each list of them.
import type { Floor, Polygon } from '../../floorplan/types.ts';
import { fixedObstacles, type Obstacle } from '../walking/freeSpace.ts';

const polygonsOf = new WeakMap<readonly Obstacle[], readonly Polygon[]>();

/** floorObstacles(floor, { includeDesks: false }), as polygons; shared: do not change it. */
export function fixedObstaclePolygons(floor: Floor): readonly Polygon[] {
  const obstacles = fixedObstacles(floor);
  let polygons = polygonsOf.get(obstacles);
  if (!polygons) polygonsOf.set(obstacles, (polygons = obstacles.map((o) => o.polygon)));
  return polygons;
}

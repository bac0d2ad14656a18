// The obstacles of a floor that are not desks (walls with their door openings cut, cores,
// columns), kept for the walls, doors, cores and columns they come from: a re-check after a desk
// moved finds them built. Kept by the identity of those arrays (an edit makes new ones) and
// checked against a copy of what they held, so a plan changed in place is never answered from
// before; the same four fields are read as the build reads.
import type { Floor, Polygon } from '../../floorplan/types.ts';
import { sameData } from '../../floorplan/sameData.ts';
import { floorObstacles } from '../walking/freeSpace.ts';
import { IdentityCache } from './identityCache.ts';

interface Kept {
  /** a copy of the walls, doors, cores and columns the polygons were built from */
  inputs: unknown;
  polygons: readonly Polygon[];
}

const kept = new IdentityCache<{ last: Kept | null }>();

/** floorObstacles(floor, { includeDesks: false }), as polygons; shared: do not change it. */
export function fixedObstaclePolygons(floor: Floor): readonly Polygon[] {
  const inputs = [floor.walls, floor.doors, floor.cores, floor.columns];
  const holder = kept.get(inputs, '', () => ({ last: null }));
  if (holder.last && sameData(holder.last.inputs, inputs)) return holder.last.polygons;
  const polygons = floorObstacles(floor, { includeDesks: false }).map((o) => o.polygon);
  holder.last = { inputs: structuredClone(inputs), polygons };
  return polygons;
}

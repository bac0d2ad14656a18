// Move and/or turn a building on the site: its footprint and every floor's geometry (outline,
// elements, underlay) go through the same transform. Rotation is about `center` (default: the
// footprint's centroid), applied before the shift.
import { centroid } from '../geometry/polygon.ts';
import { FLOOR_COLLECTIONS, type Point } from '../types.ts';
import { isFiniteNumber, isPoint } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { normalizeDegrees, rotationAbout, transformElement } from './transformElements.ts';

export interface MoveBuildingArgs {
  buildingId: string;
  dx: number;
  dy: number;
  degrees?: number;
  center?: Point;
}

export const moveBuilding: Command<MoveBuildingArgs> = {
  type: 'buildings/move',
  labelKey: 'commands.moveBuilding',
  apply(draft, { buildingId, dx, dy, degrees = 0, center }) {
    if (!isFiniteNumber(dx) || !isFiniteNumber(dy) || !isFiniteNumber(degrees) || (center !== undefined && !isPoint(center))) {
      return refuse('commands.refused.badNumber', [buildingId]);
    }
    const building = draft.site.buildings.find((b) => b.id === buildingId);
    if (!building) return refuse('commands.refused.notFound', [buildingId]);
    const turn = rotationAbout(center ?? centroid(building.footprint), degrees);
    const clean = (v: number) => Math.round(v * 1e9) / 1e9;
    const transform = (p: Point): Point => {
      const [x, y] = degrees === 0 ? p : turn(p);
      return [clean(x + dx), clean(y + dy)];
    };
    building.footprint = building.footprint.map(transform);
    for (const floor of building.floors) {
      floor.outline = floor.outline.map(transform);
      for (const collection of FLOOR_COLLECTIONS) for (const element of floor[collection]) transformElement(element, transform, degrees);
      if (floor.underlay) {
        floor.underlay.origin = transform(floor.underlay.origin);
        floor.underlay.rotation = normalizeDegrees(floor.underlay.rotation + degrees);
      }
    }
    return undefined;
  },
};

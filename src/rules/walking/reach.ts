// Walking reach to equipment and amenities:
//  - extinguisher reach: every free grid point of every zone to the nearest extinguisher;
//  - rest reach: every occupant point to the nearest rest zone (its doors, and free points along
//    its edge every metre, so an open pantry counts from its edge).
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../floorplan/types.ts';
import type { FloorInputs } from '../floorInputs.ts';
import { farthestWalks } from './farthestWalk.ts';
import type { NavTarget } from './navigation.ts';
import { seatsAway, writeAwayFound } from './seatsAway.ts';

export interface ZoneReach {
  zone: Zone;
  points: number;
  /** largest walking distance of the zone's points (Infinity when one is unreachable) */
  worst: number;
  worstPoint: Point | null;
  /** extinguisher the worst point walks to */
  targetId: string | null;
}

export interface ExtinguisherReach {
  zones: Map<string, ZoneReach>;
}

export interface RestReach {
  /**
   * walking distance per workstation, in floor.workstations order; empty when the floor has no
   * rest zone. null: not measured, shown by bounds to be shorter than the farthest seat's walk
   * (and within the limit, or over it: see `over`).
   */
  walking: (number | null)[];
  /** how many seats walk farther than the limit (measured, or shown by a lower bound) */
  over: number;
  targetIds: (string | null)[];
  restZoneIds: string[];
}

const EDGE_SAMPLE = 1;
/** Side (m) of the cells whose points share bounds (farthestWalk.ts, longestWalks.ts). */
export const SAMPLE_CELL = 3;

export function extinguisherReach(ctx: Pick<FloorInputs, 'floor' | 'read' | 'grid' | 'navigation'>): ExtinguisherReach {
  const zones = new Map<string, ZoneReach>();
  for (const zone of ctx.floor.zones) zones.set(zone.id, { zone, points: 0, worst: 0, worstPoint: null, targetId: null });
  const grid = ctx.grid(ctx.read.num('fire.extinguisher.gridStep'));
  const targets: NavTarget[] = ctx.floor.extinguishers.map((x) => ({ id: x.id, at: x.at, width: 0 }));
  const field = targets.length > 0 ? ctx.navigation.field(targets) : null;
  // only each zone's farthest point matters: the others are bounded, not measured (farthestWalk.ts)
  const walks = field ? farthestWalks(grid.points, grid.zoneIds, targets, field, ctx.navigation, { cell: SAMPLE_CELL }) : null;
  // the zone's entry looked up once a run of its points (a grid lists them mostly together)
  let lastZone: Zone | undefined;
  let entry: ZoneReach | undefined;
  // an indexed loop, no callback per point
  const { points } = grid;
  for (let i = 0; i < points.length; i++) {
    const zone = grid.zones[i];
    if (!zone) continue;
    if (zone !== lastZone) {
      lastZone = zone;
      entry = zones.get(zone.id)!;
    }
    entry!.points++;
    // a walk's length and target as it has them, read from the walks' arrays
    if (walks && !walks.walks[i]) continue;
    const walking = walks ? walks.walking[i]! : Infinity;
    if (walking > entry!.worst || entry!.worstPoint === null) {
      entry!.worst = walking;
      entry!.worstPoint = points[i]!;
      entry!.targetId = walks ? walks.targetIds[i]! : null;
    }
  }
  return { zones };
}

/** Points along a zone's edges, one per metre or so: the places a walk to the zone may end. */
export function edgeSamples(polygon: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const n = Math.max(1, Math.ceil(vectorLength(b[0] - a[0], b[1] - a[1]) / EDGE_SAMPLE));
    for (let k = 0; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

export function restReach(ctx: Pick<FloorInputs, 'floor' | 'read' | 'navigation' | 'enclosures' | 'occupancy'>): RestReach {
  const restZones = ctx.floor.zones.filter((z) => z.use === 'rest');
  if (restZones.length === 0) return { walking: [], over: 0, targetIds: [], restZoneIds: [] };
  const nav = ctx.navigation;
  const targets: NavTarget[] = [];
  for (const z of restZones) {
    for (const d of ctx.enclosures.get(z.id)?.doors ?? []) targets.push({ id: z.id, at: d.at, width: d.width });
    for (const p of edgeSamples(z.polygon)) if (nav.isFree(p)) targets.push({ id: z.id, at: p, width: 0 });
  }
  const field = targets.length > 0 ? nav.field(targets) : null;
  const { seatPoints, seatZones } = ctx.occupancy;
  // seats in a rest zone walk 0; of the others (`away`, their points by index there) only the
  // farthest and those over the limit matter
  const seats = seatsAway(seatPoints, seatZones, (zone) => zone.use === 'rest', field !== null);
  const { walking, targetIds, away, awayPoints, awayGroups } = seats;
  const limit = ctx.read.num('zoning.restReach');
  const found = field ? farthestWalks(awayPoints, awayGroups, targets, field, nav, { cell: SAMPLE_CELL, limit }) : null;
  const over = found ? found.over : new Uint8Array(0);
  if (found) writeAwayFound(seats, found);
  // without a reachable target every seat away from a rest zone is unreachable (over the limit)
  const overCount = field ? over.reduce((sum, o) => sum + o, 0) : away.length;
  return { walking, over: overCount, targetIds, restZoneIds: restZones.map((z) => z.id) };
}

// Walking reach from every seat to the nearest zone of some uses (toilets): the same measure as
// rest reach (reach.ts) for any set of zones. Targets are the doors of those zones and free points
// every metre along their edges, so an open zone counts from its edge; a seat inside one is 0 m away.
import type { ZoneUse } from '../../floorplan/types.ts';
import type { FloorInputs } from '../floorInputs.ts';
import { farthestWalks } from '../walking/farthestWalk.ts';
import type { NavTarget } from '../walking/navigation.ts';
import { edgeSamples, SAMPLE_CELL } from '../walking/reach.ts';
import { seatsAway, writeAwayWalks } from '../walking/seatsAway.ts';
import { pointsWithin } from './straightReach.ts';

export interface AmenityReach {
  /**
   * walking distance per workstation, in floor.workstations order; empty when the floor has none
   * of the zones. null: not measured, shown by bounds to be shorter than the farthest seat's walk.
   */
  walking: (number | null)[];
  /**
   * how many seats are known to walk farther than the limit: those over it in a straight line (at
   * least 1 when the farthest walk is over it) — a lower bound
   */
  over: number;
  /** the zone each measured seat walks to */
  targetIds: (string | null)[];
  zoneIds: string[];
}

export function amenityReach(ctx: Pick<FloorInputs, 'floor' | 'navigation' | 'enclosures' | 'occupancy'>, uses: readonly ZoneUse[], limit: number): AmenityReach {
  const zones = ctx.floor.zones.filter((z) => uses.includes(z.use));
  if (zones.length === 0) return { walking: [], over: 0, targetIds: [], zoneIds: [] };
  const nav = ctx.navigation;
  const targets: NavTarget[] = [];
  for (const z of zones) {
    for (const d of ctx.enclosures.get(z.id)?.doors ?? []) targets.push({ id: z.id, at: d.at, width: d.width });
    for (const p of edgeSamples(z.polygon)) if (nav.isFree(p)) targets.push({ id: z.id, at: p, width: 0 });
  }
  const field = targets.length > 0 ? nav.field(targets) : null;
  const { seatPoints, seatZones } = ctx.occupancy;
  // seats inside walk 0; of the others (`away`, and their points) only the
  // farthest and those over the limit are measured
  const seats = seatsAway(seatPoints, seatZones, (zone) => uses.includes(zone.use), field !== null);
  const { walking, targetIds, away, awayPoints, awayGroups } = seats;
  // no `limit` for farthestWalks: counting every seat over it exactly costs more walks than the
  // rest of the check; the count is a lower bound instead (straight lines)
  const { walks } = field ? farthestWalks(awayPoints, awayGroups, targets, field, nav, { cell: SAMPLE_CELL }) : { walks: [] };
  writeAwayWalks(seats, walks);
  // without a reachable target every seat outside the zones is unreachable (over the limit)
  // (which seats get walked depends on what an earlier check remembered: the count must not)
  let overCount = field ? 0 : away.length;
  if (field) {
    const eps = 1e-9 * Math.max(1, limit);
    let farthest = 0;
    const within = pointsWithin(awayPoints, targets.map((t) => t.at), limit + eps);
    for (let k = 0; k < away.length; k++) {
      farthest = Math.max(farthest, walks[k]?.walking ?? 0);
      // over in a straight line: no target within limit + eps
      if (!within[k]) overCount++;
    }
    if (farthest > limit + eps) overCount = Math.max(overCount, 1);
  }
  return { walking, over: overCount, targetIds, zoneIds: zones.map((z) => z.id) };
}

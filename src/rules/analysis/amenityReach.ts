// Walking reach from every seat to the nearest zone of some uses (toilets): the same measure as
// rest reach (reach.ts) for any set of zones. Targets are the doors of those zones and free points
// every metre along their edges, so an open zone counts from its edge; a seat inside one is 0 m away.
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point, ZoneUse } from '../../floorplan/types.ts';
import type { FloorInputs } from '../floorInputs.ts';
import { farthestWalks } from '../walking/farthestWalk.ts';
import type { NavTarget } from '../walking/navigation.ts';
import { edgeSamples, SAMPLE_CELL } from '../walking/reach.ts';

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

/** Slack (m) of the bucket test: it only rules out targets the exact test would turn away too. */
const BUCKET_SLACK = 1e-6;

/**
 * Whether a point has some target within `reach` in a straight line (vectorLength ≤ reach), the
 * targets filed in square buckets of `reach` m: only the 3 × 3 buckets round the point's can hold one.
 */
function straightReach(targets: readonly NavTarget[], reach: number): (p: Point) => boolean {
  const size = Math.max(reach, BUCKET_SLACK) + BUCKET_SLACK;
  const buckets = new Map<number, Point[]>();
  const keyOf = (i: number, j: number): number => (i + 0x1000000) * 0x2000000 + (j + 0x1000000);
  for (const t of targets) {
    const k = keyOf(Math.floor(t.at[0] / size), Math.floor(t.at[1] / size));
    const list = buckets.get(k);
    if (list) list.push(t.at);
    else buckets.set(k, [t.at]);
  }
  return (p) => {
    const i = Math.floor(p[0] / size);
    const j = Math.floor(p[1] / size);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const at of buckets.get(keyOf(i + di, j + dj)) ?? []) if (vectorLength(at[0] - p[0], at[1] - p[1]) <= reach) return true;
      }
    }
    return false;
  };
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
  const inside = (i: number) => seatZones[i] !== undefined && uses.includes(seatZones[i]!.use);
  // seats inside walk 0; of the others only the farthest and those over the limit are measured
  const away = seatPoints.flatMap((_, i) => (inside(i) ? [] : [i]));
  // no `limit` for farthestWalks: counting every seat over it exactly costs more walks than the
  // rest of the check; the count is a lower bound instead (straight lines)
  const { walks } = field ? farthestWalks(away.map((i) => seatPoints[i]!), away.map(() => ''), targets, field, nav, { cell: SAMPLE_CELL }) : { walks: [] };
  const walking: (number | null)[] = seatPoints.map((_, i) => (inside(i) ? 0 : field ? null : Infinity));
  const targetIds: (string | null)[] = seatPoints.map((_, i) => (inside(i) ? seatZones[i]!.id : null));
  away.forEach((i, k) => {
    const r = walks[k];
    if (!r) return;
    walking[i] = r.walking;
    targetIds[i] = r.targetId;
  });
  // without a reachable target every seat outside the zones is unreachable (over the limit)
  // (which seats get walked depends on what an earlier check remembered: the count must not)
  let overCount = field ? 0 : away.length;
  if (field) {
    const eps = 1e-9 * Math.max(1, limit);
    let farthest = 0;
    const within = straightReach(targets, limit + eps);
    away.forEach((i, k) => {
      farthest = Math.max(farthest, walks[k]?.walking ?? 0);
      // over in a straight line: no target within limit + eps
      if (!within(seatPoints[i]!)) overCount++;
    });
    if (farthest > limit + eps) overCount = Math.max(overCount, 1);
  }
  return { walking, over: overCount, targetIds, zoneIds: zones.map((z) => z.id) };
}

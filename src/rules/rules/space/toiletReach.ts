// space.toilet-reach — walking distance from each workstation to the nearest toilet zone on its
// floor: gb ≤ 50 m (JGJ 67-2006 §4.3.6-1, a /T standard today → warn); intl ≤ 152.4 m (IBC
// §2902.3.2). One finding per floor with the farthest seat and how many seats are over.
import { amenityReach } from '../../analysis/amenityReach.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const toiletReach: FloorRule = {
  id: 'space.toilet-reach',
  area: 'space',
  scope: 'floor',
  parameters: { gb: ['space.toiletReach'], intl: ['space.toiletReach'] },
  check(ctx) {
    const { read, floor } = ctx;
    if (floor.workstations.length === 0) return [];
    const limit = read.num('space.toiletReach');
    const required = { value: limit, unit: 'm', comparator: '<=' as const };
    const clause = read.clause('space.toiletReach');
    const advisory = read.advisory('space.toiletReach');
    const reach = amenityReach(ctx, ['toilet'], limit);
    if (reach.zoneIds.length === 0) {
      return [floorFinding(this, ctx, { status: advisory ? 'warn' : 'fail', variant: 'none-on-floor', measured: { value: null, unit: 'm' }, required, clause, params: { seats: floor.workstations.length } })];
    }
    // seats left unmeasured (null) are shown by bounds not to be the farthest
    let worst = 0;
    reach.walking.forEach((w, i) => {
      if (w !== null && w > (reach.walking[worst] ?? -Infinity)) worst = i;
    });
    const walking = reach.walking[worst]!;
    return [floorFinding(this, ctx, {
      status: compare(walking, '<=', limit, advisory),
      variant: Number.isFinite(walking) ? undefined : 'unreachable',
      measured: { value: round(walking, 2), unit: 'm' },
      required,
      clause,
      point: ctx.occupancy.seatPoints[worst],
      params: { seat: floor.workstations[worst]!.id, toilet: reach.targetIds[worst] ?? '—', over: reach.over },
    })];
  },
};

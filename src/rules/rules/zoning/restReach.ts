// zoning.rest-reach — walking distance from each workstation to the nearest rest zone on its
// floor ≤ 50 m (warn). One finding per floor with the farthest seat.
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const restReach: FloorRule = {
  id: 'zoning.rest-reach',
  area: 'zoning',
  scope: 'floor',
  parameters: { gb: ['zoning.restReach'], intl: ['zoning.restReach'] },
  check(ctx) {
    const { read, floor } = ctx;
    const limit = read.num('zoning.restReach');
    const required = { value: limit, unit: 'm', comparator: '<=' as const };
    const clause = read.clause('zoning.restReach');
    if (floor.workstations.length === 0) return [];
    const reach = ctx.restReach;
    if (reach.restZoneIds.length === 0) {
      return [floorFinding(this, ctx, { status: 'warn', variant: 'none-on-floor', measured: { value: null, unit: 'm' }, required, clause })];
    }
    // seats left unmeasured (null) are shown by bounds not to be the farthest
    let worst = 0;
    reach.walking.forEach((w, i) => {
      if (w !== null && w > (reach.walking[worst] ?? -Infinity)) worst = i;
    });
    const walking = reach.walking[worst]!;
    const ws = floor.workstations[worst]!;
    const over = reach.over;
    return [floorFinding(this, ctx, {
      status: compare(walking, '<=', limit, read.advisory('zoning.restReach')),
      variant: Number.isFinite(walking) ? undefined : 'unreachable',
      measured: { value: round(walking, 2), unit: 'm' },
      required,
      clause,
      point: ctx.occupancy.seatPoints[worst],
      params: { seat: ws.id, rest: reach.targetIds[worst] ?? '—', over },
    })];
  },
};

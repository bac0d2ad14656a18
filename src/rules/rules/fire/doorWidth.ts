// fire.door-width — clear width of every door and exit: gb ≥ 0.90 m (GB 50016 §5.5.18; 1.40 m
// where the floor is a 人员密集场所, §5.5.19), intl ≥ 0.813 m (IBC 1010.1.1).
// One finding per door too narrow; one pass for the floor (with the narrowest) when none is.
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const doorWidth: FloorRule = {
  id: 'fire.door-width',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.minDoorWidth', 'fire.crowdedDoorWidth', 'fire.crowdedPlace'], intl: ['fire.minDoorWidth'] },
  check(ctx) {
    const { read, floor } = ctx;
    const id = read.has('fire.crowdedPlace') && read.bool('fire.crowdedPlace') ? 'fire.crowdedDoorWidth' : 'fire.minDoorWidth';
    const limit = read.num(id);
    const openings = [...floor.doors, ...floor.exits];
    const required = { value: limit, unit: 'm', comparator: '>=' as const };
    if (openings.length === 0) {
      return [floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-doors', measured: { value: null, unit: 'm' }, required, clause: read.clause(id), params: { input: 'doors, exits' } })];
    }
    const narrow = openings.filter((d) => compare(d.width, '>=', limit) !== 'pass');
    if (narrow.length > 0) {
      return narrow.map((d) => floorFinding(this, ctx, {
        status: 'fail', measured: { value: round(d.width, 3), unit: 'm' }, required, clause: read.clause(id),
        elementIds: [d.id], point: d.at, params: { door: d.id },
      }));
    }
    const narrowest = openings.reduce((m, d) => (d.width < m.width ? d : m));
    return [floorFinding(this, ctx, {
      status: 'pass', measured: { value: round(narrowest.width, 3), unit: 'm' }, required, clause: read.clause(id),
      point: narrowest.at, params: { door: narrowest.id, count: openings.length },
    })];
  },
};

// fire.seat-access — every workstation's occupant point lies in free space and can walk to an
// exit. One finding per floor listing the seats that cannot.
import { floorFinding, type FloorRule } from '../../rule.ts';

export const seatAccess: FloorRule = {
  id: 'fire.seat-access',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: [], intl: [] },
  check(ctx) {
    const required = { value: 0, unit: 'seats', comparator: '<=' as const };
    const clause = 'docs/rules.md fire.seat-access (plan-format §Geometry)';
    if (ctx.floor.workstations.length === 0) {
      return [floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-seats', measured: { value: null, unit: 'seats' }, required, clause, params: { input: 'workstations' } })];
    }
    const blocked = ctx.egress.seats.filter((s) => !Number.isFinite(s.exit.walking));
    return [floorFinding(this, ctx, {
      status: blocked.length === 0 ? 'pass' : 'fail',
      measured: { value: blocked.length, unit: 'seats' },
      required,
      clause,
      elementIds: blocked.map((s) => s.ws.id),
      point: blocked[0]?.point,
      params: { seats: ctx.floor.workstations.length, first: blocked[0]?.ws.id ?? '—' },
    })];
  },
};

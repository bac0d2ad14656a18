// zoning.seat-in-zone — each workstation's occupant point lies in a work, management or training
// zone. One finding per floor listing the seats that do not.
import { SEATING_USES } from '../../../floorplan/queries/zones.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const seatInZone: FloorRule = {
  id: 'zoning.seat-in-zone',
  area: 'zoning',
  scope: 'floor',
  parameters: { gb: [], intl: [] },
  check(ctx) {
    if (ctx.floor.workstations.length === 0) return [];
    const { seatZones, seatPoints } = ctx.occupancy;
    const outside = ctx.floor.workstations.filter((_, i) => {
      const z = seatZones[i];
      return !z || !SEATING_USES.includes(z.use);
    });
    const first = outside[0] ? ctx.floor.workstations.indexOf(outside[0]) : -1;
    return [floorFinding(this, ctx, {
      status: outside.length === 0 ? 'pass' : 'fail',
      measured: { value: outside.length, unit: 'seats' },
      required: { value: 0, unit: 'seats', comparator: '<=' },
      clause: 'docs/plan-format.md §Workstations; call-center zoning',
      elementIds: outside.map((w) => w.id),
      point: first >= 0 ? seatPoints[first] : undefined,
      params: { seats: ctx.floor.workstations.length, first: outside[0]?.id ?? '—' },
    })];
  },
};

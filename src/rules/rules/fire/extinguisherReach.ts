// fire.extinguisher-reach — every free point of every zone on the 1 m grid within walking reach
// of an extinguisher: gb 20 m (中危险级), 15 m (严重危险级) in server, cabling and power rooms and
// everywhere in 一类高层 buildings (GB 50140 Table 5.2.1, Appendix D); intl 22.9 m (NFPA 10, warn).
// One finding per zone with its farthest point.
import type { ZoneUse } from '../../../floorplan/types.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const SEVERE_USES: readonly ZoneUse[] = ['server', 'cabling', 'power'];

export const extinguisherReach: FloorRule = {
  id: 'fire.extinguisher-reach',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.extinguisher.maxDistance', 'fire.extinguisher.maxDistance.severe', 'fire.extinguisher.gridStep'], intl: ['fire.extinguisher.maxDistance', 'fire.extinguisher.gridStep'] },
  check(ctx) {
    const { read, floor } = ctx;
    if (floor.zones.length === 0) return [];
    if (floor.extinguishers.length === 0) {
      return [floorFinding(this, ctx, {
        status: 'fail', variant: 'none', measured: { value: 0, unit: 'count' },
        required: { value: 1, unit: 'count', comparator: '>=' }, clause: read.clause('fire.extinguisher.maxDistance'),
      })];
    }
    const reach = ctx.extinguisherReach;
    const findings: Finding[] = [];
    for (const zone of floor.zones) {
      const r = reach.zones.get(zone.id);
      const severe = read.base === 'gb' && (SEVERE_USES.includes(zone.use) || ctx.facts.class1);
      const id = severe ? 'fire.extinguisher.maxDistance.severe' : 'fire.extinguisher.maxDistance';
      const limit = read.num(id);
      const required = { value: limit, unit: 'm', comparator: '<=' as const };
      if (!r || r.points === 0) {
        findings.push(floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-points', measured: { value: null, unit: 'm' }, required, clause: read.clause(id), elementIds: [zone.id], params: { zone: zone.name } }));
        continue;
      }
      const over = r.worst > limit + 1e-9 * limit;
      const status = !over ? 'pass' : read.advisory(id) ? 'warn' : 'fail';
      findings.push(floorFinding(this, ctx, {
        status,
        variant: Number.isFinite(r.worst) ? undefined : 'unreachable',
        measured: { value: round(r.worst, 2), unit: 'm' },
        required,
        clause: read.clause(id),
        elementIds: [zone.id],
        point: r.worstPoint ?? undefined,
        params: { zone: zone.name, extinguisher: r.targetId ?? '—', points: r.points, hazard: severe ? 'severe' : 'medium' },
      }));
    }
    return findings;
  },
};

// light.uniformity — U0 = Emin / Eavg of direct illuminance (Lambertian downlights, point by
// point) on a ≤ 0.5 m grid with a 0.5 m border left out, for the zones with a required level:
// ≥ 0.60 for work, management, meeting, training, server, cabling, canteen, power; ≥ 0.40 others.
import type { ZoneUse } from '../../../floorplan/types.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export const HIGH_UNIFORMITY_USES: readonly ZoneUse[] = ['work', 'management', 'meeting', 'training', 'server', 'cabling', 'canteen', 'power'];

export const uniformity: FloorRule = {
  id: 'light.uniformity',
  area: 'lighting',
  scope: 'floor',
  parameters: { gb: ['light.u0.high', 'light.u0.other', 'light.gridStep', 'light.gridBorder', 'light.workPlane'], intl: ['light.u0.high', 'light.u0.other', 'light.gridStep', 'light.gridBorder', 'light.workPlane'] },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    for (const zone of ctx.floor.zones) {
      if (!read.has(`light.em.${zone.use}`)) continue;
      const id = HIGH_UNIFORMITY_USES.includes(zone.use) ? 'light.u0.high' : 'light.u0.other';
      const required = { value: read.num(id), unit: '', comparator: '>=' as const };
      const light = ctx.lighting.get(zone.id)!;
      if (light.uniformity === null) {
        findings.push(floorFinding(this, ctx, {
          status: 'n/a', variant: 'na-no-luminaires', measured: { value: null, unit: '' }, required, clause: read.clause(id),
          elementIds: [zone.id], params: { zone: zone.name, input: 'luminaires' },
        }));
        continue;
      }
      findings.push(floorFinding(this, ctx, {
        status: compare(light.uniformity, '>=', required.value, read.advisory(id)),
        measured: { value: round(light.uniformity, 3), unit: '' },
        required,
        clause: read.clause(id),
        elementIds: [zone.id],
        point: light.darkest ?? undefined,
        params: { zone: zone.name, emin: round(light.gridMin, 1), eavg: round(light.gridMean, 1), points: light.gridPoints },
      }));
    }
    return findings;
  },
};

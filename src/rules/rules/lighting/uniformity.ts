// light.uniformity — U0 = Emin / Eavg of each zone with a required level, both from the one
// point-by-point calculation that gives the zone's average (analysis/illuminance.ts: direct light
// point by point plus the reflected component, maintained, on the EN 12464-1 grid with the 0.5 m
// band left out). The least U0 of the zone's use: gb GB 50034-2024 tables (0.60 for work,
// meeting, training and plant rooms, canteens; 0.40 for rest rooms, toilets, corridors, stores);
// intl EN 12464-1 (0.60 offices and meeting rooms; 0.40 canteens and the rest).
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const LIGHTING = ['light.u0.*', 'light.em.*', 'light.plane.*', 'light.maintenanceFactor', 'light.workPlane', 'light.gridBorder', 'light.maxGridPoints', 'light.reflectance.ceiling', 'light.reflectance.walls', 'light.reflectance.floor'];

export const uniformity: FloorRule = {
  id: 'light.uniformity',
  area: 'lighting',
  scope: 'floor',
  parameters: { gb: LIGHTING, intl: LIGHTING },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    for (const zone of ctx.floor.zones) {
      const id = `light.u0.${zone.use}`;
      if (!read.has(`light.em.${zone.use}`) || !read.has(id)) continue;
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
        params: { zone: zone.name, emin: round(light.min, 1), eavg: round(light.average, 1), points: light.gridPoints, plane: light.plane },
      }));
    }
    return findings;
  },
};

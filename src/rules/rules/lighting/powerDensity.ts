// light.power-density (gb) — Σ luminaire power / zone area of office-type zones with luminaires:
// over 8.0 W/m² (GB 55015, unverified value) or over the 6.5 W/m² target (GB 50034-2024 §6.3.5)
// → warn.
import type { ZoneUse } from '../../../floorplan/types.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const OFFICE_USES: readonly ZoneUse[] = ['work', 'management', 'meeting', 'training'];

export const powerDensity: FloorRule = {
  id: 'light.power-density',
  area: 'lighting',
  scope: 'floor',
  parameters: { gb: ['light.lpd.office', 'light.lpd.officeTarget'] },
  check(ctx) {
    const { read } = ctx;
    const limit = read.num('light.lpd.office');
    const target = read.num('light.lpd.officeTarget');
    const findings: Finding[] = [];
    for (const zone of ctx.floor.zones) {
      if (!OFFICE_USES.includes(zone.use)) continue;
      const light = ctx.lighting.get(zone.id)!;
      if (light.luminaireIds.length === 0) continue;
      const lpd = light.powerDensity;
      const eps = 1e-9;
      const overLimit = lpd > limit + eps;
      const overTarget = lpd > target + eps;
      const id = overLimit ? 'light.lpd.office' : 'light.lpd.officeTarget';
      findings.push(floorFinding(this, ctx, {
        status: overTarget ? (read.advisory(id) ? 'warn' : 'fail') : 'pass',
        variant: overLimit ? 'over-limit' : overTarget ? 'over-target' : 'pass',
        measured: { value: round(lpd, 2), unit: 'W/m²' },
        required: { value: overLimit ? limit : target, unit: 'W/m²', comparator: '<=' },
        clause: read.clause(id),
        elementIds: [zone.id],
        params: { zone: zone.name, limit, target },
      }));
    }
    return findings;
  },
};

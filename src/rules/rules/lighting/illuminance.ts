// light.illuminance — average maintained illuminance of each zone with a required level, by the
// lumen method (E = Σflux × UF × MF / area of the luminaires in the zone): gb GB 50034-2024 by
// use; intl EN 12464-1. A zone with no luminaires measures 0 lx.
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export const illuminance: FloorRule = {
  id: 'light.illuminance',
  area: 'lighting',
  scope: 'floor',
  parameters: { gb: ['light.em.*', 'light.utilisationFactor', 'light.maintenanceFactor'], intl: ['light.em.*', 'light.utilisationFactor', 'light.maintenanceFactor'] },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    for (const zone of ctx.floor.zones) {
      const id = `light.em.${zone.use}`;
      if (!read.has(id)) continue;
      const required = read.num(id);
      const light = ctx.lighting.get(zone.id)!;
      findings.push(floorFinding(this, ctx, {
        status: compare(light.average, '>=', required, read.advisory(id)),
        variant: light.luminaireIds.length === 0 ? 'no-luminaires' : undefined,
        measured: { value: round(light.average, 1), unit: 'lx' },
        required: { value: required, unit: 'lx', comparator: '>=' },
        clause: read.clause(id),
        elementIds: [zone.id],
        params: { zone: zone.name, use: zone.use, luminaires: light.luminaireIds.length, uf: read.num('light.utilisationFactor'), mf: read.num('light.maintenanceFactor') },
      }));
    }
    return findings;
  },
};

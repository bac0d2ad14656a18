// light.illuminance — average maintained illuminance of each zone with a required level, on the
// zone's reference plane (0.75 m, or the floor where the table says 地面), from the one
// point-by-point calculation (analysis/illuminance.ts): gb GB 50034-2024 by use; intl EN 12464-1.
// A zone with no luminaires measures 0 lx. Where the profile sets an allowed deviation
// (gb: +20 %, GB 50034-2024 §4.1.5) a zone lit more than that above its level passes with a note.
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const LIGHTING = ['light.em.*', 'light.plane.*', 'light.maintenanceFactor', 'light.workPlane', 'light.gridBorder', 'light.maxGridPoints', 'light.reflectance.ceiling', 'light.reflectance.walls', 'light.reflectance.floor'];

export const illuminance: FloorRule = {
  id: 'light.illuminance',
  area: 'lighting',
  scope: 'floor',
  parameters: { gb: [...LIGHTING, 'light.overDesign'], intl: LIGHTING },
  check(ctx) {
    const { read } = ctx;
    const over = read.has('light.overDesign') ? read.num('light.overDesign') : null;
    const findings: Finding[] = [];
    for (const zone of ctx.floor.zones) {
      const id = `light.em.${zone.use}`;
      if (!read.has(id)) continue;
      const required = read.num(id);
      const light = ctx.lighting.get(zone.id)!;
      const status = compare(light.average, '>=', required, read.advisory(id));
      const overDesigned = status === 'pass' && over !== null && light.average > required * (1 + over) * (1 + 1e-9);
      findings.push(floorFinding(this, ctx, {
        status,
        variant: light.luminaireIds.length === 0 ? 'no-luminaires' : overDesigned ? 'over-design' : undefined,
        measured: { value: round(light.average, 1), unit: 'lx' },
        required: { value: required, unit: 'lx', comparator: '>=' },
        clause: overDesigned ? `${read.clause(id)}; ${read.clause('light.overDesign')}` : read.clause(id),
        elementIds: [zone.id],
        params: {
          zone: zone.name,
          use: zone.use,
          luminaires: light.luminaireIds.length,
          plane: light.plane,
          emin: round(light.min, 1),
          points: light.gridPoints,
          mf: read.num('light.maintenanceFactor'),
          ...(overDesigned ? { excess: Math.round((light.average / required - 1) * 100), tolerance: Math.round(over! * 100) } : {}),
        },
      }));
    }
    return findings;
  },
};

// fire.compartment-area (gb) — each fire compartment's building area ≤ 2500 m² multi-storey
// (1200 grade 3, 600 grade 4), 1500 m² high-rise, × 2 sprinklered (GB 50016 Table 5.3.1). The × 2
// is FloorContext.sprinklerCredit: marked sprinklered and the floor's layout passing
// fire.sprinkler-spacing, or its failing findings reviewed as accepted.
// Compartment areas are pieces of the usable plate scaled to the floor's gross area.
import { centroid } from '../../../floorplan/geometry/polygon.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const compartmentArea: FloorRule = {
  id: 'fire.compartment-area',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.compartment.multi', 'fire.compartment.multi.g3', 'fire.compartment.multi.g4', 'fire.compartment.high', 'fire.compartment.sprinklerFactor', 'fire.sprinklerCredit'] },
  check(ctx) {
    const { read, facts } = ctx;
    const id = facts.highRise ? 'fire.compartment.high' : facts.grade === 3 ? 'fire.compartment.multi.g3' : facts.grade === 4 ? 'fire.compartment.multi.g4' : 'fire.compartment.multi';
    const credit = ctx.sprinklerCredit;
    const limit = read.num(id) * (credit.granted ? read.num('fire.compartment.sprinklerFactor') : 1);
    const compartments = ctx.compartments;
    const net = compartments.reduce((s, c) => s + c.area, 0);
    const scale = net > 0 ? ctx.grossArea / net : 1;
    return compartments.map((c) => {
      const area = c.area * scale;
      return floorFinding(this, ctx, {
        status: compare(area, '<=', limit),
        measured: { value: round(area, 1), unit: 'm²' },
        required: { value: limit, unit: 'm²', comparator: '<=' },
        clause: read.clause(id),
        elementIds: compartments.length > 1 ? [c.id] : [],
        point: c.rings[0] ? centroid(c.rings[0]) : undefined,
        params: { compartment: c.id, sprinklered: facts.sprinklered ? 1 : 0, credit: credit.reason },
      });
    });
  },
};

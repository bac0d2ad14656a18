// fire.egress-width — Σ exit widths of a floor against its persons.
// gb: ≥ persons × factor / 100, factor by fire-resistance grade and the building's storeys
// (GB 50016 Table 5.5.21-1). intl: occupant load = max(persons, gross ÷ 4.65 m²) × 5.1 mm (IBC 1005.3.2).
import { exitWidth, gbWidthFactorId, intlOccupantLoad } from '../../walking/egressLimits.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

export const egressWidth: FloorRule = {
  id: 'fire.egress-width',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: ['fire.widthPer100.g12.s12', 'fire.widthPer100.g12.s3', 'fire.widthPer100.g12.s4', 'fire.widthPer100.g3.s12', 'fire.widthPer100.g3.s3', 'fire.widthPer100.g3.s4', 'fire.widthPer100.g4.s12'],
    intl: ['fire.capacity.other', 'fire.occupantLoadFactor'],
  },
  check(ctx) {
    const { read } = ctx;
    const width = exitWidth(ctx);
    if (read.base === 'gb') {
      const factorId = gbWidthFactorId(ctx.facts);
      const persons = ctx.occupancy.persons;
      const factor = read.num(factorId);
      if (persons === 0) {
        return [floorFinding(this, ctx, {
          status: 'n/a', variant: 'na-no-persons', measured: { value: round(width, 3), unit: 'm' },
          required: { value: 0, unit: 'm', comparator: '>=' }, clause: read.clause(factorId), params: { factor, storeys: ctx.facts.storeys, persons },
        })];
      }
      const required = (persons * factor) / 100;
      return [floorFinding(this, ctx, {
        status: compare(width, '>=', required),
        measured: { value: round(width, 3), unit: 'm' },
        required: { value: round(required, 3), unit: 'm', comparator: '>=' },
        clause: read.clause(factorId),
        elementIds: ctx.floor.exits.map((e) => e.id),
        params: { persons, factor, storeys: ctx.facts.storeys, shortfall: round(Math.max(0, required - width), 2) },
      })];
    }
    const load = intlOccupantLoad(ctx);
    const perPerson = read.num('fire.capacity.other') / 1000;
    const required = load * perPerson;
    return [floorFinding(this, ctx, {
      status: compare(width, '>=', required),
      measured: { value: round(width, 3), unit: 'm' },
      required: { value: round(required, 3), unit: 'm', comparator: '>=' },
      clause: read.clause('fire.capacity.other'),
      elementIds: ctx.floor.exits.map((e) => e.id),
      params: { persons: load, factor: read.num('fire.capacity.other'), shortfall: round(Math.max(0, required - width), 2) },
    })];
  },
};

// fire.sprinkler-spacing (gb) — in a building marked sprinklered, each floor has sprinklers laid
// out as GB 50084-2017 §7.1.2, Table 7.1.2 says for the hazard class (中危险级 I: square side
// 3.6 m, 12.5 m² per head, ≤ 1.8 m from the walls; heads ≥ 1.8 m apart). The judgements come from
// analysis/sprinklerLayout.ts, which the sprinkler credit of fire.travel-distance and
// fire.compartment-area reads too. One finding per zone, one per pair of heads too close.
import { floorFinding, type FloorRule } from '../../rule.ts';

const HAZARDS = ['light', 'ordinary-1', 'ordinary-2', 'severe-1', 'severe-2'];

export const sprinklerSpacing: FloorRule = {
  id: 'fire.sprinkler-spacing',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      ...HAZARDS.flatMap((h) => [`fire.sprinkler.spacing.${h}`, `fire.sprinkler.area.${h}`, `fire.sprinkler.wall.${h}`]),
      'fire.sprinkler.minSpacing', 'fire.sprinkler.gridStep', 'fire.sprinklerCredit',
    ],
  },
  check(ctx) {
    return ctx.sprinklerJudgements.map((j) => floorFinding(this, ctx, {
      status: j.status,
      variant: j.variant,
      measured: j.measured,
      required: j.required,
      clause: ctx.read.clause(j.limitId),
      elementIds: j.elementIds,
      point: j.point,
      params: j.params,
    }));
  },
};

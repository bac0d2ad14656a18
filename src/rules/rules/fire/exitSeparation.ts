// fire.exit-separation — the nearest edges of two exits: gb ≥ 5 m between adjacent exits of a
// compartment (GB 50016 §5.5.2: the closest pair is adjacent, so the closest pair decides);
// intl: two exits ≥ ½ (⅓ sprinklered) of the floor's largest diagonal apart (IBC 1007.1.1).
import { vectorLength } from '../../../floorplan/geometry/polygon.ts';
import type { Exit, Point } from '../../../floorplan/types.ts';
import { exitOpensFrom } from '../../analysis/compartments.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

/** Distance between the nearest edges of two exit openings (centre distance less half of each width). */
export function exitEdgeDistance(a: Exit, b: Exit): number {
  return Math.max(0, vectorLength(a.at[0] - b.at[0], a.at[1] - b.at[1]) - a.width / 2 - b.width / 2);
}

/** Largest distance between two vertices of the outline. */
export function largestDiagonal(outline: readonly Point[]): number {
  let best = 0;
  for (let i = 0; i < outline.length; i++) {
    for (let j = i + 1; j < outline.length; j++) {
      best = Math.max(best, vectorLength(outline[i]![0] - outline[j]![0], outline[i]![1] - outline[j]![1]));
    }
  }
  return best;
}

function pairs(exits: readonly Exit[]): [Exit, Exit, number][] {
  const out: [Exit, Exit, number][] = [];
  for (let i = 0; i < exits.length; i++) for (let j = i + 1; j < exits.length; j++) out.push([exits[i]!, exits[j]!, exitEdgeDistance(exits[i]!, exits[j]!)]);
  return out;
}

export const exitSeparation: FloorRule = {
  id: 'fire.exit-separation',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.exitSeparation'], intl: ['fire.exitSeparation.ratio', 'fire.exitSeparation.ratioSprinklered'] },
  check(ctx) {
    const { read, floor } = ctx;
    if (read.base === 'gb') {
      const limit = read.num('fire.exitSeparation');
      const single = ctx.compartments.length === 1;
      return ctx.compartments.map((c) => {
        const exits = floor.exits.filter((e) => exitOpensFrom(e.at, c));
        const elementIds = single ? [] : [c.id];
        if (exits.length < 2) {
          return floorFinding(this, ctx, {
            status: 'n/a', variant: 'na-fewer-than-two', measured: { value: null, unit: 'm' },
            required: { value: limit, unit: 'm', comparator: '>=' }, clause: read.clause('fire.exitSeparation'), elementIds,
            params: { exits: exits.length },
          });
        }
        const [a, b, d] = pairs(exits).reduce((m, p) => (p[2] < m[2] ? p : m));
        return floorFinding(this, ctx, {
          status: compare(d, '>=', limit),
          measured: { value: round(d, 3), unit: 'm' },
          required: { value: limit, unit: 'm', comparator: '>=' },
          clause: read.clause('fire.exitSeparation'),
          elementIds: [...elementIds, a.id, b.id],
          point: a.at,
          params: { a: a.id, b: b.id },
        });
      });
    }
    const ratioId = ctx.facts.sprinklered ? 'fire.exitSeparation.ratioSprinklered' : 'fire.exitSeparation.ratio';
    const diagonal = largestDiagonal(floor.outline);
    const required = read.num(ratioId) * diagonal;
    if (floor.exits.length < 2) {
      return [floorFinding(this, ctx, {
        status: 'n/a', variant: 'na-fewer-than-two', measured: { value: null, unit: 'm' },
        required: { value: round(required, 2), unit: 'm', comparator: '>=' }, clause: read.clause(ratioId), params: { exits: floor.exits.length },
      })];
    }
    const [a, b, d] = pairs(floor.exits).reduce((m, p) => (p[2] > m[2] ? p : m));
    return [floorFinding(this, ctx, {
      status: compare(d, '>=', required),
      measured: { value: round(d, 3), unit: 'm' },
      required: { value: round(required, 2), unit: 'm', comparator: '>=' },
      clause: read.clause(ratioId),
      elementIds: [a.id, b.id],
      point: a.at,
      params: { a: a.id, b: b.id, diagonal: round(diagonal, 2), ratio: round(read.num(ratioId), 3) },
    })];
  },
};

// fire.room-door-separation — gb: the doors of a room that needs two (fire.room-doors) lie apart:
// ≥ 5 m between the nearest edges of two adjacent doors (GB 50016 §5.5.2). The closest pair of
// a room's doors and exits is always an adjacent pair, so it decides. One finding per room that
// needs two doors and has them; fewer doors are fire.room-doors' finding.
import { vectorLength } from '../../../floorplan/geometry/polygon.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';
import { roomDoorNeeds, type Opening } from './roomDoors.ts';

/** Distance between the nearest edges of two door openings (centre distance less half of each width). */
export function openingEdgeDistance(a: Opening, b: Opening): number {
  return Math.max(0, vectorLength(a.at[0] - b.at[0], a.at[1] - b.at[1]) - a.width / 2 - b.width / 2);
}

export const roomDoorSeparation: FloorRule = {
  id: 'fire.room-door-separation',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.roomDoorSeparation', 'fire.roomDoors.min', 'fire.singleDoorRoom.maxArea'] },
  check(ctx) {
    const limit = ctx.read.num('fire.roomDoorSeparation');
    const findings: Finding[] = [];
    for (const n of roomDoorNeeds(ctx)) {
      if (n.required < 2 || n.openings.length < 2) continue;
      let closest: [Opening, Opening, number] | null = null;
      for (let i = 0; i < n.openings.length; i++) {
        for (let j = i + 1; j < n.openings.length; j++) {
          const d = openingEdgeDistance(n.openings[i]!, n.openings[j]!);
          if (!closest || d < closest[2]) closest = [n.openings[i]!, n.openings[j]!, d];
        }
      }
      const [a, b, distance] = closest!;
      findings.push(floorFinding(this, ctx, {
        status: compare(distance, '>=', limit),
        measured: { value: round(distance, 2), unit: 'm' },
        required: { value: limit, unit: 'm', comparator: '>=' },
        clause: ctx.read.clause('fire.roomDoorSeparation'),
        elementIds: [n.room.zone.id],
        point: [(a.at[0] + b.at[0]) / 2, (a.at[1] + b.at[1]) / 2],
        params: { zone: n.room.zone.name, a: a.id, b: b.id, area: round(n.area, 1) },
      }));
    }
    return findings;
  },
};

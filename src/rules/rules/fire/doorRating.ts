// fire.door-rating — doors of power, cabling and server rooms: gb 甲级 (A) / 乙级 (B) / 甲级 (A)
// at least (GB 50016 §6.2.7, GB 50174 §13.2.4); intl has no such rule: an unrated door warns.
import type { FireRating, ZoneUse } from '../../../floorplan/types.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const RANK: Record<FireRating, number> = { A: 3, B: 2, C: 1 };
const ROOM_USES: readonly ZoneUse[] = ['power', 'cabling', 'server'];

export function ratingMeets(actual: FireRating | undefined, required: string): boolean {
  const need = RANK[required as FireRating] ?? 0;
  return (actual ? RANK[actual] : 0) >= need;
}

export const doorRating: FloorRule = {
  id: 'fire.door-rating',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.doorRating.power', 'fire.doorRating.cabling', 'fire.doorRating.server'], intl: [] },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    for (const e of ctx.enclosures.values()) {
      const use = e.zone.use;
      if (!ROOM_USES.includes(use)) continue;
      for (const door of e.doors) {
        const actual = door.fireRating ?? null;
        if (read.base === 'gb') {
          const id = `fire.doorRating.${use}`;
          const required = read.str(id);
          findings.push(floorFinding(this, ctx, {
            status: ratingMeets(door.fireRating, required) ? 'pass' : 'fail',
            measured: { value: actual, unit: 'rating' },
            required: { value: required, unit: 'rating', comparator: '>=' },
            clause: read.clause(id),
            elementIds: [door.id],
            point: door.at,
            params: { zone: e.zone.name, use, door: door.id, rating: actual ?? '—' },
          }));
        } else {
          findings.push(floorFinding(this, ctx, {
            status: actual ? 'pass' : 'warn',
            measured: { value: actual, unit: 'rating' },
            required: { value: 'rated', unit: 'rating', comparator: '=' },
            clause: 'local fire code (not in IBC v1 set)',
            elementIds: [door.id],
            point: door.at,
            params: { zone: e.zone.name, use, door: door.id, rating: actual ?? '—' },
          }));
        }
      }
    }
    return findings;
  },
};

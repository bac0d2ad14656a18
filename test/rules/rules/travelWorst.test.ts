// fire.travel-distance gathers each zone's worst case point by point without a case object per
// point (WorstCases): it must pick what reducing every point's judged case does (the worse status,
// then the longer walk, then the longer straight line; the first of equals), and count alike.
import { describe, expect, it } from 'vitest';
import type { Point } from '../../../src/floorplan/types.ts';
import { worse } from '../../../src/rules/finding.ts';
import { WorstCases } from '../../../src/rules/rules/fire/travelDistance.ts';
import type { Judged } from '../../../src/rules/walking/egressLimits.ts';
import type { Walk } from '../../../src/rules/walking/walk.ts';
import type { FindingStatus } from '../../../src/rules/types.ts';

interface Case {
  walk: Walk;
  point: Point;
  seatId?: string;
  judged: Judged;
}

/** the reduction fire.travel-distance did before: a judged case per point */
function worseCase(a: Case | undefined, b: Case): Case {
  if (!a) return b;
  const s = worse(a.judged.status, b.judged.status);
  if (s !== a.judged.status) return b;
  if (s !== b.judged.status) return a;
  if (b.walk.walking !== a.walk.walking) return b.walk.walking > a.walk.walking ? b : a;
  return b.walk.straight > a.walk.straight ? b : a;
}

describe('WorstCases', () => {
  it('picks and counts as judging every point and reducing the cases does, ties and unreachable walks included', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const statuses: FindingStatus[] = ['pass', 'warn', 'fail', 'n/a'];
    const judge = (walk: Walk, kind: number): Judged => {
      const status = statuses[(Math.floor(walk.walking) + kind) % 4] ?? 'fail';
      return { status, limit: 10 + kind, limitId: `limit-${kind}`, variant: `${status}-${kind}` };
    };
    for (let round = 0; round < 20; round++) {
      const worst = new WorstCases<number>(judge);
      const reference = new Map<string, { c: Case; n: number }>();
      for (let k = 0; k < 300; k++) {
        const zoneId = ['', 'a', 'b', 'c'][Math.floor(rnd() * 4)]!;
        // few distinct lengths: many ties of status, walk and straight line
        const walking = rnd() < 0.05 ? Infinity : Math.floor(rnd() * 6);
        const walk: Walk = { walking, straight: Math.floor(rnd() * 3), targetId: `t${k}` };
        const kind = Math.floor(rnd() * 2);
        const point: Point = [k, round];
        const seatId = rnd() < 0.5 ? `s${k}` : undefined;
        const count = seatId ? 1 : 0;
        const judged = judge(walk, kind);
        worst.add(zoneId, walk, judged.status, point, seatId, kind, count);
        const entry = reference.get(zoneId);
        const c: Case = seatId ? { walk, point, seatId, judged } : { walk, point, judged };
        reference.set(zoneId, { c: worseCase(entry?.c, c), n: (entry?.n ?? 0) + count });
      }
      for (const zoneId of reference.keys()) {
        worst.count(zoneId, 5);
        reference.get(zoneId)!.n += 5;
      }
      for (const zoneId of ['', 'a', 'b', 'c', 'none']) {
        const got = worst.get(zoneId);
        const want = reference.get(zoneId);
        expect(got, zoneId).toEqual(want);
        if (got && want) expect(got.c.point, zoneId).toBe(want.c.point);
      }
    }
  });
});

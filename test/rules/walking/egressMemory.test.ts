// What egress and the seat figures keep from the last check of a line of desk edits (egress.ts:
// the seats' and grid points' egress, built again only where a point's answer, zone or straight
// line changed; analysis/seatFigures.ts: a seat's figures, from its egress object) must give what
// a check from nothing gives; and it must be used: plans edited with immer keep every untouched
// object, and then the unchanged seats' figures are the very objects of the last check.
import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { PlanDocument, Point } from '../../../src/floorplan/types.ts';
import { seatFigures } from '../../../src/rules/analysis/seatFigures.ts';
import { FloorMemory } from '../../../src/rules/floorMemory.ts';
import { runFloorRules, type FloorAnalysis, type FloorRunResult } from '../../../src/rules/runRules.ts';
import { placesIn, type SeatEgress } from '../../../src/rules/walking/egress.ts';

const DATE = '2026-11-24';
const floorOf = (plan: PlanDocument) => plan.site.buildings[0]!.floors[0]!;

function fresh(plan: PlanDocument, profile: 'gb' | 'intl'): FloorRunResult {
  const b = plan.site.buildings[0]!;
  return runFloorRules(structuredClone(plan), b.id, b.floors[0]!.id, { profile, date: DATE });
}

describe('egress kept across desk edits', () => {
  for (const profile of ['gb', 'intl'] as const) {
    it(`re-checks equal checks from nothing, and unchanged seats keep their figures' objects (${profile})`, () => {
      let plan = freeze(generateDenseFloor(300, 5), true);
      const b = plan.site.buildings[0]!;
      const memory = new FloorMemory<FloorAnalysis>(4);
      const check = (p: PlanDocument) => runFloorRules(p, b.id, b.floors[0]!.id, { profile, date: DATE }, memory);
      let last = check(plan);
      const moves: [number, number, number][] = [[40, 0.3, 0], [40, -0.3, 0], [120, 0, 3], [7, 2, -1], [120, 0, -3]];
      let move = 0;
      for (const [i, dx, dy] of moves) {
        plan = produce(plan, (d) => {
          const w = floorOf(d).workstations[i]!;
          w.at = [w.at[0] + dx, w.at[1] + dy];
        });
        const again = check(plan);
        const expected = fresh(plan, profile);
        expect(again.findings, `desk ${i}`).toEqual(expected.findings);
        expect(again.analysis, `desk ${i}`).toEqual(expected.analysis);
        expect(again.capacity, `desk ${i}`).toEqual(expected.capacity);
        // (the first re-check carries every walk anew: from the second on, carried walks are kept as they are)
        const figures = again.analysis.workstations;
        const kept = figures.filter((f, k) => f === last.analysis.workstations[k]).length;
        if (move > 0) expect(kept, `desk ${i}`).toBeGreaterThan(figures.length * 0.8);
        expect(figures[i], `desk ${i} moved`).not.toBe(last.analysis.workstations[i]);
        last = again;
        move++;
      }
    });
  }
});

describe('placesIn', () => {
  it('finds each item where it stood in order (a run replaced, one added, one gone), and only where it is', () => {
    const items = Array.from({ length: 30 }, (_, k) => ({ k }));
    const other = () => ({ k: -1 });
    // lists one change away from `items`: every item in both is found, either way round
    const near = [
      items.slice(1),
      [...items.slice(0, 10), other(), ...items.slice(10)],
      [...items.slice(0, 10), ...items.slice(11)],
      [...items.slice(0, 10), other(), other(), other(), ...items.slice(13)],
      [...items.slice(0, 29), other()],
    ];
    const cases: [readonly object[], readonly object[], boolean][] = [
      [items, items, true],
      ...near.map((l): [object[], object[], boolean] => [items, l, true]),
      ...near.map((l): [object[], object[], boolean] => [l, items, true]),
      [items, [...items].reverse(), false],
      [[], items, true],
      [items, [], true],
    ];
    for (const [before, now, allFound] of cases) {
      const place = placesIn(before, now);
      now.forEach((item, k) => {
        if (place[k]! >= 0) expect(before[place[k]!]).toBe(item);
        if (allFound) expect(place[k]! >= 0, `item ${k}`).toBe(before.includes(item));
      });
    }
  });
});

describe('seatFigures', () => {
  const seat = (k: number, walking: number, straight: number): SeatEgress => {
    const exit = { walking, straight, targetId: 'e' };
    return { ws: { id: `w${k}`, at: [k, 0], rotation: 0, size: [1, 1], role: 'agent' }, point: [k + 0.123456, 1.987654] as Point, zone: undefined, exit, travel: exit, kind: 'open' };
  };
  const direct = (seats: readonly SeatEgress[]) => seats.map((s) => ({
    id: s.ws.id, zone: null, occupant: [Math.round(s.point[0] * 1000) / 1000, Math.round(s.point[1] * 1000) / 1000],
    walking: Number.isFinite(s.exit.walking) ? Math.round(s.exit.walking * 100) / 100 : null,
    straight: Number.isFinite(s.exit.straight) ? Math.round(s.exit.straight * 100) / 100 : null,
  }));

  it('gives the figures of each seat and the longest walks, the same for seats kept, replaced, added and gone', () => {
    const lineageA = {};
    const lineageB = {};
    const first = Array.from({ length: 12 }, (_, k) => seat(k, 10 + k * 1.111, 5 + k));
    const a = seatFigures(lineageA, first);
    expect(a.workstations).toEqual(direct(first));
    expect(a.maxWalking).toBe(first[11]!.exit.walking);
    expect(a.maxStraight).toBe(16);
    // one seat replaced by one walking farther, unreachable, one gone, one added at the end
    const second = [...first.slice(0, 3), seat(3, 99.5, 1), ...first.slice(4, 8), ...first.slice(9), seat(40, Infinity, Infinity)];
    const b = seatFigures(lineageA, second);
    expect(b.workstations).toEqual(direct(second));
    expect(b.maxWalking).toBe(Infinity);
    expect(b.maxStraight).toBe(16);
    expect(b.workstations[0]).toBe(a.workstations[0]);
    expect(b.workstations[3]).not.toBe(a.workstations[3]);
    expect(b.workstations[9]).toBe(a.workstations[10]);
    // another floor's figures are its own
    const c = seatFigures(lineageB, second.slice(0, 3));
    expect(c.workstations).toEqual(direct(second.slice(0, 3)));
    expect(c.maxWalking).toBe(first[2]!.exit.walking);
    expect(seatFigures(lineageB, []).maxWalking).toBeNull();
  });
});

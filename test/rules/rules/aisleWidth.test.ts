// fire.corridor-width, aisles of open zones: the narrowest clear width across the seats' escape
// routes, at its boundary and against false narrow places, by hand.
import { describe, expect, it } from 'vitest';
import type { Exit, Floor, PlanDocument, Point, Workstation } from '../../../src/floorplan/types.ts';
import { aisleWidths } from '../../../src/rules/analysis/aisleWidth.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { corridorWidth } from '../../../src/rules/rules/fire/corridorWidth.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { floorPlan, makeRoom, rect, seatAt } from '../fixtures.ts';

const DATE = '2026-05-31';

function aisleFindings(plan: PlanDocument): Finding[] {
  const ctx = new RunCache(plan, resolveProfile(plan), DATE);
  const b = plan.site.buildings[0]!;
  return corridorWidth.check(ctx.floor(b, b.floors[0]!)).filter((f) => f.messageKey.startsWith('fire.corridor-width.aisle'));
}

const exit = (id: string, at: Point, width = 0.9): Exit => ({ id, at, width, kind: 'exterior' });
const desk = (id: string, at: Point, rotation: number, size: [number, number] = [1.2, 0.7]): Workstation => ({ id, at, rotation, size, role: 'agent' });

/**
 * Two rows of seven 1.2 × 0.7 desks along x 0–8.4 with a clear aisle `gap` m between them, the
 * only way to the exit at the east end. South row: rotation 180 at y 0.35, footprint y 0–0.7
 * (the seat 0.35 + 0.45 north of the centre, at y 1.15). North row: rotation 0 at y 0.7 + gap +
 * 0.35, footprint y 0.7 + gap to 1.4 + gap (seat 0.8 south of the centre). The outline's north edge
 * is the north row's back, so nobody walks round the rows.
 */
function twoRows(gap: number): PlanDocument {
  const top = 0.7 + gap + 0.7;
  const workstations: Workstation[] = [];
  for (let i = 0; i < 7; i++) {
    workstations.push(desk(`s${i}`, [0.6 + 1.2 * i, 0.35], 180));
    workstations.push(desk(`n${i}`, [0.6 + 1.2 * i, 0.7 + gap + 0.35], 0));
  }
  return floorPlan({
    outline: rect(0, 0, 10, top),
    exits: [exit('e1', [10, top / 2])],
    zones: [makeRoom('work', 'work', 0, 0, 10, top, '话务区')],
    workstations,
  });
}

describe('fire.corridor-width: aisles of open zones', () => {
  it('two rows of desks 1.10 m apart on the only way out: pass at 1.10 m, across the aisle', () => {
    const [f, ...rest] = aisleFindings(twoRows(1.1));
    expect(rest).toHaveLength(0);
    expect(f!.status).toBe('pass');
    expect(f!.messageKey).toBe('fire.corridor-width.aisle-pass');
    expect(f!.required).toEqual({ value: 1.1, unit: 'm', comparator: '>=' });
    expect(f!.clause).toContain('§5.5.18');
    // the routes run from the seats (y 1.15 / 1.35) to the exit (10, 1.25): within 0.1 m in 8.8 m
    // of the aisle's axis, so the slant adds under 0.0002 m
    expect(f!.measured.value).toBeCloseTo(1.1, 3);
    expect(f!.where.elementIds).toEqual(['work']);
    expect(f!.messageParams.zone).toBe('话务区');
    // the narrowest cross-section is in the aisle: its middle halfway between the rows (y 1.25)
    expect(f!.where.point![1]).toBeCloseTo(1.25, 2);
    expect(f!.where.point![0]).toBeLessThan(8.4);
  });

  it('the same rows 1.09 m apart fail', () => {
    const [f] = aisleFindings(twoRows(1.09));
    expect(f!.status).toBe('fail');
    expect(f!.messageKey).toBe('fire.corridor-width.aisle-fail');
    expect(f!.measured.value).toBeCloseTo(1.09, 3);
    expect(f!.where.point![1]).toBeCloseTo(0.7 + 1.09 / 2, 2);
  });

  it('the intl profile asks 914 mm (IBC 1018.3): 1.09 m passes there', () => {
    const plan = twoRows(1.09);
    plan.profile = { base: 'intl', overrides: {} };
    const [f] = aisleFindings(plan);
    expect(f!.status).toBe('pass');
    expect(f!.required.value).toBe(0.914);
  });

  it('a wide open floor passes: one seat walking west to the exit measures the floor from wall to wall', () => {
    // seat at (10, 5), its desk north of it (y 5.45–6.15); the route runs along y = 5 to the exit
    // at (0, 5); every measured point lies west of x = 9 (skipStart 1 m), clear of the desk
    // (x 9.4–10.6), so the perpendicular meets the outline at y = 0 and y = 10
    const [f] = aisleFindings(floorPlan({
      outline: rect(0, 0, 20, 10),
      exits: [exit('e1', [0, 5])],
      zones: [makeRoom('open', 'work', 0, 0, 20, 10)],
      workstations: [seatAt('s1', [10, 5])],
    }));
    expect(f!.status).toBe('pass');
    expect(f!.measured.value).toBe(10);
  });

  it("ignores the seat's own chair space (skipStart): a 0.8 m slot round the chair is not the aisle", () => {
    // seat (10, 5) facing its desk to the north (y 5.45–6.15); two 0.6 × 1.15 side blocks (desks)
    // at x 9.0–9.6 and 10.4–11.0, y 4.3–5.45, make a 0.8 m slot; the route runs straight south from
    // the seat to the exit at (10, 0): points every 0.5 m at 0.25, 0.75, 1.25 … m from the seat
    const floor = (overrides: Record<string, number>): PlanDocument => floorPlan({
      outline: rect(0, 0, 20, 10),
      exits: [exit('e1', [10, 0])],
      zones: [makeRoom('open', 'work', 0, 0, 20, 10)],
      workstations: [seatAt('s1', [10, 5]), desk('w', [9.3, 4.875], 0, [0.6, 1.15]), desk('e', [10.7, 4.875], 0, [0.6, 1.15])],
    }, {}, { overrides });
    // skipStart 1 m: the first point measured is 1.25 m out (y 3.75), past the slot: the floor's 20 m
    const [kept] = aisleFindings(floor({}));
    expect(kept!.status).toBe('pass');
    expect(kept!.measured.value).toBe(20);
    // measuring from the seat on reads the slot (the point 0.25 m out, y 4.75): 10.4 − 9.6 = 0.8 m
    const [slot] = aisleFindings(floor({ 'fire.aisle.skipStart': 0 }));
    expect(slot!.status).toBe('fail');
    expect(slot!.measured.value).toBeCloseTo(0.8, 9);
    expect(slot!.where.point![0]).toBeCloseTo(10, 6);
    expect(slot!.where.point![1]).toBeCloseTo(4.75, 6);
  });

  it('a turn in the aisle does not make a false narrow place: an L of 1.10 m arms passes', () => {
    // arms exactly at the minimum: any reading at the turn narrower than the arms would fail it
    // the floor is an L: arm x 0–1.1 up to y 10, arm y 0–1.1 out to x 10; the seat at (0.55, 8.5)
    // walks round the inner corner (1.1, 1.1) to the exit at (10, 0.55). Each leg meets the arm
    // walls on the slant: 1.1 / cos θ, θ the leg's angle to its arm; the flatter leg is the second,
    // (8.9, −0.55): 1.1 × √(8.9² + 0.55²) / 8.9 = 1.10210 m
    const floorOf = (overrides: Record<string, number>): PlanDocument => floorPlan({
      outline: [[0, 0], [10, 0], [10, 1.1], [1.1, 1.1], [1.1, 10], [0, 10]],
      exits: [exit('e1', [10, 0.55])],
      zones: [{ id: 'open', name: 'open', use: 'work', polygon: [[0, 0], [10, 0], [10, 1.1], [1.1, 1.1], [1.1, 10], [0, 10]] }],
      workstations: [desk('s1', [0.55, 8.5 + 0.8], 0, [1.1, 0.7])],
    }, {}, { overrides });
    const [f] = aisleFindings(floorOf({}));
    expect(f!.status).toBe('pass');
    expect(f!.measured.value).toBeCloseTo((1.1 * Math.hypot(8.9, 0.55)) / 8.9, 3);
    // the narrowest point is on the flatter leg, not at the corner
    expect(Math.hypot(f!.where.point![0] - 1.1, f!.where.point![1] - 1.1)).toBeGreaterThan(0.5);
  });

  it('rooms and corridor zones are not aisles: a seat in an enclosed room gives no aisle finding', () => {
    // the office (0–6 × 0–4) is walled off with a door; the corridor zone outside it is the
    // corridor rule's; nothing else lies on the way to the exit
    const floor: Partial<Floor> = {
      outline: rect(0, 0, 6, 6),
      walls: [{ id: 'w', a: [0, 4], b: [6, 4], kind: 'solid' }],
      doors: [{ id: 'd', at: [3, 4], width: 1, wall: 'w' }],
      exits: [exit('e1', [0, 5])],
      zones: [makeRoom('office', 'work', 0, 0, 6, 4), makeRoom('c', 'corridor', 0, 4, 6, 6)],
      workstations: [seatAt('s1', [3, 1])],
    };
    expect(aisleFindings(floorPlan(floor))).toEqual([]);
  });

  it('aisleWidths reports the route count and the two hits of the narrowest cross-section', () => {
    const plan = twoRows(1.1);
    const ctx = new RunCache(plan, resolveProfile(plan), DATE);
    const b = plan.site.buildings[0]!;
    const result = aisleWidths(ctx.floor(b, b.floors[0]!), { step: 0.5, skipStart: 1, skipTurn: 0.5 });
    // 14 seats: the farthest walks, the others join a route within 2 m of them
    expect(result.routes).toBeGreaterThanOrEqual(1);
    expect(result.routes).toBeLessThan(14);
    const [z] = result.zones;
    expect(z!.left[1]).toBeCloseTo(1.8, 3);
    expect(z!.right[1]).toBeCloseTo(0.7, 3);
  });
});

// A seat that joined a route last time, by a sight line a desk now stands across, is tested again
// (and walks its own route), not taken as joined from memory: the re-check equals a check from
// nothing. Lines clear of every changed desk are not tested again. The context is made by hand,
// with a scene whose sight lines are blocked by the desks' boxes alone, so that the one line
// that matters can be blocked.
import { afterEach, describe, expect, it } from 'vitest';
import type { Point, Workstation } from '../../../src/floorplan/types.ts';
import { aisleWidths, forgetAisleMemory } from '../../../src/rules/analysis/aisleWidth.ts';
import type { FloorContext } from '../../../src/rules/context.ts';

/** Whether segment a–b meets the closed box (Liang–Barsky). */
function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, minX: number, minY: number, maxX: number, maxY: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (const [p, q] of [[-dx, ax - minX], [dx, maxX - ax], [-dy, ay - minY], [dy, maxY - ay]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

interface Seat {
  point: Point;
  walking: number;
  path: Point[];
}

/** A floor 60 m square with one exit at the origin's side, the seats given, and `desks` (axis-aligned boxes: rotation 0). */
function context(floorId: string, floor: { outline: Point[]; exits: unknown[]; walls: unknown[]; doors: unknown[]; cores: unknown[]; columns: unknown[]; zones: unknown[]; workstations: Workstation[] }, seats: Seat[], tested: Point[][]): FloorContext {
  const desks = floor.workstations;
  const scene = {
    visible(ax: number, ay: number, bx: number, by: number): boolean {
      tested.push([[ax, ay], [bx, by]]);
      return !desks.some((d) => segmentMeetsBox(ax, ay, bx, by, d.at[0] - d.size[0] / 2, d.at[1] - d.size[1] / 2, d.at[0] + d.size[0] / 2, d.at[1] + d.size[1] / 2));
    },
  };
  const bySeat = new Map(seats.map((s) => [s.point, s]));
  return {
    floor,
    buildingId: 'b',
    floorId,
    enclosures: new Map(),
    zoneIndex: { zoneAt: () => undefined },
    navigation: { scene },
    egress: {
      seats: seats.map((s) => ({ point: s.point, exit: { walking: s.walking } })),
      exitField: { query: (p: Point) => ({ walking: bySeat.get(p)!.walking, path: bySeat.get(p)!.path }) },
    },
  } as unknown as FloorContext;
}

const desk = (id: string, x: number, y: number): Workstation => ({ id, at: [x, y], size: [0.4, 0.4], rotation: 0 }) as unknown as Workstation;
const SETTINGS = { step: 1.5, skipStart: 0.5, skipTurn: 0.3 };

describe('aisle widths: seats joining a route by sight', () => {
  afterEach(() => forgetAisleMemory());

  it('test again a sight line a changed desk may cross, and only those', () => {
    // seat A walks straight to the exit at the origin; seat B, 1.5 m off A's route, joins it at
    // (8, 0) (the only route point near enough that leads out short enough), in sight
    const a: Seat = { point: [10, 0], walking: 10, path: [[10, 0], [0, 0]] };
    const b: Seat = { point: [9, 1.5], walking: Math.hypot(9, 1.5), path: [[9, 1.5], [0, 0]] };
    const fixed = { outline: [[-1, -30], [60, -30], [60, 30], [-1, 30]] as Point[], exits: [{ id: 'x', at: [0, 0], width: 1 }], walls: [], doors: [], cores: [], columns: [], zones: [] };
    const floorWith = (d: Workstation) => ({ ...fixed, workstations: [d, desk('far', 40, 20)] });
    const tested: Point[][] = [];
    const run = (d: Workstation) => aisleWidths(context('f', floorWith(d), [a, b], tested), SETTINGS);
    // measured from nothing: a floor of its own each time (the memory is kept by floor)
    let checks = 0;
    const fresh = (d: Workstation) => aisleWidths(context(`fresh-${++checks}`, floorWith(d), [a, b], []), SETTINGS);
    const fromB = () => tested.filter(([p]) => p![0] === 9 && p![1] === 1.5).length;

    const away = desk('d', 40, -20);
    expect(run(away).routes).toBe(1);
    // the desk moves elsewhere, away from B's line: the line is not tested again
    tested.length = 0;
    const elsewhere = desk('d', 45, -20);
    expect(run(elsewhere).routes).toBe(1);
    expect(fromB()).toBe(0);
    // the desk moves onto B's line to (8, 0): B no longer joins, and walks its own route
    tested.length = 0;
    const across = desk('d', 8.5, 0.75);
    const blocked = run(across);
    expect(fromB()).toBeGreaterThan(0);
    expect(blocked.routes).toBe(2);
    expect(blocked).toEqual(fresh(across));
    // and back: B joins again (tested, its line last found blocked), then keeps it untested
    tested.length = 0;
    const back = run(away);
    expect(fromB()).toBeGreaterThan(0);
    expect(back.routes).toBe(1);
    expect(back).toEqual(fresh(away));
    tested.length = 0;
    expect(run(elsewhere).routes).toBe(1);
    expect(fromB()).toBe(0);
  });
});

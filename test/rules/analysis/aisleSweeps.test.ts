// A re-check whose routes walk the same legs in the same order as the last check takes the points
// that check's sweeps found (no leg is swept again), sweeps again from the first leg walk that
// differs, and measures exactly what a check from nothing measures either way. The context is made
// by hand (routes given, every sight line clear), so that the routes can be changed one at a time
// and the sweeps counted: a sweep of a leg asks Math.atan2 for its direction once, and nothing
// else in a check of this context does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Point, Workstation } from '../../../src/floorplan/types.ts';
import { aisleWidths, forgetAisleMemory, type AisleWidths } from '../../../src/rules/analysis/aisleWidth.ts';
import type { FloorContext } from '../../../src/rules/context.ts';

interface Seat {
  point: Point;
  path: Point[];
}

const length = (path: Point[]) => path.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - path[i]![0], p[1] - path[i]![1]), 0);

const FIXED = {
  outline: [[-1, -30], [80, -30], [80, 30], [-1, 30]] as Point[],
  exits: [{ id: 'x', at: [0, 0], width: 1 }],
  walls: [],
  doors: [],
  cores: [],
  columns: [],
  zones: [],
};

function context(floorId: string, seats: Seat[], desks: Workstation[]): FloorContext {
  const bySeat = new Map(seats.map((s) => [s.point, s]));
  return {
    floor: { ...FIXED, workstations: desks },
    buildingId: 'b',
    floorId,
    enclosures: new Map(),
    zoneIndex: { zoneAt: () => undefined },
    navigation: { scene: { visible: () => true } },
    egress: {
      seats: seats.map((s) => ({ point: s.point, exit: { walking: length(s.path) } })),
      exitField: { query: (p: Point) => ({ walking: length(bySeat.get(p)!.path), path: bySeat.get(p)!.path }) },
    },
  } as unknown as FloorContext;
}

const desk = (id: string, x: number, y: number): Workstation => ({ id, at: [x, y], size: [0.6, 0.6], rotation: 0 }) as unknown as Workstation;
const SETTINGS = { step: 1.5, skipStart: 0.5, skipTurn: 0.3 };

/** Seat k at (8k, 20 + k) goes down to the main aisle (y = 0) and along it to the exit; the legs along the aisle overlap. */
const comb = (count: number): Seat[] =>
  Array.from({ length: count }, (_, i) => {
    const k = i + 1;
    const point: Point = [8 * k, 20 + k];
    return { point, path: [point, [8 * k, 0], [0, 0]] };
  });

/** Desks lining the main aisle, 1.2 m either side of it. */
const lining = (): Workstation[] => Array.from({ length: 9 }, (_, i) => [desk(`n${i}`, 6 + 8 * i, 1.2), desk(`s${i}`, 6 + 8 * i, -1.2)]).flat();

const plain = (a: AisleWidths) => JSON.stringify({ routes: a.routes, zones: a.zones.map((z) => ({ ...z, zone: z.zone?.id ?? null })) });

describe('aisle widths: the sweeps of the last check', () => {
  afterEach(() => {
    forgetAisleMemory();
    vi.restoreAllMocks();
  });

  it('are taken where the legs walked are the same, swept again from where they differ, and measure as a check from nothing', () => {
    const sweeps = vi.spyOn(Math, 'atan2');
    let checks = 0;
    const fresh = (seats: Seat[], desks: Workstation[]) => plain(aisleWidths(context(`fresh-${++checks}`, seats, desks), SETTINGS));
    const run = (seats: Seat[], desks: Workstation[]) => {
      sweeps.mockClear();
      const again = plain(aisleWidths(context('f', seats, desks), SETTINGS));
      const swept = sweeps.mock.calls.length;
      expect(again).toBe(fresh(seats, desks));
      return { again, swept };
    };

    const seats = comb(8);
    const desks = lining();
    const first = run(seats, desks);
    expect(first.swept).toBeGreaterThan(8);

    // a desk moves far from every route: the same legs, none swept again
    const far = [...desks, desk('far', 70, -25)];
    expect(run(seats, far).swept).toBe(0);

    // a desk moves into the aisle: still no sweep, but the casts near it are cast again and the narrowest changes
    const narrowed = far.map((d) => (d.id === 'n4' ? desk('n4', 38, 0.8) : d));
    const inAisle = run(seats, narrowed);
    expect(inAisle.swept).toBe(0);
    expect(inAisle.again).not.toBe(first.again);

    // the fourth longest walk takes another way: the legs before it are taken, the rest swept again
    const turned = seats.map((s, i) => (i === 4 ? { point: s.point, path: [s.point, [8 * 5 + 3, 10], [8 * 5 + 3, 0], [0, 0]] as Point[] } : s));
    const changed = run(turned, narrowed);
    expect(changed.swept).toBeGreaterThan(0);
    expect(changed.swept).toBeLessThan(first.swept);

    // and back; then the shortest walk gone (the legs walked are the first of the last check's)
    run(seats, narrowed);
    const fewer = run(seats.slice(1), narrowed);
    expect(fewer.swept).toBe(0);
    // nothing changed
    expect(run(seats.slice(1), narrowed).swept).toBe(0);
    // the shortest walk back, last: the legs before it taken, its own swept
    const back = run(seats, narrowed);
    expect(back.swept).toBeGreaterThan(0);
    expect(back.swept).toBeLessThan(first.swept);

    // two desks pinch the third seat's way down (the narrowest now), the one on its right in the
    // cell after the points' own; it steps back: the casts that reached its cell are cast again
    const pinched = [...narrowed, desk('v1', 24.9, 9.4), desk('v2', 23.1, 9.4)];
    const pinch = run(seats, pinched);
    const wider = run(seats, pinched.map((d) => (d.id === 'v2' ? desk('v2', 23, 9.4) : d)));
    expect(wider.swept).toBe(0);
    expect(wider.again).not.toBe(pinch.again);
    // and the one on its left, in the cell after the points' own
    const leftPinch = pinched.map((d) => (d.id === 'v1' ? desk('v1', 25.35, 9.4) : d.id === 'v2' ? desk('v2', 23.36, 9.4) : d));
    const beforeLeft = run(seats, leftPinch);
    const closer = run(seats, leftPinch.map((d) => (d.id === 'v1' ? desk('v1', 25.3, 9.4) : d)));
    expect(closer.swept).toBe(0);
    expect(closer.again).not.toBe(beforeLeft.again);
  });
});

import { describe, expect, it } from 'vitest';
import { buildEvacuationModel, gridOrigins, nearestFreePoint, routeArrows, walkerOf, zoneAnchor, type EvacuationRoute } from '../../../src/export/model/evacuationModel.ts';
import type { Floor, PlanDocument, Point } from '../../../src/floorplan/types.ts';
import { evacuationPlan, rect } from './evacuationFixture.ts';

const length = (path: readonly Point[]) => path.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - path[i]![0], p[1] - path[i]![1]), 0);

function floorOf(plan: PlanDocument, id: string): Floor {
  return plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
}

describe('evacuation model: pages', () => {
  it('gives one page per mark of a floor, in the order placed, and one page with no mark for a floor without marks', () => {
    const plan = evacuationPlan();
    const model = buildEvacuationModel(plan, { kind: 'building', buildingId: 'B' })!;
    // 1F has two marks, 2F none
    expect(model.pages.map((p) => [p.floor.floorId, p.mark?.id ?? null])).toEqual([
      ['B-1F', 'm-west'],
      ['B-1F', 'm-east'],
      ['B-2F', null],
    ]);
    const unmarked = model.pages[2]!;
    expect(unmarked.markRoute).toBeNull();
    expect(unmarked.legend).not.toContain('youAreHere');
    expect(unmarked.legend).not.toContain('markRoute');
    // the pages of one floor share its routes (measured once)
    expect(model.pages[0]!.floor).toBe(model.pages[1]!.floor);
  });

  it('covers one floor for a floor scope, and answers null for a scope not in the plan', () => {
    const plan = evacuationPlan();
    expect(buildEvacuationModel(plan, { kind: 'floor', floorId: 'B-2F' })!.pages).toHaveLength(1);
    expect(buildEvacuationModel(plan, { kind: 'floor', floorId: 'nope' })).toBeNull();
    expect(buildEvacuationModel(plan, { kind: 'park' })!.pages).toHaveLength(3);
  });

  it('lists in the legend exactly what the floor draws', () => {
    const model = buildEvacuationModel(evacuationPlan(), { kind: 'building', buildingId: 'B' })!;
    // 1F: a mark and its route, zone routes, two exits, a stair core, one extinguisher, one hydrant, one direction sign
    expect(model.pages[0]!.legend).toEqual(['youAreHere', 'markRoute', 'route', 'exit', 'stair', 'extinguisher', 'hydrant', 'directionSign']);
    // 2F: nothing but the routes and the exits
    expect(model.pages[2]!.legend).toEqual(['route', 'exit']);
  });
});

describe('evacuation model: routes', () => {
  // 1F is 40 × 20 m with exits at W (0, 10) and E (40, 10); a wall along x = 6 from y = 0 to 18
  // leaves a 2 m gap at the north end between the west exit and the rest of the floor.
  it('takes a mark to the exit nearest by walking, not by straight line', () => {
    const model = buildEvacuationModel(evacuationPlan(), { kind: 'floor', floorId: 'B-1F' })!;
    const east = model.pages.find((p) => p.mark?.id === 'm-east')!.markRoute!;
    // the mark at (18, 10) is 18 m from W in a straight line and 22 m from E; round the wall W is
    // |(18,10)−(6,18)| + |(6,18)−(0,10)| = 14.4 + 10 = 24.4 m or more, so E, straight along y = 10
    expect(east.exitId).toBe('e-east');
    expect(east.walking).toBeCloseTo(22, 1);
    expect(east.path[0]).toEqual([18, 10]);
    const end = east.path[east.path.length - 1]!;
    expect(end[0]).toBeCloseTo(40, 1);
    expect(end[1]).toBeCloseTo(10, 1);
    expect(length(east.path)).toBeCloseTo(east.walking, 1);
  });

  it('takes a mark west of the wall to the west exit, 3 m away', () => {
    const model = buildEvacuationModel(evacuationPlan(), { kind: 'floor', floorId: 'B-1F' })!;
    const west = model.pages.find((p) => p.mark?.id === 'm-west')!.markRoute!;
    expect(west.exitId).toBe('e-west');
    expect(west.walking).toBeCloseTo(3, 1);
  });

  it('walks a mark placed on a desk off it first, and counts that step', () => {
    const plan = evacuationPlan();
    const floor = floorOf(plan, 'B-1F');
    // a 2 × 0.9 m desk centred on (30, 10): the free floor nearest its centre is 0.5 m north or south (0.25 m search grid)
    floor.workstations.push({ id: 'ws', at: [30, 10], rotation: 0, size: [2, 0.9], role: 'agent' });
    floor.evacuationMarks = [{ id: 'on-desk', at: [30, 10] }];
    const route = buildEvacuationModel(plan, { kind: 'floor', floorId: 'B-1F' })!.pages[0]!.markRoute!;
    expect(route.from).toEqual([30, 10]);
    expect(route.path[0]).toEqual([30, 10]);
    expect(route.exitId).toBe('e-east');
    // 0.5 m off the desk, then about 10.01 m to (40, 10) past the desk's corner
    expect(route.walking).toBeCloseTo(10.51, 1);
  });

  it('routes each zone from its pole to its nearest exit, and names zones no exit can be reached from', () => {
    const plan = evacuationPlan();
    const model = buildEvacuationModel(plan, { kind: 'floor', floorId: 'B-1F' })!;
    const floor = model.pages[0]!.floor;
    // roomiest first, each zone's pole first: 东区 (680 m², over 300) also walks from the middles
    // of the 15 m grid squares inside it, (13.5, 7.5) and (28.5, 7.5); 西区 (120 m²) from its pole only
    expect(floor.routes.map((r) => r.zoneId)).toEqual(['z-east', 'z-east', 'z-east', 'z-west']);
    const [pole, square1, square2, west] = floor.routes as [EvacuationRoute, EvacuationRoute, EvacuationRoute, EvacuationRoute];
    // 西区's pole (3, 10) reaches W in 3 m; 东区's (23, 10) reaches E in 17 m
    expect(west.exitId).toBe('e-west');
    expect(west.walking).toBeCloseTo(3, 1);
    expect(pole.from[1]).toBeCloseTo(10, 1);
    expect(pole.exitId).toBe('e-east');
    expect(pole.walking).toBeCloseTo(40 - pole.from[0], 1);
    // (13.5, 7.5): round the wall's north end to W, |(13.5,7.5)−(6,18)| + |(6,18)−(0,10)| = 12.90 + 10 = 22.90,
    // shorter than the 26.62 m straight to E
    expect(square1.from).toEqual([13.5, 7.5]);
    expect(square1.exitId).toBe('e-west');
    expect(square1.walking).toBeGreaterThan(22.85);
    expect(square1.walking).toBeLessThan(23.1);
    // (28.5, 7.5): straight to E, √(11.5² + 2.5²) = 11.77
    expect(square2.exitId).toBe('e-east');
    expect(square2.walking).toBeCloseTo(11.77, 1);
    expect(floor.unreachableZones).toEqual([]);

    // a closed room (walls all round, no door) cannot be left
    const f = floorOf(plan, 'B-1F');
    f.zones.push({ id: 'z-closed', name: '密室', use: 'storage', polygon: rect(30, 14, 34, 18) });
    f.walls.push(
      { id: 'c1', a: [30, 14], b: [34, 14], kind: 'solid' },
      { id: 'c2', a: [34, 14], b: [34, 18], kind: 'solid' },
      { id: 'c3', a: [34, 18], b: [30, 18], kind: 'solid' },
      { id: 'c4', a: [30, 18], b: [30, 14], kind: 'solid' },
    );
    const closed = buildEvacuationModel(plan, { kind: 'floor', floorId: 'B-1F' })!.pages[0]!.floor;
    expect(closed.unreachableZones).toEqual(['密室']);
    expect(closed.routes.map((r) => r.zoneId)).not.toContain('z-closed');
  });

  it('has no routes on a floor without exits', () => {
    const plan = evacuationPlan();
    floorOf(plan, 'B-2F').exits = [];
    const page = buildEvacuationModel(plan, { kind: 'floor', floorId: 'B-2F' })!.pages[0]!;
    expect(page.floor.routes).toEqual([]);
    expect(page.floor.unreachableZones).toEqual(['二层']);
    expect(page.legend).toEqual([]);
  });
});

describe('evacuation model: helpers', () => {
  it('finds the pole of a rectangle at its middle and of an L at the middle of its bigger arm', () => {
    expect(zoneAnchor(rect(0, 0, 10, 4))).toEqual([expect.closeTo(5, 1), expect.closeTo(2, 1)]);
    // L: 0–10 × 0–4 plus 0–4 × 4–10; the point farthest from every edge lies in the corner square
    const [x, y] = zoneAnchor([[0, 0], [10, 0], [10, 4], [4, 4], [4, 10], [0, 10]]);
    expect(x).toBeLessThan(4);
    expect(y).toBeLessThan(4);
  });

  it('starts the extra routes of a large zone at the middles of the 15 m squares inside it', () => {
    expect(gridOrigins(rect(6, 0, 40, 20))).toEqual([[13.5, 7.5], [28.5, 7.5]]);
    // an L: the square middles in its missing corner are left out
    expect(gridOrigins([[0, 0], [30, 0], [30, 15], [15, 15], [15, 30], [0, 30]])).toEqual([[7.5, 7.5], [7.5, 22.5], [22.5, 7.5]]);
  });

  it('keeps a free point and moves one off a desk to the nearest free floor', () => {
    const plan = evacuationPlan();
    const floor = floorOf(plan, 'B-1F');
    floor.workstations.push({ id: 'ws', at: [30, 10], rotation: 0, size: [2, 0.9], role: 'agent' });
    const walker = walkerOf(floor);
    const free: Point = [20, 5];
    expect(nearestFreePoint(walker.nav, free)).toBe(free);
    const moved = nearestFreePoint(walker.nav, [30, 10])!;
    expect(Math.abs(moved[0] - 30)).toBeLessThan(1e-9);
    // off the desk's long side: its half depth 0.45 m rounded up to the 0.25 m grid
    expect(Math.abs(moved[1] - 10)).toBeCloseTo(0.5, 9);
  });

  it('puts arrows every spacing along a walk, none in the last half spacing, one row where walks share a way', () => {
    const straight = { path: [[0, 0], [10, 0]] as Point[] };
    // spacing 2: at 1, 3, 5, 7 (9 is within 1 m of the end)
    expect(routeArrows([straight], 2, 0.5).map((a) => a.at[0])).toEqual([1, 3, 5, 7]);
    expect(routeArrows([straight], 2, 0.5)[0]!.direction).toEqual([1, 0]);
    // a second walk along the same line adds nothing; one the other way adds its own row
    const again = { path: [[0, 0.1], [10, 0.1]] as Point[] };
    expect(routeArrows([straight, again], 2, 0.5)).toHaveLength(4);
    const back = { path: [[10, 0], [0, 0]] as Point[] };
    expect(routeArrows([straight, back], 2, 0.5)).toHaveLength(8);
    // a bend: arrows follow each leg's direction
    const bend = routeArrows([{ path: [[0, 0], [4, 0], [4, 6]] }], 2, 0.5);
    expect(bend.map((a) => a.direction)).toEqual([[1, 0], [1, 0], [0, 1], [0, 1]]);
    expect(bend[2]!.at).toEqual([4, 1]);
  });
});

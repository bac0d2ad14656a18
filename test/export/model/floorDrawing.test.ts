import { describe, expect, it } from 'vitest';
import { floorDrawing } from '../../../src/export/model/floorDrawing.ts';
import { EXTERIOR_WALL_THICKNESS } from '../../../src/floorplan/geometry/wallOpenings.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import { rect, testFloor } from '../planFixture.ts';

const close = (p: Point, q: Point): void => {
  expect(p[0]).toBeCloseTo(q[0], 9);
  expect(p[1]).toBeCloseTo(q[1], 9);
};

describe('floor drawing', () => {
  it('opens the door in its wall and swings it into the room, hinged towards the nearer wall end', () => {
    const { building, floor } = testFloor();
    const d = floorDrawing(building, floor);
    const wall = d.walls[0]!;
    expect(wall.kind).toBe('solid');
    expect(wall.pieces).toHaveLength(2);
    close(wall.pieces[0]!.a, [-0.05, 3]);
    close(wall.pieces[0]!.b, [1.55, 3]);
    close(wall.pieces[1]!.a, [2.45, 3]);
    close(wall.pieces[1]!.b, [10.05, 3]);
    const door = d.doors[0]!.symbol;
    expect(door.leaves).toHaveLength(1);
    close(door.leaves[0]![0], [1.55, 3.05]); // hinge on the room-side face
    close(door.leaves[0]![1], [1.55, 3.95]); // 0.9 m leaf standing into the room (north)
    close(door.arcs[0]![0]!, [2.45, 3.05]);
  });

  it('swings into the room whichever way the wall was drawn', () => {
    const { building, floor } = testFloor({ walls: [{ id: 'w1', a: [10, 3], b: [0, 3], kind: 'solid' }] });
    const leaf = floorDrawing(building, floor).doors[0]!.symbol.leaves[0]!;
    // the wall now runs west: the door is 8 m from a, so the hinge moves to the jamb towards b (x 1.55)
    close(leaf[0], [1.55, 3.05]);
    close(leaf[1], [1.55, 3.95]);
  });

  it('an exit on the outline opens outwards as a double door and cuts the exterior wall', () => {
    const { building, floor } = testFloor();
    const d = floorDrawing(building, floor);
    const exit = d.exits[0]!;
    close(exit.out, [1, 0]);
    expect(exit.reach).toBeCloseTo(0.75 + EXTERIOR_WALL_THICKNESS / 2, 9);
    expect(exit.symbol!.leaves).toHaveLength(2);
    for (const leaf of exit.symbol!.leaves) expect(leaf[1][0]).toBeCloseTo(10 + 0.125 + 0.75, 9);
    // the east edge (10,0)→(10,6) keeps −0.125…0.75 and 2.25…6.125
    const east = d.exterior.filter((p) => Math.abs(p.a[0] - 10) < 1e-9 && Math.abs(p.b[0] - 10) < 1e-9);
    expect(east.map((p) => [p.a[1], p.b[1]].map((v) => Math.round(v * 1e6) / 1e6))).toEqual([
      [-0.125, 0.75],
      [2.25, 6.125],
    ]);
  });

  it('gives the same outward side on a clockwise outline', () => {
    const { building, floor } = testFloor({ outline: rect(0, 0, 10, 6).reverse() });
    close(floorDrawing(building, floor).exits[0]!.out, [1, 0]);
  });

  it('an exit into a stair core opens into the core and opens the core wall', () => {
    const { building, floor } = testFloor();
    const d = floorDrawing(building, floor);
    const exit = d.exits[1]!;
    close(exit.out, [0, 1]);
    expect(exit.symbol!.leaves).toHaveLength(1);
    const core = d.cores[0]!;
    const south = core.walls.filter((p) => Math.abs(p.a[1] - 4) < 1e-9 && Math.abs(p.b[1] - 4) < 1e-9);
    expect(south.map((p) => [p.a[0], p.b[0]].map((v) => Math.round(v * 1e6) / 1e6))).toEqual([
      [6.9, 7.5],
      [8.5, 9.1],
    ]);
    expect(core.marks.length).toBeGreaterThan(3);
  });

  it('draws the window as a triple line and leaves its span out of the exterior wall', () => {
    const { building, floor } = testFloor();
    const d = floorDrawing(building, floor);
    expect(d.windows[0]!.lines.map(([p]) => p[1])).toEqual([-0.125, 0, 0.125]);
    const south = d.exterior.filter((p) => Math.abs(p.a[1]) < 1e-9 && Math.abs(p.b[1]) < 1e-9);
    expect(south.map((p) => [p.a[0], p.b[0]].map((v) => Math.round(v * 1e6) / 1e6))).toEqual([
      [-0.125, 2],
      [6, 10.125],
    ]);
  });

  it('carries each zone’s area and seats', () => {
    const { building, floor } = testFloor();
    const zones = floorDrawing(building, floor).zones;
    expect(zones.map((z) => [z.name, z.area, z.seats])).toEqual([
      ['走道', 30, 0],
      ['会议室', 30, 1],
    ]);
  });
});

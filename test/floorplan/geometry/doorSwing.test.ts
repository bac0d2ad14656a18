// The one rule for which way a door opens and where its hinge is, worked by hand on a 10 × 6 m
// floor: a corridor south of y = 3, a room north of it.
import { describe, expect, it } from 'vitest';
import { doorSwing, edgeSide, isDoubleDoor, outlineDoorSwing, roomSide, wallDoorSwing, type ZoneFinder } from '../../../src/floorplan/geometry/doorSwing.ts';
import type { Point, Polygon, ZoneUse } from '../../../src/floorplan/types.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Zones as boxes: corridor y 0–3, the given use y 3–6. */
function zones(north: ZoneUse, south: ZoneUse = 'corridor'): ZoneFinder {
  return { zoneAt: ([, y]: Point) => (y >= 0 && y < 3 ? { use: south } : y >= 3 && y <= 6 ? { use: north } : undefined) };
}

describe('door swing', () => {
  it('a door in a wall running east opens to its left (north) into a room, not into the corridor south', () => {
    expect(wallDoorSwing([0, 3], [10, 3], { at: [2, 3], width: 0.9 }, 0.1, zones('meeting'))).toEqual({ side: 1, hingeAtStart: true, double: false });
  });

  it('the same wall drawn westwards: the room is now on its right, the hinge at the jamb towards b', () => {
    expect(wallDoorSwing([10, 3], [0, 3], { at: [2, 3], width: 0.9 }, 0.1, zones('meeting'))).toEqual({ side: -1, hingeAtStart: false, double: false });
  });

  it('opens to the left when both sides are rooms, both corridors, or nothing is known', () => {
    expect(roomSide([10, 3], [0, 3], [2, 3], 0.1, zones('meeting', 'work'))).toBe(1);
    expect(roomSide([10, 3], [0, 3], [2, 3], 0.1, zones('corridor'))).toBe(1);
    expect(roomSide([10, 3], [0, 3], [2, 3], 0.1, { zoneAt: () => undefined })).toBe(1);
  });

  it('probes half a metre beyond the wall faces: a 1 m thick wall looks at y 2 and 4', () => {
    const seen: Point[] = [];
    roomSide([0, 3], [10, 3], [2, 3], 1, { zoneAt: (p) => (seen.push(p), undefined) });
    expect(seen).toEqual([
      [2, 4],
      [2, 2],
    ]);
  });

  it('an outline door opens outwards on a counter-clockwise and on a clockwise outline', () => {
    const ccw = rect(0, 0, 10, 6);
    // east edge (10,0)→(10,6) runs north: outwards (east) is its right
    expect(outlineDoorSwing([10, 0], [10, 6], { at: [10, 1.5], width: 1 }, ccw)).toEqual({ side: -1, hingeAtStart: true, double: false });
    const cw = [...ccw].reverse();
    // on the clockwise outline the same edge runs south (10,6)→(10,0): outwards is its left
    expect(outlineDoorSwing([10, 6], [10, 0], { at: [10, 1.5], width: 1.5 }, cw)).toEqual({ side: 1, hingeAtStart: false, double: true });
  });

  it('into a core: the inside of an edge', () => {
    expect(edgeSide(rect(7, 4, 9, 6), true)).toBe(1);
    expect(edgeSide([...rect(7, 4, 9, 6)].reverse(), true)).toBe(-1);
  });

  it('hinges at the jamb nearer the closer end; a door in the very middle at the start', () => {
    expect(doorSwing([0, 0], [10, 0], [4.9, 0], 1, 1).hingeAtStart).toBe(true);
    expect(doorSwing([0, 0], [10, 0], [5, 0], 1, 1).hingeAtStart).toBe(true);
    expect(doorSwing([0, 0], [10, 0], [5.1, 0], 1, 1).hingeAtStart).toBe(false);
  });

  it('two leaves from 1.4 m', () => {
    expect(isDoubleDoor(1.39)).toBe(false);
    expect(isDoubleDoor(1.4)).toBe(true);
    expect(doorSwing([0, 0], [10, 0], [5, 0], 1.4, -1).double).toBe(true);
  });
});

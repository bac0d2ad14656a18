// Where labels belong in plan: a zone's label inside the zone even when its centroid is not (an
// L-shaped room), with a rectangle around it that lies in the zone; an exit's badge on the side of
// the door away from the desks.
import { describe, expect, it } from 'vitest';
import { centroid, distanceToPolygonBoundary, pointInPolygon } from '../../src/floorplan/geometry/polygon.ts';
import type { Core, Point, Zone } from '../../src/floorplan/types.ts';
import { exitBadgeSides, rectInPolygon, zoneLabelAnchor } from '../../src/view3d/labelAnchors.ts';

const L_ROOM: Point[] = [[0, 0], [20, 0], [20, 4], [4, 4], [4, 20], [0, 20]];

describe('zoneLabelAnchor', () => {
  it('puts an L-shaped room’s label inside it, where its centroid is outside', () => {
    const c = centroid(L_ROOM);
    // (6.44, 6.44): in the notch of the L
    expect(c[0]).toBeCloseTo(928 / 144, 6);
    expect(pointInPolygon(c, L_ROOM, 0)).toBe(false);
    const { at, room } = zoneLabelAnchor(L_ROOM);
    expect(pointInPolygon(at, L_ROOM, 0)).toBe(true);
    // the arms are 4 m wide; the farthest point from every wall is in the corner square, t from
    // both outer walls and √2·(4 − t) from the inner corner: t = 4√2 / (1 + √2) ≈ 2.343
    const t = (4 * Math.SQRT2) / (1 + Math.SQRT2);
    expect(Math.abs(at[0] - t)).toBeLessThan(0.1);
    expect(Math.abs(at[1] - t)).toBeLessThan(0.1);
    expect(distanceToPolygonBoundary(at, L_ROOM)).toBeGreaterThan(2.2);
    // the rectangle is centred on the pole and lies in the room (the inner corner limits it to
    // about 4.7 × 3.1 m)
    expect((room.minX + room.maxX) / 2).toBeCloseTo(at[0], 6);
    expect((room.minY + room.maxY) / 2).toBeCloseTo(at[1], 6);
    expect(rectInPolygon(room, L_ROOM)).toBe(true);
    expect((room.maxX - room.minX) * (room.maxY - room.minY)).toBeGreaterThan(14);
  });

  it('gives a long corridor a long rectangle (a wide label fits), a square room a square one', () => {
    const corridor: Point[] = [[0, 0], [60, 0], [60, 2.4], [0, 2.4]];
    const { room } = zoneLabelAnchor(corridor);
    expect(room.maxY - room.minY).toBeCloseTo(2.4, 2);
    expect(room.maxX - room.minX).toBeGreaterThan(20);
    const square = zoneLabelAnchor([[0, 0], [8, 0], [8, 8], [0, 8]]);
    expect(square.at[0]).toBeCloseTo(4, 1);
    expect(square.at[1]).toBeCloseTo(4, 1);
    expect(square.room.maxX - square.room.minX).toBeCloseTo(8, 2);
    expect(square.room.maxY - square.room.minY).toBeCloseTo(8, 2);
  });
});

describe('rectInPolygon', () => {
  const U: Point[] = [[0, 0], [10, 0], [10, 10], [6, 10], [6, 3], [4, 3], [4, 10], [0, 10]];
  it('rejects a rectangle whose corners are all inside but that spans the notch of a U', () => {
    expect(rectInPolygon({ minX: 1, minY: 5, maxX: 9, maxY: 8 }, U)).toBe(false);
  });
  it('accepts rectangles inside, touching the walls included', () => {
    expect(rectInPolygon({ minX: 1, minY: 0.5, maxX: 9, maxY: 2.5 }, U)).toBe(true);
    expect(rectInPolygon({ minX: 0, minY: 0, maxX: 10, maxY: 3 }, U)).toBe(true);
    expect(rectInPolygon({ minX: 0, minY: 0, maxX: 4, maxY: 10 }, U)).toBe(true);
  });
});

describe('exitBadgeSides', () => {
  // a 20 × 20 m floor: desks in the south 14 m, a stair core in the middle of the north side
  const outline: Point[] = [[0, 0], [20, 0], [20, 20], [0, 20]];
  const cores: Core[] = [{ id: 'c', kind: 'stair', polygon: [[8, 14], [12, 14], [12, 20], [8, 20]] }];
  const zones: Zone[] = [
    { id: 'work', name: '话务区', use: 'work', polygon: [[0, 0], [20, 0], [20, 14], [0, 14]] },
    { id: 'hall', name: '走道', use: 'corridor', polygon: [[0, 14], [8, 14], [8, 20], [0, 20]] },
  ];
  const floor = { outline, cores, zones };

  it('puts the badge of a door in the outer wall outside the building', () => {
    expect(exitBadgeSides(floor, [0, 5])[0]).toEqual([-1, 0]);
    expect(exitBadgeSides(floor, [12, 0])[0]).toEqual([0, -1]);
  });
  it('puts the badge of a stair door into the stair, not over the desks', () => {
    expect(exitBadgeSides(floor, [10, 14])[0]).toEqual([0, 1]);
  });
  it('prefers a zone without desks to one with desks', () => {
    expect(exitBadgeSides(floor, [4, 14])[0]).toEqual([0, 1]);
  });
  it('ranks every side once, outside first', () => {
    // a door in the west wall at the corridor: out first, then the other sides (none has desks) in order
    const sides = exitBadgeSides(floor, [0, 17]);
    expect(sides).toEqual([[-1, 0], [1, 0], [0, 1], [0, -1]]);
    // a door in the east wall: the probes along the wall lie on it, which is not outside, so they
    // do not outrank the way in
    expect(exitBadgeSides(floor, [20, 5])).toEqual([[1, 0], [-1, 0], [0, 1], [0, -1]]);
  });
});

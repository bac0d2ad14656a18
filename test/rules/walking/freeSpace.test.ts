import { describe, expect, it } from 'vitest';
import type { Door, Floor, Wall } from '../../../src/floorplan/types.ts';
import { polygonArea } from '../../../src/floorplan/geometry/polygon.ts';
import {
  doorsByWall,
  fixedObstacles,
  floorObstacles,
  freeSpaceArea,
  freeSpaceRegions,
  wallPieces,
} from '../../../src/rules/walking/freeSpace.ts';
import { testFloor } from './testFloor.ts';

const floor = (parts: Partial<Floor>): Floor => testFloor({ outline: [[0, 0], [10, 0], [10, 10], [0, 10]], ...parts });

const wall: Wall = { id: 'w', a: [5, 0], b: [5, 10], kind: 'glass' };
const door = (id: string, y: number, width: number, wallId: string | undefined = 'w'): Door =>
  wallId === undefined ? { id, at: [5, y], width } : { id, at: [5, y], width, wall: wallId };

/** Lengths of a wall's pieces along the wall (their area / thickness 0.1). */
const pieceLengths = (doors: Door[]) => wallPieces(wall, doors).map((p) => Math.round((polygonArea(p) / 0.1) * 1e9) / 1e9);

describe('wall pieces', () => {
  it('a wall without doors is one piece 10 + 0.1 long (half the thickness past each end)', () => {
    expect(pieceLengths([])).toEqual([10.1]);
  });

  it('a 1 m door at the middle leaves -0.05..4.5 and 5.5..10.05: two pieces of 4.55', () => {
    expect(pieceLengths([door('d', 5, 1)])).toEqual([4.55, 4.55]);
  });

  it('a door reaching past the end of the wall cuts the end off: -0.05..9.3 = 9.35', () => {
    expect(pieceLengths([door('d', 9.8, 1)])).toEqual([9.35]);
  });

  it('overlapping doors cut their union: openings 2..3 and 2.5..3.5 leave 2.05 and 6.55', () => {
    expect(pieceLengths([door('d1', 2.5, 1), door('d2', 3, 1)])).toEqual([2.05, 6.55]);
  });

  it('a door of zero width still opens the minimum opening of 0.01 m', () => {
    const lengths = pieceLengths([door('d', 5, 0)]);
    expect(lengths).toEqual([5.045, 5.045]);
  });
});

describe('doors and their walls', () => {
  it('a door names its wall; a door without a name opens any wall it lies on; far doors open nothing', () => {
    const f = floor({
      walls: [wall, { id: 'v', a: [0, 7], b: [5, 7], kind: 'solid' }],
      doors: [
        door('named', 2, 1),
        { id: 'loose', at: [2, 7.04], width: 0.9 },
        { id: 'far', at: [5, 4], width: 0.9, wall: 'v' },
        { id: 'outline', at: [10, 5], width: 1.2 },
      ],
    });
    const byWall = doorsByWall(f);
    expect(byWall.get('w')?.map((d) => d.id)).toEqual(['named']);
    expect(byWall.get('v')?.map((d) => d.id)).toEqual(['loose']);
  });
});

describe('obstacles', () => {
  it('walls (cut by doors), cores and desks; desks only when asked', () => {
    const f = floor({
      walls: [wall],
      doors: [door('d', 5, 1)],
      cores: [{ id: 'c', kind: 'lift', polygon: [[1, 1], [3, 1], [3, 3], [1, 3]] }],
      workstations: [{ id: 's', at: [8, 8], rotation: 0, size: [1.2, 0.7], role: 'agent' }],
    });
    expect(floorObstacles(f).map((o) => `${o.kind}:${o.id}`)).toEqual(['wall:w', 'wall:w', 'core:c', 'desk:s']);
    expect(floorObstacles(f, { includeDesks: false }).map((o) => o.kind)).toEqual(['wall', 'wall', 'core']);
  });
});

describe('free space area', () => {
  const f = floor({
    walls: [wall],
    doors: [door('d', 5, 1)],
    cores: [{ id: 'c', kind: 'stair', polygon: [[1, 1], [3, 1], [3, 3], [1, 3]] }],
    workstations: [
      { id: 's1', at: [8, 8], rotation: 0, size: [1.2, 0.7], role: 'agent' },
      // two desks overlapping by 0.6 m: together 1.8 × 0.7
      { id: 's2', at: [7.6, 2.35], rotation: 0, size: [1.2, 0.7], role: 'agent' },
      { id: 's3', at: [8.2, 2.35], rotation: 0, size: [1.2, 0.7], role: 'agent' },
    ],
  });

  it('100 − core 4 − wall inside the outline (10 − 1 m door) × 0.1 − desk 0.84 − overlapping desks 1.26 = 93', () => {
    expect(freeSpaceArea(f)).toBeCloseTo(93, 9);
  });

  it('without desks: 100 − 4 − 0.9 = 95.1', () => {
    expect(freeSpaceArea(f, { includeDesks: false })).toBeCloseTo(95.1, 9);
  });

  it('the wall with its door open leaves one connected region with the core and desks as holes', () => {
    const regions = freeSpaceRegions(f);
    expect(regions.length).toBe(1);
    expect(regions[0]!.length).toBe(1 + 3); // outer ring + core, desk, desk pair
  });

  it('a wall without a door splits the room into two regions', () => {
    const closed = floor({ walls: [wall] });
    const regions = freeSpaceRegions(closed);
    expect(regions.length).toBe(2);
    expect(freeSpaceArea(closed)).toBeCloseTo(99, 9);
  });

  it('an empty outline has no free space', () => {
    expect(freeSpaceArea(floor({ outline: [] }))).toBe(0);
  });
});

describe('fixed obstacles kept for the walls, doors, cores and columns', () => {
  const plan = () =>
    floor({
      walls: [{ ...wall, thickness: 0.2 }],
      doors: [door('d', 5, 1)],
      cores: [{ id: 'c', polygon: [[7, 7], [9, 7], [9, 9], [7, 9]] } as Floor['cores'][number]],
      columns: [{ id: 'k', polygon: [[1, 1], [1.4, 1], [1.4, 1.4], [1, 1.4]] } as Floor['columns'][number]],
    });

  it('are floorObstacles without the desks, the very list again for the same arrays (a desk edit keeps them)', () => {
    const f = plan();
    const kept = fixedObstacles(f);
    expect(kept).toEqual(floorObstacles(f, { includeDesks: false }));
    expect(kept.map((o) => o.kind)).toEqual(['wall', 'wall', 'core', 'column']);
    expect(fixedObstacles({ ...f, workstations: [{ id: 'ws', at: [2, 2], rotation: 0, size: [1.4, 0.7], role: 'agent' }] })).toBe(kept);
  });

  it('are built afresh for new arrays, and for the same arrays changed in place', () => {
    const f = plan();
    const kept = fixedObstacles(f);
    const moved = { ...f, doors: [door('d', 3, 1)] };
    expect(fixedObstacles(moved)).not.toBe(kept);
    expect(fixedObstacles(moved)).toEqual(floorObstacles(moved, { includeDesks: false }));
    // in place: the door moved, then the core took another shape; the arrays are the same objects
    const g = plan();
    const before = fixedObstacles(g);
    expect(fixedObstacles(g)).toBe(before);
    (g.doors[0] as { at: [number, number] }).at = [5, 8];
    expect(fixedObstacles(g)).toEqual(floorObstacles(g, { includeDesks: false }));
    expect(fixedObstacles(g)).not.toEqual(before);
    g.cores[0]!.polygon[2] = [9.5, 9.5];
    expect(fixedObstacles(g)).toEqual(floorObstacles(g, { includeDesks: false }));
  });
});

// Links by index (FloorNavigation.linksAmong) must give the very values link and linkBack give for
// the same points, and share their cache: the bounds of longestWalks rest on them.
import { describe, expect, it } from 'vitest';
import type { Floor, Point } from '../../../src/floorplan/types.ts';
import { buildFloorNavigation } from '../../../src/rules/walking/navigation.ts';
import { testFloor } from './testFloor.ts';

const floor = testFloor;

describe('linksAmong', () => {
  // a 2 × 4 m core in the middle: (5, 5) and (15, 5) do not see each other
  const plan = floor({ cores: [{ id: 'c', kind: 'stair', polygon: [[9, 3], [11, 3], [11, 7], [9, 7]] }] });
  const points: Point[] = [[5, 5], [8, 5], [15, 5], [5, 9], [0, 9]];

  it('measures the straight way between points in open space, and Infinity where an obstacle is between', () => {
    const links = buildFloorNavigation(plan).linksAmong(points);
    expect(links.link(0, 1)).toBe(3);
    expect(links.linkBack(0, 1)).toBe(3);
    expect(links.link(0, 3)).toBe(4);
    expect(links.link(0, 2)).toBe(Infinity);
    expect(links.linkBack(0, 2)).toBe(Infinity);
    // (0, 9) lies on the outline: its walk starts a hair inside, off the line to (5, 5), so the
    // link from it is a hair over the straight √41 m and the link back a hair under
    const straight = Math.sqrt(41);
    expect(links.link(4, 0)).toBeGreaterThan(straight);
    expect(links.link(4, 0)).toBeLessThan(straight + 1e-3);
    expect(links.linkBack(4, 0)).toBeLessThan(straight);
    expect(links.linkBack(4, 0)).toBeGreaterThan(straight - 1e-3);
  });

  it('gives exactly what link and linkBack give, whichever is asked first, from one cache', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < points.length; i++) for (let j = 0; j < points.length; j++) if (i !== j) pairs.push([i, j]);
    const reference = buildFloorNavigation(plan);
    const nav = buildFloorNavigation(plan);
    const links = nav.linksAmong(points);
    pairs.forEach(([i, j], k) => {
      // half asked by index first, half by point first
      const byIndex = k % 2 === 0 ? links.link(i, j) : NaN;
      const byPoint = nav.link(points[i]!, points[j]!);
      expect(links.link(i, j)).toBe(reference.link(points[i]!, points[j]!));
      if (k % 2 === 0) expect(byIndex).toBe(byPoint);
      expect(links.linkBack(i, j)).toBe(reference.linkBack(points[i]!, points[j]!));
    });
    // every link measured once, kept under its first point
    for (let i = 0; i < points.length; i++) expect(nav.links.get(points[i]!)!.length).toBe(points.length - 1);
  });
});

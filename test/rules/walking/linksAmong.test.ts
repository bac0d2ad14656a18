// Links by index (FloorNavigation.linksAmong) must give the very values link and linkBack give for
// the same points, and share their cache: the bounds of longestWalks rest on them.
import { describe, expect, it, vi } from 'vitest';
import type { Floor, Point, Workstation } from '../../../src/floorplan/types.ts';
import { deskDelta } from '../../../src/rules/walking/floorDelta.ts';
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
    // every link measured once, kept once
    expect(nav.links.size).toBe(points.length * (points.length - 1));
    for (const [i, j] of pairs) expect(nav.links.valueOf(points[i]!, points[j]!)).toBe(reference.link(points[i]!, points[j]!));
  });

  it('carries the links an update leaves clear of the change, and measures the rest: the same values as from nothing', () => {
    const desk = (id: string, at: Point): Workstation => ({ id, at, rotation: 0, size: [0.6, 1], role: 'agent' });
    const before = floor({ workstations: [desk('a', [4, 5]), desk('b', [16, 5])] });
    // desk b moves 2 m north: links near x = 16 may change, the others hold
    const after = floor({ workstations: [desk('a', [4, 5]), desk('b', [16, 7])] });
    const grid: Point[] = [];
    for (let x = 1; x < 20; x += 2) for (let y = 1; y < 10; y += 2) grid.push([x, y]);
    const first = buildFloorNavigation(before, { remember: true });
    const old = first.linksAmong(grid);
    for (let i = 0; i < grid.length; i++) for (let j = 0; j < grid.length; j++) if (i !== j) old.link(i, j);
    const delta = deskDelta(before, after)!;
    const next = buildFloorNavigation(after, { remember: true }, { previous: first, removed: delta.removed, added: delta.added });
    const sights = vi.spyOn(next.scene, 'visible');
    const fresh = buildFloorNavigation(after).linksAmong(grid);
    const links = next.linksAmong(grid);
    let pairs = 0;
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid.length; j++) {
        if (i === j) continue;
        pairs++;
        expect(links.link(i, j), `${grid[i]} → ${grid[j]}`).toBe(fresh.link(i, j));
        expect(links.linkBack(i, j), `${grid[i]} ← ${grid[j]}`).toBe(fresh.linkBack(i, j));
      }
    }
    // most pairs keep clear of desk b's two boxes: only the others were measured again
    expect(sights.mock.calls.length).toBeGreaterThan(0);
    expect(sights.mock.calls.length).toBeLessThan(pairs / 2);
  });
});

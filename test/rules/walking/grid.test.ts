// A grid updated from an earlier one after desks changed must be the grid a build from nothing
// gives (the same free cells, points and zones), keeping the earlier point objects away from the
// changed boxes (walks are remembered by point) and testing the cells near them afresh.
import { describe, expect, it } from 'vitest';
import type { Point, Workstation, Zone } from '../../../src/floorplan/types.ts';
import { buildZoneIndex } from '../../../src/rules/analysis/zoneIndex.ts';
import { deskDelta } from '../../../src/rules/walking/floorDelta.ts';
import { floorGrid } from '../../../src/rules/walking/grid.ts';
import { buildFloorNavigation } from '../../../src/rules/walking/navigation.ts';
import { testFloor } from './testFloor.ts';

const zones = [
  { id: 'z1', name: 'west', use: 'work', polygon: [[0, 0], [10, 0], [10, 10], [0, 10]] },
  { id: 'z2', name: 'east', use: 'work', polygon: [[10, 0], [20, 0], [20, 10], [10, 10]] },
] as Zone[];

function desks(): Workstation[] {
  const list: Workstation[] = [];
  for (let row = 0; row < 3; row++) {
    for (let k = 0; k < 10; k++) list.push({ id: `d${row}-${k}`, at: [1.5 + k * 1.6, 2 + row * 3], rotation: 0, size: [1.4, 0.7], role: 'agent' });
  }
  return list;
}

describe('floorGrid updated after desks changed', () => {
  const edits: [string, (d: Workstation[]) => Workstation[]][] = [
    ['a desk moved 0.3 m', (d) => d.map((w) => (w.id === 'd1-4' ? { ...w, at: [w.at[0] + 0.3, w.at[1]] } : w))],
    ['a desk moved across the floor', (d) => d.map((w) => (w.id === 'd0-0' ? { ...w, at: [18, 9] } : w))],
    ['two desks turned', (d) => d.map((w) => (w.id === 'd2-2' || w.id === 'd2-7' ? { ...w, rotation: 90 } : w))],
    ['a desk removed', (d) => d.filter((w) => w.id !== 'd1-9')],
  ];
  for (const step of [0.5, 1]) {
    for (const [label, edit] of edits) {
      it(`${label} (${step} m)`, () => {
        const before = testFloor({ zones, workstations: desks() });
        const after = testFloor({ zones, workstations: edit(before.workstations) });
        const index = buildZoneIndex(zones);
        const earlier = floorGrid(before, buildFloorNavigation(before), index, step);
        const delta = deskDelta(before, after)!;
        const boxes = [...delta.removed, ...delta.added];
        const navigation = buildFloorNavigation(after);
        const updated = floorGrid(after, navigation, index, step, { previous: earlier, boxes, zone: (z) => z });
        const fresh = floorGrid(after, navigation, index, step);
        expect(Array.from(updated.cells)).toEqual(Array.from(fresh.cells));
        expect(updated.points).toEqual(fresh.points);
        expect(updated.zones).toEqual(fresh.zones);
        expect(updated.zoneIds).toEqual(fresh.zoneIds);
        expect(fresh.zoneIds).toEqual(fresh.zones.map((z) => z?.id ?? ''));
        expect(updated.points.every((p) => p !== undefined)).toBe(true);
        // away from the boxes the earlier point objects, near them new ones
        const near = (p: Point) => boxes.some((b) => p[0] >= b.minX - 0.01 && p[0] <= b.maxX + 0.01 && p[1] >= b.minY - 0.01 && p[1] <= b.maxY + 0.01);
        const earlierPoints = new Set(earlier.points);
        let kept = 0;
        let tested = 0;
        for (const p of updated.points) {
          if (near(p)) {
            tested++;
            expect(earlierPoints.has(p)).toBe(false);
          } else {
            kept++;
            expect(earlierPoints.has(p)).toBe(true);
          }
        }
        expect(kept).toBeGreaterThan(updated.points.length / 2);
        if (step < 1) expect(tested).toBeGreaterThan(0);
      });
    }
  }
});

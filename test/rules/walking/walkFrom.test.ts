// A field's query (DistanceField.walkFrom: windows of keys over cells and blocks, hints, bounds,
// shadows) must answer exactly what a scan of every candidate does: the visible candidate of least
// key (distance plus the straight way), along a tangent at its corner, ties to the first listed.
import { describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { Point } from '../../../src/floorplan/types.ts';
import { buildFloorNavigation, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import type { CandidateCells, DistanceField } from '../../../src/rules/walking/navField.ts';
import type { NavScene } from '../../../src/rules/walking/navScene.ts';

type Candidates = Pick<CandidateCells, 'x' | 'y' | 'distance' | 'prevX' | 'prevY' | 'nextX' | 'nextY' | 'order'>;

/** The walk from (x, y) by scanning every candidate; null when none is visible. */
function scanAll(field: DistanceField, scene: NavScene, x: number, y: number): number | null {
  const c = (field as unknown as { cand: Candidates }).cand;
  let best = -1;
  let bestKey = Infinity;
  for (let i = 0; i < c.x.length; i++) {
    const dx = x - c.x[i]!;
    const dy = y - c.y[i]!;
    const k = c.distance[i]! + Math.sqrt(dx * dx + dy * dy);
    if (k > bestKey || (k === bestKey && c.order[i]! > c.order[best]!)) continue;
    if ((dx * c.prevY[i]! - dy * c.prevX[i]!) * (dx * c.nextY[i]! - dy * c.nextX[i]!) < 0) continue;
    if (!scene.visible(x, y, c.x[i]!, c.y[i]!)) continue;
    best = i;
    bestKey = k;
  }
  return best < 0 ? null : bestKey;
}

describe('DistanceField.walkFrom', () => {
  const plan = generateDenseFloor(600, 9);
  const floor = plan.site.buildings[0]!.floors[0]!;
  const nav = buildFloorNavigation(floor);
  const exits: NavTarget[] = floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width }));
  const doors: NavTarget[] = floor.doors.map((d) => ({ id: d.id, at: d.at, width: d.width }));
  // query points: a 0.9 m lattice over the floor and the seats, strictly free ones only
  const points: Point[] = [];
  const xs = floor.outline.map((p) => p[0]);
  const ys = floor.outline.map((p) => p[1]);
  for (let x = Math.min(...xs) + 0.3; x < Math.max(...xs); x += 0.9) {
    for (let y = Math.min(...ys) + 0.3; y < Math.max(...ys); y += 0.9) if (nav.scene.isStrictlyFree(x, y)) points.push([x, y]);
  }
  for (const ws of floor.workstations) if (nav.scene.isStrictlyFree(ws.at[0], ws.at[1] + 0.7)) points.push([ws.at[0], ws.at[1] + 0.7]);

  const sets: [string, NavTarget[]][] = [['exits', exits], ['exits and doors', [...exits, ...doors]]];
  for (const [name, targets] of sets) {
    it(`answers every point as a scan of all candidates does (${name}), with and without bounds`, () => {
      nav.field(targets);
      const field = [...nav.fields.values()].find((e) => e.targets === targets)!.distanceField();
      const expected = points.map(([x, y]) => scanAll(field, nav.scene, x, y));
      expect(expected.filter((d) => d !== null).length).toBeGreaterThan(points.length * 0.8);
      points.forEach(([x, y], i) => {
        expect(field.walkFrom(x, y)?.distance ?? null, `point ${i}`).toBe(expected[i]);
      });
      // bounds at the walk, above it and below it change only the work
      for (const scale of [1, 1.3, 0.6]) {
        points.forEach(([x, y], i) => {
          const atMost = expected[i] === null ? 10 : expected[i]! * scale;
          expect(field.walkFrom(x, y, atMost)?.distance ?? null, `point ${i} bound ×${scale}`).toBe(expected[i]);
        });
      }
    });
  }
});

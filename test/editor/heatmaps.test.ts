// The floor overlays the rules do not carry: walking-distance and illuminance heat maps and the
// escape route, checked by hand on small floors.
import { describe, expect, it } from 'vitest';
import { escapeRoute, gridStep, illuminanceHeat, walkingHeat } from '../../src/editor/heatmaps.ts';
import type { Luminaire } from '../../src/floorplan/types.ts';
import { pointIlluminance } from '../../src/rules/analysis/illuminance.ts';
import { makeFloor, rect } from '../rules/fixtures.ts';

describe('walking heat map', () => {
  it('in an empty room, each cell walks the straight line to the exit; a wall makes the cells behind it detour', () => {
    // 20 × 10 m, exit in the middle of the left wall
    const open = makeFloor({ exits: [{ id: 'e', at: [0, 5], width: 1.2, kind: 'stair' }] });
    const grid = walkingHeat(open, 1);
    expect(grid.cols).toBe(20);
    expect(grid.rows).toBe(10);
    // cell (c, r) centre: (c + 0.5, r + 0.5)
    const at = (c: number, r: number) => grid.values[r * grid.cols + c]!;
    expect(at(9, 4)).toBeCloseTo(Math.hypot(9.5, 0.5), 1);
    expect(at(19, 9)).toBeCloseTo(Math.hypot(19.5, 4.5), 1);
    expect(grid.max).toBeCloseTo(Math.hypot(19.5, 4.5), 1);

    // a wall from (5, 0) to (5, 9): the far corner walks round its end at y = 9
    const walled = makeFloor({ exits: [{ id: 'e', at: [0, 5], width: 1.2, kind: 'stair' }], walls: [{ id: 'w', a: [5, 0], b: [5, 9], kind: 'solid', thickness: 0.2 }] });
    const detour = walkingHeat(walled, 1);
    const behind = detour.values[0 * detour.cols + 9]!; // centre (9.5, 0.5)
    expect(behind).toBeGreaterThan(Math.hypot(9.5, 4.5) + 3);
    // round the wall's end: from (9.5, 0.5) up past (5, 9.1) and down to the exit, at least
    expect(behind).toBeGreaterThanOrEqual(Math.hypot(4.5, 8.6) + Math.hypot(5, 4.1) - 0.3);
  });

  it('picks a coarser step on a big floor so the cell count stays bounded', () => {
    expect(gridStep(makeFloor())).toBe(0.5);
    const big = makeFloor({ outline: rect(0, 0, 400, 300) });
    const step = gridStep(big);
    expect((400 / step) * (300 / step)).toBeLessThanOrEqual(6000 * 1.05);
  });
});

describe('illuminance heat map', () => {
  it('matches the point-by-point sum of every luminaire within 0.5 %', () => {
    const lights: Luminaire[] = [];
    for (let x = 1.5; x < 60; x += 2.4) for (let y = 1.5; y < 30; y += 2.4) lights.push({ id: `l${lights.length}`, at: [x, y], mount: 2.8, flux: 3600, power: 30 });
    const floor = makeFloor({ outline: rect(0, 0, 60, 30), luminaires: lights });
    const grid = illuminanceHeat(floor, 1);
    let worst = 0;
    for (let r = 0; r < grid.rows; r += 3) {
      for (let c = 0; c < grid.cols; c += 3) {
        const x = grid.x0 + c * grid.step;
        const y = grid.y0 + r * grid.step;
        const exact = lights.reduce((sum, l) => sum + pointIlluminance(x, y, l, 0.75), 0);
        worst = Math.max(worst, Math.abs(grid.values[r * grid.cols + c]! - exact) / exact);
      }
    }
    expect(worst).toBeLessThan(0.005);
    expect(grid.min).toBeGreaterThan(0);
  });

  it('is zero everywhere on a floor without luminaires', () => {
    const grid = illuminanceHeat(makeFloor(), 1);
    expect(grid.min).toBe(0);
    expect(grid.max).toBe(0);
  });
});

describe('escape route', () => {
  it('runs from the seat to the exit, round a wall in the way', () => {
    const floor = makeFloor({ exits: [{ id: 'e', at: [0, 5], width: 1.2, kind: 'stair' }], walls: [{ id: 'w', a: [5, 0], b: [5, 9], kind: 'solid', thickness: 0.2 }] });
    const route = escapeRoute(floor, [9.5, 0.5]);
    expect(route[0]).toEqual([9.5, 0.5]);
    expect(route.at(-1)).toEqual([0, 5]);
    // it passes the wall's open end (y > 9), not through the wall
    expect(route.some(([x, y]) => Math.abs(x - 5) < 0.6 && y > 9)).toBe(true);
  });
});

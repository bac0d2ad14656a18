import { describe, expect, it } from 'vitest';
import { boxCandidates, combineSelection, DESK_SCREEN_HEIGHT, screenRect, selectInScreenRect, type ScreenProjection } from '../../../src/editor/tools/screenBox.ts';
import type { Floor, Workstation } from '../../../src/floorplan/types.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

/** A camera straight above, 10 px per metre, plan y up = screen y down, screen origin at plan (0, 100). */
const topDown: ScreenProjection = (x, y, _h, out) => {
  out[0] = x * 10;
  out[1] = (100 - y) * 10;
  return true;
};

describe('3D box selection (screen rectangle)', () => {
  const floor = () => TestEditor.withExample().floor;

  it('selects what projects inside the rectangle, in the plan box order', () => {
    // s1 (30, 30) → (300, 700), with the luminaire l1 above it; x1 (40, 35) → (400, 650); the air terminal a1 between
    expect(selectInScreenRect(floor(), screenRect({ x: 290, y: 690 }, { x: 310, y: 710 }), topDown)).toEqual(['l1', 's1']);
    expect(selectInScreenRect(floor(), screenRect({ x: 410, y: 640 }, { x: 290, y: 710 }), topDown)).toEqual(['x1', 'l1', 'a1', 's1']);
    expect(selectInScreenRect(floor(), screenRect({ x: 0, y: 0 }, { x: 10, y: 10 }), topDown)).toEqual([]);
  });

  it('gives the same kinds as the plan box for the same area seen from above', () => {
    const f = floor();
    const editor = TestEditor.withExample();
    const planBox = editor.tools.context().pickBox([25, 25], [35, 35]);
    const screen = selectInScreenRect(f, screenRect({ x: 250, y: 650 }, { x: 350, y: 750 }), topDown);
    expect(screen).toEqual(planBox);
    // the whole floor: every element, walls by both ends, zones by all corners
    const all = selectInScreenRect(f, screenRect({ x: -1e6, y: -1e6 }, { x: 1e6, y: 1e6 }), topDown);
    expect(all).toEqual(boxCandidates(f).ids);
    expect(all.length).toBeGreaterThan(5);
    expect(all).toEqual(expect.arrayContaining(['s1', 'x1', 'w1', 'd1', 'z1']));
  });

  it('a wall or zone must lie wholly inside; a point behind the camera never counts', () => {
    const f = floor();
    const wall = f.walls[0]!;
    const midX = (wall.a[0] + wall.b[0]) / 2;
    const midY = (wall.a[1] + wall.b[1]) / 2;
    // a box round the wall's middle only
    const rect = screenRect({ x: midX * 10 - 5, y: (100 - midY) * 10 - 5 }, { x: midX * 10 + 5, y: (100 - midY) * 10 + 5 });
    expect(selectInScreenRect(f, rect, topDown)).not.toContain(wall.id);
    // behind the camera: nothing
    expect(selectInScreenRect(f, screenRect({ x: -1e6, y: -1e6 }, { x: 1e6, y: 1e6 }), () => false)).toEqual([]);
  });

  it('desks are seen at the height of their body', () => {
    const heights: number[] = [];
    selectInScreenRect(floor(), screenRect({ x: 0, y: 0 }, { x: 1, y: 1 }), (x, y, h, out) => {
      if (x === 30 && y === 30) heights.push(h);
      return topDown(x, y, h, out);
    });
    expect(heights).toEqual([DESK_SCREEN_HEIGHT]);
  });

  it('Shift adds to the selection without repeats', () => {
    expect(combineSelection(['a', 'b'], ['b', 'c'], true)).toEqual(['a', 'b', 'c']);
    expect(combineSelection(['a', 'b'], ['b', 'c'], false)).toEqual(['b', 'c']);
  });

  it('20,000 desks: each centre projected once, fast', () => {
    const base = floor();
    const workstations: Workstation[] = [];
    for (let i = 0; i < 20_000; i++) workstations.push({ id: `d${i}`, at: [20.5 + (i % 200) * 0.29, 20.5 + Math.floor(i / 200) * 0.29], rotation: 0, size: [0.2, 0.2], role: 'agent' });
    const big: Floor = { ...base, workstations };
    let calls = 0;
    const counting: ScreenProjection = (x, y, h, out) => {
      calls++;
      return topDown(x, y, h, out);
    };
    boxCandidates(big); // laid out once per floor
    const t0 = performance.now();
    // the left half of the desks (x < 49.4 → screen x < 494)
    const picked = selectInScreenRect(big, screenRect({ x: 0, y: 0 }, { x: 494, y: 1000 }), counting);
    const ms = performance.now() - t0;
    const desks = picked.filter((id) => id.startsWith('d'));
    expect(desks).toHaveLength(20_000 / 2);
    const points = boxCandidates(big).points.length / 3;
    expect(calls).toBeLessThanOrEqual(points);
    expect(calls).toBeGreaterThanOrEqual(20_000);
    expect(ms).toBeLessThan(200);
  });
});

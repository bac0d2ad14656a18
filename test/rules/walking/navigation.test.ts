import { describe, expect, it } from 'vitest';
import type { Floor, Point, Workstation } from '../../../src/floorplan/types.ts';
import { occupantPoint } from '../../../src/floorplan/geometry/elements.ts';
import { buildFloorNavigation, PointIds, type NavField, type NavResult, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { deskDelta } from '../../../src/rules/walking/floorDelta.ts';
import { segmentMeetsBox } from '../../../src/rules/walking/navScene.ts';
import { testFloor } from './testFloor.ts';

const floor = testFloor;

function target(id: string, at: Point, width = 1): NavTarget {
  return { id, at, width };
}

function desk(id: string, at: Point, size: [number, number], rotation = 0): Workstation {
  return { id, at, rotation, size, role: 'agent' };
}

function pathLength(path: Point[]): number {
  let sum = 0;
  for (let i = 1; i < path.length; i++) sum += Math.hypot(path[i]![0] - path[i - 1]![0], path[i]![1] - path[i - 1]![1]);
  return sum;
}

/** Walking distances may be off by the 1e-4 m obstacle margin and 1e-6 m node nudges, never more. */
const TOLERANCE = 1e-3;

function expectWalk(result: NavResult, walking: number, straight: number): void {
  expect(result.walking).toBeGreaterThan(walking - TOLERANCE);
  expect(result.walking).toBeLessThan(walking + TOLERANCE);
  expect(result.straight).toBeCloseTo(straight, 9);
  expect(pathLength(result.path)).toBeCloseTo(result.walking, 9);
}

/** Room 20 × 10, wall x = 10 full height (0.1 thick: faces at 9.95 and 10.05), one door on it. */
function roomWithDoor(doorY: number, doorWidth: number): Floor {
  return floor({
    walls: [{ id: 'w', a: [10, 0], b: [10, 10], kind: 'solid' }],
    doors: [{ id: 'd', at: [10, doorY], width: doorWidth, wall: 'w' }],
  });
}

describe('open floor', () => {
  it('20 × 10 room, exit (0,5): from (10,5) walking 10, straight 10', () => {
    const result = buildFloorNavigation(floor({})).field([target('e1', [0, 5])]).query([10, 5]);
    expectWalk(result, 10, 10);
    expect(result.nearestStraight).toBe(10);
    expect(result.targetId).toBe('e1');
  });

  it('a point on the outline itself is free and walks along the edge: (0,9) → exit (0,5) is 4', () => {
    const nav = buildFloorNavigation(floor({}));
    expect(nav.isFree([0, 9])).toBe(true);
    expect(nav.isFree([0, 0])).toBe(true);
    expectWalk(nav.field([target('e1', [0, 5])]).query([0, 9]), 4, 4);
    // from the corner (0,0) to the exit (0,5): 5
    expectWalk(nav.field([target('e1', [0, 5])]).query([0, 0]), 5, 5);
  });

  it('outside the outline is not free and unreachable', () => {
    const nav = buildFloorNavigation(floor({}));
    expect(nav.isFree([21, 5])).toBe(false);
    expect(nav.isFree([-1e-6, 5])).toBe(false);
    const result = nav.field([target('e1', [0, 5])]).query([21, 5]);
    expect(result.walking).toBe(Infinity);
    expect(result.targetId).toBeNull();
    expect(result.path).toEqual([]);
    expect(result.straight).toBe(21);
    expect(result.nearestStraight).toBe(21);
  });
});

describe('a wall with a door forces a detour', () => {
  // (15,1) → lower corner of the opening on the east face (10.05, 8.5) → across the wall to the
  // west face (9.95, 8.5) → exit (0,5). Both straight shortcuts hit the wall below the opening:
  // (15,1)→(9.95,8.5) reaches x = 10.05 at y = 1 + 7.5·4.95/5.05 = 8.35 < 8.5.
  const walking = Math.hypot(15 - 10.05, 8.5 - 1) + 0.1 + Math.hypot(9.95 - 0, 8.5 - 5);

  it('door at (10,9) width 1: walking = |(15,1)-(10.05,8.5)| + 0.1 + |(9.95,8.5)-(0,5)| ≈ 19.634', () => {
    expect(walking).toBeCloseTo(19.634, 3);
    const result = buildFloorNavigation(roomWithDoor(9, 1)).field([target('e1', [0, 5])]).query([15, 1]);
    expectWalk(result, walking, Math.sqrt(241));
    // the path bends at both jambs of the opening
    expect(result.path.length).toBe(5);
    expect(result.path[1]![0]).toBeCloseTo(10.05, 3);
    expect(result.path[1]![1]).toBeCloseTo(8.5, 3);
    expect(result.path[2]![0]).toBeCloseTo(9.95, 3);
  });

  it('a narrow door (0.5 m) still passes: jambs at y = 8.75, walking ≈ 19.929', () => {
    const narrow = Math.hypot(4.95, 8.75 - 1) + 0.1 + Math.hypot(9.95, 8.75 - 5);
    expect(narrow).toBeCloseTo(19.929, 3);
    const result = buildFloorNavigation(roomWithDoor(9, 0.5)).field([target('e1', [0, 5])]).query([15, 1]);
    expectWalk(result, narrow, Math.sqrt(241));
  });

  it('a door narrower than anything (1 mm) still lets a point through, at the door point (10,9)', () => {
    const throughPoint = Math.hypot(4.95, 8) + 0.1 + Math.hypot(9.95, 4);
    const result = buildFloorNavigation(roomWithDoor(9, 0.001)).field([target('e1', [0, 5])]).query([15, 1]);
    expect(Math.abs(result.walking - throughPoint)).toBeLessThan(0.02);
  });

  it('without the door the far side is unreachable, and the wall itself is not free', () => {
    const nav = buildFloorNavigation(floor({ walls: [{ id: 'w', a: [10, 0], b: [10, 10], kind: 'solid' }] }));
    expect(nav.isFree([10, 5])).toBe(false);
    expect(nav.isFree([10.06, 5])).toBe(true);
    // a point exactly on the wall face is free (a person may walk along it)
    expect(nav.isFree([10.05, 5])).toBe(true);
    const field = nav.field([target('e1', [0, 5])]);
    expect(field.query([15, 1]).walking).toBe(Infinity);
    expect(field.query([10, 5]).walking).toBe(Infinity);
    expectWalk(field.query([9.95, 5]), 9.95, 9.95);
  });

  it('a door given without a wall id opens the wall it lies on', () => {
    const f = roomWithDoor(9, 1);
    f.doors = [{ id: 'd', at: [10, 9], width: 1 }];
    expectWalk(buildFloorNavigation(f).field([target('e1', [0, 5])]).query([15, 1]), walking, Math.sqrt(241));
  });

  it('the door itself as a target is reached from both sides of the wall', () => {
    const field = buildFloorNavigation(roomWithDoor(9, 1)).field([target('d', [10, 9])]);
    expectWalk(field.query([15, 9]), 5, 5);
    expectWalk(field.query([5, 9]), 5, 5);
  });
});

describe('L-shaped floor', () => {
  const lFloor = floor({ outline: [[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20]] });

  it('(18,2) → exit (5,20) rounds the inner corner (10,10): √128 + √125 ≈ 22.494', () => {
    const walking = Math.hypot(8, 8) + Math.hypot(5, 10);
    expect(walking).toBeCloseTo(22.494, 3);
    const result = buildFloorNavigation(lFloor).field([target('e', [5, 20])]).query([18, 2]);
    expectWalk(result, walking, Math.hypot(13, 18));
    expect(result.straight).toBeCloseTo(22.204, 3);
    expect(result.path[1]![0]).toBeCloseTo(10, 4);
    expect(result.path[1]![1]).toBeCloseTo(10, 4);
  });

  it('a point that sees the exit walks straight', () => {
    expectWalk(buildFloorNavigation(lFloor).field([target('e', [5, 20])]).query([5, 2]), 18, 18);
  });
});

describe('benches: touching desks block passage', () => {
  // A bar across the room at x = 9.65..10.35 from y = 0 to 8, made of two 4 m desks turned 90°
  // that touch at y = 4. The only way from (15,4) to the exit (0,4) is round the bar's top end.
  const bar = [desk('a', [10, 2], [4, 0.7], 90), desk('b', [10, 6], [4, 0.7], 90)];

  it('the path goes round the bench end, not through the seam: 17.280', () => {
    const walking = Math.hypot(15 - 10.35, 8 - 4) + 0.7 + Math.hypot(9.65, 8 - 4);
    expect(walking).toBeCloseTo(17.28, 2);
    const nav = buildFloorNavigation(floor({ workstations: bar }));
    const result = nav.field([target('e', [0, 4])]).query([15, 4]);
    expectWalk(result, walking, 15);
    expect(nav.isFree([10, 4])).toBe(true); // on the seam: on both desks' edges
    expect(nav.isFree([10, 3])).toBe(false); // inside a desk
  });

  it('with a 0.2 m gap between the desks the straight line passes: 15', () => {
    const gapped = [desk('a', [10, 1.95], [3.9, 0.7], 90), desk('b', [10, 6.05], [3.9, 0.7], 90)];
    expectWalk(buildFloorNavigation(floor({ workstations: gapped })).field([target('e', [0, 4])]).query([15, 4]), 15, 15);
  });

  it('desks are ignored with includeDesks: false', () => {
    const nav = buildFloorNavigation(floor({ workstations: bar }), { includeDesks: false });
    expect(nav.isFree([10, 3])).toBe(true);
    expectWalk(nav.field([target('e', [0, 4])]).query([15, 4]), 15, 15);
  });

  it('overlapping desks block too: two bars overlapping by 0.2 m and a 45° desk across the joint', () => {
    const crossed = [
      desk('a', [10, 2.1], [4.2, 0.7], 90),
      desk('c', [10, 6], [4, 0.7], 90),
      desk('x', [10, 4], [2.4, 0.7], 45),
    ];
    const walking = Math.hypot(15 - 10.35, 8 - 4) + 0.7 + Math.hypot(9.65, 8 - 4);
    const result = buildFloorNavigation(floor({ workstations: crossed })).field([target('e', [0, 4])]).query([15, 4]);
    expectWalk(result, walking, 15);
  });

  it('a bar of 13 desks 0.6 m wide, placed at 0.3 + 0.6·k (floating-point seams), is closed: 17.076', () => {
    const desks = Array.from({ length: 13 }, (_, k) => desk(`d${k}`, [10, 0.3 + 0.6 * k], [0.6, 0.7], 90));
    // the bar ends at y = 7.8: (15,4) → (10.35,7.8) → (9.65,7.8) → (0,4)
    const walking = Math.hypot(4.65, 3.8) + 0.7 + Math.hypot(9.65, 3.8);
    expect(walking).toBeCloseTo(17.076, 3);
    const result = buildFloorNavigation(floor({ workstations: desks })).field([target('e', [0, 4])]).query([15, 4]);
    expectWalk(result, walking, 15);
  });
});

describe('unreachable and blocked points', () => {
  const closedRoom = floor({
    walls: [
      { id: 's', a: [12, 2], b: [18, 2], kind: 'solid' },
      { id: 'e', a: [18, 2], b: [18, 8], kind: 'solid' },
      { id: 'n', a: [18, 8], b: [12, 8], kind: 'solid' },
      { id: 'w', a: [12, 8], b: [12, 2], kind: 'solid' },
    ],
    workstations: [desk('s1', [5, 5], [1.2, 0.7]), desk('s2', [5, 3.9], [1.2, 0.7])],
  });

  it('a point in a closed room with no door is free but unreachable', () => {
    const nav = buildFloorNavigation(closedRoom);
    const field = nav.field([target('e', [0, 5])]);
    expect(nav.isFree([15, 5])).toBe(true);
    for (const p of [[15, 5], [13, 3], [17.9, 7.9], [15, 5.5]] as Point[]) {
      const result = field.query(p);
      expect(result.walking).toBe(Infinity);
      expect(result.targetId).toBeNull();
      expect(result.path).toEqual([]);
      expect(result.straight).toBeCloseTo(Math.hypot(p[0], p[1] - 5), 9);
    }
    // outside the room, round it: (19,5) → (18.05,8.05) → (11.95,8.05) → (0,5)
    const around = Math.hypot(0.95, 3.05) + 6.1 + Math.hypot(11.95, 3.05);
    expectWalk(field.query([19, 5]), around, 19);
  });

  it('inside a desk: isFree false and walking Infinity, never an exception', () => {
    const nav = buildFloorNavigation(closedRoom);
    expect(nav.isFree([5, 5])).toBe(false);
    const result = nav.field([target('e', [0, 5])]).query([5, 5]);
    expect(result.walking).toBe(Infinity);
    expect(result.nearestStraight).toBe(5);
  });

  it('an occupant point that ends up inside another desk is unreachable', () => {
    // s2 sits 0.45 m behind its desk, at (5, 3.9 - 0.35 - 0.45) = (5, 3.1); a desk moved onto it:
    const messy = floor({ workstations: [desk('s2', [5, 3.9], [1.2, 0.7]), desk('x', [5, 3.1], [1, 0.5])] });
    const seat = occupantPoint(messy.workstations[0]!);
    expect(seat[0]).toBeCloseTo(5, 12);
    expect(seat[1]).toBeCloseTo(3.1, 12);
    const nav = buildFloorNavigation(messy);
    expect(nav.isFree(seat)).toBe(false);
    expect(nav.field([target('e', [0, 5])]).query(seat).walking).toBe(Infinity);
  });

  it('no targets: every query is unreachable', () => {
    const result = buildFloorNavigation(floor({})).field([]).query([5, 5]);
    expect(result.walking).toBe(Infinity);
    expect(result.nearestStraight).toBe(Infinity);
  });

  it('non-finite points are not free', () => {
    const nav = buildFloorNavigation(floor({}));
    expect(nav.isFree([Number.NaN, 1])).toBe(false);
    expect(nav.field([target('e', [0, 5])]).query([Number.NaN, 1]).walking).toBe(Infinity);
  });
});

describe('several targets', () => {
  it('the nearest exit is chosen; the path runs from the query point to it', () => {
    const field = buildFloorNavigation(floor({})).field([target('e1', [0, 5]), target('e2', [20, 5])]);
    const result = field.query([14, 5]);
    expectWalk(result, 6, 6);
    expect(result.targetId).toBe('e2');
    expect(result.path[0]).toEqual([14, 5]);
    expect(result.path[result.path.length - 1]).toEqual([20, 5]);
    expect(field.query([6, 5]).targetId).toBe('e1');
  });

  it('the nearest by walking, not by straight line: a wall hides the east exit', () => {
    // Wall x = 16 with a door at (16, 9.5): to e2 = |(13,1)-(15.95,9)| + 0.1 + |(16.05,9)-(20,5)| ≈ 14.248,
    // to e1 = |(13,1)-(0,5)| = √185 ≈ 13.601, though e2 is nearer in a straight line (√65 ≈ 8.062).
    const f = floor({
      walls: [{ id: 'w', a: [16, 0], b: [16, 10], kind: 'solid' }],
      doors: [{ id: 'd', at: [16, 9.5], width: 1, wall: 'w' }],
    });
    const field = buildFloorNavigation(f).field([target('e1', [0, 5]), target('e2', [20, 5])]);
    const result = field.query([13, 1]);
    expectWalk(result, Math.sqrt(185), Math.sqrt(185));
    expect(result.targetId).toBe('e1');
    expect(result.nearestStraight).toBeCloseTo(Math.sqrt(65), 9);
    const viaDoor = Math.hypot(2.95, 8) + 0.1 + Math.hypot(3.95, 4);
    expect(viaDoor).toBeCloseTo(14.248, 3);
    // close to the wall the door route wins: (15,1) → (15.95,9) → (16.05,9) → (20,5) ≈ 13.778 < √241
    const nearWall = Math.hypot(0.95, 8) + 0.1 + Math.hypot(3.95, 4);
    expect(nearWall).toBeCloseTo(13.778, 3);
    expectWalk(field.query([15, 1]), nearWall, Math.hypot(5, 4));
    expect(field.query([15, 1]).targetId).toBe('e2');
    expectWalk(field.query([17, 1]), 5, 5);
  });

  it('an exit on a core is entered from the free side of the core', () => {
    // Core 4..6 × 4..6 in the middle of the room, exit at the middle of its west face (4,5).
    const f = floor({ cores: [{ id: 'c', kind: 'stair', polygon: [[4, 4], [6, 4], [6, 6], [4, 6]] }] });
    const field = buildFloorNavigation(f).field([target('x', [4, 5])]);
    expectWalk(field.query([1, 5]), 3, 3);
    // from the east side, round the core: (8,5) → (6,6) → (4,6) → (4,5)
    expectWalk(field.query([8, 5]), Math.hypot(2, 1) + 2 + 1, 4);
  });

  it('an exit where a wall meets the outline is reached from both sides of the wall', () => {
    // Exit (10,10) lies inside the end of wall x = 10 (faces 9.95, 10.05), on the outline y = 10.
    const field = buildFloorNavigation(roomWithDoor(5, 1)).field([target('e3', [10, 10])]);
    // from (12,9): to the wall face at the outline (10.05,10), then 0.05 into the wall's end
    expectWalk(field.query([12, 9]), Math.hypot(1.95, 1) + 0.05, Math.hypot(2, 1));
    expectWalk(field.query([8, 9]), Math.hypot(1.95, 1) + 0.05, Math.hypot(2, 1));
  });

  it('many points, many targets: each walk is at least its straight line and reaches a target', () => {
    const f = roomWithDoor(5, 1);
    const field = buildFloorNavigation(f).field([target('e1', [0, 2]), target('e2', [20, 8]), target('e3', [10, 10])]);
    for (let x = 0.5; x < 20; x += 1.5) {
      for (let y = 0.5; y < 10; y += 1.5) {
        const result = field.query([x, y]);
        if (x > 9.9 && x < 10.1) continue;
        expect(result.walking).toBeGreaterThanOrEqual(result.straight - 1e-9);
        expect(result.straight).toBeGreaterThanOrEqual(result.nearestStraight - 1e-9);
        expect(pathLength(result.path)).toBeCloseTo(result.walking, 9);
      }
    }
  });
});

describe('agrees with a plain visibility graph (every pair tested, no pruning)', () => {
  // A 30 × 20 floor: 3 × 3 benches of 6 desks, one bench turned 30°, a core, a walled room with a door.
  const workstations: Workstation[] = [];
  for (let col = 0; col < 3; col++) {
    for (let row = 0; row < 3; row++) {
      const turned = col === 1 && row === 1;
      for (let i = 0; i < 3; i++) {
        const along: Point = turned ? [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)] : [1, 0];
        const cx = 3 + col * 7 + 1.2 * (i - 1) * along[0];
        const cy = 3 + row * 5 + 1.2 * (i - 1) * along[1];
        const across: Point = [-along[1] * 0.35, along[0] * 0.35];
        const rotation = turned ? 30 : 0;
        workstations.push(desk(`s${col}${row}${i}f`, [cx - across[0], cy - across[1]], [1.2, 0.7], rotation));
        workstations.push(desk(`s${col}${row}${i}b`, [cx + across[0], cy + across[1]], [1.2, 0.7], rotation + 180));
      }
    }
  }
  const f = floor({
    outline: [[0, 0], [30, 0], [30, 20], [0, 20]],
    workstations,
    cores: [{ id: 'c', kind: 'lift', polygon: [[24, 14], [27, 14], [27, 18], [24, 18]] }],
    walls: [
      { id: 'r1', a: [22, 0], b: [22, 8], kind: 'glass' },
      { id: 'r2', a: [22, 8], b: [30, 8], kind: 'glass' },
    ],
    doors: [{ id: 'rd', at: [22, 6], width: 0.9, wall: 'r1' }],
  });
  const targets: Point[] = [[0.5, 10], [29.5, 12], [26, 1]];

  it('same walking distance at every grid point', async () => {
    const { NavScene } = await import('../../../src/rules/walking/navScene.ts');
    const scene = new NavScene(f);
    const n = scene.nodeCount;
    expect(n).toBeGreaterThan(40);
    const pts: Point[] = [...targets, ...Array.from({ length: n }, (_, i): Point => [scene.nodeX[i]!, scene.nodeY[i]!])];
    // Dijkstra over all visible pairs, sources = the targets (free points, their own seeds).
    const dist = pts.map((_, i) => (i < targets.length ? 0 : Infinity));
    const done = pts.map(() => false);
    for (;;) {
      let u = -1;
      for (let i = 0; i < pts.length; i++) if (!done[i] && dist[i]! < Infinity && (u < 0 || dist[i]! < dist[u]!)) u = i;
      if (u < 0) break;
      done[u] = true;
      for (let v = 0; v < pts.length; v++) {
        if (done[v]) continue;
        const c = dist[u]! + Math.hypot(pts[u]![0] - pts[v]![0], pts[u]![1] - pts[v]![1]);
        if (c < dist[v]! && scene.visible(pts[u]![0], pts[u]![1], pts[v]![0], pts[v]![1])) dist[v] = c;
      }
    }
    const field = buildFloorNavigation(f).field(targets.map((at, i) => target(`t${i}`, at)));
    let compared = 0;
    for (let x = 0.25; x < 30; x += 0.7) {
      for (let y = 0.25; y < 20; y += 0.7) {
        if (!scene.isStrictlyFree(x, y)) continue;
        let expected = Infinity;
        pts.forEach((p, i) => {
          const c = dist[i]! + Math.hypot(p[0] - x, p[1] - y);
          if (c < expected && scene.visible(x, y, p[0], p[1])) expected = c;
        });
        const got = field.query([x, y]).walking;
        if (expected === Infinity) expect(got).toBe(Infinity);
        else expect(Math.abs(got - expected)).toBeLessThan(1e-9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(800);
  });
});

describe('an update after desks moved walks as a build from nothing', () => {
  // a wall of desks 0.6 × 1 m at x = 10 from y = 0 to 10, with gaps where a desk is left out;
  // the exit is at (0, 5): points east of the wall go round through a gap
  // `moved`: desks of the wall placed elsewhere (same id, same place in the list)
  const wall = (gaps: number[], moved: Record<number, Workstation> = {}): Floor =>
    floor({
      exits: [{ id: 'e', at: [0, 5], width: 1 } as Floor['exits'][number]],
      workstations: Array.from({ length: 10 }, (_, k) => k)
        .filter((k) => !gaps.includes(k))
        .map((k) => moved[k] ?? desk(`d${k}`, [10, k + 0.5], [0.6, 1])),
    });
  const points: Point[] = [];
  for (let x = 11; x < 20; x += 1.5) for (let y = 0.75; y < 10; y += 1.5) points.push([x, y]);
  const exits = [target('e', [0, 5])];

  function update(before: Floor, after: Floor) {
    const first = buildFloorNavigation(before, { remember: true });
    const field = first.field(exits);
    for (const p of points) field.query(p);
    const delta = deskDelta(before, after)!;
    const next = buildFloorNavigation(after, { remember: true }, { previous: first, removed: delta.removed, added: delta.added });
    const fresh = buildFloorNavigation(after).field(exits);
    return { before: (p: Point) => field.query(p), after: next.field(exits), fresh };
  }

  function expectSame(walks: ReturnType<typeof update>): void {
    for (const p of points) {
      const a = walks.after.query(p);
      const f = walks.fresh.query(p);
      expect(a.walking, `(${p})`).toBeCloseTo(f.walking, 9);
      if (Number.isFinite(a.walking)) expect(pathLength(a.path), `(${p}) path`).toBeCloseTo(a.walking, 6);
    }
  }

  it('closing the gap a walk went through and opening another: walks change, as from nothing', () => {
    // gap at desk 8 (y 8–9); the desk from slot 1 (y 1–2) moves into it
    const before = wall([8]);
    const after = wall([8], { 1: desk('d1', [10, 8.5], [0.6, 1]) });
    const walks = update(before, after);
    expectSame(walks);
    // (15.5, 0.75) went round the gap's corners (10.3, 8), (9.7, 8): √79.6 + 0.6 + √103.09 ≈ 19.674;
    // now straight into the new gap (y 1–2) and round its far corner (9.7, 2): √35.2025 + √103.09 ≈ 16.087
    const p = points.find((q) => q[0] === 15.5 && q[1] === 0.75)!;
    expect(walks.before(p).walking).toBeCloseTo(Math.sqrt(79.6) + 0.6 + Math.sqrt(103.09), 3);
    expect(walks.after.query(p).walking).toBeCloseTo(Math.sqrt(35.2025) + Math.sqrt(103.09), 3);
  });

  it('opening a second gap: walks near it shorten, walks far from it are carried unchanged', () => {
    const before = wall([8]);
    const after = wall([8], { 2: desk('d2', [17, 9.3], [0.6, 0.6]) });
    const walks = update(before, after);
    expectSame(walks);
    const near = points.find((q) => q[0] === 12.5 && q[1] === 2.25)!;
    expect(walks.after.query(near).walking).toBeLessThan(walks.before(near).walking - 3);
  });

  it('a desk moved beside the path without touching it keeps every walk', () => {
    const before = wall([8]);
    const after = wall([8], { 0: desk('d0', [14, 5], [0.6, 1]) });
    expectSame(update(before, after));
  });

  it('the re-settled field (carried nodes, candidates merged) answers as a fresh one, hops and ties included; answers carried in any order', () => {
    const before = wall([8]);
    for (const after of [wall([8], { 2: desk('d2', [17, 9.3], [0.6, 0.6]) }), wall([8], { 1: desk('d1', [10, 8.5], [0.6, 1]) })]) {
      const first = buildFloorNavigation(before, { remember: true });
      const field = first.field(exits);
      for (const p of points) field.query(p);
      const delta = deskDelta(before, after)!;
      const next = buildFloorNavigation(after, { remember: true }, { previous: first, removed: delta.removed, added: delta.added });
      const nextField = next.field(exits);
      // asked in reverse: the earlier answers are found out of the order they were given in
      const carried = [...points].reverse().map((p) => nextField.query(p));
      const fresh = buildFloorNavigation(after);
      const freshField = fresh.field(exits);
      [...points].reverse().forEach((p, i) => {
        const f = freshField.query(p);
        expect(carried[i]!.walking, `(${p})`).toBeCloseTo(f.walking, 9);
      });
      const settledAgain = [...next.fields.values()][0]!.distanceField();
      const settledFresh = [...fresh.fields.values()][0]!.distanceField();
      for (const p of points) {
        const a = settledAgain.walkFrom(p[0], p[1]);
        const f = settledFresh.walkFrom(p[0], p[1]);
        expect(a?.distance, `(${p})`).toBe(f?.distance);
        expect(a?.target).toBe(f?.target);
        expect(a?.hops).toEqual(f?.hops);
      }
    }
  });

  it('answers carried by the ids the update shares with the navigation it came from, or by point once it starts a new set of ids', () => {
    const before = wall([8]);
    const after = wall([8], { 2: desk('d2', [17, 9.3], [0.6, 0.6]) });
    const delta = deskDelta(before, after)!;
    // asked in order, in reverse and twice over: found by the cursor, by id, and answered once
    const orders = [points, [...points].reverse(), [...points, ...points]];
    for (const swell of [false, true]) {
      for (const order of orders) {
        const first = buildFloorNavigation(before, { remember: true });
        const field = first.field(exits);
        for (const p of points) field.query(p);
        // ids given for many points never answered: the update starts its own ids
        if (swell) for (let k = 0; k < 2 * points.length + PointIds.ROOM + 1; k++) first.pointIds.idOf([k, k]);
        const next = buildFloorNavigation(after, { remember: true }, { previous: first, removed: delta.removed, added: delta.added });
        expect(next.pointIds === first.pointIds).toBe(!swell);
        const nextField = next.field(exits);
        const fresh = buildFloorNavigation(after).field(exits);
        const answered = order.map((p) => nextField.query(p));
        order.forEach((p, i) => {
          const f = fresh.query(p);
          expect(answered[i]!.walking, `(${p})`).toBe(f.walking);
          expect(answered[i]!.targetId).toBe(f.targetId);
          // a point asked again gets the very answer it got first
          expect(answered[i]).toBe(nextField.query(p));
        });
      }
    }
  });
});

describe('queryEach: the answers of query, with their lengths and targets from the arrays kept beside them', () => {
  // a wall of desks with a gap at 8; the updates move desks of it (walks change, through the gaps opened)
  const wallOf = (moved: Record<number, Workstation> = {}): Floor =>
    floor({
      exits: [{ id: 'e', at: [0, 5], width: 1 } as Floor['exits'][number], { id: 'f', at: [20, 9], width: 1 } as Floor['exits'][number]],
      workstations: Array.from({ length: 10 }, (_, k) => k).filter((k) => k !== 8).map((k) => moved[k] ?? desk(`d${k}`, [10, k + 0.5], [0.6, 1])),
    });
  const exits = [target('e', [0, 5]), target('f', [20, 9])];
  // more points than an answer list starts with room for (it grows), some unreachable (inside a desk)
  const points: Point[] = [];
  for (let x = 0.4; x < 20; x += 0.9) for (let y = 0.3; y < 10; y += 0.9) points.push([x, y]);

  function expectEach(field: NavField, list: readonly Point[]): NavResult[] {
    const results: (NavResult | null)[] = new Array(list.length).fill(null);
    const walking = new Float64Array(list.length).fill(-1);
    const targetIds: (string | null)[] = new Array(list.length).fill('unset');
    field.queryEach(list, results, walking, targetIds);
    list.forEach((p, i) => {
      const r = results[i]!;
      // a field that remembers gives the very answer again; one that forgets walks again
      if (field.remembers) expect(r, `(${p})`).toBe(field.query(p));
      else expect(r.walking, `(${p})`).toBe(field.query(p).walking);
      expect(Object.is(walking[i], r.walking), `(${p}) walking`).toBe(true);
      expect(targetIds[i], `(${p}) target`).toBe(r.targetId);
    });
    return results as NavResult[];
  }

  it('from a field that forgets, one that remembers, and updates carrying answers (asked in order, reversed and again)', () => {
    const fromNothing = buildFloorNavigation(wallOf()).field(exits);
    expectEach(fromNothing, points);
    let before = wallOf();
    let nav = buildFloorNavigation(before, { remember: true });
    const first = expectEach(nav.field(exits), points.slice(0, 40));
    first.forEach((r, i) => expect(r.walking).toBe(fromNothing.query(points[i]!).walking));
    const d1 = desk('d1', [10, 8.5], [0.6, 1]);
    const steps: [Floor, readonly Point[]][] = [
      [wallOf({ 1: d1 }), points],
      [wallOf({ 1: d1, 2: desk('d2', [17, 9.3], [0.6, 0.6]) }), [...points].reverse()],
      [wallOf({ 2: desk('d2', [17, 9.3], [0.6, 0.6]) }), [...points, ...points.slice(0, 50)]],
    ];
    for (const [after, order] of steps) {
      const delta = deskDelta(before, after)!;
      const next = buildFloorNavigation(after, { remember: true }, { previous: nav, removed: delta.removed, added: delta.added });
      const carried = expectEach(next.field(exits), order);
      const fresh = buildFloorNavigation(after).field(exits);
      order.forEach((p, i) => {
        const f = fresh.query(p);
        expect(carried[i]!.walking, `(${p})`).toBe(f.walking);
        expect(carried[i]!.targetId, `(${p})`).toBe(f.targetId);
      });
      nav.seal();
      nav = next;
      before = after;
    }
  });
});

describe('answers carried in runs (points asked in the earlier order): as one by one, and as from nothing', () => {
  // a wall of desks with gaps at 4 and 8 and a row of loose desks east of it; each edit moves one
  // desk (walks through a gap closed or opened change, those beside it may, the rest are carried)
  const exits = [target('e', [0, 5]), target('f', [20, 9])];
  const floorWith = (moved: Record<string, Workstation>): Floor =>
    floor({
      exits: [{ id: 'e', at: [0, 5], width: 1 } as Floor['exits'][number], { id: 'f', at: [20, 9], width: 1 } as Floor['exits'][number]],
      workstations: [
        ...Array.from({ length: 10 }, (_, k) => k).filter((k) => k !== 4 && k !== 8).map((k) => desk(`w${k}`, [10, k + 0.5], [0.6, 1])),
        ...Array.from({ length: 6 }, (_, k) => desk(`r${k}`, [13 + k, 3 + (k % 2)], [0.8, 0.6])),
      ].map((d) => moved[d.id] ?? d),
    });
  const edits: Record<string, Workstation>[] = [
    { w1: desk('w1', [10, 4.5], [0.6, 1]) },
    { w1: desk('w1', [10, 4.5], [0.6, 1]), r2: desk('r2', [15, 6], [0.8, 0.6]) },
    { r2: desk('r2', [15, 6], [0.8, 0.6]) },
    { r2: desk('r2', [15, 6.3], [0.8, 0.6]), w9: desk('w9', [10, 8.5], [0.6, 1]) },
    // r0 moves off the points on its edges (their walks started a hair off the edge)
    { r0: desk('r0', [13, 1.5], [0.8, 0.6]) },
    {},
  ];
  // the same point objects every edit (answers are carried by identity), many of them
  const points: Point[] = [];
  for (let x = 0.35; x < 20; x += 0.7) for (let y = 0.25; y < 10; y += 0.7) points.push([x, y]);
  // on the edges of desk r0 (13 ± 0.4, 3 ± 0.3)
  points.push([12.6, 3], [13.4, 2.9], [13.1, 2.7], [12.9, 3.3]);

  it('queryEach and query over a run of edits, in the earlier order and with points dropped or added, give the answers of a field from nothing', () => {
    let before = floorWith({});
    let nav = buildFloorNavigation(before, { remember: true });
    const first = nav.field(exits);
    for (const p of points) first.query(p);
    let carriedSome = false;
    edits.forEach((moved, step) => {
      const after = floorWith(moved);
      const delta = deskDelta(before, after)!;
      const next = buildFloorNavigation(after, { remember: true }, { previous: nav, removed: delta.removed, added: delta.added });
      const field = next.field(exits);
      // by turns: all points by queryEach; some left out (the run skips one, or breaks) and new ones
      const list = step % 2 === 0 ? points : [...points.filter((_, i) => i % 7 !== 3), [19.5, 0.5] as Point];
      const results: (NavResult | null)[] = new Array(list.length).fill(null);
      const walking = new Float64Array(list.length);
      const targetIds: (string | null)[] = new Array(list.length).fill(null);
      if (step === 1) list.forEach((p, i) => (results[i] = field.query(p)));
      else field.queryEach(list, results, walking, targetIds);
      const previous = nav.fields.values().next().value!.answers;
      const fresh = buildFloorNavigation(after).field(exits);
      list.forEach((p, i) => {
        const f = fresh.query(p);
        expect(results[i]!.walking, `step ${step} (${p})`).toBe(f.walking);
        expect(results[i]!.targetId, `step ${step} (${p})`).toBe(f.targetId);
        if (step !== 1) {
          expect(Object.is(walking[i], f.walking), `step ${step} (${p}) walking`).toBe(true);
          expect(targetIds[i]).toBe(f.targetId);
        }
        // asked again: the very answer
        expect(field.query(p)).toBe(results[i]);
        const place = previous.placeOfPoint(p);
        if (place >= 0 && previous.results[place] === results[i]) carriedSome = true;
      });
      nav.seal();
      nav = next;
      before = after;
    });
    expect(carriedSome).toBe(true);
  });
});

describe('segmentMeetsBox', () => {
  const box = { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  it('meets a box it crosses, passes one it misses (the box grown by 1 mm)', () => {
    expect(segmentMeetsBox(-1, 0.5, 2, 0.5, box)).toBe(true);
    expect(segmentMeetsBox(-1, -1, 2, 2, box)).toBe(true);
    expect(segmentMeetsBox(0.5, 0.5, 0.6, 0.6, box)).toBe(true);
    expect(segmentMeetsBox(-1, 1.5, 2, 1.5, box)).toBe(false);
    expect(segmentMeetsBox(-1, 1.0005, 2, 1.0005, box)).toBe(true);
    expect(segmentMeetsBox(-1, 1.002, 2, 1.002, box)).toBe(false);
    // diagonal past the corner: x + y = 2.1 stays 0.07 m off the corner (1, 1)
    expect(segmentMeetsBox(0, 2.1, 2.1, 0, box)).toBe(false);
    expect(segmentMeetsBox(3, 0.5, 3, 2, box)).toBe(false);
    expect(segmentMeetsBox(0.5, 3, 0.5, -2, box)).toBe(true);
  });
});

describe('links among lists of points', () => {
  it('lists passing the same points again, in the same places or not, and a list changed after use link as single links on a fresh navigation', () => {
    const f = roomWithDoor(5, 1);
    const grid: Point[] = [];
    for (let x = 0.5; x < 20; x += 1.5) for (let y = 0.5; y < 10; y += 1.5) grid.push([x, y]);
    const nav = buildFloorNavigation(f);
    const fresh = buildFloorNavigation(f);
    const expectLinks = (points: readonly Point[]): void => {
      const linked = nav.linksAmong(points);
      let wrong = 0;
      for (let i = 0; i < points.length; i += 3) {
        for (let j = 0; j < points.length; j += 5) {
          if (!Object.is(linked.link(i, j), fresh.link(points[i]!, points[j]!))) wrong++;
          if (!Object.is(linked.linkBack(j, i), fresh.linkBack(points[j]!, points[i]!))) wrong++;
        }
      }
      expect(wrong).toBe(0);
    };
    const first = grid.slice();
    expectLinks(first);
    // the same points in the same places, then a longer list starting with them
    expectLinks(grid.slice());
    expectLinks([...grid, [1, 1], [19, 9]]);
    // the same points reversed, and the list before changed in place after its links were read
    const reversed = grid.slice().reverse();
    expectLinks(reversed);
    reversed.reverse();
    expectLinks(grid.slice());
    // other points where the last list had these, and a shorter list
    expectLinks(grid.map(([x, y]) => [x + 0.25, y] as Point));
    expectLinks(grid.slice(0, 7));
  });
});

import { describe, expect, it } from 'vitest';
import type { Point, Workstation } from '../../../src/floorplan/types.ts';
import { buildFloorNavigation, type NavResult, type NavTarget } from '../../../src/rules/walking/navigation.ts';
import { testFloor } from './testFloor.ts';

// A query's answer is the first visible candidate in key order, ties to the first listed. The
// windows it looks in start from earlier answers nearby (hints) and from `atMost`, so they depend
// on what was asked before: the answer must not. Desks in rows in a 40 × 20 m room, exits at both
// ends.

function desk(id: string, at: Point): Workstation {
  return { id, at, rotation: 0, size: [1.6, 0.8], role: 'agent' };
}

const desks: Workstation[] = [];
for (let row = 0; row < 6; row++) {
  for (let col = 0; col < 12; col++) desks.push(desk(`d${row}-${col}`, [6 + col * 2.5, 3 + row * 2.8]));
}
const floor = testFloor({ outline: [[0, 0], [40, 0], [40, 20], [0, 20]], workstations: desks });
const exits: NavTarget[] = [
  { id: 'west', at: [0, 10], width: 1 },
  { id: 'east', at: [40, 10], width: 1 },
];

/** Query points on a 0.7 m grid, in row order. */
const points: Point[] = [];
for (let y = 0.35; y < 20; y += 0.7) for (let x = 0.35; x < 40; x += 0.7) points.push([x, y]);

interface Seen {
  walking: number;
  targetId: string | null;
  path: Point[];
}

function seen(r: NavResult): Seen {
  return { walking: r.walking, targetId: r.targetId, path: r.path };
}

/** Every point's answer from a fresh navigation, asked in the order given (`atMost` per point, optional). */
function answers(order: readonly number[], atMost?: (i: number) => number): Seen[] {
  const field = buildFloorNavigation(floor).field(exits);
  const out: Seen[] = new Array<Seen>(points.length);
  for (const i of order) out[i] = seen(field.query([points[i]![0], points[i]![1]], atMost?.(i)));
  return out;
}

describe('DistanceField queries', () => {
  const inOrder = points.map((_, i) => i);
  const expected = answers(inOrder);

  it('reaches most points, by both exits', () => {
    expect(expected.filter((s) => Number.isFinite(s.walking)).length).toBeGreaterThan(points.length * 0.8);
    expect(new Set(expected.map((s) => s.targetId).filter((id) => id !== null))).toEqual(new Set(['west', 'east']));
  });

  it('answers the same whatever was asked before (reversed, shuffled)', () => {
    expect(answers([...inOrder].reverse())).toEqual(expected);
    // a fixed shuffle: every 7th point, cycling
    const shuffled = inOrder.map((_, k) => (k * 7) % points.length);
    expect(new Set(shuffled).size).toBe(points.length);
    expect(answers(shuffled)).toEqual(expected);
  });

  it('answers the same with any bound given, too small ones included', () => {
    const walk = (i: number) => expected[i]!.walking;
    expect(answers(inOrder, (i) => walk(i))).toEqual(expected);
    expect(answers(inOrder, (i) => walk(i) * 1.5 + 3)).toEqual(expected);
    expect(answers(inOrder, (i) => walk(i) * 0.5)).toEqual(expected);
  });
});

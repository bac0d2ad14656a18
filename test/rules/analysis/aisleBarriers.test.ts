// The barrier index's boxes round the desks that changed (what aisle sight lines are held to
// after an edit): every footprint a changed desk had or has lies well inside one of them (beyond
// the navigation's grown obstacles), unchanged desks give none, and clearOfBoxes agrees with a
// segment sampled point by point, counting a box not a number as meeting everything.
import { describe, expect, it } from 'vitest';
import { deskFootprint } from '../../../src/floorplan/geometry/elements.ts';
import type { Point, Workstation } from '../../../src/floorplan/types.ts';
import { BarrierIndex, clearOfBoxes } from '../../../src/rules/analysis/aisleBarriers.ts';
import { OBSTACLE_MARGIN } from '../../../src/rules/walking/navScene.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const desk = (id: string, at: Point, w: number, d: number, rotation: number): Workstation => ({ id, at, size: [w, d], rotation }) as unknown as Workstation;

/** The boxes as a list. */
function boxesOf(b: Float64Array): { minX: number; minY: number; maxX: number; maxY: number }[] {
  const out = [];
  for (let k = 0; k < b.length; k += 4) out.push({ minX: b[k]!, minY: b[k + 1]!, maxX: b[k + 2]!, maxY: b[k + 3]! });
  return out;
}

/** Every corner of the footprint, grown by far more than the navigation's margin, lies in one box. */
function covered(ws: Workstation, boxes: ReturnType<typeof boxesOf>): boolean {
  const grow = 100 * OBSTACLE_MARGIN;
  return boxes.some((b) => deskFootprint(ws).every(([x, y]) => x - grow >= b.minX && x + grow <= b.maxX && y - grow >= b.minY && y + grow <= b.maxY));
}

describe('barrier index: boxes round the changed desks', () => {
  it('hold the footprints the changed desks had and have, and nothing when nothing changed', () => {
    const next = random(7);
    let desks = Array.from({ length: 60 }, (_, i) => desk(`d${i}`, [next() * 40, next() * 30], 0.6 + next(), 0.5 + next() * 0.5, Math.floor(next() * 8) * 45 + (i % 3 === 0 ? next() * 30 : 0)));
    const index = BarrierIndex.build(-1, -1, 42, 32, [[[-1, -1], [42, -1], [42, 32], [-1, 32]]], desks);
    expect(index.update(desks)).toHaveLength(0);
    expect(index.changedBoxes).toHaveLength(0);
    for (let round = 0; round < 40; round++) {
      const before = desks;
      const kind = round % 4;
      const i = Math.floor(next() * desks.length);
      if (kind === 0) desks = desks.map((w, k) => (k === i ? desk(w.id, [w.at[0] + next() - 0.5, w.at[1] + next() - 0.5], w.size[0], w.size[1], w.rotation) : w));
      else if (kind === 1) desks = desks.map((w, k) => (k === i ? desk(w.id, w.at, w.size[0], w.size[1], w.rotation + 10 + next() * 80) : w));
      // a desk goes (ids no longer line up), or one comes
      else if (kind === 2) desks = desks.filter((_, k) => k !== i);
      else desks = [...desks, desk(`new${round}`, [next() * 40, next() * 30], 1.2, 0.7, next() * 360)];
      expect(index.update(desks)).not.toBeNull();
      const boxes = boxesOf(index.changedBoxes);
      const now = new Map(desks.map((w) => [w.id, w]));
      const was = new Map(before.map((w) => [w.id, w]));
      let changed = 0;
      for (const w of before) {
        const after = now.get(w.id);
        if (after === w) continue;
        changed++;
        expect(covered(w, boxes)).toBe(true);
        if (after) expect(covered(after, boxes)).toBe(true);
      }
      for (const w of desks) if (!was.has(w.id)) expect(covered(w, boxes)).toBe(true);
      expect(boxes.length).toBeLessThanOrEqual(2 * Math.max(changed, 1));
    }
  });

  it('a desk whose numbers are not numbers gives a box no segment is clear of', () => {
    const desks = [desk('a', [1, 1], 1, 1, 0), desk('b', [5, 5], 1, 1, 0)];
    const index = BarrierIndex.build(0, 0, 10, 10, [], desks);
    expect(index.update([desks[0]!, desk('b', [Number.NaN, 5], 1, 1, 0)])).not.toBeNull();
    expect(clearOfBoxes(index.changedBoxes, 100, 100, 101, 101)).toBe(false);
  });

  it('clearOfBoxes: clear exactly when the segment box misses every box', () => {
    const next = random(11);
    for (let t = 0; t < 2000; t++) {
      const boxes: number[] = [];
      for (let k = 0; k < 3; k++) {
        const x = next() * 10;
        const y = next() * 10;
        boxes.push(x, y, x + next() * 2, y + next() * 2);
      }
      const [ax, ay, bx, by] = [next() * 12 - 1, next() * 12 - 1, next() * 12 - 1, next() * 12 - 1];
      const clear = clearOfBoxes(Float64Array.from(boxes), ax, ay, bx, by);
      // the segment's box against each box, by brute force
      let meets = false;
      for (let k = 0; k < boxes.length; k += 4) {
        if (Math.max(ax, bx) >= boxes[k]! && Math.min(ax, bx) <= boxes[k + 2]! && Math.max(ay, by) >= boxes[k + 1]! && Math.min(ay, by) <= boxes[k + 3]!) meets = true;
      }
      expect(clear).toBe(!meets);
      // clear: no point of the segment lies in a box
      if (clear) {
        for (let s = 0; s <= 20; s++) {
          const x = ax + ((bx - ax) * s) / 20;
          const y = ay + ((by - ay) * s) / 20;
          for (let k = 0; k < boxes.length; k += 4) expect(x >= boxes[k]! && x <= boxes[k + 2]! && y >= boxes[k + 1]! && y <= boxes[k + 3]!).toBe(false);
        }
      }
    }
    expect(clearOfBoxes(new Float64Array([Number.NaN, 0, 1, 1]), 5, 5, 6, 6)).toBe(false);
    expect(clearOfBoxes(new Float64Array(0), 5, 5, 6, 6)).toBe(true);
  });
});

describe('clearOfBoxes: what is not finite', () => {
  it('a segment with an end that is not finite meets every box', () => {
    const boxes = new Float64Array([0, 0, 1, 1]);
    expect(clearOfBoxes(boxes, 5, 5, 6, 6)).toBe(true);
    expect(clearOfBoxes(boxes, Number.NaN, 5, 6, 6)).toBe(false);
    expect(clearOfBoxes(boxes, 5, 5, Infinity, 6)).toBe(false);
  });
});

describe('barrier index: the cells a cast visited', () => {
  it('a cast whose cells miss every changed edge casts as before and as an index built afresh; the others are told', () => {
    const next = random(11);
    const outline: Point[] = [[-1, -1], [42, -1], [42, 32], [-1, 32]];
    // desks in rows with aisles between (casts cross a few cells), some turned
    let desks = Array.from({ length: 120 }, (_, i) => desk(`d${i}`, [1 + (i % 12) * 3.3 + next() * 0.2, 1 + Math.floor(i / 12) * 3 + next() * 0.2], 1.4, 0.7, i % 5 === 0 ? 30 : 0));
    const index = BarrierIndex.build(-1, -1, 42, 32, [outline], desks);
    let kept = 0;
    let told = 0;
    for (let round = 0; round < 30; round++) {
      // rays from points in the aisles, both ways across, as the aisles cast them
      const rays = Array.from({ length: 200 }, () => {
        const angle = next() * 2 * Math.PI;
        return [next() * 40, next() * 30, Math.cos(angle), Math.sin(angle)] as const;
      });
      const before = rays.map(([x, y, dx, dy]) => {
        const d = index.cast(x, y, dx, dy);
        return { d, hitX: index.hitX, hitY: index.hitY, cells: index.visited };
      });
      // one to three desks move, turn or go
      const moved = new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => Math.floor(next() * desks.length)));
      desks = desks.flatMap((w, k) => (!moved.has(k) ? [w] : k % 7 === 0 ? [] : [desk(w.id, [w.at[0] + next() - 0.5, w.at[1] + next() - 0.5], w.size[0], w.size[1], w.rotation + (k % 2) * 45)]));
      const blocks = index.update(desks);
      expect(blocks).not.toBeNull();
      const fresh = BarrierIndex.build(-1, -1, 42, 32, [outline], desks);
      rays.forEach(([x, y, dx, dy], r) => {
        const was = before[r]!;
        const now = index.cast(x, y, dx, dy);
        expect(now).toBe(fresh.cast(x, y, dx, dy));
        if (index.castVisits(x, y, dx, dy, was.cells, blocks!)) {
          told++;
          return;
        }
        kept++;
        expect(now).toBe(was.d);
        if (now < Infinity) expect([index.hitX, index.hitY]).toEqual([was.hitX, was.hitY]);
      });
    }
    expect(kept).toBeGreaterThan(told);
    expect(told).toBeGreaterThan(20);
  });
});

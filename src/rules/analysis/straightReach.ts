// Whether a point has some target within a distance in a straight line: asked for every seat of a
// floor (the seats over a reach limit in a straight line), so the targets are filed once in square
// buckets of at least that distance, in a flat table over their box: only the 3 × 3 buckets round a
// point's can hold one. A map keyed by bucket, with an array per bucket, cost a hashed look-up and
// an allocation for each of the nine buckets of every seat.
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import { placesIn } from '../walking/egress.ts';

/** Slack (m) of the bucket side: a target within reach of a point is never two buckets away. */
const BUCKET_SLACK = 1e-6;
/** At most this many buckets a side (far-apart targets take larger buckets, still exact). */
const MAX_BUCKETS = 256;

/** A test of whether a point has some target within `reach` (vectorLength(t − p) ≤ reach). */
export function straightReach(targets: readonly Point[], reach: number): (p: Point) => boolean {
  // a target with a coordinate not finite is never within reach of a point (its distance is NaN or Infinity)
  let count = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of targets) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    count++;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (count === 0) return () => false;
  // any side of at least the reach (and a hair) is exact: a target within reach of a point lies at
  // most one bucket from the point's in each direction
  const side = Math.max(Math.max(reach, BUCKET_SLACK) + BUCKET_SLACK, (maxX - minX) / MAX_BUCKETS, (maxY - minY) / MAX_BUCKETS);
  if (!Number.isFinite(side)) {
    // an infinite reach (or one not a number): every target is looked at
    return (p) => targets.some((t) => vectorLength(t[0] - p[0], t[1] - p[1]) <= reach);
  }
  const firstColumn = Math.floor(minX / side);
  const firstRow = Math.floor(minY / side);
  const columns = Math.floor(maxX / side) - firstColumn + 1;
  const rows = Math.floor(maxY / side) - firstRow + 1;
  // the targets by bucket (row-major): bucket b's are xs/ys[starts[b] .. starts[b + 1])
  const bucketOf = new Int32Array(targets.length).fill(-1);
  const starts = new Int32Array(columns * rows + 1);
  targets.forEach(([x, y], k) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const b = Math.floor(x / side) - firstColumn + columns * (Math.floor(y / side) - firstRow);
    bucketOf[k] = b;
    starts[b + 1]!++;
  });
  for (let b = 0; b < columns * rows; b++) starts[b + 1]! += starts[b]!;
  const filled = starts.slice(0, -1);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  targets.forEach(([x, y], k) => {
    const b = bucketOf[k]!;
    if (b < 0) return;
    const at = filled[b]!++;
    xs[at] = x;
    ys[at] = y;
  });
  return (p) => {
    const [px, py] = p;
    const column = Math.floor(px / side) - firstColumn;
    const row = Math.floor(py / side) - firstRow;
    for (let r = Math.max(row - 1, 0); r <= row + 1 && r < rows; r++) {
      for (let c = Math.max(column - 1, 0); c <= column + 1 && c < columns; c++) {
        const b = c + columns * r;
        for (let k = starts[b]!; k < starts[b + 1]!; k++) if (vectorLength(xs[k]! - px, ys[k]! - py) <= reach) return true;
      }
    }
    return false;
  };
}

/** What pointsWithin answered lately: the targets' coordinates (x, y flat), the reach, the points and their answers. */
interface Answered {
  targets: Float64Array;
  reach: number;
  points: readonly Point[];
  within: Uint8Array;
}

/** Answers kept (a floor's toilets and another's, two profiles…), the one asked last first. */
const KEPT = 4;
const answered: Answered[] = [];

function sameTargets(kept: Float64Array, targets: readonly Point[]): boolean {
  if (kept.length !== 2 * targets.length) return false;
  for (let i = 0; i < targets.length; i++) if (!Object.is(kept[2 * i], targets[i]![0]) || !Object.is(kept[2 * i + 1], targets[i]![1])) return false;
  return true;
}

/**
 * Per point, 1 where some target is within `reach` in a straight line (straightReach), else 0.
 * A function of the point's coordinates, the targets' and the reach alone: a point object asked
 * again with targets at the same places (compared value by value) and the same reach keeps its
 * earlier answer (a re-check after a desk edit asks thousands of the same seat points again;
 * points are never changed in place).
 */
export function pointsWithin(points: readonly Point[], targets: readonly Point[], reach: number): Uint8Array {
  const within = new Uint8Array(points.length);
  let earlier: Answered | null = null;
  for (let k = 0; k < answered.length; k++) {
    const a = answered[k]!;
    if (!Object.is(a.reach, reach) || !sameTargets(a.targets, targets)) continue;
    answered.splice(k, 1);
    earlier = a;
    break;
  }
  let test: ((p: Point) => boolean) | null = null;
  const place = earlier ? placesIn(earlier.points, points) : null;
  for (let k = 0; k < points.length; k++) {
    const m = place ? place[k]! : -1;
    if (m >= 0) within[k] = earlier!.within[m]!;
    else within[k] = (test ??= straightReach(targets, reach))(points[k]!) ? 1 : 0;
  }
  const xy = earlier ? earlier.targets : new Float64Array(2 * targets.length);
  if (!earlier) {
    for (let i = 0; i < targets.length; i++) {
      xy[2 * i] = targets[i]![0];
      xy[2 * i + 1] = targets[i]![1];
    }
  }
  answered.unshift({ targets: xy, reach, points, within });
  if (answered.length > KEPT) answered.pop();
  return within;
}


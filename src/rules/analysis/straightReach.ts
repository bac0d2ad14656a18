// Whether a point has some target within a distance in a straight line: asked for every seat of a
// floor (the seats over a reach limit in a straight line), so the targets are filed once in square
// buckets of at least that distance, in a flat table over their box: only the 3 × 3 buckets round a
// point's can hold one. A map keyed by bucket, with an array per bucket, cost a hashed look-up and
// an allocation for each of the nine buckets of every seat.
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';

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

// The drawing's extent without far-away strays (a block left 100 km off, a lone point at the
// origin of a drawing placed in survey coordinates): the cluster of segment midpoints around the
// median, cut where the gap to the next midpoint is wider than twice the core's size (the middle
// half of the midpoints), on each axis. Strays of up to a quarter of the segments are cut off.
// The extent is the full bounds of the segments whose midpoints are kept.
import type { Bounds } from '../../geometry/polygon.ts';

/** Midpoints looked at when a drawing has more segments (an even sample). */
const MAX_SAMPLES = 200_000;
/** The core is the 25th to 75th percentile of the midpoints. */
const CORE_LOW = 0.25;
const CORE_HIGH = 0.75;
/** A gap wider than this many times the core's span (and than the whole span / 1000) ends the cluster. */
const GAP_OF_CORE = 2;

/** The [lo, hi] range of sorted values around the median with no gap wider than `gap`. */
function clusterRange(sorted: Float64Array, gap: number): [number, number] {
  const mid = Math.floor(sorted.length / 2);
  let lo = mid;
  while (lo > 0 && sorted[lo]! - sorted[lo - 1]! <= gap) lo--;
  let hi = mid;
  while (hi < sorted.length - 1 && sorted[hi + 1]! - sorted[hi]! <= gap) hi++;
  return [sorted[lo]!, sorted[hi]!];
}

function axisRange(values: Float64Array): [number, number] {
  values.sort();
  const n = values.length;
  const core = values[Math.floor((n - 1) * CORE_HIGH)]! - values[Math.floor((n - 1) * CORE_LOW)]!;
  const whole = values[n - 1]! - values[0]!;
  // never smaller than a thousandth of the whole span, so a drawing of two far clusters of
  // equal weight (no stray, just two parts) does not cut inside one of them at a tiny gap
  const gap = Math.max(core * GAP_OF_CORE, whole / 1000, 1e-9);
  return clusterRange(values, gap);
}

/** The extent of `segments` (x1, y1, x2, y2 each) less far strays, or null when there are none. */
export function robustExtent(segments: Float64Array, count: number): Bounds | null {
  if (count === 0) return null;
  const step = Math.max(1, Math.ceil(count / MAX_SAMPLES));
  const samples = Math.ceil(count / step);
  const xs = new Float64Array(samples);
  const ys = new Float64Array(samples);
  for (let i = 0, k = 0; i < count; i += step, k++) {
    xs[k] = (segments[i * 4]! + segments[i * 4 + 2]!) / 2;
    ys[k] = (segments[i * 4 + 1]! + segments[i * 4 + 3]!) / 2;
  }
  const [x0, x1] = axisRange(xs);
  const [y0, y1] = axisRange(ys);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const ax = segments[i * 4]!;
    const ay = segments[i * 4 + 1]!;
    const bx = segments[i * 4 + 2]!;
    const by = segments[i * 4 + 3]!;
    const mx = (ax + bx) / 2;
    const my = (ay + by) / 2;
    if (mx < x0 || mx > x1 || my < y0 || my > y1) continue;
    minX = Math.min(minX, ax, bx);
    maxX = Math.max(maxX, ax, bx);
    minY = Math.min(minY, ay, by);
    maxY = Math.max(maxY, ay, by);
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

// Curves as points (x0, y0, x1, y1, …) for drawing as chords: arcs, polyline bulges, ellipses
// and B-splines (evaluated by de Boor's algorithm from control points, knots and weights).

/** Largest angle (radians) one chord of an arc may span. */
export const MAX_CHORD_ANGLE = Math.PI / 16;

/** Points of an arc from `start` sweeping `sweep` radians (positive: counter-clockwise), both ends included. */
export function arcPoints(out: number[], cx: number, cy: number, r: number, start: number, sweep: number, skipFirst = false): void {
  const n = Math.max(1, Math.ceil(Math.abs(sweep) / MAX_CHORD_ANGLE));
  for (let i = skipFirst ? 1 : 0; i <= n; i++) {
    const angle = start + (sweep * i) / n;
    out.push(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
  }
}

/**
 * A polyline with bulges (x, y, bulge per vertex) as points: a straight edge where the bulge is
 * 0, else an arc of 4·atan(bulge) (positive: counter-clockwise). A closed one repeats its first point.
 */
export function bulgePoints(vertices: readonly number[], closed: boolean): number[] {
  const count = vertices.length / 3;
  const out: number[] = [];
  if (count === 0) return out;
  out.push(vertices[0]!, vertices[1]!);
  const edges = closed ? count : count - 1;
  for (let i = 0; i < edges; i++) {
    const px = vertices[i * 3]!;
    const py = vertices[i * 3 + 1]!;
    const bulge = vertices[i * 3 + 2]!;
    const j = (i + 1) % count;
    const qx = vertices[j * 3]!;
    const qy = vertices[j * 3 + 1]!;
    if (!bulge || (px === qx && py === qy)) {
      out.push(qx, qy);
      continue;
    }
    // centre = chord midpoint + the chord turned left, times (1 − b²) / 4b
    const k = (1 - bulge * bulge) / (4 * bulge);
    const cx = (px + qx) / 2 - (qy - py) * k;
    const cy = (py + qy) / 2 + (qx - px) * k;
    const before = out.length;
    arcPoints(out, cx, cy, Math.hypot(px - cx, py - cy), Math.atan2(py - cy, px - cx), 4 * Math.atan(bulge), true);
    // the arc's last point is the next vertex exactly
    out[out.length - 2] = qx;
    out[out.length - 1] = qy;
    if (out.length === before) out.push(qx, qy);
  }
  return out;
}

/**
 * Points of an ellipse (centre, major axis end relative to it, minor / major ratio) from
 * parameter t0 to t1 counter-clockwise about the extrusion `nz` (±1).
 */
export function ellipsePoints(cx: number, cy: number, mx: number, my: number, ratio: number, t0: number, t1: number, nz: number): number[] {
  // the minor axis is the extrusion × the major axis, scaled by the ratio
  const vx = -nz * my * ratio;
  const vy = nz * mx * ratio;
  let sweep = t1 - t0;
  while (sweep <= 0) sweep += 2 * Math.PI;
  if (sweep > 2 * Math.PI) sweep = 2 * Math.PI;
  const n = Math.max(4, Math.ceil(sweep / MAX_CHORD_ANGLE));
  const out: number[] = [];
  for (let i = 0; i <= n; i++) {
    const t = t0 + (sweep * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    out.push(cx + mx * c + vx * s, cy + my * c + vy * s);
  }
  return out;
}

/** A clamped uniform knot vector, for splines whose knots are missing or do not fit. */
function clampedKnots(count: number, degree: number): number[] {
  const knots: number[] = [];
  for (let i = 0; i <= degree; i++) knots.push(0);
  for (let i = 1; i < count - degree; i++) knots.push(i);
  for (let i = 0; i <= degree; i++) knots.push(Math.max(1, count - degree));
  return knots;
}

/** Samples per control point when a spline is flattened. */
const SPLINE_SAMPLES_PER_POINT = 8;

/**
 * A B-spline (optionally rational) from control points (x, y pairs), knots and weights as points.
 * Without control points, the fit points are joined by straight lines.
 */
export function splinePoints(degree: number, knots: readonly number[], weights: readonly number[], control: readonly number[], fit: readonly number[]): number[] {
  const count = control.length / 2;
  if (count < 2) return fit.length >= 4 ? [...fit] : [];
  const p = Math.max(1, Math.min(degree, count - 1));
  const u = knots.length === count + p + 1 ? knots : clampedKnots(count, p);
  const w = weights.length === count ? weights : null;
  const lo = u[p]!;
  const hi = u[count]!;
  if (!(hi > lo)) return [...control];
  const samples = Math.max(16, count * SPLINE_SAMPLES_PER_POINT);
  const out: number[] = [];
  const dx = new Float64Array(p + 1);
  const dy = new Float64Array(p + 1);
  const dw = new Float64Array(p + 1);
  let span = p;
  for (let s = 0; s <= samples; s++) {
    const t = s === samples ? hi : lo + ((hi - lo) * s) / samples;
    // the knot span holding t (the last non-empty one at the end)
    while (span < count - 1 && t >= u[span + 1]!) span++;
    for (let j = 0; j <= p; j++) {
      const i = span - p + j;
      const weight = w ? w[i]! : 1;
      dx[j] = control[i * 2]! * weight;
      dy[j] = control[i * 2 + 1]! * weight;
      dw[j] = weight;
    }
    for (let r = 1; r <= p; r++) {
      for (let j = p; j >= r; j--) {
        const i = span - p + j;
        const denominator = u[i + p - r + 1]! - u[i]!;
        const a = denominator === 0 ? 0 : (t - u[i]!) / denominator;
        dx[j] = (1 - a) * dx[j - 1]! + a * dx[j]!;
        dy[j] = (1 - a) * dy[j - 1]! + a * dy[j]!;
        dw[j] = (1 - a) * dw[j - 1]! + a * dw[j]!;
      }
    }
    out.push(dx[p]! / dw[p]!, dy[p]! / dw[p]!);
  }
  return out;
}

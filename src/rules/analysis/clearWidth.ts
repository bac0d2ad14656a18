// The narrowest clear width of a corridor: the region is a zone's polygon less the obstacles in
// it (walls with their doors cut out, cores, columns, desks); its edges and the obstacles'
// edges are the barriers. On a square grid each free point finds its nearest barrier segment
// and the foot of the perpendicular on it. Where two neighbouring points have their nearest
// barriers on opposite sides (the directions to their feet more than 120° apart) the centre
// line of the corridor passes between them, and the width across it there is the distance from
// either foot to the other barrier segment (the smaller): exact for parallel sides and for a
// pinch at an obstacle's corner, whatever the grid's alignment. The narrowest such cross-section
// is the corridor's clear width. Corners and ends give no cross-section (the feet there are at
// most 90° apart), so they do not count as narrow. A region too small to hold two rows of grid
// points falls back to the largest inscribed circle.
import { bounds, closestPointOnSegment, distance, pointInPolygon, type Bounds } from '../../floorplan/geometry/polygon.ts';
import type { Point, Polygon } from '../../floorplan/types.ts';

export interface ClearWidth {
  /** narrowest clear width across the region (m); 0 when no point of it is free */
  width: number;
  /** the middle of the narrowest cross-section (null when nothing is free) */
  at: Point | null;
  /** the widest place: the largest circle found in the region or the widest cross-section (m) */
  widest: number;
  /** false: no cross-section was found and `width` is the largest inscribed circle */
  crossSection: boolean;
}

/** Points sampled in one region at most (the step grows beyond the finest for large regions). */
export const MAX_POINTS = 2500;

/** Directions to the two feet at least this far apart (cos 120°) make a cross-section. */
const ACROSS = -0.5;

type Box = Bounds;

const overlaps = (a: Box, b: Box): boolean => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/**
 * Clear width of `region` less `obstacles`, sampled every `finest` m or coarser where the region
 * would need more than MAX_POINTS points (the step decides which cross-sections are found, not
 * how exactly each is measured).
 */
export function clearWidth(region: Polygon, obstacles: readonly Polygon[], finest: number): ClearWidth {
  const none: ClearWidth = { width: 0, at: null, widest: 0, crossSection: false };
  if (region.length < 3 || !(finest > 0)) return none;
  const box = bounds(region);
  // a long hall gets larger cells, so no region costs more than MAX_POINTS points
  const step = Math.max(finest, Math.sqrt(((box.maxX - box.minX) * (box.maxY - box.minY)) / MAX_POINTS));
  const inside = obstacles.map((polygon) => ({ polygon, box: bounds(polygon) })).filter((o) => o.polygon.length >= 3 && overlaps(o.box, box));

  // barrier segments as flat coordinates: ax, ay, bx, by
  const rings = [region, ...inside.map((o) => o.polygon)];
  const count = rings.reduce((n, r) => n + r.length, 0);
  const seg = new Float64Array(count * 4);
  let k = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      seg[k++] = a[0];
      seg[k++] = a[1];
      seg[k++] = b[0];
      seg[k++] = b[1];
    }
  }

  const nx = Math.max(0, Math.ceil((box.maxX - box.minX) / step - 1e-9));
  const ny = Math.max(0, Math.ceil((box.maxY - box.minY) / step - 1e-9));
  const x0 = box.minX + ((box.maxX - box.minX) - (nx - 1) * step) / 2;
  const y0 = box.minY + ((box.maxY - box.minY) - (ny - 1) * step) / 2;
  const cells = nx * ny;
  const nearest = new Int32Array(cells).fill(-1);
  const radius = new Float64Array(cells);
  const footX = new Float64Array(cells);
  const footY = new Float64Array(cells);

  const buckets = new SegmentBuckets(seg, count, box, Math.max(1, 4 * step));
  let widestR = 0;
  let widestAt: Point | null = null;
  const p: Point = [0, 0];
  // the obstacles whose box spans a column's x, for the points of that column
  const spanning: typeof inside = [];
  for (let i = 0; i < nx; i++) {
    const x = x0 + i * step;
    spanning.length = 0;
    for (const o of inside) if (x >= o.box.minX && x <= o.box.maxX) spanning.push(o);
    for (let j = 0; j < ny; j++) {
      const y = y0 + j * step;
      p[0] = x;
      p[1] = y;
      if (!pointInPolygon(p, region, 0)) continue;
      let blocked = false;
      for (const o of spanning) {
        if (y >= o.box.minY && y <= o.box.maxY && pointInPolygon(p, o.polygon)) {
          blocked = true;
          break;
        }
      }
      if (blocked) continue;
      const c = i * ny + j;
      buckets.nearest(x, y);
      nearest[c] = buckets.seg;
      radius[c] = Math.sqrt(buckets.d2);
      footX[c] = buckets.fx;
      footY[c] = buckets.fy;
      if (radius[c]! > widestR) {
        widestR = radius[c]!;
        widestAt = [x, y];
      }
    }
  }
  if (widestAt === null) return none;

  const segA = (s: number): Point => [seg[s * 4]!, seg[s * 4 + 1]!];
  const segB = (s: number): Point => [seg[s * 4 + 2]!, seg[s * 4 + 3]!];
  let width = Infinity;
  let widestAcross = 0;
  let at: Point | null = null;
  const across = (c: number, d: number): void => {
    const sc = nearest[c]!;
    const sd = nearest[d]!;
    if (sd < 0 || sc === sd) return;
    const rc = radius[c]!;
    const rd = radius[d]!;
    if (rc <= 1e-12 || rd <= 1e-12) return;
    const ci = Math.floor(c / ny);
    const di = Math.floor(d / ny);
    const pcx = x0 + ci * step;
    const pcy = y0 + (c - ci * ny) * step;
    const pdx = x0 + di * step;
    const pdy = y0 + (d - di * ny) * step;
    const dot = ((pcx - footX[c]!) * (pdx - footX[d]!) + (pcy - footY[c]!) * (pdy - footY[d]!)) / (rc * rd);
    if (dot >= ACROSS) return;
    // each foot lies away from the other point: a barrier between the two points (a thin wall)
    // is no cross-section of the corridor
    if ((footX[c]! - pcx) * (pdx - pcx) + (footY[c]! - pcy) * (pdy - pcy) > 0) return;
    if ((footX[d]! - pdx) * (pcx - pdx) + (footY[d]! - pdy) * (pcy - pdy) > 0) return;
    const fc: Point = [footX[c]!, footY[c]!];
    const fd: Point = [footX[d]!, footY[d]!];
    const onD = closestPointOnSegment(fc, segA(sd), segB(sd));
    const onC = closestPointOnSegment(fd, segA(sc), segB(sc));
    const wc = distance(fc, onD);
    const wd = distance(fd, onC);
    const w = Math.min(wc, wd);
    if (w > widestAcross) widestAcross = w;
    if (w < width) {
      width = w;
      at = wc <= wd ? [(fc[0] + onD[0]) / 2, (fc[1] + onD[1]) / 2] : [(fd[0] + onC[0]) / 2, (fd[1] + onC[1]) / 2];
    }
  };
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const c = i * ny + j;
      if (nearest[c]! < 0) continue;
      if (i + 1 < nx) across(c, c + ny);
      if (j + 1 < ny) across(c, c + 1);
    }
  }
  // the grid's largest circle falls short of the true one by up to a step; a cross-section is exact
  const widest = Math.max(2 * widestR, widestAcross);
  if (at === null) return { width: widest, at: widestAt, widest, crossSection: false };
  return { width, at, widest, crossSection: true };
}

/**
 * Barrier segments filed by the square cells of a lattice their boxes touch, for nearest-segment
 * queries that look at the cells round a point ring by ring and stop once no unseen segment can
 * be nearer. The answer of the last query is left in `seg`, `d2` (squared distance) and `fx`, `fy`.
 */
class SegmentBuckets {
  private readonly cols: number;
  private readonly rows: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cells: number[][];
  private readonly stamp: Int32Array;
  private query = 0;
  seg = -1;
  d2 = Infinity;
  fx = 0;
  fy = 0;

  constructor(private readonly flat: Float64Array, count: number, box: Box, private readonly size: number) {
    this.x0 = box.minX;
    this.y0 = box.minY;
    this.cols = Math.max(1, Math.ceil((box.maxX - box.minX) / size));
    this.rows = Math.max(1, Math.ceil((box.maxY - box.minY) / size));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
    this.stamp = new Int32Array(count);
    for (let s = 0; s < count; s++) {
      const o = s * 4;
      const i0 = this.col(Math.min(flat[o]!, flat[o + 2]!));
      const i1 = this.col(Math.max(flat[o]!, flat[o + 2]!));
      const j0 = this.row(Math.min(flat[o + 1]!, flat[o + 3]!));
      const j1 = this.row(Math.max(flat[o + 1]!, flat[o + 3]!));
      for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) this.cells[i * this.rows + j]!.push(s);
    }
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.size)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.size)));
  }

  nearest(x: number, y: number): void {
    const q = ++this.query;
    const { flat, stamp } = this;
    const ci = this.col(x);
    const cj = this.row(y);
    this.seg = -1;
    this.d2 = Infinity;
    const reach = Math.max(ci, this.cols - 1 - ci, cj, this.rows - 1 - cj);
    for (let k = 0; k <= reach; k++) {
      for (let i = ci - k; i <= ci + k; i++) {
        if (i < 0 || i >= this.cols) continue;
        const edge = i === ci - k || i === ci + k;
        for (let j = cj - k; j <= cj + k; j += edge ? 1 : 2 * k) {
          if (j < 0 || j >= this.rows) continue;
          for (const s of this.cells[i * this.rows + j]!) {
            if (stamp[s] === q) continue;
            stamp[s] = q;
            const o = s * 4;
            const ax = flat[o]!;
            const ay = flat[o + 1]!;
            const dx = flat[o + 2]! - ax;
            const dy = flat[o + 3]! - ay;
            const len2 = dx * dx + dy * dy;
            let t = len2 === 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / len2;
            t = t < 0 ? 0 : t > 1 ? 1 : t;
            const fx = ax + t * dx;
            const fy = ay + t * dy;
            const d2 = (fx - x) * (fx - x) + (fy - y) * (fy - y);
            if (d2 < this.d2 || (d2 === this.d2 && s < this.seg)) {
              this.d2 = d2;
              this.seg = s;
              this.fx = fx;
              this.fy = fy;
            }
          }
          if (k === 0) break;
        }
      }
      // every segment not seen yet lies outside the block of cells searched so far
      const lo = Math.min(x - (this.x0 + (ci - k) * this.size), this.x0 + (ci + k + 1) * this.size - x, y - (this.y0 + (cj - k) * this.size), this.y0 + (cj + k + 1) * this.size - y);
      if (this.seg >= 0 && this.d2 <= lo * lo) return;
    }
  }
}

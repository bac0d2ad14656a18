// A polygon as flat coordinates for point tests run tens of thousands of times (lighting grids):
// the same arithmetic as geometry/polygon.ts (distanceToPolygonBoundary, pointInPolygon), so the
// answers are bit-identical, without allocating a point per edge.
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Polygon } from '../../floorplan/types.ts';

export class PolygonProbe {
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;

  constructor(polygon: Polygon) {
    const n = polygon.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = polygon[i]![0];
      const y = polygon[i]![1];
      this.xs[i] = x;
      this.ys[i] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
  }

  /** As distanceToPolygonBoundary. */
  boundaryDistance(x: number, y: number): number {
    const { xs, ys } = this;
    const n = xs.length;
    let best = Infinity;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const ax = xs[i]!;
      const ay = ys[i]!;
      const dx = xs[j]! - ax;
      const dy = ys[j]! - ay;
      const len2 = dx * dx + dy * dy;
      let cx = ax;
      let cy = ay;
      if (len2 !== 0) {
        let t = ((x - ax) * dx + (y - ay) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        cx = ax + t * dx;
        cy = ay + t * dy;
      }
      const d = vectorLength(cx - x, cy - y);
      if (d < best) best = d;
    }
    return best;
  }

  /** Even-odd parity alone (pointInPolygon without its boundary tolerance). */
  parity(x: number, y: number): boolean {
    const { xs, ys } = this;
    let inside = false;
    for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      const xi = xs[i]!;
      const yi = ys[i]!;
      const xj = xs[j]!;
      const yj = ys[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }

  /** As pointInPolygon with its default tolerance, given the boundary distance already measured. */
  containsAt(x: number, y: number, boundaryDistance: number): boolean {
    return boundaryDistance <= 1e-9 || this.parity(x, y);
  }

  /** As pointInPolygon(p, polygon). */
  contains(x: number, y: number): boolean {
    if (x < this.minX - 1e-9 || x > this.maxX + 1e-9 || y < this.minY - 1e-9 || y > this.maxY + 1e-9) return false;
    return this.containsAt(x, y, this.boundaryDistance(x, y));
  }

  /** Distance from (x, y) to the polygon's box (0 inside it): a lower bound of boundaryDistance for points outside. */
  boxDistance(x: number, y: number): number {
    const dx = Math.max(this.minX - x, 0, x - this.maxX);
    const dy = Math.max(this.minY - y, 0, y - this.maxY);
    return vectorLength(dx, dy);
  }
}

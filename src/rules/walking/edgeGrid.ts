// The scene's edges in a uniform grid of square cells, for the visibility test: a sight line
// visits the cells it crosses in order from its start, so a blocked line stops at the first
// blocker near its start and a clear one costs a few edges per cell.
//
// Why not the flatbush index alone: a sight line along an aisle runs 50–200 m past desks; tested
// in 2 m pieces, each piece was a descent of the tree. The grid answers the same question (which
// edges come within MARGIN of the segment) with one array read per cell.

/** Edges and segments are widened by this much (m) when placed in cells: both sides conservative. */
const MARGIN = 1e-7;
/** Past this many cells the grid coarsens (a site-sized floor stays small in memory). */
const MAX_CELLS = 1 << 20;

export class EdgeGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly size: number;
  private readonly nx: number;
  private readonly ny: number;
  /** cell c holds edges items[start[c]] … items[start[c + 1] - 1] */
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  constructor(ex0: Float64Array, ey0: Float64Array, ex1: Float64Array, ey1: Float64Array, cellSize: number) {
    const count = ex0.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let e = 0; e < count; e++) {
      minX = Math.min(minX, ex0[e]!, ex1[e]!);
      minY = Math.min(minY, ey0[e]!, ey1[e]!);
      maxX = Math.max(maxX, ex0[e]!, ex1[e]!);
      maxY = Math.max(maxY, ey0[e]!, ey1[e]!);
    }
    if (count === 0) {
      minX = minY = 0;
      maxX = maxY = 1;
    }
    let size = cellSize;
    while (((maxX - minX) / size + 1) * ((maxY - minY) / size + 1) > MAX_CELLS) size *= 2;
    this.minX = minX - 2 * MARGIN;
    this.minY = minY - 2 * MARGIN;
    this.size = size;
    this.nx = Math.floor((maxX + 2 * MARGIN - this.minX) / size) + 1;
    this.ny = Math.floor((maxY + 2 * MARGIN - this.minY) / size) + 1;
    // two passes over the same cell walk: count, then fill
    const counts = new Int32Array(this.nx * this.ny + 1);
    for (let e = 0; e < count; e++) this.traverse(ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!, (c) => void counts[c + 1]!++);
    for (let c = 0; c < this.nx * this.ny; c++) counts[c + 1]! += counts[c]!;
    this.start = counts;
    this.items = new Int32Array(counts[this.nx * this.ny]!);
    const fill = counts.slice(0, this.nx * this.ny);
    for (let e = 0; e < count; e++) this.traverse(ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!, (c) => void (this.items[fill[c]!++] = e));
  }

  /**
   * Whether `touches` accepts an edge placed in a cell the segment (ax, ay)–(bx, by) crosses
   * (widened by MARGIN), cells visited from the segment's start; every edge that comes within
   * MARGIN of the segment is offered (some more than once), in no promised order within a cell.
   */
  anyOnSegment(ax: number, ay: number, bx: number, by: number, touches: (edge: number) => boolean): boolean {
    this.touches = touches;
    const found = this.traverse(ax, ay, bx, by, null);
    this.touches = null;
    return found;
  }

  /** the edge test of the anyOnSegment under way */
  private touches: ((edge: number) => boolean) | null = null;

  /**
   * The cells the segment widened by MARGIN meets, row by row from the start's row and along each
   * row in the direction of travel: each given to `visit`, or (null) its edges to the edge test,
   * stopping at the first it accepts. One body for both, so edges are placed in exactly the cells
   * a test looks at.
   */
  private traverse(ax: number, ay: number, bx: number, by: number, visit: ((cell: number) => void) | null): boolean {
    const { minX, minY, size, nx, ny, start, items, touches } = this;
    const dx = bx - ax;
    const dy = by - ay;
    // cells are worked out inline, not by a helper: numbers passed to a call that is not inlined
    // are boxed, and this runs for every row of every sight line
    let r0 = Math.floor((ay - (dy >= 0 ? MARGIN : -MARGIN) - minY) / size);
    r0 = r0 < 0 ? 0 : r0 >= ny ? ny - 1 : r0;
    let r1 = Math.floor((by + (dy >= 0 ? MARGIN : -MARGIN) - minY) / size);
    r1 = r1 < 0 ? 0 : r1 >= ny ? ny - 1 : r1;
    const rowStep = r1 >= r0 ? 1 : -1;
    const slack = MARGIN + Math.abs(dx) * 1e-12;
    for (let r = r0; ; r += rowStep) {
      let xa = ax;
      let xb = bx;
      if (dy !== 0) {
        // the part of the segment within this row's band (widened)
        let t0 = (minY + r * size - MARGIN - ay) / dy;
        let t1 = (minY + (r + 1) * size + MARGIN - ay) / dy;
        if (t0 > t1) {
          const swap = t0;
          t0 = t1;
          t1 = swap;
        }
        if (t0 < 0) t0 = 0;
        if (t1 > 1) t1 = 1;
        if (t0 > t1) t0 = t1 = t0 > 1 ? 1 : 0; // the widened segment grazes this row only within MARGIN of an end
        xa = ax + dx * t0;
        xb = ax + dx * t1;
      }
      let lo = Math.floor(((xa < xb ? xa : xb) - slack - minX) / size);
      lo = lo < 0 ? 0 : lo >= nx ? nx - 1 : lo;
      let hi = Math.floor(((xa < xb ? xb : xa) + slack - minX) / size);
      hi = hi < 0 ? 0 : hi >= nx ? nx - 1 : hi;
      const row = r * nx;
      const step = dx >= 0 ? 1 : -1;
      for (let c = dx >= 0 ? lo : hi, left = hi - lo; left >= 0; c += step, left--) {
        if (visit) {
          visit(row + c);
          continue;
        }
        for (let j = start[row + c]!, end = start[row + c + 1]!; j < end; j++) {
          if (touches!(items[j]!)) return true;
        }
      }
      if (r === r1) return false;
    }
  }
}

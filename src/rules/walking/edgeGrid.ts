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
    for (let e = 0; e < count; e++) this.eachCell(ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!, (c) => void counts[c + 1]!++);
    for (let c = 0; c < this.nx * this.ny; c++) counts[c + 1]! += counts[c]!;
    this.start = counts;
    this.items = new Int32Array(counts[this.nx * this.ny]!);
    const fill = counts.slice(0, this.nx * this.ny);
    for (let e = 0; e < count; e++) this.eachCell(ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!, (c) => void (this.items[fill[c]!++] = e));
  }

  /**
   * Whether `touches` accepts an edge placed in a cell the segment (ax, ay)–(bx, by) crosses
   * (widened by MARGIN), cells visited from the segment's start; every edge that comes within
   * MARGIN of the segment is offered (some more than once), in no promised order within a cell.
   */
  anyOnSegment(ax: number, ay: number, bx: number, by: number, touches: (edge: number) => boolean): boolean {
    this.touches = touches;
    this.found = false;
    this.eachCell(ax, ay, bx, by, this.visitCell);
    this.touches = null;
    return this.found;
  }

  /** the test under way, in fields so the cell walk needs no closure per call */
  private touches: ((edge: number) => boolean) | null = null;
  private found = false;
  private readonly visitCell = (c: number): boolean => {
    const { start, items, touches } = this;
    for (let j = start[c]!; j < start[c + 1]!; j++) {
      if (touches!(items[j]!)) return (this.found = true);
    }
    return false;
  };

  /**
   * Every cell the segment widened by MARGIN meets, row by row from the start's row and along
   * each row in the direction of travel; stops when `visit` returns true.
   */
  private eachCell(ax: number, ay: number, bx: number, by: number, visit: (cell: number) => boolean | void): void {
    const { minX, minY, size, nx, ny } = this;
    const dx = bx - ax;
    const dy = by - ay;
    const r0 = clampedCell(ay - (dy >= 0 ? MARGIN : -MARGIN), minY, size, ny);
    const r1 = clampedCell(by + (dy >= 0 ? MARGIN : -MARGIN), minY, size, ny);
    const rowStep = r1 >= r0 ? 1 : -1;
    for (let r = r0; ; r += rowStep) {
      // the part of the segment within this row's band (widened)
      let xa: number;
      let xb: number;
      if (dy === 0) {
        xa = ax;
        xb = bx;
      } else {
        const y0 = minY + r * size - MARGIN;
        const y1 = minY + (r + 1) * size + MARGIN;
        let t0 = (y0 - ay) / dy;
        let t1 = (y1 - ay) / dy;
        if (t0 > t1) {
          const swap = t0;
          t0 = t1;
          t1 = swap;
        }
        t0 = Math.max(0, t0);
        t1 = Math.min(1, t1);
        if (t0 > t1) {
          // the widened segment grazes this row only within MARGIN of an end
          t0 = t1 = t0 > 1 ? 1 : 0;
        }
        xa = ax + dx * t0;
        xb = ax + dx * t1;
      }
      const lo = clampedCell(Math.min(xa, xb) - MARGIN - Math.abs(dx) * 1e-12, minX, size, nx);
      const hi = clampedCell(Math.max(xa, xb) + MARGIN + Math.abs(dx) * 1e-12, minX, size, nx);
      const row = r * nx;
      if (dx >= 0) {
        for (let c = lo; c <= hi; c++) if (visit(row + c) === true) return;
      } else {
        for (let c = hi; c >= lo; c--) if (visit(row + c) === true) return;
      }
      if (r === r1) return;
    }
  }
}

/** The cell (row or column) holding coordinate v, clamped to the grid. */
function clampedCell(v: number, origin: number, size: number, cells: number): number {
  return Math.min(cells - 1, Math.max(0, Math.floor((v - origin) / size)));
}

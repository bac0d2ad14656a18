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
const EMPTY = new Int32Array(0);
/**
 * Coordinates 0 or of magnitude within [1e-100, 1e100]: orient2d's products neither overflow nor
 * underflow, so its signs are exact and the scene's edge test is the exact closed-segment test
 * (the box test below relies on it).
 */
const PREDICATES_EXACT = (v: number): boolean => v === 0 || (Math.abs(v) >= 1e-100 && Math.abs(v) <= 1e100);

/**
 * Widens `box` (minX, minY, maxX, maxY) over the edges; whether every coordinate is
 * PREDICATES_EXACT. A function of its own that reads nothing after its loop: as a loop in the
 * constructor it was compiled on the stack (OSR) before the code after it had run, and that code
 * was thrown out again in every later grid (a deopt per grid built).
 */
function widenToEdges(box: Float64Array, ex0: Float64Array, ey0: Float64Array, ex1: Float64Array, ey1: Float64Array): boolean {
  let boxTest = true;
  for (let e = 0; e < ex0.length; e++) boxTest = widenToEdge(box, e, ex0, ey0, ex1, ey1) && boxTest;
  return boxTest;
}

/** widenToEdges over the edges listed in `edges` alone. */
function widenToListed(box: Float64Array, edges: ArrayLike<number>, ex0: Float64Array, ey0: Float64Array, ex1: Float64Array, ey1: Float64Array): boolean {
  let boxTest = true;
  for (let a = 0; a < edges.length; a++) boxTest = widenToEdge(box, edges[a]!, ex0, ey0, ex1, ey1) && boxTest;
  return boxTest;
}

/** Widens `box` over edge e; whether its coordinates are PREDICATES_EXACT. */
function widenToEdge(box: Float64Array, e: number, ex0: Float64Array, ey0: Float64Array, ex1: Float64Array, ey1: Float64Array): boolean {
  box[0] = Math.min(box[0]!, ex0[e]!, ex1[e]!);
  box[1] = Math.min(box[1]!, ey0[e]!, ey1[e]!);
  box[2] = Math.max(box[2]!, ex0[e]!, ex1[e]!);
  box[3] = Math.max(box[3]!, ey0[e]!, ey1[e]!);
  return PREDICATES_EXACT(ex0[e]!) && PREDICATES_EXACT(ey0[e]!) && PREDICATES_EXACT(ex1[e]!) && PREDICATES_EXACT(ey1[e]!);
}

/**
 * Whether every edge of `grid` that `kept` drops lies strictly inside the grid's box: then the
 * edges kept reach each side of it (the least and greatest numbers, -0 apart from 0, are theirs),
 * and the new edges' box is that box widened over the added edges alone.
 */
function goneInside(grid: EdgeGrid, kept: Int32Array): boolean {
  const { bounds: b, ex0, ey0, ex1, ey1 } = grid;
  for (let e = 0; e < kept.length; e++) {
    if (kept[e]! >= 0) continue;
    if (!(Math.min(ex0[e]!, ex1[e]!) > b[0]! && Math.min(ey0[e]!, ey1[e]!) > b[1]! && Math.max(ex0[e]!, ex1[e]!) < b[2]! && Math.max(ey0[e]!, ey1[e]!) < b[3]!)) return false;
  }
  return true;
}

/** What an edge grid of an earlier version of the edges tells a new one (the same cells, re-numbered). */
export interface EdgeGridUpdate {
  /** the grid of the earlier edges */
  grid: EdgeGrid;
  /** per earlier edge: its index among the new edges (the same coordinates), or -1 when gone; increasing over those kept */
  kept: Int32Array;
  /** the new edges that are not earlier ones */
  added: ArrayLike<number>;
}

export class EdgeGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly size: number;
  private readonly nx: number;
  private readonly ny: number;
  /** cell c holds edges items[start[c]] … items[start[c + 1] - 1], in increasing order */
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  /** the edges' ends, for the box test that spares the edge test most edges of a cell */
  readonly ex0: Float64Array;
  readonly ey0: Float64Array;
  readonly ex1: Float64Array;
  readonly ey1: Float64Array;
  /** the box round the edges (minX, minY, maxX, maxY, as widenToEdges makes it), for the next update */
  readonly bounds: Float64Array;
  /** every edge coordinate is PREDICATES_EXACT (else no edge is spared by its box) */
  readonly boxTest: boolean;

  /**
   * `update`: the grid of an earlier version of the edges. Where the new edges span the same
   * grid, each kept edge lies in the cells it lay in, so only the added edges are walked; the
   * cells hold what a build from nothing puts there, in the same order.
   */
  constructor(ex0: Float64Array, ey0: Float64Array, ex1: Float64Array, ey1: Float64Array, cellSize: number, update?: EdgeGridUpdate) {
    const count = ex0.length;
    this.ex0 = ex0;
    this.ey0 = ey0;
    this.ex1 = ex1;
    this.ey1 = ey1;
    const box = Float64Array.of(Infinity, Infinity, -Infinity, -Infinity);
    // an update whose edges gone lie inside the earlier box: the kept edges' box is that box (and
    // their coordinates PREDICATES_EXACT where the earlier ones all were), so only the added are read
    const before = update?.grid;
    if (before && before.boxTest && goneInside(before, update.kept)) {
      box.set(before.bounds);
      this.boxTest = widenToListed(box, update.added, ex0, ey0, ex1, ey1);
    } else {
      this.boxTest = widenToEdges(box, ex0, ey0, ex1, ey1);
    }
    this.bounds = box;
    let minX = box[0]!;
    let minY = box[1]!;
    let maxX = box[2]!;
    let maxY = box[3]!;
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
    const earlier = update?.grid;
    if (earlier && earlier.minX === this.minX && earlier.minY === this.minY && earlier.size === size && earlier.nx === this.nx && earlier.ny === this.ny) {
      [this.start, this.items] = this.updatedCells(earlier, update.kept, update.added, ex0, ey0, ex1, ey1);
      return;
    }
    // each edge's cells walked once, kept in a list (edge e's are cellList[first[e]] … cellList[first[e + 1] - 1])
    const cells = this.nx * this.ny;
    const first = new Int32Array(count + 1);
    this.cellList = new Int32Array(4 * count + 16);
    for (let e = 0; e < count; e++) {
      first[e] = this.listed;
      this.setSegment(ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!);
      this.traverse(true);
    }
    first[count] = this.listed;
    const list = this.cellList;
    const counts = new Int32Array(cells + 1);
    for (let k = 0; k < this.listed; k++) counts[list[k]! + 1]!++;
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.start = counts;
    this.items = new Int32Array(counts[cells]!);
    const fill = counts.slice(0, cells);
    for (let e = 0; e < count; e++) {
      for (let k = first[e]!; k < first[e + 1]!; k++) this.items[fill[list[k]!]!++] = e;
    }
    this.cellList = EMPTY;
    this.listed = 0;
  }

  /**
   * The cells of an update: the earlier grid's kept edges re-numbered, the added edges walked and
   * merged in. The added edges' cells are counted first, so one pass over the earlier cells
   * writes each cell's kept edges and leaves room after them for its added ones.
   */
  private updatedCells(earlier: EdgeGrid, kept: Int32Array, added: ArrayLike<number>, ex0: Float64Array, ey0: Float64Array, ex1: Float64Array, ey1: Float64Array): [Int32Array, Int32Array] {
    const cells = this.nx * this.ny;
    const { start: oldStart, items: oldItems } = earlier;
    const first = new Int32Array(added.length + 1);
    this.cellList = new Int32Array(4 * added.length + 16);
    for (let a = 0; a < added.length; a++) {
      const e = added[a]!;
      first[a] = this.listed;
      this.setSegment(ex0[e]!, ey0[e]!, ex1[e]!, ey1[e]!);
      this.traverse(true);
    }
    first[added.length] = this.listed;
    const list = this.cellList;
    // per cell: how many added edges it gets, then where the next of them goes
    const addedIn = new Int32Array(cells);
    for (let k = 0; k < this.listed; k++) addedIn[list[k]!]!++;
    // room for every earlier entry and every added one: the entries of edges gone are left over at the end
    const room = new Int32Array(oldItems.length + this.listed);
    const counts = new Int32Array(cells + 1);
    let n = 0;
    for (let c = 0; c < cells; c++) {
      for (let j = oldStart[c]!, end = oldStart[c + 1]!; j < end; j++) {
        const e = kept[oldItems[j]!]!;
        if (e >= 0) room[n++] = e;
      }
      const more = addedIn[c]!;
      addedIn[c] = n;
      n += more;
      counts[c + 1] = n;
    }
    const items = n === room.length ? room : room.subarray(0, n);
    // the added edges go after the kept ones, and each cell that got one is put back in order
    for (let a = 0; a < added.length; a++) {
      for (let k = first[a]!; k < first[a + 1]!; k++) items[addedIn[list[k]!]!++] = added[a]!;
    }
    for (let k = 0; k < this.listed; k++) items.subarray(counts[list[k]!]!, counts[list[k]! + 1]!).sort();
    this.cellList = EMPTY;
    this.listed = 0;
    return [counts, items];
  }

  /**
   * Whether `touches` accepts an edge placed in a cell the segment (ax, ay)–(bx, by) crosses
   * (widened by MARGIN), cells visited from the segment's start; every edge that comes within
   * MARGIN of the segment is offered (some more than once), in no promised order within a cell.
   * Where the edges' and the segment's coordinates are PREDICATES_EXACT, an edge whose ends both
   * lie beyond one side of the segment's box (widened by MARGIN) is not offered: it shares no
   * point with the segment, so the scene's exact edge test would refuse it.
   */
  anyOnSegment(ax: number, ay: number, bx: number, by: number, touches: (edge: number) => boolean): boolean {
    this.touches = touches;
    this.setSegment(ax, ay, bx, by);
    const found = this.traverse(false);
    this.touches = null;
    return found;
  }

  /** the edge test of the anyOnSegment under way */
  private touches: ((edge: number) => boolean) | null = null;
  /**
   * The segment traverse() walks, in fields rather than parameters: a parameter arrives as a
   * boxed number, and a row's bounds (the start or a point computed along the segment) would then
   * box every number they take, allocating in the hot loop; fields of numbers load unboxed.
   */
  private ax = 0;
  private ay = 0;
  private bx = 0;
  private by = 0;

  private setSegment(ax: number, ay: number, bx: number, by: number): void {
    this.ax = ax;
    this.ay = ay;
    this.bx = bx;
    this.by = by;
  }
  /** while building: the cells traverse() found so far, and how many */
  private cellList = EMPTY;
  private listed = 0;

  /**
   * The cells the segment (setSegment) widened by MARGIN meets, row by row from the start's row
   * and along each row in the direction of travel: each added to the cell list (`collect`), or
   * its edges given to the edge test, stopping at the first it accepts. One body for both, so
   * edges are placed in exactly the cells a test looks at.
   */
  private traverse(collect: boolean): boolean {
    const { minX, minY, size, nx, ny, start, items, touches, ax, ay, bx, by, ex0, ey0, ex1, ey1 } = this;
    const dx = bx - ax;
    const dy = by - ay;
    // the segment's box, widened: most edges of the cells along a line lie beyond it, and this
    // test costs less than the edge test's call (an infinite box where it may not be relied on;
    // NaN coordinates fail every comparison, so they spare no edge either)
    const boxTest = this.boxTest && PREDICATES_EXACT(ax) && PREDICATES_EXACT(ay) && PREDICATES_EXACT(bx) && PREDICATES_EXACT(by);
    const boxMinX = boxTest ? (ax < bx ? ax : bx) - MARGIN : -Infinity;
    const boxMaxX = boxTest ? (ax < bx ? bx : ax) + MARGIN : Infinity;
    const boxMinY = boxTest ? (ay < by ? ay : by) - MARGIN : -Infinity;
    const boxMaxY = boxTest ? (ay < by ? by : ay) + MARGIN : Infinity;
    // cells are worked out inline, not by a helper: numbers passed to a call that is not inlined
    // are boxed, and this runs for every row of every sight line. Likewise a choice between the
    // module's MARGIN (boxed) and a computed number boxes the computed one: the choice is made
    // between whole expressions (a - -m is a + m, exactly)
    let r0 = Math.floor((dy >= 0 ? ay - MARGIN - minY : ay + MARGIN - minY) / size);
    r0 = r0 < 0 ? 0 : r0 >= ny ? ny - 1 : r0;
    let r1 = Math.floor((dy >= 0 ? by + MARGIN - minY : by - MARGIN - minY) / size);
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
        if (collect) {
          if (this.listed === this.cellList.length) {
            const grown = new Int32Array(2 * this.listed);
            grown.set(this.cellList);
            this.cellList = grown;
          }
          this.cellList[this.listed++] = row + c;
          continue;
        }
        for (let j = start[row + c]!, end = start[row + c + 1]!; j < end; j++) {
          const e = items[j]!;
          const x0 = ex0[e]!;
          const x1 = ex1[e]!;
          if ((x0 < boxMinX && x1 < boxMinX) || (x0 > boxMaxX && x1 > boxMaxX)) continue;
          const y0 = ey0[e]!;
          const y1 = ey1[e]!;
          if ((y0 < boxMinY && y1 < boxMinY) || (y0 > boxMaxY && y1 > boxMaxY)) continue;
          if (touches!(e)) return true;
        }
      }
      if (r === r1) return false;
    }
  }
}

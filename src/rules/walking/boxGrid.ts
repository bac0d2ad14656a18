// The obstacles' boxes in a uniform grid of square cells, for the scene's point tests (is a point
// free?) and its neighbour searches. It offers exactly the items whose box meets the query box
// (closed boxes, flatbush's test), each once, so a yes/no question asked of it answers as one
// asked of a flatbush index; unlike flatbush it is built without sorting (a re-check rebuilds it
// for every edit) and a point test reads one cell instead of descending a tree.

/** Past this many cells per item (and this many in all) the grid coarsens. */
const CELLS_PER_ITEM = 4;
const MIN_CELLS = 256;
const MAX_CELLS = 1 << 20;

export class BoxGrid {
  private readonly boxMinX: Float64Array;
  private readonly boxMinY: Float64Array;
  private readonly boxMaxX: Float64Array;
  private readonly boxMaxY: Float64Array;
  private readonly originX: number;
  private readonly originY: number;
  private readonly size: number;
  private readonly nx: number;
  private readonly ny: number;
  /** per item: the first column and row of the cells it is filed in (a query reports it in the first cell both cover) */
  private readonly firstColumn: Int32Array;
  private readonly firstRow: Int32Array;
  /** cell c holds items items[start[c]] … items[start[c + 1] - 1] */
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  /** items whose box is not finite (NaN or infinite corners): offered to every query that meets their box */
  private readonly unbounded: number[] = [];

  /** The boxes, item i being (minX[i], minY[i])–(maxX[i], maxY[i]); `cellSize` is the finest cell (m). */
  constructor(minX: Float64Array, minY: Float64Array, maxX: Float64Array, maxY: Float64Array, cellSize: number) {
    const count = minX.length;
    this.boxMinX = minX;
    this.boxMinY = minY;
    this.boxMaxX = maxX;
    this.boxMaxY = maxY;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    const bounded = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      if (!(Number.isFinite(minX[i]!) && Number.isFinite(minY[i]!) && Number.isFinite(maxX[i]!) && Number.isFinite(maxY[i]!))) {
        this.unbounded.push(i);
        continue;
      }
      bounded[i] = 1;
      if (minX[i]! < x0) x0 = minX[i]!;
      if (minY[i]! < y0) y0 = minY[i]!;
      if (maxX[i]! > x1) x1 = maxX[i]!;
      if (maxY[i]! > y1) y1 = maxY[i]!;
    }
    // no finite box at all: one cell
    const finite = x0 <= x1;
    let size = cellSize;
    const limit = Math.min(MAX_CELLS, Math.max(MIN_CELLS, CELLS_PER_ITEM * count));
    if (finite) while (((x1 - x0) / size + 1) * ((y1 - y0) / size + 1) > limit) size *= 2;
    this.originX = finite ? x0 : 0;
    this.originY = finite ? y0 : 0;
    this.size = finite ? size : 1;
    this.nx = finite ? Math.floor((x1 - x0) / size) + 1 : 1;
    this.ny = finite ? Math.floor((y1 - y0) / size) + 1 : 1;
    this.firstColumn = new Int32Array(count);
    this.firstRow = new Int32Array(count);
    const cells = this.nx * this.ny;
    const counts = new Int32Array(cells + 1);
    for (let i = 0; i < count; i++) {
      if (!bounded[i]) continue;
      const c0 = this.column(minX[i]!);
      const c1 = this.column(maxX[i]!);
      const r0 = this.row(minY[i]!);
      const r1 = this.row(maxY[i]!);
      this.firstColumn[i] = c0;
      this.firstRow[i] = r0;
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) counts[r * this.nx + c + 1]!++;
    }
    for (let c = 0; c < cells; c++) counts[c + 1]! += counts[c]!;
    this.start = counts;
    this.items = new Int32Array(counts[cells]!);
    const fill = counts.slice(0, cells);
    for (let i = 0; i < count; i++) {
      if (!bounded[i]) continue;
      const c1 = this.column(maxX[i]!);
      const r1 = this.row(maxY[i]!);
      for (let r = this.firstRow[i]!; r <= r1; r++) for (let c = this.firstColumn[i]!; c <= c1; c++) this.items[fill[r * this.nx + c]!++] = i;
    }
  }

  /** The column holding x, clamped to the grid (a query's NaN goes to the first: it meets no box). */
  private column(x: number): number {
    const c = Math.floor((x - this.originX) / this.size);
    return c >= 0 ? (c < this.nx ? c : this.nx - 1) : 0;
  }

  private row(y: number): number {
    const r = Math.floor((y - this.originY) / this.size);
    return r >= 0 ? (r < this.ny ? r : this.ny - 1) : 0;
  }

  /**
   * The query box of the search under way, in fields: numbers passed to a call that is not
   * inlined are boxed (allocated), and anyIn, small, is inlined where it is called.
   */
  private queryMinX = 0;
  private queryMinY = 0;
  private queryMaxX = 0;
  private queryMaxY = 0;

  /** Whether `accept` takes an item whose box meets the query box; each such item is offered at most once. */
  anyIn(minX: number, minY: number, maxX: number, maxY: number, accept: (item: number) => boolean): boolean {
    this.queryMinX = minX;
    this.queryMinY = minY;
    this.queryMaxX = maxX;
    this.queryMaxY = maxY;
    return this.search(accept);
  }

  private search(accept: (item: number) => boolean): boolean {
    const { queryMinX: minX, queryMinY: minY, queryMaxX: maxX, queryMaxY: maxY } = this;
    // a query box that is not a finite box (NaN, infinite or inverted) may meet boxes by the test
    // below without sharing a cell with them: every item is tested (so is one too wide to measure)
    const width = maxX - minX;
    const height = maxY - minY;
    if (!(width >= 0 && width < Infinity && height >= 0 && height < Infinity)) {
      for (let i = 0; i < this.boxMinX.length; i++) {
        if (maxX < this.boxMinX[i]! || maxY < this.boxMinY[i]! || minX > this.boxMaxX[i]! || minY > this.boxMaxY[i]!) continue;
        if (accept(i)) return true;
      }
      return false;
    }
    const c0 = this.column(minX);
    const c1 = this.column(maxX);
    const r0 = this.row(minY);
    const r1 = this.row(maxY);
    const { start, items, boxMinX, boxMinY, boxMaxX, boxMaxY, firstColumn, firstRow, nx } = this;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (let j = start[r * nx + c]!, end = start[r * nx + c + 1]!; j < end; j++) {
          const i = items[j]!;
          // flatbush's test: the boxes meet
          if (maxX < boxMinX[i]! || maxY < boxMinY[i]! || minX > boxMaxX[i]! || minY > boxMaxY[i]!) continue;
          // an item filed in several cells the query covers is offered in the first of them only
          const fc = firstColumn[i]!;
          const fr = firstRow[i]!;
          if ((fc > c0 ? fc : c0) !== c || (fr > r0 ? fr : r0) !== r) continue;
          if (accept(i)) return true;
        }
      }
    }
    for (const i of this.unbounded) {
      if (maxX < boxMinX[i]! || maxY < boxMinY[i]! || minX > boxMaxX[i]! || minY > boxMaxY[i]!) continue;
      if (accept(i)) return true;
    }
    return false;
  }
}

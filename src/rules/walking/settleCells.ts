// Square cells over the points a distance field settles (graph nodes and seeds), so that the
// field's Dijkstra looks only at cells that can matter instead of at every node or settled point:
// an offer from a settled point skips a cell whose worst bound it cannot beat even at the cell's
// edge; a node's search for its nearest visible settled point takes cells best-first, each keyed
// by its smallest distance plus the way to it (a lower bound of every key inside).

import { ScratchArrays } from './scratchArrays.ts';

/** Relative and absolute slack (m) taken off a cell's distance, so rounding never makes it exceed a point's. */
const GAP_SLACK = 1e-12;
const GAP_SLACK_ABS = 1e-9;

/** The cells' geometry: a grid over a box that holds every point that will ever be placed. */
export class CellGeometry {
  readonly minX: number;
  readonly minY: number;
  readonly size: number;
  readonly nx: number;
  readonly ny: number;

  /** A grid over the points' box with about `perCell` of `count` points to a cell on average. */
  constructor(minX: number, minY: number, maxX: number, maxY: number, count: number, perCell: number) {
    const w = Math.max(maxX - minX, 1e-6);
    const h = Math.max(maxY - minY, 1e-6);
    const cells = Math.max(1, Math.ceil(count / perCell));
    this.size = Math.max(Math.sqrt((w * h) / cells), 1e-3);
    this.minX = minX;
    this.minY = minY;
    this.nx = Math.floor(w / this.size) + 1;
    this.ny = Math.floor(h / this.size) + 1;
    // each cell's corner, worked out once: gap() runs for every cell of every offer and search
    this.x0 = new Float64Array(this.nx * this.ny);
    this.y0 = new Float64Array(this.nx * this.ny);
    for (let c = 0; c < this.x0.length; c++) {
      const gx = c % this.nx;
      this.x0[c] = this.minX + gx * this.size;
      this.y0[c] = this.minY + ((c - gx) / this.nx) * this.size;
    }
  }

  private readonly x0: Float64Array;
  private readonly y0: Float64Array;

  get count(): number {
    return this.nx * this.ny;
  }

  cellOf(x: number, y: number): number {
    const gx = Math.min(this.nx - 1, Math.max(0, Math.floor((x - this.minX) / this.size)));
    const gy = Math.min(this.ny - 1, Math.max(0, Math.floor((y - this.minY) / this.size)));
    return gx + this.nx * gy;
  }

  /** cellOf() of each point (xs[i], ys[i]) (in an array of `scratch` where given). */
  cellsOf(xs: Float64Array, ys: Float64Array, scratch?: ScratchArrays): Int32Array {
    const cells = scratch ? scratch.int32(xs.length) : new Int32Array(xs.length);
    for (let i = 0; i < xs.length; i++) cells[i] = this.cellOf(xs[i]!, ys[i]!);
    return cells;
  }

  /** Distance from (x, y) to cell c's square, made a little smaller: never more than to a point in it. */
  gap(c: number, x: number, y: number): number {
    const x0 = this.x0[c]!;
    const y0 = this.y0[c]!;
    const dx = x < x0 ? x0 - x : x > x0 + this.size ? x - x0 - this.size : 0;
    const dy = y < y0 ? y0 - y : y > y0 + this.size ? y - y0 - this.size : 0;
    return gapOf(dx, dy);
  }

  /**
   * gap()'s two offsets from (x, y), per column (into dx, nx of them) and per row (into dy, ny):
   * cell c's gap is gapOf(dx[c % nx], dy[(c - c % nx) / nx]), the same numbers as gap(c, x, y)
   * (a loop over every cell works them out once per column and row).
   */
  offsets(x: number, y: number, dx: Float64Array, dy: Float64Array): void {
    const { size, nx, ny } = this;
    for (let gx = 0; gx < nx; gx++) {
      const x0 = this.x0[gx]!;
      dx[gx] = x < x0 ? x0 - x : x > x0 + size ? x - x0 - size : 0;
    }
    for (let gy = 0; gy < ny; gy++) {
      const y0 = this.y0[gy * nx]!;
      dy[gy] = y < y0 ? y0 - y : y > y0 + size ? y - y0 - size : 0;
    }
  }
}

/** A cell's gap from its offsets along x and y (see CellGeometry.gap). */
export function gapOf(dx: number, dy: number): number {
  if (dx === 0 && dy === 0) return 0;
  return Math.max(0, Math.sqrt(dx * dx + dy * dy) * (1 - GAP_SLACK) - GAP_SLACK_ABS);
}

/** Relative margin (far above rounding) by which a squared gap must pass a search's room to rule a cell out without its root. */
const ROUGH_MARGIN = 1e-6;

/**
 * Whether a cell whose smallest distance is `least`, its gap's offsets (dx, dy), surely holds no
 * key at most `limit` (every key in it is at least least + gapOf(dx, dy)): decided on squares,
 * without the root, only where the gap passes the room by far more than rounding; false where
 * unsure (the caller then works the key out).
 */
export function cellPastLimit(least: number, dx: number, dy: number, limit: number): boolean {
  // the gap only adds: a cell whose least distance is over the limit holds no key under it
  if (!(least <= limit)) return true;
  const room = limit - least + ROUGH_MARGIN * (1 + Math.abs(limit));
  return dx * dx + dy * dy > room * room;
}

/**
 * Graph nodes by cell, with the largest bound of each cell's unsettled nodes (never less than the
 * truth; -Infinity where none is left). A cell lists its unsettled nodes only (items[start[c]] … items[end[c] - 1], in node
 * order): an offer steps over no settled node (near the front, most are settled). Nodes settled
 * before the cells are made (a field's carried nodes, most of them) are left out from the start
 * rather than taken out one by one.
 */
export class NodeCells {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly items: Int32Array;
  readonly maxBound: Float64Array;
  /** per node: its place in items while unsettled */
  private readonly place: Int32Array;

  /**
   * cellOfNode: each node's cell in the geometry (CellGeometry.cellsOf); settledAlready: 1 for a
   * node settled before; scratch: where the arrays come from (else they are allocated)
   */
  constructor(readonly geometry: CellGeometry, cellOfNode: Int32Array, settledAlready?: Uint8Array, scratch = new ScratchArrays()) {
    const cells = geometry.count;
    const n = cellOfNode.length;
    const start = scratch.int32(cells + 1);
    for (let v = 0; v < n; v++) if (!settledAlready?.[v]) start[cellOfNode[v]! + 1]!++;
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    const fill = scratch.int32(cells);
    fill.set(start.subarray(0, cells));
    const items = scratch.int32(n);
    const place = scratch.int32(n);
    for (let v = 0; v < n; v++) {
      if (settledAlready?.[v]) continue;
      place[v] = fill[cellOfNode[v]!]!;
      items[fill[cellOfNode[v]!]!++] = v;
    }
    this.start = start;
    this.end = fill;
    this.items = items;
    this.place = place;
    // a cell with no node left has no bound to lower (-Infinity: offers skip it)
    const maxBound = (this.maxBound = scratch.float64(cells));
    for (let c = 0; c < cells; c++) maxBound[c] = start[c] === fill[c] ? -Infinity : Infinity;
    this.cellOfNode = cellOfNode;
  }

  readonly cellOfNode: Int32Array;

  /** Node v's bound rose to `bound`: its cell's largest bound must cover it. */
  raised(v: number, bound: number): void {
    const c = this.cellOfNode[v]!;
    if (bound > this.maxBound[c]!) this.maxBound[c] = bound;
  }

  /** Node v settled: out of its cell's list, the others keeping their order. */
  settled(v: number): void {
    const { items, place } = this;
    const last = --this.end[this.cellOfNode[v]!]!;
    for (let j = place[v]!; j < last; j++) {
      const u = items[j + 1]!;
      items[j] = u;
      place[u] = j;
    }
  }
}

/**
 * Settled points by cell, as they settle (indices in settling order), with each cell's smallest
 * distance. Every point that will settle is known from the start (each node and each seed settles
 * once), so each cell's room is counted beforehand and the lists share one array: cell c lists
 * items[start[c]] … items[end[c] - 1].
 */
export class SettledCells {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly items: Int32Array;
  readonly minDistance: Float64Array;
  /** per cell: the last settled index placed in it (-1: none) */
  readonly last: Int32Array;
  /** scratch for the searches over the cells: CellGeometry.offsets() of the point searched from */
  readonly columnGaps: Float64Array;
  readonly rowGaps: Float64Array;

  /** Room for each node (cellOfNode: their cells) and each seed to settle once; scratch: where the arrays come from (else they are allocated). */
  constructor(readonly geometry: CellGeometry, cellOfNode: Int32Array, seeds: readonly { x: number; y: number }[], scratch = new ScratchArrays()) {
    const cells = geometry.count;
    const start = scratch.int32(cells + 1);
    for (let v = 0; v < cellOfNode.length; v++) start[cellOfNode[v]! + 1]!++;
    for (const seed of seeds) start[geometry.cellOf(seed.x, seed.y) + 1]!++;
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    this.start = start;
    this.end = scratch.int32(cells);
    this.end.set(start.subarray(0, cells));
    this.items = scratch.int32(start[cells]!);
    this.minDistance = scratch.float64(cells, Infinity);
    this.last = scratch.int32(cells, -1);
    this.columnGaps = scratch.float64(geometry.nx);
    this.rowGaps = scratch.float64(geometry.ny);
  }

  add(index: number, x: number, y: number, distance: number): void {
    this.addIn(this.geometry.cellOf(x, y), index, distance);
  }

  /** add() of a point whose cell is known (a node's, from the cellOfNode the room was counted by) */
  addIn(c: number, index: number, distance: number): void {
    if (this.end[c] === this.start[c + 1]) throw new Error('SettledCells: a point settled that was not counted');
    this.items[this.end[c]!++] = index;
    if (distance < this.minDistance[c]!) this.minDistance[c] = distance;
    this.last[c] = index;
  }
}

/** The first position in items[lo … hi) (ascending) holding a value of at least `from`; hi if none. */
export function firstAtLeast(items: Int32Array, lo: number, hi: number, from: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

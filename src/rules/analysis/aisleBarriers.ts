// The barrier edges the aisle analysis casts its rays against (aisleWidth.ts), filed by the square
// cells of 1 m they cross, and kept up to date as desks move: the fixed edges (the outline, walls
// cut by doors, cores, columns) are filed once; a desk that moved, came or went has its four
// edges marked dead and its new ones filed in a list of their own per cell. A cast is the nearest
// edge the ray meets, whatever order the edges are filed in, so an updated index casts exactly as
// one built afresh from the same edges.
//
// What a desk change can alter: a cast visits cells along its ray up to the cell where its hit
// lies and stops; edges filed only in other cells play no part. update() says which blocks of
// cells the changed desks' edges (old and new) were filed in, so a cast remembered from before
// holds when the cells it visited meet none of them: castMayChange says whether a box round
// them may, castVisits walks the very cells a cast visited (it counts them) and says whether one does.
import type { Polygon, Workstation } from '../../floorplan/types.ts';

/** Side (m) of the cells barrier edges are filed by for the ray casts. */
export const CELL = 1;
/** Desk changes (moved, added, removed) one update() takes in; more rebuild the index. */
const MAX_CHANGES = 64;
/** Dead and added edges beyond this many rebuild the index (keeps the lists short). */
const MAX_EXTRA = 4096;
/** A desk's numbers: centre x, y, width, depth, rotation. */
const GEOMETRY = 5;

export class BarrierIndex {
  readonly cols: number;
  readonly rows: number;
  /** the hit of the last cast */
  hitX = 0;
  hitY = 0;
  /** the cells the last cast visited */
  visited = 0;
  /**
   * After update(): boxes (minX, minY, maxX, maxY each) round the footprints the changed desks
   * had before and have now, grown by DESK_BOX_SLACK: a change of the desks' geometry lies inside
   * them (a box not a number stands for anywhere: see clearOfBoxes).
   */
  changedBoxes: Float64Array = NO_BOXES;

  /** every edge filed so far as ax, ay, bx, by */
  private seg: Float64Array;
  private segments = 0;
  /** 0: the edge belongs to a desk that has since moved or gone */
  private alive: Uint8Array;
  /** the edges of the build, filed: cell c's edges are items[start[c] .. start[c + 1]) */
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  /** edges filed since the build: per cell a list through `next`, ending in -1 */
  private readonly head: Int32Array;
  private next = new Int32Array(64);
  private extraSeg = new Int32Array(64);
  private extras = 0;
  /** the desks the index holds: their ids, numbers and first edge (-1: no footprint) */
  private ids: string[];
  private geometry: Float64Array;
  private firstEdge: Int32Array;

  private constructor(
    private readonly x0: number,
    private readonly y0: number,
    maxX: number,
    maxY: number,
    fixed: readonly Polygon[],
    desks: readonly Workstation[],
  ) {
    this.cols = Math.max(1, Math.ceil((maxX - x0) / CELL));
    this.rows = Math.max(1, Math.ceil((maxY - y0) / CELL));
    const rings = fixed.filter((r) => r.length >= 2);
    const edges = rings.reduce((n, r) => n + r.length, 0) + desks.length * 4;
    this.seg = new Float64Array(Math.max(1, edges) * 4);
    this.alive = new Uint8Array(Math.max(1, edges));
    this.ids = desks.map((ws) => ws.id);
    this.geometry = new Float64Array(desks.length * GEOMETRY);
    this.firstEdge = new Int32Array(desks.length);
    for (let d = 0; d < desks.length; d++) {
      readGeometry(desks[d]!, this.geometry, d);
      this.firstEdge[d] = this.addDeskEdges(this.geometry, d);
    }
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[(i + 1) % ring.length]!;
        this.push(a[0], a[1], b[0], b[1]);
      }
    }
    // each edge's block of cells, then the cells' lists in one array
    const count = this.segments;
    const seg = this.seg;
    const range = new Int32Array(count * 4);
    const counts = new Int32Array(this.cols * this.rows + 1);
    for (let s = 0; s < count; s++) {
      const o = s * 4;
      const i0 = this.col(Math.min(seg[o]!, seg[o + 2]!));
      const i1 = this.col(Math.max(seg[o]!, seg[o + 2]!));
      const j0 = this.row(Math.min(seg[o + 1]!, seg[o + 3]!));
      const j1 = this.row(Math.max(seg[o + 1]!, seg[o + 3]!));
      range[o] = i0;
      range[o + 1] = i1;
      range[o + 2] = j0;
      range[o + 3] = j1;
      for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) counts[i * this.rows + j + 1]!++;
    }
    for (let c = 0; c < counts.length - 1; c++) counts[c + 1]! += counts[c]!;
    this.start = counts;
    this.items = new Int32Array(counts[counts.length - 1]!);
    const fill = counts.slice(0, counts.length - 1);
    for (let s = 0; s < count; s++) {
      const o = s * 4;
      for (let i = range[o]!; i <= range[o + 1]!; i++) for (let j = range[o + 2]!; j <= range[o + 3]!; j++) this.items[fill[i * this.rows + j]!++] = s;
    }
    this.head = new Int32Array(this.cols * this.rows).fill(-1);
  }

  /** The index of these edges over the box (x0, y0)–(maxX, maxY): `fixed` rings, and each desk's footprint. */
  static build(x0: number, y0: number, maxX: number, maxY: number, fixed: readonly Polygon[], desks: readonly Workstation[]): BarrierIndex {
    return new BarrierIndex(x0, y0, maxX, maxY, fixed, desks);
  }

  /**
   * Brings the desks' edges to `desks`. Returns the blocks of cells (i0, i1, j0, j1 each) the
   * edges of the desks that changed were filed in, before and after; null when there were too
   * many changes (or the desks cannot be told apart by id): build a new index then.
   */
  update(desks: readonly Workstation[]): Int32Array | null {
    const moved = this.movedInPlace(desks);
    if (moved !== null) return moved;
    const blocks: number[] = [];
    const n = desks.length;
    const geometry = new Float64Array(n * GEOMETRY);
    const firstEdge = new Int32Array(n);
    const ids = new Array<string>(n);
    for (let d = 0; d < n; d++) {
      readGeometry(desks[d]!, geometry, d);
      ids[d] = desks[d]!.id;
    }
    // desks matched by position where the ids line up (an edit that moves desks), else by id
    let before: Int32Array;
    if (n === this.ids.length && ids.every((id, d) => id === this.ids[d])) {
      before = Int32Array.from({ length: n }, (_, d) => d);
    } else {
      const at = new Map<string, number>();
      this.ids.forEach((id, d) => at.set(id, d));
      if (at.size !== this.ids.length || new Set(ids).size !== n) return null;
      before = Int32Array.from(ids, (id) => at.get(id) ?? -1);
    }
    // count first: an index left half updated would be of no use
    const kept = new Uint8Array(this.ids.length);
    let changes = 0;
    for (let d = 0; d < n; d++) {
      const b = before[d]!;
      if (b >= 0) kept[b] = 1;
      if (b < 0 || !sameGeometry(this.geometry, b, geometry, d)) changes++;
    }
    for (let b = 0; b < this.ids.length; b++) if (!kept[b]) changes++;
    if (changes > MAX_CHANGES || this.extras + changes * 4 * 4 > MAX_EXTRA) return null;
    const boxes: number[] = [];
    for (let d = 0; d < n; d++) {
      const b = before[d]!;
      if (b >= 0 && sameGeometry(this.geometry, b, geometry, d)) {
        firstEdge[d] = this.firstEdge[b]!;
        continue;
      }
      if (b >= 0) {
        this.retire(b, blocks);
        pushDeskBox(boxes, this.geometry, b);
      }
      firstEdge[d] = this.addDeskEdges(geometry, d, blocks);
      pushDeskBox(boxes, geometry, d);
    }
    for (let b = 0; b < this.ids.length; b++) {
      if (kept[b]) continue;
      this.retire(b, blocks);
      pushDeskBox(boxes, this.geometry, b);
    }
    this.ids = ids;
    this.geometry = geometry;
    this.firstEdge = firstEdge;
    this.changedBoxes = Float64Array.from(boxes);
    return Int32Array.from(blocks);
  }

  /**
   * The usual edit: the same desks by id in the same order, a few of them changed. Updates those
   * in place and returns the blocks (as update() does); null when the ids do not line up or too
   * many changed (update() then goes by id).
   */
  private movedInPlace(desks: readonly Workstation[]): Int32Array | null {
    if (desks.length !== this.ids.length) return null;
    const g = this.geometry;
    let changed: number[] | null = null;
    for (let d = 0; d < desks.length; d++) {
      const ws = desks[d]!;
      if (ws.id !== this.ids[d]) return null;
      const o = d * GEOMETRY;
      if (ws.at[0] === g[o] && ws.at[1] === g[o + 1] && ws.size[0] === g[o + 2] && ws.size[1] === g[o + 3] && ws.rotation === g[o + 4]) continue;
      (changed ??= []).push(d);
      if (changed.length > MAX_CHANGES) return null;
    }
    if (changed === null) {
      this.changedBoxes = NO_BOXES;
      return NO_BLOCKS;
    }
    if (this.extras + changed.length * 4 * 4 > MAX_EXTRA) return null;
    const blocks: number[] = [];
    const boxes: number[] = [];
    for (const d of changed) {
      this.retire(d, blocks);
      pushDeskBox(boxes, g, d);
      readGeometry(desks[d]!, g, d);
      this.firstEdge[d] = this.addDeskEdges(g, d, blocks);
      pushDeskBox(boxes, g, d);
    }
    this.changedBoxes = Float64Array.from(boxes);
    return Int32Array.from(blocks);
  }

  /** Whether a cast from (px, py) that visited the cells from (ax, ay) to (bx, by) may meet an edge filed in one of `blocks`. */
  castMayChange(ax: number, ay: number, bx: number, by: number, blocks: Int32Array): boolean {
    // the cells a cast visits lie along its ray, up to the cell of its hit: within one cell of the
    // block between the ends (a ray through a cell's corner may step into a neighbour first)
    const i0 = this.col(Math.min(ax, bx)) - 1;
    const i1 = this.col(Math.max(ax, bx)) + 1;
    const j0 = this.row(Math.min(ay, by)) - 1;
    const j1 = this.row(Math.max(ay, by)) + 1;
    for (let k = 0; k < blocks.length; k += 4) {
      if (blocks[k]! <= i1 && blocks[k + 1]! >= i0 && blocks[k + 2]! <= j1 && blocks[k + 3]! >= j0) return true;
    }
    return false;
  }

  /**
   * Whether the first `cells` cells a cast from (px, py) along (dx, dy) visits (stepped from cell
   * to cell as cast() steps) include one of `blocks`: given the cells a cast visited, whether a
   * changed edge was filed in one of them (if not, the cast meets the same edges as before).
   */
  castVisits(px: number, py: number, dx: number, dy: number, cells: number, blocks: Int32Array): boolean {
    const { rows, cols } = this;
    let i = this.col(px);
    let j = this.row(py);
    const stepI = dx > 0 ? 1 : -1;
    const stepJ = dy > 0 ? 1 : -1;
    const nextX = this.x0 + (dx > 0 ? i + 1 : i) * CELL;
    const nextY = this.y0 + (dy > 0 ? j + 1 : j) * CELL;
    let tX = dx !== 0 ? (nextX - px) / dx : Infinity;
    let tY = dy !== 0 ? (nextY - py) / dy : Infinity;
    const dtX = dx !== 0 ? CELL / Math.abs(dx) : Infinity;
    const dtY = dy !== 0 ? CELL / Math.abs(dy) : Infinity;
    // the cells the blocks span: a ray past them (it never turns back) meets none of them
    let i0 = Infinity;
    let i1 = -Infinity;
    let j0 = Infinity;
    let j1 = -Infinity;
    for (let k = 0; k < blocks.length; k += 4) {
      i0 = Math.min(i0, blocks[k]!);
      i1 = Math.max(i1, blocks[k + 1]!);
      j0 = Math.min(j0, blocks[k + 2]!);
      j1 = Math.max(j1, blocks[k + 3]!);
    }
    for (let visited = 0; visited < cells; visited++) {
      if ((stepI > 0 ? i > i1 : i < i0) || (stepJ > 0 ? j > j1 : j < j0)) return false;
      if (i >= i0 && i <= i1 && j >= j0 && j <= j1) {
        for (let k = 0; k < blocks.length; k += 4) {
          if (blocks[k]! <= i && i <= blocks[k + 1]! && blocks[k + 2]! <= j && j <= blocks[k + 3]!) return true;
        }
      }
      if (tX < tY) {
        i += stepI;
        tX += dtX;
      } else {
        j += stepJ;
        tY += dtY;
      }
      if (i < 0 || i >= cols || j < 0 || j >= rows) break;
    }
    return false;
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / CELL)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / CELL)));
  }

  private push(ax: number, ay: number, bx: number, by: number): number {
    if ((this.segments + 1) * 4 > this.seg.length) {
      const grown = new Float64Array(Math.max(64, this.seg.length * 2));
      grown.set(this.seg);
      this.seg = grown;
      const alive = new Uint8Array(grown.length / 4);
      alive.set(this.alive);
      this.alive = alive;
    }
    const s = this.segments++;
    const o = s * 4;
    this.seg[o] = ax;
    this.seg[o + 1] = ay;
    this.seg[o + 2] = bx;
    this.seg[o + 3] = by;
    this.alive[s] = 1;
    return s;
  }

  /**
   * The four edges of desk `d` of `geometry` (its footprint's corners in orientedRectangle's
   * order); -1 when it has no footprint. `blocks` given: filed now, each block noted there.
   */
  private addDeskEdges(geometry: Float64Array, d: number, blocks?: number[]): number {
    const o = d * GEOMETRY;
    const w = geometry[o + 2]!;
    const depth = geometry[o + 3]!;
    if (!(w > 0 && depth > 0)) return -1;
    const r = (geometry[o + 4]! * Math.PI) / 180;
    const c = Math.cos(r);
    const sn = Math.sin(r);
    const hw = w / 2;
    const hd = depth / 2;
    const x = geometry[o]!;
    const y = geometry[o + 1]!;
    const corner = CORNERS;
    for (let i = 0; i < 4; i++) {
      const lx = (i === 0 || i === 3 ? -1 : 1) * hw;
      const ly = (i < 2 ? -1 : 1) * hd;
      corner[2 * i] = x + (lx * c - ly * sn);
      corner[2 * i + 1] = y + (lx * sn + ly * c);
    }
    let first = -1;
    for (let i = 0; i < 4; i++) {
      const j = (i + 1) % 4;
      const s = this.push(corner[2 * i]!, corner[2 * i + 1]!, corner[2 * j]!, corner[2 * j + 1]!);
      if (i === 0) first = s;
      if (blocks) this.file(s, blocks);
    }
    return first;
  }

  /** Files edge `s` in the added lists of its cells, noting its block. */
  private file(s: number, blocks: number[]): void {
    const o = s * 4;
    const seg = this.seg;
    const i0 = this.col(Math.min(seg[o]!, seg[o + 2]!));
    const i1 = this.col(Math.max(seg[o]!, seg[o + 2]!));
    const j0 = this.row(Math.min(seg[o + 1]!, seg[o + 3]!));
    const j1 = this.row(Math.max(seg[o + 1]!, seg[o + 3]!));
    blocks.push(i0, i1, j0, j1);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        if (this.extras === this.next.length) {
          const next = new Int32Array(this.next.length * 2);
          next.set(this.next);
          this.next = next;
          const extraSeg = new Int32Array(this.extraSeg.length * 2);
          extraSeg.set(this.extraSeg);
          this.extraSeg = extraSeg;
        }
        const c = i * this.rows + j;
        const e = this.extras++;
        this.extraSeg[e] = s;
        this.next[e] = this.head[c]!;
        this.head[c] = e;
      }
    }
  }

  /** Marks the edges of desk `b` (of the desks held) dead, noting the blocks they were filed in. */
  private retire(b: number, blocks: number[]): void {
    const first = this.firstEdge[b]!;
    if (first < 0) return;
    const seg = this.seg;
    for (let s = first; s < first + 4; s++) {
      this.alive[s] = 0;
      const o = s * 4;
      blocks.push(this.col(Math.min(seg[o]!, seg[o + 2]!)), this.col(Math.max(seg[o]!, seg[o + 2]!)), this.row(Math.min(seg[o + 1]!, seg[o + 3]!)), this.row(Math.max(seg[o + 1]!, seg[o + 3]!)));
    }
  }

  /** Distance from (px, py) along the unit direction (dx, dy) to the first barrier edge (Infinity: none); the hit in hitX, hitY. */
  cast(px: number, py: number, dx: number, dy: number): number {
    const { seg, items, start, rows, cols, alive, head, next, extraSeg } = this;
    let i = this.col(px);
    let j = this.row(py);
    const stepI = dx > 0 ? 1 : -1;
    const stepJ = dy > 0 ? 1 : -1;
    // ray parameter at the next vertical / horizontal cell border, and per cell
    const nextX = this.x0 + (dx > 0 ? i + 1 : i) * CELL;
    const nextY = this.y0 + (dy > 0 ? j + 1 : j) * CELL;
    let tX = dx !== 0 ? (nextX - px) / dx : Infinity;
    let tY = dy !== 0 ? (nextY - py) / dy : Infinity;
    const dtX = dx !== 0 ? CELL / Math.abs(dx) : Infinity;
    const dtY = dy !== 0 ? CELL / Math.abs(dy) : Infinity;
    let best = Infinity;
    let visited = 0;
    for (;;) {
      visited++;
      const c = i * rows + j;
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const s = items[k]!;
        if (alive[s]) best = meet(seg, s, px, py, dx, dy, best);
      }
      // then the edges filed since the build
      for (let e = head[c]!; e >= 0; e = next[e]!) {
        const s = extraSeg[e]!;
        if (alive[s]) best = meet(seg, s, px, py, dx, dy, best);
      }
      // a hit before the border of this cell cannot be beaten by an edge in a later cell
      const leave = Math.min(tX, tY);
      if (best <= leave) break;
      if (tX < tY) {
        i += stepI;
        tX += dtX;
      } else {
        j += stepJ;
        tY += dtY;
      }
      if (i < 0 || i >= cols || j < 0 || j >= rows) break;
    }
    this.visited = visited;
    if (best < Infinity) {
      this.hitX = px + dx * best;
      this.hitY = py + dy * best;
    }
    return best;
  }
}

/** `best`, or the distance along the ray to edge `s` where it meets the ray nearer. */
function meet(seg: Float64Array, s: number, px: number, py: number, dx: number, dy: number, best: number): number {
  const o = s * 4;
  const ax = seg[o]!;
  const ay = seg[o + 1]!;
  const ex = seg[o + 2]! - ax;
  const ey = seg[o + 3]! - ay;
  const den = dx * ey - dy * ex;
  if (den === 0) return best;
  const qx = ax - px;
  const qy = ay - py;
  const t = (qx * ey - qy * ex) / den;
  const u = (qx * dy - qy * dx) / den;
  return t >= 0 && t < best && u >= 0 && u <= 1 ? t : best;
}
const CORNERS = new Float64Array(8);
const NO_BLOCKS = new Int32Array(0);
const NO_BOXES = new Float64Array(0);

/**
 * How far (m) a changed desk's box reaches beyond its footprint: far beyond the navigation's
 * grown obstacles (OBSTACLE_MARGIN, 5e-5 m, mitred) and any rounding of the corners.
 */
const DESK_BOX_SLACK = 0.05;

/**
 * Notes the box round desk `d` of `geometry`, grown by DESK_BOX_SLACK: its centre ± half its width
 * plus half its depth, which holds the footprint however it is turned. A desk with a number that
 * is not finite (its footprint is anywhere, or nowhere) gets the box of the whole plane.
 */
function pushDeskBox(boxes: number[], geometry: Float64Array, d: number): void {
  const o = d * GEOMETRY;
  for (let k = 0; k < GEOMETRY; k++) {
    if (Number.isFinite(geometry[o + k]!)) continue;
    boxes.push(-Infinity, -Infinity, Infinity, Infinity);
    return;
  }
  const x = geometry[o]!;
  const y = geometry[o + 1]!;
  const reach = (Math.abs(geometry[o + 2]!) + Math.abs(geometry[o + 3]!)) / 2 + DESK_BOX_SLACK;
  boxes.push(x - reach, y - reach, x + reach, y + reach);
}

/**
 * Whether the box round the segment (ax, ay)–(bx, by) meets none of `boxes` (minX, minY, maxX,
 * maxY each). A box that is not one (a side not a number, or min above max) meets everything, as
 * does a segment with an end that is not finite (what the scene makes of it is not bounded).
 */
export function clearOfBoxes(boxes: Float64Array, ax: number, ay: number, bx: number, by: number): boolean {
  if (!(Number.isFinite(ax) && Number.isFinite(ay) && Number.isFinite(bx) && Number.isFinite(by))) return false;
  const minX = Math.min(ax, bx);
  const maxX = Math.max(ax, bx);
  const minY = Math.min(ay, by);
  const maxY = Math.max(ay, by);
  for (let k = 0; k < boxes.length; k += 4) {
    const x0 = boxes[k]!;
    const y0 = boxes[k + 1]!;
    const x1 = boxes[k + 2]!;
    const y1 = boxes[k + 3]!;
    if (!(x0 <= x1 && y0 <= y1)) return false;
    if (!(maxX < x0 || minX > x1 || maxY < y0 || minY > y1)) return false;
  }
  return true;
}

function readGeometry(ws: Workstation, out: Float64Array, d: number): void {
  const o = d * GEOMETRY;
  out[o] = ws.at[0];
  out[o + 1] = ws.at[1];
  out[o + 2] = ws.size[0];
  out[o + 3] = ws.size[1];
  out[o + 4] = ws.rotation;
}

/** Same numbers (a NaN never matches: such a desk counts as changed, which is safe). */
function sameGeometry(a: Float64Array, i: number, b: Float64Array, j: number): boolean {
  const o = i * GEOMETRY;
  const p = j * GEOMETRY;
  for (let k = 0; k < GEOMETRY; k++) if (a[o + k] !== b[p + k]) return false;
  return true;
}

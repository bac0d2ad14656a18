// Point devices on the ceiling (smoke detectors, sprinklers) against the zones they protect:
// sample points of a zone on a square grid, the nearest device of a set to each point through a
// bucket grid, the walls a zone edge runs along, and the distance of a device to the nearest wall.
// Shared by fire.detector-coverage and fire.sprinkler-spacing (docs/rules.md "Detection and
// suppression").
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import { bounds, pointInPolygon, segmentDistance2, type Bounds } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon, Zone } from '../../floorplan/types.ts';
import { ON_BOUNDARY } from './rooms.ts';

/** A wall face, an outline edge or a core edge: what a ceiling device keeps its distance from. */
export interface Barrier {
  a: Point;
  b: Point;
  /** half the wall's thickness (0 for outline and core edges): distances are to the face */
  half: number;
  /** the wall's id; undefined for outline and core edges */
  wallId?: string;
}

export function floorBarriers(floor: Floor): Barrier[] {
  const edges = (polygon: Polygon): Barrier[] => polygon.map((a, i) => ({ a, b: polygon[(i + 1) % polygon.length]!, half: 0 }));
  return [
    ...floor.walls.map((w) => ({ a: w.a, b: w.b, half: wallThickness(w) / 2, wallId: w.id })),
    ...edges(floor.outline),
    ...floor.cores.flatMap((c) => edges(c.polygon)),
  ];
}

/** Distance from p to the nearest barrier face (m), with that barrier. */
export function nearestBarrier(p: Point, barriers: readonly Barrier[]): { distance: number; barrier: Barrier | null } {
  let distance = Infinity;
  let barrier: Barrier | null = null;
  for (const s of barriers) {
    const d = Math.max(0, segmentDistance(p, s.a, s.b) - s.half);
    if (d < distance) {
      distance = d;
      barrier = s;
    }
  }
  return { distance, barrier };
}

/**
 * distanceToSegment without the closest point's array (the same arithmetic, so the same number):
 * this runs for every detector against every barrier and every wall sample against its walls.
 */
function segmentDistance(p: Point, a: Point, b: Point): number {
  return Math.sqrt(segmentDistance2(p[0], p[1], a[0], a[1], b[0], b[1]));
}

/**
 * The x-intervals of a polygon on the horizontal line at y (even-odd rule), sorted, written into
 * `xs` (emptied first; reused row after row: this runs for every row of every zone of a park).
 */
function rowSpans(polygon: readonly Point[], y: number, xs: number[] = []): number[] {
  xs.length = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a[1] > y !== b[1] > y) {
      // insertion in order: a row crosses a few edges
      const x = a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      let at = xs.length;
      xs.push(x);
      for (; at > 0 && xs[at - 1]! > x; at--) xs[at] = xs[at - 1]!;
      xs[at] = x;
    }
  }
  return xs;
}

/**
 * Sample points of a zone: centres of `step` cells over the zone's box that lie in the zone and
 * not in a core or column (the ceiling there is not the zone's). Row by row: each row crosses the
 * zone's edges (and the solids' edges) once, not once per point.
 */
export function zoneSamples(zone: Zone, step: number, solids: readonly Polygon[]): Point[] {
  const points: Point[] = [];
  const rows = new SampleRows(zone, step, solids);
  for (let j = 0; j < rows.ny; j++) {
    if (!rows.row(j)) continue;
    for (let i = rows.from; i <= rows.to; i++) if (rows.mark[i]) points.push([rows.x(i), rows.y]);
  }
  return points;
}

/**
 * The sample rows of a zone, one at a time: row j's points are the columns i (from..to) whose
 * mark is set, at (x(i), y). A column is in the row when x(i) lies in one of the zone's spans on
 * the row and in none of the solids' (bounds included, as `lo <= x && x <= hi`); x(i) grows with
 * i, so each span holds a run of columns, found from its ends instead of testing every point.
 */
class SampleRows {
  readonly nx: number;
  readonly ny: number;
  private readonly x0: number;
  private readonly y0: number;
  /** the current row's columns: 1 where a sample point stands */
  readonly mark: Uint8Array;
  from = 0;
  to = -1;
  y = 0;
  private readonly spans: number[] = [];
  private readonly holes: number[] = [];
  private readonly inBox: Polygon[];

  constructor(
    private readonly zone: Zone,
    private readonly step: number,
    solids: readonly Polygon[],
  ) {
    const b = bounds(zone.polygon);
    this.inBox = solids.filter((s) => overlaps(bounds(s), b));
    this.nx = Math.max(1, Math.ceil((b.maxX - b.minX) / step - 1e-9));
    this.ny = Math.max(1, Math.ceil((b.maxY - b.minY) / step - 1e-9));
    // cells of the box, centred so the margins left at both ends are equal
    this.x0 = (b.minX + b.maxX) / 2 - ((this.nx - 1) * step) / 2;
    this.y0 = (b.minY + b.maxY) / 2 - ((this.ny - 1) * step) / 2;
    // a box of NaN makes nx NaN: no columns, as no point passed the span test before
    this.mark = new Uint8Array(Number.isFinite(this.nx) ? this.nx : 0);
  }

  x(i: number): number {
    return this.x0 + i * this.step;
  }

  /** Marks row j's points; false when the row crosses the zone nowhere. */
  row(j: number): boolean {
    const { mark, spans, holes } = this;
    mark.fill(0, this.from, this.to + 1);
    this.from = 0;
    this.to = -1;
    this.y = this.y0 + j * this.step;
    rowSpans(this.zone.polygon, this.y, spans);
    if (spans.length < 2) return false;
    let from = mark.length;
    let to = -1;
    for (let k = 0; k + 1 < spans.length; k += 2) {
      const first = this.firstAtLeast(spans[k]!);
      const last = this.lastAtMost(spans[k + 1]!);
      if (first > last) continue;
      mark.fill(1, first, last + 1);
      from = Math.min(from, first);
      to = Math.max(to, last);
    }
    this.from = from;
    this.to = to;
    if (from > to) return true;
    for (const solid of this.inBox) {
      rowSpans(solid, this.y, holes);
      for (let k = 0; k + 1 < holes.length; k += 2) {
        const first = Math.max(from, this.firstAtLeast(holes[k]!));
        const last = Math.min(to, this.lastAtMost(holes[k + 1]!));
        if (first <= last) mark.fill(0, first, last + 1);
      }
    }
    return true;
  }

  /** The first column with x(i) >= v (nx when none; NaN: none). */
  private firstAtLeast(v: number): number {
    const n = this.mark.length;
    if (Number.isNaN(v)) return n;
    let i = Math.min(n, Math.max(0, Math.ceil((v - this.x0) / this.step)));
    while (i > 0 && this.x(i - 1) >= v) i--;
    while (i < n && this.x(i) < v) i++;
    return i;
  }

  /** The last column with x(i) <= v (-1 when none; NaN: none). */
  private lastAtMost(v: number): number {
    const n = this.mark.length;
    if (Number.isNaN(v)) return -1;
    let i = Math.min(n - 1, Math.max(-1, Math.floor((v - this.x0) / this.step)));
    while (i < n - 1 && this.x(i + 1) <= v) i++;
    while (i >= 0 && this.x(i) > v) i--;
    return i;
  }
}

/** Points every `step` along the zone's edges, its corners included, each with its edge. */
export function edgeSamples(zone: Zone, step: number): { point: Point; a: Point; b: Point }[] {
  const out: { point: Point; a: Point; b: Point }[] = [];
  forEachEdgeSample(zone, step, (point, a, b) => out.push({ point, a, b }));
  return out;
}

/** edgeSamples one at a time, in the same order, without building the list. */
function forEachEdgeSample(zone: Zone, step: number, visit: (point: Point, a: Point, b: Point) => void): void {
  const n = zone.polygon.length;
  for (let i = 0; i < n; i++) {
    const a = zone.polygon[i]!;
    const b = zone.polygon[(i + 1) % n]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) continue;
    const count = Math.max(1, Math.ceil(length / step - 1e-9));
    for (let k = 0; k <= count; k++) {
      const t = k / count;
      visit([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], a, b);
    }
  }
}

/** The zone's edge samples that lie on a barrier: points of the zone's walls. */
export function wallSamples(zone: Zone, step: number, barriers: readonly Barrier[]): { point: Point; a: Point; b: Point }[] {
  const zb = bounds(zone.polygon);
  const near = barriers.filter((s) => overlaps(bounds([s.a, s.b]), zb, s.half + ON_BOUNDARY)).map((s) => ({ s, box: bounds([s.a, s.b]) }));
  // per zone edge, only the barriers whose box comes near that edge's box can be within reach of
  // its samples (BOX_SLACK keeps every barrier the exact test could accept)
  let edgeA: Point | null = null;
  let edgeB: Point | null = null;
  let onEdge: Barrier[] = [];
  const out: { point: Point; a: Point; b: Point }[] = [];
  forEachEdgeSample(zone, step, (point, a, b) => {
    if (a !== edgeA || b !== edgeB) {
      edgeA = a;
      edgeB = b;
      const eb = bounds([a, b]);
      onEdge = near.filter((n) => overlaps(n.box, eb, n.s.half + ON_BOUNDARY + BOX_SLACK)).map((n) => n.s);
    }
    for (const s of onEdge) {
      if (segmentDistance(point, s.a, s.b) <= s.half + ON_BOUNDARY) {
        out.push({ point, a, b });
        return;
      }
    }
  });
  return out;
}

/** Margin (m) added to box tests that only rule out what an exact test then decides. */
const BOX_SLACK = 1e-6;

/** Sample points of a zone for coverage: its grid points, and its edge samples outside cores and columns. */
export function coverageSamples(zone: Zone, step: number, solids: readonly Polygon[]): Point[] {
  return [...zoneSamples(zone, step, solids), ...edgeCoverageSamples(zone, step, solids)];
}

/** The edge samples of coverageSamples: those outside the cores and columns near the zone. */
function edgeCoverageSamples(zone: Zone, step: number, solids: readonly Polygon[]): Point[] {
  const b = bounds(zone.polygon);
  const inBox = solids.filter((s) => overlaps(bounds(s), b)).map((s) => ({ s, box: finiteRing(s) ? bounds(s) : null }));
  const out: Point[] = [];
  forEachEdgeSample(zone, step, (p) => {
    for (const { s, box } of inBox) if ((box === null || nearBox(p, box)) && pointInPolygon(p, s, 0)) return;
    out.push(p);
  });
  return out;
}

const finiteRing = (ring: Polygon): boolean => ring.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));

/**
 * Whether pointInPolygon(p, ring, 0) can be true, by the box of a ring of finite corners: off its
 * rows no edge straddles p's row; well left of it every straddling edge (an even count) crosses to
 * p's right, well right of it none does. "Well": BOX_SLACK, far beyond the rounding of a crossing.
 */
function nearBox(p: Point, box: Bounds): boolean {
  return !(p[1] < box.minY || p[1] > box.maxY || p[0] < box.minX - BOX_SLACK || p[0] > box.maxX + BOX_SLACK);
}

function overlaps(x: Bounds, y: Bounds, margin = 0): boolean {
  return x.minX <= y.maxX + margin && x.maxX >= y.minX - margin && x.minY <= y.maxY + margin && x.maxY >= y.minY - margin;
}

export interface Placed {
  id: string;
  at: Point;
}

/** The nearest of a set of devices to a point, through a dense grid of square buckets of `cell` m. */
export class DeviceBuckets {
  private readonly minX: number;
  private readonly minY: number;
  private readonly nx: number;
  private readonly ny: number;
  /** devices of bucket k: order[start[k] .. start[k + 1]) */
  private readonly start: Int32Array;
  private readonly order: Int32Array;
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  /** each device's bucket column and row */
  private readonly columnOf: Int32Array;
  private readonly rowOf: Int32Array;
  constructor(
    readonly devices: readonly Placed[],
    private readonly cell: number,
  ) {
    const n = devices.length;
    // loops, not Float64Array.from and Math.min(...xs): those step an iterator (an object per device)
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = devices[i]!.at[0];
      const y = devices[i]!.at[1];
      this.xs[i] = x;
      this.ys[i] = y;
      // Math.min(a, b, c) = Math.min(Math.min(Math.min(Infinity, a), b), c), NaN and -0 included
      minX = Math.min(minX, this.xs[i]!);
      minY = Math.min(minY, this.ys[i]!);
      maxX = Math.max(maxX, this.xs[i]!);
      maxY = Math.max(maxY, this.ys[i]!);
    }
    this.minX = n ? minX : 0;
    this.minY = n ? minY : 0;
    this.nx = n ? Math.floor((maxX - this.minX) / cell) + 1 : 0;
    this.ny = n ? Math.floor((maxY - this.minY) / cell) + 1 : 0;
    const bucketOf = new Int32Array(n);
    const count = new Int32Array(this.nx * this.ny + 1);
    this.columnOf = new Int32Array(n);
    this.rowOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.columnOf[i] = Math.floor((this.xs[i]! - this.minX) / cell);
      this.rowOf[i] = Math.floor((this.ys[i]! - this.minY) / cell);
      const k = this.columnOf[i]! * this.ny + this.rowOf[i]!;
      bucketOf[i] = k;
      count[k + 1]!++;
    }
    for (let k = 0; k < this.nx * this.ny; k++) count[k + 1]! += count[k]!;
    this.start = count;
    const fill = count.slice(0, -1);
    this.order = new Int32Array(n);
    for (let i = 0; i < n; i++) this.order[fill[bucketOf[i]!]!++] = i;
  }

  /** Whether some device lies within `r` of p (cheaper than the nearest: stops at the first). */
  anyWithin(p: Point, r: number): boolean {
    this.query[0] = p[0];
    this.query[1] = p[1];
    this.query[2] = r;
    return this.withinIndex(-1) >= 0;
  }

  /**
   * withinIndex's point (x, y) and reach r. They are handed over in this array, not as arguments,
   * because V8 boxes each double passed to a call it does not inline (two or three heap numbers
   * per sample point of every coverage search).
   */
  private readonly query = new Float64Array(3);

  /**
   * A device within `r` of (x, y) = query among those in the buckets the square of side 2r round
   * it touches, or -1: `hint` (a device index, or -1) is tried first, then the buckets in order.
   * The answer is -1 exactly when anyWithin's scan of those buckets finds none.
   */
  private withinIndex(hint: number): number {
    const x = this.query[0]!;
    const y = this.query[1]!;
    const r = this.query[2]!;
    if (this.devices.length === 0 || !(r >= 0)) return -1;
    const r2 = r * r;
    const i0 = Math.max(0, Math.floor((x - r - this.minX) / this.cell));
    const i1 = Math.min(this.nx - 1, Math.floor((x + r - this.minX) / this.cell));
    const j0 = Math.max(0, Math.floor((y - r - this.minY) / this.cell));
    const j1 = Math.min(this.ny - 1, Math.floor((y + r - this.minY) / this.cell));
    if (hint >= 0) {
      const ci = this.columnOf[hint]!;
      const cj = this.rowOf[hint]!;
      const dx = this.xs[hint]! - x;
      const dy = this.ys[hint]! - y;
      if (ci >= i0 && ci <= i1 && cj >= j0 && cj <= j1 && dx * dx + dy * dy <= r2) return hint;
    }
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = i * this.ny + j;
        for (let m = this.start[k]!; m < this.start[k + 1]!; m++) {
          const d = this.order[m]!;
          const dx = this.xs[d]! - x;
          const dy = this.ys[d]! - y;
          if (dx * dx + dy * dy <= r2) return d;
        }
      }
    }
    return -1;
  }

  /** Nearest device and its distance; Infinity and null when there is none. Exact at any distance. */
  nearest(p: Point): { distance: number; device: Placed | null } {
    if (this.devices.length === 0) return { distance: Infinity, device: null };
    const ci = Math.floor((p[0] - this.minX) / this.cell);
    const cj = Math.floor((p[1] - this.minY) / this.cell);
    // a point outside the grid is at least this many rings from its nearest bucket
    const offset = Math.max(0, -ci, ci - (this.nx - 1), -cj, cj - (this.ny - 1));
    const rings = Math.max(this.nx, this.ny) + offset + 1;
    let best2 = Infinity;
    let best = -1;
    for (let r = offset; r <= rings; r++) {
      // every device in ring r is at least (r - 1) cells away
      if (best >= 0 && Math.sqrt(best2) <= (r - 1) * this.cell) break;
      for (let i = ci - r; i <= ci + r; i++) {
        if (i < 0 || i >= this.nx) continue;
        const edge = i === ci - r || i === ci + r;
        for (let j = cj - r; j <= cj + r; j += edge ? 1 : 2 * r || 1) {
          if (j < 0 || j >= this.ny) continue;
          const k = i * this.ny + j;
          for (let m = this.start[k]!; m < this.start[k + 1]!; m++) {
            const d = this.order[m]!;
            const dx = this.xs[d]! - p[0];
            const dy = this.ys[d]! - p[1];
            const d2 = dx * dx + dy * dy;
            if (d2 < best2) {
              best2 = d2;
              best = d;
            }
          }
        }
      }
    }
    return { distance: Math.sqrt(best2), device: this.devices[best]! };
  }

  /**
   * The sample point farthest from every device, and that distance: each point that has a device
   * within the farthest distance found so far cannot be farther, so only the others are measured.
   */
  farthest(points: readonly Point[]): { distance: number; point: Point | undefined } {
    const search = this.farthestSearch();
    for (const p of points) {
      this.query[0] = p[0];
      this.query[1] = p[1];
      search.visit(p);
    }
    return search.result();
  }

  /**
   * farthest(coverageSamples(zone, step, solids)) without building the list of points, and how
   * many points there are.
   */
  farthestSample(zone: Zone, step: number, solids: readonly Polygon[]): { distance: number; point: Point | undefined; count: number } {
    const search = this.farthestSearch();
    let count = 0;
    const rows = new SampleRows(zone, step, solids);
    for (let j = 0; j < rows.ny; j++) {
      if (!rows.row(j)) continue;
      for (let i = rows.from; i <= rows.to; i++) {
        if (rows.mark[i] === 0) continue;
        count++;
        this.query[0] = rows.x(i);
        this.query[1] = rows.y;
        search.visit(undefined);
      }
    }
    for (const p of edgeCoverageSamples(zone, step, solids)) {
      count++;
      this.query[0] = p[0];
      this.query[1] = p[1];
      search.visit(undefined);
    }
    return { ...search.result(), count };
  }

  /**
   * The farthest search point by point. The device that was within reach of the last point is
   * tried first for the next (neighbouring samples mostly share it); the answers are those of
   * anyWithin and nearest. visit takes its point (x, y) from query[0] and query[1]; p, when
   * given, is that point, kept as the answer instead of a copy.
   */
  private farthestSearch(): { visit(p: Point | undefined): void; result(): { distance: number; point: Point | undefined } } {
    let worst = -1;
    let at: Point | undefined;
    let hint = -1;
    return {
      visit: (p) => {
        const query = this.query;
        if (worst >= 0) {
          query[2] = worst;
          const near = this.withinIndex(hint);
          if (near >= 0) {
            hint = near;
            return;
          }
        }
        const point = p ?? [query[0]!, query[1]!];
        const d = this.nearest(point).distance;
        if (d > worst) {
          worst = d;
          at = point;
        }
      },
      result: () => ({ distance: Math.max(0, worst), point: at }),
    };
  }
}

/**
 * Which devices serve each zone: an enclosed room only its own (walls stop smoke and spray); an
 * open zone every device of the open plate (devices in no enclosed room), since open zones share
 * one ceiling. `enclosed(zone)`: whether the zone is an enclosed room.
 */
export function devicesByZone(
  zones: readonly Zone[],
  devices: readonly Placed[],
  zoneAt: (p: Point) => Zone | undefined,
  enclosed: (zone: Zone) => boolean,
): { own: Map<string, Placed[]>; open: Placed[] } {
  const own = new Map<string, Placed[]>(zones.map((z) => [z.id, []]));
  const open: Placed[] = [];
  for (const d of devices) {
    const z = zoneAt(d.at);
    if (z) own.get(z.id)?.push(d);
    if (!z || !enclosed(z)) open.push(d);
  }
  return { own, open };
}

/** Whether two devices are closer than `limit`: every such pair once (bucket grid of `limit` m). */
export function closePairs(devices: readonly Placed[], limit: number): { a: Placed; b: Placed; distance: number }[] {
  const out: { a: Placed; b: Placed; distance: number }[] = [];
  if (!(limit > 0)) return out;
  const n = devices.length;
  const column = new Float64Array(n);
  const row = new Float64Array(n);
  let iMin = Infinity;
  let iMax = -Infinity;
  let jMin = Infinity;
  let jMax = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = Math.floor(devices[k]!.at[0] / limit);
    const j = Math.floor(devices[k]!.at[1] / limit);
    column[k] = i;
    row[k] = j;
    // a device off the plane (NaN, infinite) is at no finite distance from any other: in no cell
    if (!Number.isFinite(i) || !Number.isFinite(j)) continue;
    iMin = Math.min(iMin, i);
    iMax = Math.max(iMax, i);
    jMin = Math.min(jMin, j);
    jMax = Math.max(jMax, j);
  }
  if (!(iMin <= iMax)) return out;
  const width = iMax - iMin + 1;
  const height = jMax - jMin + 1;
  if (width * height > 8 * n + 1024) return closePairsByMap(devices, limit);
  // devices by cell (counting sort, each cell in list order)
  const start = new Int32Array(width * height + 1);
  const cellOf = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    if (!Number.isFinite(column[k]!) || !Number.isFinite(row[k]!)) continue;
    cellOf[k] = (column[k]! - iMin) * height + (row[k]! - jMin);
    start[cellOf[k]! + 1]!++;
  }
  for (let c = 0; c < width * height; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, -1);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) if (cellOf[k]! >= 0) order[fill[cellOf[k]!]!++] = k;
  // a pair farther than this squared is no pair: hypot is within an ulp of the root, far inside the slack
  const cut = limit - 1e-9 * limit;
  const cut2 = cut * cut * (1 + 1e-12);
  // each device against those before it in the list, in the cells round its own (as they were
  // met in list order before: cell by cell, di then dj, and in each cell in list order)
  for (let k = 0; k < n; k++) {
    if (cellOf[k]! < 0) continue;
    const d = devices[k]!;
    const i = column[k]! - iMin;
    const j = row[k]! - jMin;
    for (let di = -1; di <= 1; di++) {
      if (i + di < 0 || i + di >= width) continue;
      for (let dj = -1; dj <= 1; dj++) {
        if (j + dj < 0 || j + dj >= height) continue;
        const c = (i + di) * height + (j + dj);
        for (let m = start[c]!; m < start[c + 1]! && order[m]! < k; m++) {
          const o = devices[order[m]!]!;
          const dx = o.at[0] - d.at[0];
          const dy = o.at[1] - d.at[1];
          if (dx * dx + dy * dy > cut2) continue;
          const distance = Math.hypot(dx, dy);
          if (distance < cut) out.push({ a: o, b: d, distance });
        }
      }
    }
  }
  return out;
}

/** closePairs over a map of cells, for devices spread over far more cells than there are devices. */
function closePairsByMap(devices: readonly Placed[], limit: number): { a: Placed; b: Placed; distance: number }[] {
  const out: { a: Placed; b: Placed; distance: number }[] = [];
  const cells = new Map<number, Placed[]>();
  const cellOf = (p: Point): [number, number] => [Math.floor(p[0] / limit), Math.floor(p[1] / limit)];
  // a number per cell (no string per look-up), distinct within ±2^24 cells of the origin; cells
  // farther out that share a number only add pairs the distance test turns away
  const keyOf = (i: number, j: number): number => (i + 0x1000000) * 0x2000000 + (j + 0x1000000);
  devices.forEach((d) => {
    const [i, j] = cellOf(d.at);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const o of cells.get(keyOf(i + di, j + dj)) ?? []) {
          const distance = Math.hypot(o.at[0] - d.at[0], o.at[1] - d.at[1]);
          if (distance < limit - 1e-9 * limit) out.push({ a: o, b: d, distance });
        }
      }
    }
    const k = keyOf(i, j);
    const list = cells.get(k);
    if (list) list.push(d);
    else cells.set(k, [d]);
  });
  return out;
}

/**
 * Perpendicular distance from p to the line through a and b, `length` = Math.hypot of a–b (many
 * points are measured to one line: its length once).
 */
export function distanceToLine(p: Point, a: Point, b: Point, length: number): number {
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs((p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0])) / length;
}

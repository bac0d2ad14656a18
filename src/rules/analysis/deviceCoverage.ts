// Point devices on the ceiling (smoke detectors, sprinklers) against the zones they protect:
// sample points of a zone on a square grid, the nearest device of a set to each point through a
// bucket grid, the walls a zone edge runs along, and the distance of a device to the nearest wall.
// Shared by fire.detector-coverage and fire.sprinkler-spacing (docs/rules.md "Detection and
// suppression").
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import { bounds, distanceToSegment, pointInPolygon, type Bounds } from '../../floorplan/geometry/polygon.ts';
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
    const d = Math.max(0, distanceToSegment(p, s.a, s.b) - s.half);
    if (d < distance) {
      distance = d;
      barrier = s;
    }
  }
  return { distance, barrier };
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

function inSpans(spans: readonly number[], x: number): boolean {
  for (let k = 0; k + 1 < spans.length; k += 2) if (x >= spans[k]! && x <= spans[k + 1]!) return true;
  return false;
}

function inAnySpans(lists: readonly number[][], x: number): boolean {
  for (const spans of lists) if (spans.length >= 2 && inSpans(spans, x)) return true;
  return false;
}

/**
 * Sample points of a zone: centres of `step` cells over the zone's box that lie in the zone and
 * not in a core or column (the ceiling there is not the zone's). Row by row: each row crosses the
 * zone's edges (and the solids' edges) once, not once per point.
 */
export function zoneSamples(zone: Zone, step: number, solids: readonly Polygon[]): Point[] {
  const points: Point[] = [];
  visitZoneSamples(zone, step, solids, (x, y) => points.push([x, y]));
  return points;
}

/** zoneSamples point by point, in its order, without building the list. */
function visitZoneSamples(zone: Zone, step: number, solids: readonly Polygon[], visit: (x: number, y: number) => void): void {
  const b = bounds(zone.polygon);
  const inBox = solids.filter((s) => overlaps(bounds(s), b));
  const nx = Math.max(1, Math.ceil((b.maxX - b.minX) / step - 1e-9));
  const ny = Math.max(1, Math.ceil((b.maxY - b.minY) / step - 1e-9));
  // cells of the box, centred so the margins left at both ends are equal
  const x0 = (b.minX + b.maxX) / 2 - ((nx - 1) * step) / 2;
  const y0 = (b.minY + b.maxY) / 2 - ((ny - 1) * step) / 2;
  const spans: number[] = [];
  const holes: number[][] = inBox.map(() => []);
  for (let j = 0; j < ny; j++) {
    const y = y0 + j * step;
    rowSpans(zone.polygon, y, spans);
    if (spans.length < 2) continue;
    for (let k = 0; k < inBox.length; k++) rowSpans(inBox[k]!, y, holes[k]!);
    for (let i = 0; i < nx; i++) {
      const x = x0 + i * step;
      if (!inSpans(spans, x) || inAnySpans(holes, x)) continue;
      visit(x, y);
    }
  }
}

/** Points every `step` along the zone's edges, its corners included, each with its edge. */
export function edgeSamples(zone: Zone, step: number): { point: Point; a: Point; b: Point }[] {
  const out: { point: Point; a: Point; b: Point }[] = [];
  const n = zone.polygon.length;
  for (let i = 0; i < n; i++) {
    const a = zone.polygon[i]!;
    const b = zone.polygon[(i + 1) % n]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) continue;
    const count = Math.max(1, Math.ceil(length / step - 1e-9));
    for (let k = 0; k <= count; k++) {
      const t = k / count;
      out.push({ point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], a, b });
    }
  }
  return out;
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
  return edgeSamples(zone, step).filter((e) => {
    if (e.a !== edgeA || e.b !== edgeB) {
      edgeA = e.a;
      edgeB = e.b;
      const eb = bounds([e.a, e.b]);
      onEdge = near.filter((n) => overlaps(n.box, eb, n.s.half + ON_BOUNDARY + BOX_SLACK)).map((n) => n.s);
    }
    return onEdge.some((s) => distanceToSegment(e.point, s.a, s.b) <= s.half + ON_BOUNDARY);
  });
}

/** Margin (m) added to box tests that only rule out what an exact test then decides. */
const BOX_SLACK = 1e-6;

/** Sample points of a zone for coverage: its grid points, and its edge samples outside cores and columns. */
export function coverageSamples(zone: Zone, step: number, solids: readonly Polygon[]): Point[] {
  const points: Point[] = [];
  visitCoverageSamples(zone, step, solids, (x, y) => points.push([x, y]));
  return points;
}

/** coverageSamples point by point, in its order, without building the list. */
function visitCoverageSamples(zone: Zone, step: number, solids: readonly Polygon[], visit: (x: number, y: number) => void): void {
  const b = bounds(zone.polygon);
  const inBox = solids.filter((s) => overlaps(bounds(s), b));
  const edge = edgeSamples(zone, step).map((e) => e.point).filter((p) => !inBox.some((s) => pointInPolygon(p, s, 0)));
  visitZoneSamples(zone, step, solids, visit);
  for (const p of edge) visit(p[0], p[1]);
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
    this.xs = Float64Array.from(devices, (d) => d.at[0]);
    this.ys = Float64Array.from(devices, (d) => d.at[1]);
    this.minX = n ? Math.min(...this.xs) : 0;
    this.minY = n ? Math.min(...this.ys) : 0;
    this.nx = n ? Math.floor((Math.max(...this.xs) - this.minX) / cell) + 1 : 0;
    this.ny = n ? Math.floor((Math.max(...this.ys) - this.minY) / cell) + 1 : 0;
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
    return this.withinIndex(p[0], p[1], r, -1) >= 0;
  }

  /**
   * A device within `r` of (x, y) among those in the buckets the square of side 2r round it
   * touches, or -1: `hint` (a device index, or -1) is tried first, then the buckets in order.
   * The answer is -1 exactly when anyWithin's scan of those buckets finds none.
   */
  private withinIndex(x: number, y: number, r: number, hint: number): number {
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
    for (const p of points) search.visit(p[0], p[1], p);
    return search.result();
  }

  /**
   * farthest(coverageSamples(zone, step, solids)) without building the list of points, and how
   * many points there are.
   */
  farthestSample(zone: Zone, step: number, solids: readonly Polygon[]): { distance: number; point: Point | undefined; count: number } {
    const search = this.farthestSearch();
    let count = 0;
    visitCoverageSamples(zone, step, solids, (x, y) => {
      count++;
      search.visit(x, y);
    });
    return { ...search.result(), count };
  }

  /**
   * The farthest search point by point. The device that was within reach of the last point is
   * tried first for the next (neighbouring samples mostly share it); the answers are those of
   * anyWithin and nearest.
   */
  private farthestSearch(): { visit(x: number, y: number, p?: Point): void; result(): { distance: number; point: Point | undefined } } {
    let worst = -1;
    let at: Point | undefined;
    let hint = -1;
    return {
      visit: (x, y, p) => {
        if (worst >= 0) {
          const near = this.withinIndex(x, y, worst, hint);
          if (near >= 0) {
            hint = near;
            return;
          }
        }
        const point = p ?? [x, y];
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

/** Perpendicular distance from p to the line through a and b. */
export function distanceToLine(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l = Math.hypot(dx, dy);
  if (l === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / l;
}

// Which zone holds a point, for thousands of points per floor: a flatbush index over the zone
// boxes, then the exact test on the few candidates. Where zones overlap (a data error that
// zoning.overlap reports) the smallest containing zone wins, as in floorplan/queries/zones.ts.
// In front of the index, a square lattice over the zones' boxes answers most points at once: a
// cell no zone's box meets holds no zone; a cell only one zone's box meets needs that zone's test
// alone, and none at all where no edge of any zone comes near the cell and its centre is inside
// (the crossing parity cannot change within such a cell, and no edge is within the test's
// tolerance of it). A cell several boxes meet asks the index, so the answer is always the index's.
// The cells are sorted out together when the first point is asked.
import Flatbush from 'flatbush';
import { bounds, pointInPolygon, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../floorplan/types.ts';
import { anyItemIn, IndexStack } from '../walking/indexWalk.ts';

export interface ZoneIndex {
  zoneAt(p: Point): Zone | undefined;
  /** zones whose box meets the given box */
  zonesInBox(minX: number, minY: number, maxX: number, maxY: number): Zone[];
  area(zone: Zone): number;
}

export interface ZoneIndexOptions {
  /** answer from the lattice of cells where it can (default true; false: the index alone, for tests) */
  cells?: boolean;
}

/** Cells of the lattice at most (its side grows for large floors). */
const MAX_CELLS = 16384;
/** A cell counts as met by a box or an edge this close (m): far above rounding, far above pointInPolygon's tolerance. */
const MARGIN = 1e-6;
/** Cell states besides a zone's index. */
const NO_ZONE = -1;
const SEVERAL = -2;
const UNKNOWN = -3;

export function buildZoneIndex(zones: readonly Zone[], options: ZoneIndexOptions = {}): ZoneIndex {
  const areas = new Map<Zone, number>(zones.map((z) => [z, polygonArea(z.polygon)]));
  if (zones.length === 0) return { zoneAt: () => undefined, zonesInBox: () => [], area: (z) => areas.get(z) ?? polygonArea(z.polygon) };
  const index = new Flatbush(zones.length);
  const boxes = new Float64Array(zones.length * 4);
  zones.forEach((z, k) => {
    const b = bounds(z.polygon);
    index.add(b.minX, b.minY, b.maxX, b.maxY);
    boxes[k * 4] = b.minX;
    boxes[k * 4 + 1] = b.minY;
    boxes[k * 4 + 2] = b.maxX;
    boxes[k * 4 + 3] = b.maxY;
  });
  index.finish();
  // zoneAt runs for every grid point and seat: the walk and its callback are made once, not per call
  const stack = new IndexStack();
  const areaOf = zones.map((z) => areas.get(z)!);
  let query: Point = [0, 0];
  let best: Zone | undefined;
  let bestArea = Infinity;
  const consider = (i: number): boolean => {
    const a = areaOf[i]!;
    if (a < bestArea && pointInPolygon(query, zones[i]!.polygon)) {
      best = zones[i]!;
      bestArea = a;
    }
    return false;
  };
  const fromIndex = (p: Point): Zone | undefined => {
    query = p;
    best = undefined;
    bestArea = Infinity;
    anyItemIn(index, stack, p[0], p[1], p[0], p[1], consider);
    return best;
  };
  let lattice: ZoneLattice | null | undefined = options.cells === false ? null : undefined;
  return {
    zoneAt(p) {
      // built on the first point: a context that asks only for areas pays nothing
      if (lattice === undefined) lattice = ZoneLattice.build(zones, boxes, areaOf);
      if (lattice === null) return fromIndex(p);
      const k = lattice.zoneAt(p[0], p[1], zones, boxes);
      return k === SEVERAL ? fromIndex(p) : k === NO_ZONE ? undefined : zones[k];
    },
    zonesInBox: (minX, minY, maxX, maxY) => index.search(minX, minY, maxX, maxY).map((i) => zones[i]!),
    area: (z) => areas.get(z) ?? polygonArea(z.polygon),
  };
}

/**
 * The square cells over the zones' boxes, all classified when the lattice is made: a box or an
 * edge marks the cells it meets column range by row range (a few thousand writes), where asking
 * the index cell by cell cost a tree walk each for the ten thousand cells a floor's points touch.
 */
class ZoneLattice {
  /** per cell: NO_ZONE, SEVERAL, or the one zone whose box meets it */
  private readonly zone: Int32Array;
  /** per cell met by one zone's box: 1 when every point of it lies inside that zone, away from every edge */
  private readonly inside: Uint8Array;

  private constructor(
    private readonly x0: number,
    private readonly y0: number,
    private readonly size: number,
    private readonly cols: number,
    private readonly rows: number,
    /** per zone: its area can win (the index's test `area < Infinity`) */
    private readonly eligible: Uint8Array,
  ) {
    this.zone = new Int32Array(cols * rows).fill(NO_ZONE);
    this.inside = new Uint8Array(cols * rows);
  }

  static build(zones: readonly Zone[], boxes: Float64Array, areaOf: readonly number[]): ZoneLattice | null {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = 0; k < zones.length; k++) {
      const o = k * 4;
      // a box that is not one (a polygon with a NaN corner): the index alone
      if (!(boxes[o]! <= boxes[o + 2]! && boxes[o + 1]! <= boxes[o + 3]!)) return null;
      minX = Math.min(minX, boxes[o]!);
      minY = Math.min(minY, boxes[o + 1]!);
      maxX = Math.max(maxX, boxes[o + 2]!);
      maxY = Math.max(maxY, boxes[o + 3]!);
    }
    if (![minX, minY, maxX, maxY].every(Number.isFinite) || maxX <= minX || maxY <= minY) return null;
    const size = Math.sqrt(((maxX - minX) * (maxY - minY)) / MAX_CELLS);
    if (!(size > 0)) return null;
    const cols = Math.max(1, Math.ceil((maxX - minX) / size));
    const rows = Math.max(1, Math.ceil((maxY - minY) / size));
    const lattice = new ZoneLattice(minX, minY, size, cols, rows, Uint8Array.from(areaOf, (a) => (a < Infinity ? 1 : 0)));
    lattice.classify(zones, boxes);
    return lattice;
  }

  /** The zone at (x, y) by its index, NO_ZONE, or SEVERAL (ask the index). */
  zoneAt(x: number, y: number, zones: readonly Zone[], boxes: Float64Array): number {
    const fx = (x - this.x0) / this.size;
    const fy = (y - this.y0) / this.size;
    // outside the lattice (or not a number): the index decides
    if (!(fx >= 0 && fx <= this.cols && fy >= 0 && fy <= this.rows)) return SEVERAL;
    const i = Math.min(this.cols - 1, Math.floor(fx));
    const j = Math.min(this.rows - 1, Math.floor(fy));
    const c = i * this.rows + j;
    const k = this.zone[c]!;
    if (k < 0) return k;
    if (!this.eligible[k]) return NO_ZONE;
    if (this.inside[c]) return k;
    const o = k * 4;
    if (x < boxes[o]! || y < boxes[o + 1]! || x > boxes[o + 2]! || y > boxes[o + 3]!) return NO_ZONE;
    return pointInPolygon([x, y], zones[k]!.polygon) ? k : NO_ZONE;
  }

  /** Column i of the lattice grown by MARGIN spans [cellLow(x0, i), cellHigh(x0, i)] (rows alike from y0). */
  private cellLow(origin: number, i: number): number {
    return origin + i * this.size - MARGIN;
  }
  private cellHigh(origin: number, i: number): number {
    return origin + (i + 1) * this.size + MARGIN;
  }

  /**
   * The columns (from x0, `count` of them) or rows (from y0) whose span grown by MARGIN meets
   * [low, high], as [first, last] (first > last: none). The test is the index's (a cell meets a
   * box unless it lies wholly to one side); the division only narrows which cells are tested.
   */
  private span(origin: number, count: number, low: number, high: number): [number, number] {
    if (!(low <= high)) return [0, -1];
    const slack = Math.ceil(MARGIN / this.size) + 2;
    const from = Math.max(0, Math.floor((low - origin) / this.size) - slack);
    const to = Math.min(count - 1, Math.floor((high - origin) / this.size) + slack);
    let first = -1;
    let last = -2;
    for (let i = from; i <= to; i++) {
      if (this.cellHigh(origin, i) < low || this.cellLow(origin, i) > high) continue;
      if (first < 0) first = i;
      last = i;
    }
    return first < 0 ? [0, -1] : [first, last];
  }

  /**
   * Every cell at once: the zones whose box meets the cell grown by MARGIN (none, one, several);
   * for a cell of one zone, whether it lies inside that zone away from its edges (no edge's box
   * meets the cell grown by MARGIN, and its centre is inside).
   */
  private classify(zones: readonly Zone[], boxes: Float64Array): void {
    const { zone, rows } = this;
    for (let k = 0; k < zones.length; k++) {
      const o = k * 4;
      const [i0, i1] = this.span(this.x0, this.cols, boxes[o]!, boxes[o + 2]!);
      const [j0, j1] = this.span(this.y0, rows, boxes[o + 1]!, boxes[o + 3]!);
      for (let i = i0; i <= i1; i++) {
        for (let c = i * rows + j0; c <= i * rows + j1; c++) zone[c] = zone[c] === NO_ZONE ? k : SEVERAL;
      }
    }
    // cells an edge of their one zone comes near: not inside (an edge with a NaN end meets none, as in the index's test)
    const nearEdge = new Uint8Array(zone.length);
    for (let k = 0; k < zones.length; k++) {
      const ring = zones[k]!.polygon;
      for (let e = 0; e < ring.length; e++) {
        const a = ring[e]!;
        const b = ring[(e + 1) % ring.length]!;
        const [i0, i1] = this.span(this.x0, this.cols, Math.min(a[0], b[0]), Math.max(a[0], b[0]));
        const [j0, j1] = this.span(this.y0, rows, Math.min(a[1], b[1]), Math.max(a[1], b[1]));
        for (let i = i0; i <= i1; i++) {
          for (let c = i * rows + j0; c <= i * rows + j1; c++) if (zone[c] === k) nearEdge[c] = 1;
        }
      }
    }
    // Inside or not, column by column. Two cells of a column next to each other, of the same zone
    // and neither near its edges, are both inside or both outside: no edge comes within MARGIN of
    // either cell, so none crosses the line between their centres, and at those centres (more
    // than half a cell from every edge) pointInPolygon's parity is exact. The test runs once per
    // run of such cells.
    const finite = zones.map((z) => z.polygon.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])));
    const centre: Point = [0, 0];
    for (let i = 0; i < this.cols; i++) {
      let runZone = -1;
      let runInside = 0;
      for (let j = 0; j < rows; j++) {
        const c = i * rows + j;
        const k = zone[c]!;
        if (k < 0 || nearEdge[c]) {
          runZone = -1;
          continue;
        }
        if (k !== runZone || !finite[k]) {
          centre[0] = this.x0 + (i + 0.5) * this.size;
          centre[1] = this.y0 + (j + 0.5) * this.size;
          runInside = pointInPolygon(centre, zones[k]!.polygon) ? 1 : 0;
          runZone = k;
        }
        this.inside[c] = runInside;
      }
    }
  }
}

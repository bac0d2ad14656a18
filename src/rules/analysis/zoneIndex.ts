// Which zone holds a point, for thousands of points per floor: a flatbush index over the zone
// boxes, then the exact test on the few candidates. Where zones overlap (a data error that
// zoning.overlap reports) the smallest containing zone wins, as in floorplan/queries/zones.ts.
// In front of the index, a square lattice over the zones' boxes answers most points at once: a
// cell no zone's box meets holds no zone; a cell only one zone's box meets needs that zone's test
// alone, and none at all where no edge of any zone comes near the cell and its centre is inside
// (the crossing parity cannot change within such a cell, and no edge is within the test's
// tolerance of it). A cell several boxes meet asks the index, so the answer is always the index's.
// Cells are sorted out the first time a point falls in them.
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
      if (lattice === undefined) lattice = ZoneLattice.build(zones, boxes, areaOf, index);
      if (lattice === null) return fromIndex(p);
      const k = lattice.zoneAt(p[0], p[1], zones, boxes);
      return k === SEVERAL ? fromIndex(p) : k === NO_ZONE ? undefined : zones[k];
    },
    zonesInBox: (minX, minY, maxX, maxY) => index.search(minX, minY, maxX, maxY).map((i) => zones[i]!),
    area: (z) => areas.get(z) ?? polygonArea(z.polygon),
  };
}

/**
 * The square cells over the zones' boxes, each classified the first time a point falls in it
 * (most floors ask a few thousand points, in far fewer cells than the lattice has).
 */
class ZoneLattice {
  /** per cell: UNKNOWN, NO_ZONE, SEVERAL, or the one zone whose box meets it */
  private readonly zone: Int32Array;
  /** per cell met by one zone's box: 1 when every point of it lies inside that zone, away from every edge */
  private readonly inside: Uint8Array;
  private readonly found: number[] = [];
  /** the index walk's filter, made once: a closure per cell was most of the look-up's garbage */
  private readonly collect = (item: number): boolean => this.found.push(item) > 1;
  private readonly centre: Point = [0, 0];

  private constructor(
    private readonly x0: number,
    private readonly y0: number,
    private readonly size: number,
    private readonly cols: number,
    private readonly rows: number,
    private readonly index: Flatbush,
    /** per zone: its area can win (the index's test `area < Infinity`) */
    private readonly eligible: Uint8Array,
  ) {
    this.zone = new Int32Array(cols * rows).fill(UNKNOWN);
    this.inside = new Uint8Array(cols * rows);
  }

  static build(zones: readonly Zone[], boxes: Float64Array, areaOf: readonly number[], index: Flatbush): ZoneLattice | null {
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
    return new ZoneLattice(minX, minY, size, cols, rows, index, Uint8Array.from(areaOf, (a) => (a < Infinity ? 1 : 0)));
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
    let k = this.zone[c]!;
    if (k === UNKNOWN) k = this.classify(c, i, j, zones);
    if (k < 0) return k;
    if (!this.eligible[k]) return NO_ZONE;
    if (this.inside[c]) return k;
    const o = k * 4;
    if (x < boxes[o]! || y < boxes[o + 1]! || x > boxes[o + 2]! || y > boxes[o + 3]!) return NO_ZONE;
    return pointInPolygon([x, y], zones[k]!.polygon) ? k : NO_ZONE;
  }

  /**
   * What cell c tells alone: the zones whose box meets the cell grown by MARGIN (the index's
   * boxes are the zones' own); for one such zone, whether the cell lies inside it away from its
   * edges (no edge's box, grown by MARGIN, meets the cell, and the centre is inside).
   */
  private classify(c: number, i: number, j: number, zones: readonly Zone[]): number {
    const cx0 = this.x0 + i * this.size - MARGIN;
    const cy0 = this.y0 + j * this.size - MARGIN;
    const cx1 = this.x0 + (i + 1) * this.size + MARGIN;
    const cy1 = this.y0 + (j + 1) * this.size + MARGIN;
    const found = this.found;
    found.length = 0;
    anyItemIn(this.index, LATTICE_STACK, cx0, cy0, cx1, cy1, this.collect);
    const k = found.length === 0 ? NO_ZONE : found.length > 1 ? SEVERAL : found[0]!;
    this.zone[c] = k;
    if (k < 0) return k;
    const ring = zones[k]!.polygon;
    for (let e = 0; e < ring.length; e++) {
      const a = ring[e]!;
      const b = ring[(e + 1) % ring.length]!;
      if (Math.min(a[0], b[0]) <= cx1 && Math.max(a[0], b[0]) >= cx0 && Math.min(a[1], b[1]) <= cy1 && Math.max(a[1], b[1]) >= cy0) return k;
    }
    this.centre[0] = this.x0 + (i + 0.5) * this.size;
    this.centre[1] = this.y0 + (j + 0.5) * this.size;
    if (pointInPolygon(this.centre, ring)) this.inside[c] = 1;
    return k;
  }
}

/** The stack of the lattice's index walks (they never nest). */
const LATTICE_STACK = new IndexStack();

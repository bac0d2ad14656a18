// Where a floor's labels belong in plan coordinates, worked out once per floor (not per frame):
// a zone's label sits at its pole of inaccessibility (inside even an L-shaped room, where the
// centroid may fall outside) with the largest upright rectangle around it that stays in the zone;
// an exit's badge goes beside the door on the side with no desks (outside the building, or into
// the stair core).
import polylabel from 'polylabel';
import { bounds, distanceToSegment, pointInPolygon, type Bounds } from '../floorplan/geometry/polygon.ts';
import { SEATING_USES } from '../floorplan/queries/zones.ts';
import type { Floor, Point } from '../floorplan/types.ts';

export interface ZoneLabelAnchor {
  /** the pole of inaccessibility */
  at: Point;
  /** an upright rectangle centred on `at` inside the zone: the label must fit in it */
  room: Bounds;
}

/** Width over height of a typical zone label (name over area and seats), to choose among rectangles. */
const LABEL_ASPECT = 3.5;
const ASPECTS = [0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24];

/** Whether segment a–b passes through the open rectangle (Liang–Barsky clipping). */
function segmentEntersRect(a: Point, b: Point, r: Bounds): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const clips: [number, number][] = [
    [-dx, a[0] - r.minX],
    [dx, r.maxX - a[0]],
    [-dy, a[1] - r.minY],
    [dy, r.maxY - a[1]],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** The rectangle lies in the polygon: its corners are inside and no edge cuts through it. */
export function rectInPolygon(r: Bounds, polygon: readonly Point[]): boolean {
  const corners: Point[] = [
    [r.minX, r.minY],
    [r.maxX, r.minY],
    [r.maxX, r.maxY],
    [r.minX, r.maxY],
  ];
  if (!corners.every((c) => pointInPolygon(c, polygon, 1e-7))) return false;
  // edges along the rectangle's own sides are fine: test against a hair-thinner rectangle
  const e = 1e-6;
  const inner = { minX: r.minX + e, minY: r.minY + e, maxX: r.maxX - e, maxY: r.maxY - e };
  for (let i = 0; i < polygon.length; i++) {
    if (segmentEntersRect(polygon[i]!, polygon[(i + 1) % polygon.length]!, inner)) return false;
  }
  return true;
}

/** The largest rectangle of the given aspect (width / height) centred on p inside the polygon (bisection). */
function rectOfAspect(p: Point, aspect: number, polygon: readonly Point[], limit: number): Bounds {
  const rect = (h: number): Bounds => ({ minX: p[0] - aspect * h, maxX: p[0] + aspect * h, minY: p[1] - h, maxY: p[1] + h });
  let lo = 0;
  let hi = limit;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (rectInPolygon(rect(mid), polygon)) lo = mid;
    else hi = mid;
  }
  return rect(lo);
}

export function zoneLabelAnchor(polygon: readonly Point[]): ZoneLabelAnchor {
  const box = bounds(polygon);
  const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY);
  const pole = polylabel([polygon], Math.max(extent / 200, 0.01));
  const at: Point = [pole[0], pole[1]];
  let best: Bounds = { minX: at[0], maxX: at[0], minY: at[1], maxY: at[1] };
  let bestFit = 0;
  let bestArea = 0;
  for (const aspect of ASPECTS) {
    const r = rectOfAspect(at, aspect, polygon, extent);
    const w = r.maxX - r.minX;
    const h = r.maxY - r.minY;
    // how big a typical label could be drawn in it; near-ties go to the larger rectangle
    const fit = Math.min(w / LABEL_ASPECT, h);
    const area = w * h;
    if (fit > bestFit * 1.02 || (fit >= bestFit * 0.98 && area > bestArea)) {
      best = r;
      bestFit = Math.max(fit, bestFit);
      bestArea = area;
    }
  }
  return { at, room: best };
}

/**
 * The sides (unit plan vectors) of an exit on which its badge may go, best first: looking a metre
 * from the door each way, outside the floor is best, then a core (the stair itself), then a zone
 * without desks; a zone with desks is the last resort. Among equals, directions square to the
 * walls at the door come before the compass directions.
 */
export function exitBadgeSides(floor: Pick<Floor, 'outline' | 'cores' | 'zones'>, at: Point, probe = 1): Point[] {
  const candidates: Point[] = [];
  const add = (d: Point) => {
    // + 0 turns the -0 of a negated normal into 0
    const p: Point = [d[0] + 0, d[1] + 0];
    if (!candidates.some((c) => Math.abs(c[0] - p[0]) < 1e-9 && Math.abs(c[1] - p[1]) < 1e-9)) candidates.push(p);
  };
  for (const polygon of [floor.outline, ...floor.cores.map((c) => c.polygon)]) {
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i]!;
      const b = polygon[(i + 1) % polygon.length]!;
      if (distanceToSegment(at, a, b) > 0.5) continue;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len === 0) continue;
      const n: Point = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
      add(n);
      add([-n[0], -n[1]]);
    }
  }
  for (const d of [[0, 1], [1, 0], [0, -1], [-1, 0]] as Point[]) add(d);
  const score = (d: Point): number => {
    const q: Point = [at[0] + d[0] * probe, at[1] + d[1] * probe];
    // a probe along the outer wall lies on it: that is not outside
    if (!pointInPolygon(q, floor.outline, 1e-6)) return 3;
    if (floor.cores.some((c) => pointInPolygon(q, c.polygon, 0))) return 2;
    const zone = floor.zones.find((z) => pointInPolygon(q, z.polygon, 1e-6));
    return zone && SEATING_USES.includes(zone.use) ? 0 : 1;
  };
  const scored = candidates.map((d, i) => ({ d, i, s: score(d) }));
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  return scored.map((c) => c.d);
}

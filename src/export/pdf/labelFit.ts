// Does a text box fit inside its zone and clear of what is already on the page? Pure page
// geometry (millimetres, y down) so the PDF renderer only measures text and draws the answer.
import { bounds, distanceToPolygonBoundary, pointInPolygon } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of `width` × `height` centred on `at`. */
export function centredRect(at: Point, width: number, height: number): Rect {
  return { x: at[0] - width / 2, y: at[1] - height / 2, width, height };
}

/** True when the boxes share more than an edge once each is grown by `gap` on every side. */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x - gap < b.x + b.width && b.x - gap < a.x + a.width && a.y - gap < b.y + b.height && b.y - gap < a.y + a.height;
}

/** True when segment p→q passes through the open interior of the box (Liang–Barsky clipping). */
export function segmentCrossesRect(p: Point, q: Point, r: Rect): boolean {
  const eps = 1e-9;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const clip = (den: number, num: number): boolean => {
    // keeps the part of the segment where den·t ≤ num
    if (Math.abs(den) < 1e-15) return num > 0;
    const t = num / den;
    if (den > 0) t1 = Math.min(t1, t);
    else t0 = Math.max(t0, t);
    return t0 < t1;
  };
  return (
    clip(-dx, p[0] - (r.x + eps)) &&
    clip(dx, r.x + r.width - eps - p[0]) &&
    clip(-dy, p[1] - (r.y + eps)) &&
    clip(dy, r.y + r.height - eps - p[1])
  );
}

/** True when the box lies wholly inside the polygon: its centre inside and no edge entering it. */
export function rectInsidePolygon(r: Rect, polygon: readonly Point[]): boolean {
  if (!pointInPolygon([r.x + r.width / 2, r.y + r.height / 2], polygon)) return false;
  for (let i = 0; i < polygon.length; i++) {
    if (segmentCrossesRect(polygon[i]!, polygon[(i + 1) % polygon.length]!, r)) return false;
  }
  return true;
}

/**
 * Where to try a label inside a polygon, best first: the centroid-like middle of its bounding box
 * when inside, then points of a grid over the polygon ordered by their distance from its edges
 * (roomiest first, a cheap stand-in for the pole of inaccessibility).
 */
export function labelAnchors(polygon: readonly Point[], count = 6, grid = 9): Point[] {
  const { minX, minY, maxX, maxY } = bounds(polygon);
  const anchors: { p: Point; room: number }[] = [];
  const middle: Point = [(minX + maxX) / 2, (minY + maxY) / 2];
  if (pointInPolygon(middle, polygon)) anchors.push({ p: middle, room: Infinity });
  for (let i = 1; i < grid; i++) {
    for (let j = 1; j < grid; j++) {
      const p: Point = [minX + ((maxX - minX) * i) / grid, minY + ((maxY - minY) * j) / grid];
      if (pointInPolygon(p, polygon, 0)) anchors.push({ p, room: distanceToPolygonBoundary(p, polygon) });
    }
  }
  return anchors
    .sort((a, b) => b.room - a.room)
    .slice(0, count)
    .map((a) => a.p);
}

export interface LabelChoice {
  /** index of the first variant that fitted */
  variant: number;
  rect: Rect;
}

/**
 * The first label variant (sizes in the order the caller prefers, e.g. largest font first, then
 * fewer lines) that fits inside `within`, `inset` clear of its edges, at one of the anchors
 * without touching any box `taken` (kept `gap` apart); null when none fits and the label is to be
 * dropped. Labels kept inside their own zones never meet, so neighbours need not shrink each other.
 */
export function placeLabel(
  variants: readonly { width: number; height: number }[],
  anchors: readonly Point[],
  within: readonly Point[] | null,
  taken: readonly Rect[],
  gap = 0.4,
  inset = 0,
): LabelChoice | null {
  for (let v = 0; v < variants.length; v++) {
    const { width, height } = variants[v]!;
    for (const at of anchors) {
      const rect = centredRect(at, width, height);
      if (within && !rectInsidePolygon(centredRect(at, width + 2 * inset, height + 2 * inset), within)) continue;
      if (taken.some((t) => rectsOverlap(rect, t, gap))) continue;
      return { variant: v, rect };
    }
  }
  return null;
}

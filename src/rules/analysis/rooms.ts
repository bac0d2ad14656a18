// Enclosed rooms versus open zones. A zone is an enclosed room when every edge of its polygon
// is covered by walls (any kind: solid, glass, fire wall, fire partition), the outline (exterior
// wall), core walls, or the doors and exits in them, and at least part of it by interior walls of
// its own: a zone bounded by the outline alone is the open floor plate, not a room. Corridors are
// circulation, never rooms. The doors of a zone are the doors and exits lying on its boundary.
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import { bounds, distanceToSegment, vectorLength, type Bounds } from '../../floorplan/geometry/polygon.ts';
import type { Door, Exit, Floor, Point, Zone } from '../../floorplan/types.ts';

export interface ZoneEnclosure {
  zone: Zone;
  enclosed: boolean;
  /** doors on the zone's boundary */
  doors: Door[];
  /** exits on the zone's boundary or inside it */
  exits: Exit[];
  /** longest stretch of boundary left open (m); 0 when enclosed */
  openLength: number;
}

/** How far a door or exit may sit off a zone line and still be on it (wall half-thickness and drawing slack). */
export const ON_BOUNDARY = 0.15;
/** Gaps in the walls along a zone edge shorter than this are drawing slack, not openings (m). */
const GAP_SLACK = 0.05;
/** Sine of the largest angle between a wall and a zone edge still counted as running along it. */
const PARALLEL = 0.01;
/** Slack (m) between a wall's face and the zone line beyond half the wall's thickness. */
const LINE_SLACK = 0.02;

interface Segment {
  a: Point;
  b: Point;
  /** half the thickness of what the segment stands for (0 for outline and core edges) */
  half: number;
  interior: boolean;
}

/**
 * Whether a segment with this box may cover part of an edge with that box: coverage() asks the
 * whole segment to lie within half + LINE_SLACK of the edge's line and to reach within `half` of
 * the edge lengthwise, so some point of it lies within √(half² + (half + LINE_SLACK)²) ≤
 * 2·half + LINE_SLACK of the edge, hence of the edge's box. BOX_SLACK keeps every segment the
 * exact test could accept.
 */
function mayCover(segment: Bounds, half: number, edge: Bounds): boolean {
  const m = 2 * half + LINE_SLACK + BOX_SLACK;
  return segment.minX <= edge.maxX + m && segment.maxX >= edge.minX - m && segment.minY <= edge.maxY + m && segment.maxY >= edge.minY - m;
}

/** Margin (m) of box tests that only rule out what an exact test would turn away. */
const BOX_SLACK = 1e-6;

/** Intervals [t0, t1] along the edge a→b (t in metres from a) covered by the segment. */
function coverage(a: Point, b: Point, length: number, s: Segment): [number, number] | null {
  const ux = (b[0] - a[0]) / length;
  const uy = (b[1] - a[1]) / length;
  const sx = s.b[0] - s.a[0];
  const sy = s.b[1] - s.a[1];
  const sl = vectorLength(sx, sy);
  if (sl === 0) return null;
  if (Math.abs(ux * sy - uy * sx) / sl > PARALLEL) return null;
  const off = (p: Point): number => Math.abs((p[0] - a[0]) * uy - (p[1] - a[1]) * ux);
  const slack = s.half + LINE_SLACK;
  if (off(s.a) > slack || off(s.b) > slack) return null;
  const t1 = (s.a[0] - a[0]) * ux + (s.a[1] - a[1]) * uy;
  const t2 = (s.b[0] - a[0]) * ux + (s.b[1] - a[1]) * uy;
  const lo = Math.min(t1, t2) - s.half;
  const hi = Math.max(t1, t2) + s.half;
  if (hi <= 0 || lo >= length) return null;
  return [Math.max(0, lo), Math.min(length, hi)];
}

/** Longest part of [0, length] not covered by the intervals. */
function longestGap(length: number, intervals: [number, number][]): number {
  intervals.sort((x, y) => x[0] - y[0]);
  let reached = 0;
  let gap = 0;
  for (const [lo, hi] of intervals) {
    if (lo > reached) gap = Math.max(gap, lo - reached);
    reached = Math.max(reached, hi);
  }
  return Math.max(gap, length - reached);
}

function polygonEdges(polygon: readonly Point[]): Segment[] {
  return polygon.map((a, i) => ({ a, b: polygon[(i + 1) % polygon.length]!, half: 0, interior: false }));
}

export function onBoundary(p: Point, polygon: readonly Point[], tolerance = ON_BOUNDARY): boolean {
  for (let i = 0; i < polygon.length; i++) {
    if (distanceToSegment(p, polygon[i]!, polygon[(i + 1) % polygon.length]!) <= tolerance) return true;
  }
  return false;
}

export function zoneEnclosures(floor: Floor, isInside: (p: Point, zone: Zone) => boolean): ZoneEnclosure[] {
  const barriers: Segment[] = [
    ...floor.walls.map((w) => ({ a: w.a, b: w.b, half: wallThickness(w) / 2, interior: true })),
    ...polygonEdges(floor.outline),
    ...floor.cores.flatMap((c) => polygonEdges(c.polygon)),
  ];
  const boxes = barriers.map((s) => bounds([s.a, s.b]));
  return floor.zones.map((zone) => {
    const doors = floor.doors.filter((d) => onBoundary(d.at, zone.polygon));
    const exits = floor.exits.filter((e) => onBoundary(e.at, zone.polygon) || isInside(e.at, zone));
    const openings = [...doors, ...exits].map((d) => ({ at: d.at, half: d.width / 2 }));
    let openLength = 0;
    let ownWalls = false;
    const n = zone.polygon.length;
    for (let i = 0; i < n; i++) {
      const a = zone.polygon[i]!;
      const b = zone.polygon[(i + 1) % n]!;
      const length = vectorLength(b[0] - a[0], b[1] - a[1]);
      if (length === 0) continue;
      const covered: [number, number][] = [];
      const edgeBox = bounds([a, b]);
      for (let k = 0; k < barriers.length; k++) {
        const s = barriers[k]!;
        if (!mayCover(boxes[k]!, s.half, edgeBox)) continue;
        const c = coverage(a, b, length, s);
        if (!c) continue;
        covered.push(c);
        if (s.interior) ownWalls = true;
      }
      for (const o of openings) {
        if (distanceToSegment(o.at, a, b) > ON_BOUNDARY) continue;
        const ux = (b[0] - a[0]) / length;
        const uy = (b[1] - a[1]) / length;
        const t = (o.at[0] - a[0]) * ux + (o.at[1] - a[1]) * uy;
        covered.push([Math.max(0, t - o.half), Math.min(length, t + o.half)]);
      }
      const gap = longestGap(length, covered);
      if (gap > GAP_SLACK) openLength = Math.max(openLength, gap);
    }
    const enclosed = openLength === 0 && ownWalls && zone.use !== 'corridor';
    return { zone, enclosed, doors, exits, openLength };
  });
}

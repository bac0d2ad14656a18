// Where doors, exits and windows cut a wall: the spans of its openings along a→b and the solid
// spans left between them, and which outline edge an opening sits on. Shared by the 3D walls, the
// screen's plan view and the PDF / DXF plans, so all of them open a wall in the same places.
import type { Point } from '../types.ts';
import { distanceToSegment } from './polygon.ts';

export interface Opening {
  /** centre of the opening */
  at: Point;
  width: number;
}

/** A span along the wall, in metres from `a`. */
export interface Span {
  from: number;
  to: number;
}

/** The floor outline is drawn as a wall this thick, centred on it. */
export const EXTERIOR_WALL_THICKNESS = 0.25;
/** Doors, exits or windows farther than this from an outline edge do not sit on it. */
export const ON_EDGE_TOLERANCE = 0.3;

/** Where openings fall along a→b, clipped to the wall and merged where they overlap. */
export function openingSpans(a: Point, b: Point, openings: readonly Opening[]): Span[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return [];
  const ux = (b[0] - a[0]) / length;
  const uy = (b[1] - a[1]) / length;
  const spans = openings
    .map((o) => {
      const t = (o.at[0] - a[0]) * ux + (o.at[1] - a[1]) * uy;
      return { from: Math.max(0, t - o.width / 2), to: Math.min(length, t + o.width / 2) };
    })
    .filter((s) => s.to > s.from)
    .sort((p, q) => p.from - q.from);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/** The solid spans of a wall of `length` once `openings` (sorted, merged) are cut out. */
export function solidSpans(length: number, openings: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let start = 0;
  for (const o of openings) {
    if (o.from > start) pieces.push({ from: start, to: o.from });
    start = Math.max(start, o.to);
  }
  if (start < length) pieces.push({ from: start, to: length });
  return pieces;
}

export function pointAlong(a: Point, b: Point, distance: number): Point {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const t = length === 0 ? 0 : distance / length;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The edges of a closed polygon in its own order, the last one back to the first point. */
export function polygonEdges(polygon: readonly Point[]): [Point, Point][] {
  return polygon.map((p, i): [Point, Point] => [p, polygon[(i + 1) % polygon.length]!]);
}

/** Index of the edge nearest to `p` within `tolerance`, or −1. */
export function nearestEdge(edges: readonly [Point, Point][], p: Point, tolerance = ON_EDGE_TOLERANCE): number {
  let best = -1;
  let bestDistance = tolerance;
  edges.forEach(([a, b], i) => {
    const d = distanceToSegment(p, a, b);
    if (d <= bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/** Openings grouped by the outline edge each sits on (those on no edge are left out). */
export function openingsByEdge(edges: readonly [Point, Point][], openings: readonly Opening[]): Opening[][] {
  const byEdge: Opening[][] = edges.map(() => []);
  for (const o of openings) {
    const best = nearestEdge(edges, o.at);
    if (best >= 0) byEdge[best]!.push({ at: o.at, width: o.width });
  }
  return byEdge;
}

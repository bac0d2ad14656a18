// The building from its walls: the union of every wall's band (with the narrow empty openings
// bridged and the columns) is the built fabric. Its outer boundary is the outer face of the
// external walls (the footprint); the spaces it encloses are the rooms; the walls with a face on
// that boundary are the external walls, and the footprint less their bands is the floor plate
// (the plan's outline: the inner face of the external walls).
import { difference, union, type Geom } from 'polyclip-ts';
import { distanceToPolygonBoundary, pointInPolygon, polygonArea, segmentIntersectionPoint } from '../../geometry/polygon.ts';
import type { Point, Polygon } from '../../types.ts';
import type { AssembledWalls } from './assembleWalls.ts';
import { pointOn } from './wallRuns.ts';

type Ring = [number, number][];

/** Rooms smaller than this (m²) are shafts and ducts, not zones. */
export const MIN_ROOM_AREA = 2;

export interface Envelope {
  footprint: Polygon | null;
  outline: Polygon | null;
  /** for each wall: part of the envelope */
  exterior: boolean[];
  rooms: Polygon[];
  /** closed spaces under MIN_ROOM_AREA */
  smallRooms: number;
  /** the external walls do not close */
  open: boolean;
}

/** A rectangle along a line from `from` to `to`, `thickness` wide, as a closed ring. */
function band(a: Point, b: Point, thickness: number): Ring | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return null;
  const nx = (-dy / len) * (thickness / 2);
  const ny = (dx / len) * (thickness / 2);
  return [
    [a[0] + nx, a[1] + ny],
    [a[0] - nx, a[1] - ny],
    [b[0] - nx, b[1] - ny],
    [b[0] + nx, b[1] + ny],
    [a[0] + nx, a[1] + ny],
  ];
}

export function wallBand(w: AssembledWalls, i: number): Ring | null {
  const wall = w.walls[i]!;
  const line = w.lines[wall.line]!;
  // a joined end reaches across the wall it meets, so an outer corner is filled
  return band(pointOn(line, wall.from - wall.metAtFrom / 2), pointOn(line, wall.to + wall.metAtTo / 2), wall.thickness);
}

/** The ring without its closing point, repeated points and points on a straight stretch. */
export function simplifyRing(ring: readonly (readonly [number, number])[]): Polygon {
  const pts: Point[] = ring.map((p) => [p[0], p[1]]);
  if (pts.length > 1) {
    const f = pts[0]!;
    const l = pts.at(-1)!;
    if (Math.abs(f[0] - l[0]) < 1e-9 && Math.abs(f[1] - l[1]) < 1e-9) pts.pop();
  }
  let changed = true;
  let out = pts;
  while (changed && out.length > 3) {
    changed = false;
    const next: Point[] = [];
    for (let i = 0; i < out.length; i++) {
      const prev = next.length ? next.at(-1)! : out.at(-1)!;
      const p = out[i]!;
      const q = out[(i + 1) % out.length]!;
      const ax = p[0] - prev[0];
      const ay = p[1] - prev[1];
      const bx = q[0] - p[0];
      const by = q[1] - p[1];
      const la = Math.hypot(ax, ay);
      const lb = Math.hypot(bx, by);
      // a point 0.5 mm from its neighbour, or off the line through them by less than 0.5 mm
      if (la < 5e-4 || (lb > 0 && Math.abs(ax * by - ay * bx) / (la + lb) < 2.5e-4 && ax * bx + ay * by > 0)) {
        changed = true;
        continue;
      }
      next.push(p);
    }
    out = next;
  }
  return out;
}

function ringArea(ring: Ring): number {
  return polygonArea(ring.slice(0, -1) as Point[]);
}

/** The polygon of a result with the largest outer ring. */
function largest(multi: Ring[][]): Ring[] | null {
  let best: Ring[] | null = null;
  let bestArea = 0;
  for (const poly of multi) {
    const area = ringArea(poly[0]!);
    if (area > bestArea) {
      bestArea = area;
      best = poly;
    }
  }
  return best;
}

/** Samples along a wall face: is it on the footprint's boundary? */
function onBoundary(w: AssembledWalls, i: number, ring: Polygon): boolean {
  const wall = w.walls[i]!;
  const line = w.lines[wall.line]!;
  for (const side of [1, -1]) {
    let hits = 0;
    for (const f of [0.25, 0.5, 0.75]) {
      const c = pointOn(line, wall.from + (wall.to - wall.from) * f);
      const p: Point = [c[0] - line.uy * side * (wall.thickness / 2), c[1] + line.ux * side * (wall.thickness / 2)];
      if (distanceToPolygonBoundary(p, ring) <= 0.03) hits++;
    }
    if (hits >= 2) return true;
  }
  return false;
}

export function buildEnvelope(w: AssembledWalls, columns: readonly Polygon[], outlineFromLayer: Polygon | null): Envelope {
  const bands: Ring[] = [];
  const bandOfWall: (Ring | null)[] = w.walls.map((_, i) => wallBand(w, i));
  for (const b of bandOfWall) if (b) bands.push(b);
  const bridgeBands = w.bridges.map((b) => ({ line: b.line, ring: band(pointOn(w.lines[b.line]!, b.from), pointOn(w.lines[b.line]!, b.to), b.thickness) }));
  for (const b of bridgeBands) if (b.ring) bands.push(b.ring);
  for (const c of columns) bands.push([...c.map((p): [number, number] => [p[0], p[1]]), [c[0]![0], c[0]![1]]]);
  const empty: Envelope = { footprint: null, outline: outlineFromLayer, exterior: w.walls.map(() => false), rooms: [], smallRooms: 0, open: outlineFromLayer === null };
  if (bands.length === 0) return empty;

  const fabric = union([bands[0]!], ...bands.slice(1).map((b): Geom => [b]));
  const main = largest(fabric as Ring[][]);
  if (!main) return empty;
  const outer = main[0]!;
  const outerArea = ringArea(outer);
  const holes = main.slice(1);
  const roomRings = holes.filter((h) => ringArea(h) >= MIN_ROOM_AREA);
  const holeArea = holes.reduce((n, h) => n + ringArea(h), 0);
  const closed = holeArea >= 0.5 * outerArea;
  const rooms = roomRings.map(simplifyRing).filter((r) => r.length >= 3);
  const smallRooms = holes.length - roomRings.length;

  if (outlineFromLayer) {
    const exterior = w.walls.map((wall, i) => {
      const mid = pointOn(w.lines[wall.line]!, (wall.from + wall.to) / 2);
      return !pointInPolygon(mid, outlineFromLayer) || distanceToPolygonBoundary(mid, outlineFromLayer) <= wall.thickness / 2 + 0.05;
    });
    return { footprint: closed ? simplifyRing(outer) : null, outline: outlineFromLayer, exterior, rooms: closed ? rooms : [], smallRooms, open: false };
  }
  if (!closed) return { ...empty, rooms, smallRooms, open: true };

  const footprint = simplifyRing(outer);
  const exterior = w.walls.map((_, i) => onBoundary(w, i, footprint));
  const exteriorLines = new Set(w.walls.filter((_, i) => exterior[i]).map((wall) => wall.line));
  const cut: Ring[] = [];
  bandOfWall.forEach((b, i) => b && exterior[i] && cut.push(b));
  for (const b of bridgeBands) if (b.ring && exteriorLines.has(b.line)) cut.push(b.ring);
  const plate = largest(difference([outer], ...cut.map((c) => [c] as Geom)) as Ring[][]);
  const outline = plate ? simplifyRing(plate[0]!) : null;
  return { footprint, outline: outline && outline.length >= 3 ? outline : null, exterior, rooms, smallRooms, open: false };
}

/**
 * The part of a wall inside the outline: an end outside (a wall meeting an external wall reaches
 * its centre line) is brought back to the outline; null when the wall lies wholly outside.
 */
export function wallInside(a: Point, b: Point, outline: Polygon): [Point, Point] | null {
  const aIn = pointInPolygon(a, outline, 1e-6);
  const bIn = pointInPolygon(b, outline, 1e-6);
  if (aIn && bIn) return [a, b];
  const hits: { p: Point; t: number }[] = [];
  const len2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2;
  for (let i = 0; i < outline.length; i++) {
    const p = segmentIntersectionPoint(a, b, outline[i]!, outline[(i + 1) % outline.length]!);
    if (p) hits.push({ p, t: ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / len2 });
  }
  hits.sort((x, y) => x.t - y.t);
  if (hits.length === 0) return null;
  const start = aIn ? a : hits[0]!.p;
  const end = bIn ? b : hits.at(-1)!.p;
  if (!aIn && !bIn && hits.length < 2) return null;
  return [start, end];
}

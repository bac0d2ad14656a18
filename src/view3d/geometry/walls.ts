// Wall meshes: each wall becomes boxes for its solid pieces plus lintels over door openings,
// merged per material so all walls of one kind are one draw call.
import * as THREE from 'three';
import { openingSpans, pointAlong, solidSpans, type Opening } from '../../floorplan/geometry/wallOpenings.ts';
import type { Point } from '../../floorplan/types.ts';
import { mergeOrNull, withColor } from './polygons.ts';

/** Doors are drawn as openings of this height; the wall continues above as a lintel. */
export const DOOR_HEAD = 2.1;

export interface WallSpec {
  a: Point;
  b: Point;
  thickness: number;
  height: number;
  openings: Opening[];
  color: string;
}

function box(a: Point, b: Point, from: number, to: number, thickness: number, bottom: number, top: number, color: string): THREE.BufferGeometry {
  const start = pointAlong(a, b, from);
  const end = pointAlong(a, b, to);
  const length = to - from;
  const geometry = new THREE.BoxGeometry(length, top - bottom, thickness);
  const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
  geometry.rotateY(angle);
  geometry.translate((start[0] + end[0]) / 2, (bottom + top) / 2, -(start[1] + end[1]) / 2);
  return withColor(geometry, color);
}

/** One merged geometry for many walls (vertex-coloured), or null when there are none. */
export function wallsGeometry(walls: readonly WallSpec[]): THREE.BufferGeometry | null {
  const parts: THREE.BufferGeometry[] = [];
  for (const wall of walls) {
    const length = Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]);
    if (length === 0 || wall.height <= 0) continue;
    // lengthen by half the thickness at both ends so corners close (plan-format §Geometry)
    const half = wall.thickness / 2;
    const ux = (wall.b[0] - wall.a[0]) / length;
    const uy = (wall.b[1] - wall.a[1]) / length;
    const a: Point = [wall.a[0] - ux * half, wall.a[1] - uy * half];
    const b: Point = [wall.b[0] + ux * half, wall.b[1] + uy * half];
    const total = length + wall.thickness;
    const openings = openingSpans(a, b, wall.openings);
    for (const piece of solidSpans(total, openings)) parts.push(box(a, b, piece.from, piece.to, wall.thickness, 0, wall.height, wall.color));
    if (wall.height > DOOR_HEAD) {
      for (const o of openings) parts.push(box(a, b, o.from, o.to, wall.thickness, DOOR_HEAD, wall.height, wall.color));
    }
  }
  return mergeOrNull(parts);
}

/** Flat panels (windows) along a→b from sill to head, slightly thicker than the wall so they show. */
export function panelsGeometry(panels: readonly { a: Point; b: Point; bottom: number; top: number; thickness: number; color: string }[]): THREE.BufferGeometry | null {
  const parts: THREE.BufferGeometry[] = [];
  for (const p of panels) {
    const length = Math.hypot(p.b[0] - p.a[0], p.b[1] - p.a[1]);
    if (length === 0 || p.top <= p.bottom) continue;
    parts.push(box(p.a, p.b, 0, length, p.thickness, p.bottom, p.top, p.color));
  }
  return mergeOrNull(parts);
}

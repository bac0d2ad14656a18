// Footprints of plan elements as polygons, following docs/plan-format.md §Geometry.
import type { Point, Polygon, Wall, Workstation } from '../types.ts';
import { orientedRectangle, rotate } from './polygon.ts';

export const DEFAULT_WALL_THICKNESS = 0.1;
/** How far behind the desk edge the user sits (plan-format §Workstations). */
export const OCCUPANT_OFFSET = 0.45;

export function wallThickness(wall: Wall): number {
  return wall.thickness ?? DEFAULT_WALL_THICKNESS;
}

export function wallLength(wall: Wall): number {
  return Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]);
}

/** A wall is a rectangle of its thickness centred on a→b, lengthened by half its thickness at both ends. */
export function wallFootprint(wall: Wall): Polygon {
  const t = wallThickness(wall);
  const len = wallLength(wall);
  const cx = (wall.a[0] + wall.b[0]) / 2;
  const cy = (wall.a[1] + wall.b[1]) / 2;
  const angle = (Math.atan2(wall.b[1] - wall.a[1], wall.b[0] - wall.a[0]) * 180) / Math.PI;
  return orientedRectangle([cx, cy], len + t, t, angle);
}

export function deskFootprint(ws: Workstation): Polygon {
  return orientedRectangle(ws.at, ws.size[0], ws.size[1], ws.rotation);
}

/** Where the user sits: (0, -(depth/2 + 0.45)) in the desk's frame. */
export function occupantPoint(ws: Workstation): Point {
  const [dx, dy] = rotate([0, -(ws.size[1] / 2 + OCCUPANT_OFFSET)], ws.rotation);
  return [ws.at[0] + dx, ws.at[1] + dy];
}

// Which way a door opens and where its hinge is. The plan format stores neither, so the screen's
// plan view and the PDF / DXF plans both follow these customary rules, here once so that they can
// never disagree about a door: a door on the outline opens outwards, the way out; a door in a wall
// opens into the room rather than into the corridor (it must not narrow the escape route); the
// hinge sits at the jamb nearer the wall's closer end, so the open leaf rests by the corner; doors
// of 1.4 m or more have two leaves.
import type { Point, ZoneUse } from '../types.ts';
import { signedArea } from './polygon.ts';

/** Doors at least this wide are drawn with two leaves. */
export const DOUBLE_DOOR_WIDTH = 1.4;

/** A door's swing relative to its host wall (or edge) a → b. */
export interface DoorSwing {
  /** 1: the door opens to the left of a → b; −1: to the right */
  side: 1 | -1;
  /** hinge at the jamb nearer `a` (else at the jamb nearer `b`) */
  hingeAtStart: boolean;
  /** two leaves, hinged at both jambs */
  double: boolean;
}

/** Anything that can tell the zone at a point (a ZoneLocator). */
export interface ZoneFinder {
  zoneAt(p: Point): { use: ZoneUse } | undefined;
}

export function isDoubleDoor(width: number): boolean {
  return width >= DOUBLE_DOOR_WIDTH;
}

/** Distance of `at` along a → b (projected onto it) and the wall's length. */
function placeOn(a: Point, b: Point, at: Point): { t: number; length: number; u: Point } {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const u: Point = length === 0 ? [1, 0] : [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
  return { t: (at[0] - a[0]) * u[0] + (at[1] - a[1]) * u[1], length, u };
}

/** The swing of a door of `width` centred at `at` on a → b, opening to `side`. */
export function doorSwing(a: Point, b: Point, at: Point, width: number, side: 1 | -1): DoorSwing {
  const { t, length } = placeOn(a, b, at);
  return { side, hingeAtStart: t <= length / 2, double: isDoubleDoor(width) };
}

/**
 * The side of an edge a → b of `polygon` (taken in the polygon's own order) that lies outside it,
 * or with `inward` inside it: the left of every edge of a counter-clockwise polygon is inside.
 */
export function edgeSide(polygon: readonly Point[], inward = false): 1 | -1 {
  const ccw = signedArea(polygon) > 0;
  return ccw === inward ? 1 : -1;
}

/**
 * The side of the wall a → b a door at `at` opens to: its left, unless the left is a corridor and
 * the right a room. Zones are probed half a metre beyond the wall's faces.
 */
export function roomSide(a: Point, b: Point, at: Point, thickness: number, zones: ZoneFinder): 1 | -1 {
  const { t, u } = placeOn(a, b, at);
  const n: Point = [-u[1], u[0]];
  const probe = thickness / 2 + 0.5;
  const beside = (k: number): Point => [a[0] + u[0] * t + n[0] * k, a[1] + u[1] * t + n[1] * k];
  const left = zones.zoneAt(beside(probe));
  const right = zones.zoneAt(beside(-probe));
  return left?.use === 'corridor' && right && right.use !== 'corridor' ? -1 : 1;
}

/** A door in an interior wall a → b `thickness` thick: into the room, away from a corridor. */
export function wallDoorSwing(a: Point, b: Point, door: { at: Point; width: number }, thickness: number, zones: ZoneFinder): DoorSwing {
  return doorSwing(a, b, door.at, door.width, roomSide(a, b, door.at, thickness, zones));
}

/** A door on the edge a → b of the floor outline (in the outline's order): outwards. */
export function outlineDoorSwing(a: Point, b: Point, door: { at: Point; width: number }, outline: readonly Point[]): DoorSwing {
  return doorSwing(a, b, door.at, door.width, edgeSide(outline));
}

// Where an underlay's drawing lies on the plan: drawing units are scaled (metres per unit),
// rotated counter-clockwise about the drawing's origin, then moved so that origin sits at
// `origin`. Images count pixels from their lower-left corner, y up.
import { rotate } from '../geometry/polygon.ts';
import type { Point, Underlay } from '../types.ts';

export type UnderlayPlacement = Pick<Underlay, 'origin' | 'scale' | 'rotation'>;

export function underlayToPlan(u: UnderlayPlacement, p: Point): Point {
  const r = rotate([p[0] * u.scale, p[1] * u.scale], u.rotation);
  return [u.origin[0] + r[0], u.origin[1] + r[1]];
}

export function planToUnderlay(u: UnderlayPlacement, q: Point): Point {
  const r = rotate([q[0] - u.origin[0], q[1] - u.origin[1]], -u.rotation);
  return [r[0] / u.scale, r[1] / u.scale];
}

/** The origin that puts drawing point `p` at plan point `q`, keeping scale and rotation. */
export function originPutting(u: Omit<UnderlayPlacement, 'origin'>, p: Point, q: Point): Point {
  const r = rotate([p[0] * u.scale, p[1] * u.scale], u.rotation);
  return [q[0] - r[0], q[1] - r[1]];
}

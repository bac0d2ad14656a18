// Moving every coordinate of a floor element through one point transform (used by rotate and
// by moving a whole building).
import type { FloorElement, Point } from '../types.ts';

export type PointTransform = (p: Point) => Point;

/** Applies `transform` to the element's points; `turn` (degrees) is added to a desk's rotation. */
export function transformElement(element: FloorElement, transform: PointTransform, turn: number): void {
  if ('at' in element) element.at = transform(element.at);
  if ('a' in element) {
    element.a = transform(element.a);
    element.b = transform(element.b);
  }
  if ('polygon' in element) element.polygon = element.polygon.map(transform);
  if ('rotation' in element && turn !== 0) element.rotation = normalizeDegrees((element.rotation ?? 0) + turn);
}

/** Degrees in [0, 360), with float dust rounded off so 90 + 270 is exactly 0. */
export function normalizeDegrees(degrees: number): number {
  const d = Math.round((((degrees % 360) + 360) % 360) * 1e9) / 1e9;
  return d === 360 ? 0 : d;
}

/** Rotation about a centre; results rounded to 1e-9 m so a quarter turn lands exactly. */
export function rotationAbout(center: Point, degrees: number): PointTransform {
  const r = (degrees * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  const clean = (v: number) => Math.round(v * 1e9) / 1e9;
  return ([x, y]) => {
    const dx = x - center[0];
    const dy = y - center[1];
    return [clean(center[0] + dx * c - dy * s), clean(center[1] + dx * s + dy * c)];
  };
}

// Scale from two points picked on the drawing and the real distance between them.
import { distance } from '../geometry/polygon.ts';
import type { Point } from '../types.ts';
import { originPutting, planToUnderlay, type UnderlayPlacement } from './transform.ts';

/** Closer picks than this (drawing units) cannot give a scale. */
const MIN_PICK_DISTANCE = 1e-9;

/**
 * Metres per drawing unit when drawing points `a` and `b` are `realDistance` metres apart
 * (points 100 px apart and 5 m give 0.05 m/px). Null when the picks coincide or the distance
 * is not a positive number.
 */
export function twoPointScale(a: Point, b: Point, realDistance: number): number | null {
  const drawn = distance(a, b);
  if (!(drawn > MIN_PICK_DISTANCE) || !Number.isFinite(realDistance) || realDistance <= 0) return null;
  return realDistance / drawn;
}

/**
 * The placement after calibrating from two points picked on the plan (where the drawing shows
 * them now): the new scale, and an origin that keeps the first picked point where it is.
 */
export function calibrateFromPlanPicks(u: UnderlayPlacement, aPlan: Point, bPlan: Point, realDistance: number): UnderlayPlacement | null {
  const a = planToUnderlay(u, aPlan);
  const b = planToUnderlay(u, bPlan);
  const scale = twoPointScale(a, b, realDistance);
  if (scale === null) return null;
  return { scale, rotation: u.rotation, origin: originPutting({ scale, rotation: u.rotation }, a, aPlan) };
}

// Value checks shared by the commands: a command refuses bad input before it writes anything.
import { current, isDraft } from 'immer';
import { distanceToPolygonBoundary, distanceToSegment, polygonProblem } from '../geometry/polygon.ts';
import type { Floor, PlanDocument, Point } from '../types.ts';
import { refuse } from './command.ts';
import { documentIds } from './floorElements.ts';

/** How far (m) a door, window or exit may sit from the line it is placed on. */
export const ON_LINE_TOLERANCE = 0.05;

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isPositive = (v: unknown): v is number => isFiniteNumber(v) && v > 0;
export const isFraction = (v: unknown): v is number => isFiniteNumber(v) && v >= 0 && v <= 1;

export function isPoint(p: unknown): p is Point {
  return Array.isArray(p) && p.length === 2 && isFiniteNumber(p[0]) && isFiniteNumber(p[1]);
}

export function isValidPolygonValue(polygon: unknown): polygon is Point[] {
  return Array.isArray(polygon) && polygon.every(isPoint) && polygonProblem(polygon) === null;
}

/** ISO calendar date that exists (2026-02-30 does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function onPolygonBoundary(p: Point, polygon: readonly Point[], tolerance = ON_LINE_TOLERANCE): boolean {
  return polygon.length >= 3 && distanceToPolygonBoundary(p, polygon) <= tolerance;
}

/** Index of an outline edge that holds both points, or -1. */
export function outlineEdgeHolding(floor: Floor, a: Point, b: Point, tolerance = ON_LINE_TOLERANCE): number {
  const n = floor.outline.length;
  for (let i = 0; i < n; i++) {
    const p = floor.outline[i]!;
    const q = floor.outline[(i + 1) % n]!;
    if (distanceToSegment(a, p, q) <= tolerance && distanceToSegment(b, p, q) <= tolerance) return i;
  }
  return -1;
}

/** A refusal when any of `ids` is already used in the document or repeated among themselves. */
export function refuseUsedIds(plan: PlanDocument, ids: readonly string[]) {
  const used = documentIds(plan);
  const clashing: string[] = [];
  for (const id of ids) {
    if (typeof id !== 'string' || id === '' || used.has(id)) clashing.push(id);
    used.add(id);
  }
  return clashing.length ? refuse('commands.refused.duplicateId', clashing) : undefined;
}

/** A deep, plain copy of a value that may be an immer draft (structuredClone cannot copy a draft). */
export function plainCopy<T>(value: T): T {
  return structuredClone(isDraft(value) ? (current(value as never) as T) : value);
}

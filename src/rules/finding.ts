// Building findings: every field filled the same way by every rule (src/rules/types.ts).
import type { Point } from '../floorplan/types.ts';
import { worstStatus } from './results.ts';
import type { Comparator, Finding, FindingStatus, Quantity, RuleArea } from './types.ts';

export interface FindingInput {
  status: FindingStatus;
  measured: Quantity;
  required: Quantity & { comparator: Comparator };
  clause: string;
  /** message variant; default: the status ('pass', 'fail', 'warn', 'na') */
  variant?: string;
  params?: Record<string, string | number>;
  buildingId?: string;
  floorId?: string;
  elementIds?: string[];
  point?: Point;
}

export function findingKey(ruleId: string, buildingId: string | undefined, floorId: string | undefined, elementIds: readonly string[]): string {
  return `${ruleId}|${buildingId ?? ''}|${floorId ?? ''}|${elementIds.join(',')}`;
}

/** Infinity and NaN are not JSON: an unmeasurable value is null. */
function finite(value: number | string | null): number | string | null {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

/**
 * A finding from a rule's input; `buildingId` and `floorId` default to the input's (a floor rule's
 * helper passes its floor's here rather than spreading the input into a new object: a park makes
 * some 75,000 findings, and the spread of inputs of many shapes cost half a second of its check).
 */
export function makeFinding(ruleId: string, area: RuleArea, input: FindingInput, buildingId = input.buildingId, floorId = input.floorId): Finding {
  const elementIds = input.elementIds ?? [];
  const variant = input.variant ?? (input.status === 'n/a' ? 'na' : input.status);
  const measured = { value: finite(input.measured.value), unit: input.measured.unit };
  const required = { value: finite(input.required.value), unit: input.required.unit, comparator: input.required.comparator };
  const where: Finding['where'] = { elementIds };
  if (buildingId !== undefined) where.buildingId = buildingId;
  if (floorId !== undefined) where.floorId = floorId;
  if (input.point) where.point = input.point;
  return {
    ruleId,
    area,
    status: input.status,
    measured,
    required,
    clause: input.clause,
    messageKey: `${ruleId}.${variant}`,
    messageParams: {
      measured: measured.value ?? '—',
      required: required.value ?? '—',
      unit: measured.unit,
      ...input.params,
    },
    where,
    key: findingKey(ruleId, buildingId, floorId, elementIds),
  };
}

/** Status of "measured ≤ limit" / "measured ≥ limit" (boundary passes); `advisory` turns a fail into a warning. */
export function compare(measured: number, comparator: '<=' | '>=', limit: number, advisory = false): FindingStatus {
  // A hair of tolerance so that computed values equal to the limit (e.g. 37.5000000001) pass.
  const eps = 1e-9 * Math.max(1, Math.abs(limit));
  const ok = comparator === '<=' ? measured <= limit + eps : measured >= limit - eps;
  if (ok) return 'pass';
  return advisory ? 'warn' : 'fail';
}

/** Worse of two statuses: fail > warn > pass > n/a. */
export function worse(a: FindingStatus, b: FindingStatus): FindingStatus {
  return worstStatus(a, b);
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

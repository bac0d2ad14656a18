// Content equality for what the scene derives anew on every edit or check result (desk colours,
// finding pins, label lists): with useStable a new but equal value keeps the old one, so the
// effects keyed on it (a redraw, a rebuild of the label layer) do not run for nothing.
import { useRef } from 'react';

/** The last value while `equal` holds, so a value recomputed without change keeps its identity. */
export function useStable<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const kept = useRef(value);
  if (kept.current !== value && !equal(kept.current, value)) kept.current = value;
  return kept.current;
}

export function sameMap<K, V>(a: ReadonlyMap<K, V> | null, b: ReadonlyMap<K, V> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || (v === undefined && !b.has(k))) return false;
  return true;
}

/** Deep equality of plain data (numbers, strings, arrays, plain objects): what labels and pins are made of. */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as readonly unknown[];
    return a.length === bs.length && a.every((x, i) => samePlain(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => Object.hasOwn(bo, k) && samePlain(ao[k], bo[k]));
}

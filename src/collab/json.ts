// Small helpers for the plan's JSON-shaped values: comparison that ignores `undefined` fields
// (a field set to undefined is absent in the file and in the Yjs documents) and the keys of a
// list of records.

export type JsonRecord = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Deep equality of JSON values; a field whose value is undefined counts as absent. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    let defined = 0;
    for (const key of Object.keys(a)) {
      if (a[key] === undefined) continue;
      defined++;
      if (!jsonEqual(a[key], b[key])) return false;
    }
    for (const key of Object.keys(b)) if (b[key] !== undefined) defined--;
    return defined === 0;
  }
  return false;
}

/**
 * The keys of a list whose items are all records with a unique string `key`, in order; null when
 * the list is not such a list (it is then stored as one value, which stays lossless).
 */
export function keysOf(list: unknown, key: string): string[] | null {
  if (!Array.isArray(list)) return null;
  const keys: string[] = new Array(list.length);
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!isPlainObject(item)) return null;
    const k = item[key];
    if (typeof k !== 'string' || seen.has(k)) return null;
    seen.add(k);
    keys[i] = k;
  }
  return keys;
}

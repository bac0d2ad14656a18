// The migration chain: one named step per format version, applied in order up to the current
// version. Each step works on raw JSON (before the schema), keeps fields it does not know, and
// never throws on odd input (the schema reports what is still wrong afterwards).
import { problem, type PlanProblem } from './problems.ts';
import { drawingRefSync } from '../underlay/drawingContent.ts';

export const CURRENT_VERSION = 3;
export const OLDEST_VERSION = 1;

export interface Migration {
  /** version this step reads */
  from: number;
  /** short description, for the docs and the command line */
  name: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Each element of `value` that is an object, as a copy made by `change` (other entries stay as they are). */
function mapObjects(value: unknown, change: (item: Json) => Json): unknown {
  return Array.isArray(value) ? value.map((item) => (isObject(item) ? change(item) : item)) : value;
}

/** A site (the active one, or a proposal's) with `change` applied to every floor of every building. */
function withFloors(site: unknown, change: (floor: Json) => Json): unknown {
  if (!isObject(site) || !Array.isArray(site['buildings'])) return site;
  return { ...site, buildings: mapObjects(site['buildings'], (b) => (Array.isArray(b['floors']) ? { ...b, floors: mapObjects(b['floors'], change) } : b)) };
}

/**
 * Version 2: an underlay names its drawing by content hash (`drawing`), so the drawing can be
 * stored once beside the plans; the version-1 inline `source` stays, as the inline copy, and the
 * reference is computed from it (hashed synchronously: parsePlan does not wait). A floor whose
 * underlay already has a reference, or has no usable source, is left to the schema.
 */
function referToDrawing(floor: Json): Json {
  const u = floor['underlay'];
  if (!isObject(u) || 'drawing' in u || typeof u['source'] !== 'string' || (u['kind'] !== 'dxf' && u['kind'] !== 'image')) return floor;
  const { ref } = drawingRefSync(u['kind'], u['source']);
  // the reference right after `kind`, as the app writes it
  const { kind, ...rest } = u;
  return { ...floor, underlay: { kind, drawing: ref, ...rest } };
}

/**
 * Version 2 adds structural columns: every floor gets an empty `columns` list (one it already has
 * is kept); and underlays refer to their drawing by hash (referToDrawing).
 */
export const addColumns: Migration = {
  from: 1,
  name: 'add columns to every floor; underlays refer to their drawing by hash',
  up(doc) {
    return everyFloor(doc, (f) => referToDrawing('columns' in f ? f : { ...f, columns: [] }));
  },
};

/** A copy of the document with `change` applied to every floor, in the active site and every proposal's. */
function everyFloor(doc: Json, change: (floor: Json) => Json): Json {
  const out: Json = { ...doc };
  if (isObject(doc['site'])) out['site'] = withFloors(doc['site'], change);
  if (Array.isArray(doc['proposals'])) out['proposals'] = mapObjects(doc['proposals'], (p) => (isObject(p['site']) ? { ...p, site: withFloors(p['site'], change) } : p));
  return out;
}

/** The element lists version 3 added to a floor. */
const VERSION_3_LISTS = ['smokeExhausts', 'exitSigns', 'hydrants', 'evacuationMarks'] as const;

/**
 * Version 3 (checks a reviewer would sign): every floor gets empty lists of smoke exhaust inlets,
 * exit signs, hydrants and evacuation-plan marks (lists it already has are kept). Wall kinds keep
 * their meaning: a version-2 `fire` wall bounded compartments, as `fire` does now; the new
 * `fire-partition` kind is only ever chosen by a person.
 */
export const addSafetyDevices: Migration = {
  from: 2,
  name: 'add smoke exhausts, exit signs, hydrants and evacuation marks to every floor',
  up(doc) {
    return everyFloor(doc, (f) => {
      const missing = VERSION_3_LISTS.filter((list) => !(list in f));
      return missing.length === 0 ? f : { ...f, ...Object.fromEntries(missing.map((list) => [list, []])) };
    });
  },
};

/** Steps from each older version to the next. Version 1 is the first published one. */
export const MIGRATIONS: readonly Migration[] = [addColumns, addSafetyDevices];

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; problems: PlanProblem[] };

export function migrate(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrationResult {
  const version = doc['version'];
  if (version === undefined) {
    return { ok: false, problems: [problem(['version'], 'missing', '缺少格式版本号 version', 'the format version is missing')] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return {
      ok: false,
      problems: [problem(['version'], 'bad-version', `格式版本 ${JSON.stringify(version)} 无效，应为 1 到 ${current} 的整数`, `format version ${JSON.stringify(version)} is not valid; expected a whole number from 1 to ${current}`)],
    };
  }
  if (version > current) {
    return {
      ok: false,
      problems: [problem(['version'], 'newer-version', `此文件由更新版本的 Callfloor 创建（格式版本 ${version}），本程序只能读取 ${current} 及以下版本`, `this file was made by a newer Callfloor (format version ${version}); this one reads versions up to ${current}`)],
    };
  }
  let cur = doc;
  const applied: string[] = [];
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) {
      return { ok: false, problems: [problem(['version'], 'no-migration', `无法从版本 ${v} 升级`, `no migration from version ${v}`)] };
    }
    cur = { ...step.up(cur), version: v + 1 };
    applied.push(step.name);
  }
  return { ok: true, doc: cur, applied };
}

// Writing plan values into the Yjs documents, as the difference between the plan before and
// after an edit. The plan is immutable and shares unchanged parts between versions (immer), so
// the walk skips every subtree that is the same object and costs what the edit touched. Lists of
// records are matched by key, never by index: a record keeps its Y.Map for life, and only the
// fields that differ are set, so a peer's concurrent edit of another field or record survives.
import * as Y from 'yjs';
import { FLOOR_MAP, ITEMS, ORDER, PRESENT, floorDocFor, type PlanDocs } from './docLayout.ts';
import { isPlainObject, jsonEqual, keysOf, type JsonRecord } from './json.ts';
import { orderEdits } from './orderEdits.ts';
import { FLOOR_CONTENT_FIELDS, fieldShape, type CollectionShape, type RecordShape, type Shape } from './planShape.ts';

export interface WriteContext {
  readonly docs: PlanDocs;
  /** the transaction origin of floor documents' transactions (the root's is set by the caller) */
  readonly origin: unknown;
}

/**
 * Brings `map` (which holds `before`, or nothing when before is undefined) to `after`. For a
 * floor of the active site, its content goes to the floor's document in one transaction there.
 */
export function writeRecord(ctx: WriteContext, map: Y.Map<unknown>, before: JsonRecord | undefined, after: JsonRecord, shape: RecordShape): void {
  const split = shape.floorContent !== undefined;
  for (const key of Object.keys(after)) {
    if (split && FLOOR_CONTENT_FIELDS.has(key)) continue;
    writeField(ctx, map, key, before?.[key], after[key], fieldShape(shape, key));
  }
  if (before) {
    for (const key of Object.keys(before)) {
      if (split && FLOOR_CONTENT_FIELDS.has(key)) continue;
      if (after[key] === undefined) writeField(ctx, map, key, before[key], undefined, fieldShape(shape, key));
    }
  } else {
    // a new record gets its absent lists too (see PRESENT)
    for (const [key, field] of Object.entries(shape.fields)) {
      if (field.kind !== 'collection' || after[key] !== undefined || map.has(key)) continue;
      const empty = new Y.Map<unknown>();
      map.set(key, empty);
      fillCollection(ctx, empty, [], [], field, false);
    }
  }
  if (shape.floorContent) writeFloorContent(ctx, before, after, shape.floorContent);
}

function writeFloorContent(ctx: WriteContext, before: JsonRecord | undefined, after: JsonRecord, shape: RecordShape): void {
  const id = after['id'];
  if (typeof id !== 'string') throw new Error('collab: a floor without id');
  if (before && ![...FLOOR_CONTENT_FIELDS].some((key) => before[key] !== after[key])) return;
  const doc = floorDocFor(ctx.docs, id);
  doc.transact(() => {
    const content = doc.getMap(FLOOR_MAP);
    // a floor new to the plan (or back after a delete) starts from an empty document
    if (!before) {
      for (const key of [...content.keys()]) content.delete(key);
      writeRecord(ctx, content, undefined, pick(after, FLOOR_CONTENT_FIELDS), shape);
      return;
    }
    for (const key of FLOOR_CONTENT_FIELDS) writeField(ctx, content, key, before[key], after[key], fieldShape(shape, key));
  }, ctx.origin);
}

function pick(record: JsonRecord, keys: ReadonlySet<string>): JsonRecord {
  const out: JsonRecord = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

export function writeField(ctx: WriteContext, map: Y.Map<unknown>, key: string, before: unknown, after: unknown, shape: Shape): void {
  if (after === before) return;
  const existing = map.get(key);
  if (after === undefined) {
    // a list that goes keeps its collection, emptied and marked absent
    const beforeKeys = keysOf(before, shape.kind === 'collection' ? shape.key : 'id');
    if (shape.kind === 'collection' && existing instanceof Y.Map && beforeKeys) {
      writeCollection(ctx, existing, before as JsonRecord[], beforeKeys, [], [], shape);
      existing.set(PRESENT, false);
    } else if (map.has(key)) {
      map.delete(key);
    }
    return;
  }
  if (shape.kind === 'record' && isPlainObject(after)) {
    if (existing instanceof Y.Map && isPlainObject(before)) {
      writeRecord(ctx, existing, before, after, shape);
    } else {
      const fresh = new Y.Map<unknown>();
      map.set(key, fresh);
      writeRecord(ctx, fresh, undefined, after, shape);
    }
    return;
  }
  if (shape.kind === 'collection') {
    const afterKeys = keysOf(after, shape.key);
    if (afterKeys) {
      // an absent list reads as an empty one here: its collection is kept, marked absent
      const beforeKeys = before === undefined ? [] : keysOf(before, shape.key);
      if (existing instanceof Y.Map && beforeKeys) {
        writeCollection(ctx, existing, (before ?? []) as JsonRecord[], beforeKeys, after as JsonRecord[], afterKeys, shape);
        if (existing.get(PRESENT) !== true) existing.set(PRESENT, true);
      } else {
        const fresh = new Y.Map<unknown>();
        map.set(key, fresh);
        fillCollection(ctx, fresh, after as JsonRecord[], afterKeys, shape, true);
      }
      return;
    }
    // not a list of keyed records (an id repeated, say): kept whole, as one value
  }
  if (before === undefined || existing instanceof Y.AbstractType || !jsonEqual(before, after)) map.set(key, after);
}

function fillCollection(ctx: WriteContext, collection: Y.Map<unknown>, records: readonly JsonRecord[], keys: readonly string[], shape: CollectionShape, present: boolean): void {
  collection.set(PRESENT, present);
  const order = new Y.Array<string>();
  collection.set(ORDER, order);
  order.insert(0, [...keys]);
  const items = new Y.Map<unknown>();
  collection.set(ITEMS, items);
  records.forEach((record, i) => {
    const map = new Y.Map<unknown>();
    items.set(keys[i]!, map);
    writeRecord(ctx, map, undefined, record, shape.item);
  });
}

function writeCollection(
  ctx: WriteContext,
  collection: Y.Map<unknown>,
  before: readonly JsonRecord[],
  beforeKeys: readonly string[],
  after: readonly JsonRecord[],
  afterKeys: readonly string[],
  shape: CollectionShape,
): void {
  const items = collection.get(ITEMS);
  const order = collection.get(ORDER);
  if (!(items instanceof Y.Map) || !(order instanceof Y.Array)) {
    fillCollection(ctx, collection, after, afterKeys, shape, true);
    return;
  }
  const writeItem = (key: string, was: JsonRecord | undefined, now: JsonRecord): void => {
    const existing = items.get(key);
    if (was && existing instanceof Y.Map) {
      writeRecord(ctx, existing, was, now, shape.item);
    } else {
      const map = new Y.Map<unknown>();
      items.set(key, map);
      writeRecord(ctx, map, undefined, now, shape.item);
    }
  };
  // the usual edit: records changed in place, none added, removed or moved
  if (beforeKeys.length === afterKeys.length && beforeKeys.every((key, i) => key === afterKeys[i])) {
    for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) writeItem(afterKeys[i]!, before[i], after[i]!);
    return;
  }
  const beforeByKey = new Map<string, JsonRecord>();
  beforeKeys.forEach((key, i) => beforeByKey.set(key, before[i]!));
  const kept = new Set(afterKeys);
  for (const key of beforeKeys) if (!kept.has(key)) items.delete(key);
  after.forEach((record, i) => {
    const key = afterKeys[i]!;
    const was = beforeByKey.get(key);
    if (was !== record) writeItem(key, was, record);
  });
  syncOrder(order, new Set([...beforeKeys, ...afterKeys]), afterKeys);
}

/**
 * Brings the order array to `target` for the keys this edit knows (those of the list before or
 * after it), leaving keys it does not know where they are: a record a peer added that has not
 * reached this plan yet is not this edit's to move or drop.
 */
function syncOrder(order: Y.Array<unknown>, known: ReadonlySet<string>, target: readonly string[]): void {
  const current = order.toArray();
  // positions in `order` of the entries with a known key, in order
  let positions: number[] = [];
  const keys: string[] = [];
  current.forEach((key, i) => {
    if (typeof key === 'string' && known.has(key)) {
      positions.push(i);
      keys.push(key);
    }
  });
  const edits = orderEdits(keys, target);
  // deletions come highest first, so the positions still to use stay valid
  for (const [index, count] of edits.deletions) {
    for (let j = index + count - 1; j >= index; j--) order.delete(positions[j]!, 1);
    const removed = positions.slice(index, index + count);
    positions = [...positions.slice(0, index), ...positions.slice(index + count).map((p) => p - removed.filter((r) => r < p).length)];
  }
  for (const [index, inserted] of edits.insertions) {
    const at = index === 0 ? 0 : positions[index - 1]! + 1;
    order.insert(at, inserted);
    const added = inserted.map((_, i) => at + i);
    positions = [...positions.slice(0, index), ...added, ...positions.slice(index).map((p) => p + inserted.length)];
  }
}

// Reading plan values out of the Yjs documents (the inverse of writePlan.ts), shape by shape.
import * as Y from 'yjs';
import { FLOOR_COLLECTIONS } from '../floorplan/types.ts';
import { ITEMS, ORDER, PRESENT } from './docLayout.ts';
import type { JsonRecord } from './json.ts';
import { fieldShape, type CollectionShape, type RecordShape, type Shape } from './planShape.ts';

export interface ReadContext {
  /** the content map of an active-site floor's document */
  floorContent(floorId: string): Y.Map<unknown>;
}

/**
 * The keys of a collection in order: the first copy of each key in `order` whose record is in
 * `items`. Concurrent edits can leave a key twice in the order (two peers adding the same id) or
 * a key without record; every peer reads the same converged state the same way.
 */
export function collectionKeys(collection: Y.Map<unknown>): string[] {
  const order = collection.get(ORDER);
  const items = collection.get(ITEMS);
  if (!(order instanceof Y.Array) || !(items instanceof Y.Map)) return [];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const key of order.toArray() as unknown[]) {
    if (typeof key !== 'string' || seen.has(key) || !(items.get(key) instanceof Y.Map)) continue;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

/**
 * Whether the plan has the list: a collection marked absent still counts as present when it holds
 * records (a peer added one while another removed the list: the addition stands).
 */
export function collectionPresent(collection: Y.Map<unknown>): boolean {
  return collection.get(PRESENT) !== false || collectionKeys(collection).length > 0;
}

/** The list, or undefined when the plan has none. */
export function readCollection(collection: Y.Map<unknown>, shape: CollectionShape, ctx: ReadContext): JsonRecord[] | undefined {
  if (!collectionPresent(collection)) return undefined;
  const items = collection.get(ITEMS) as Y.Map<unknown>;
  return collectionKeys(collection).map((key) => readRecord(items.get(key) as Y.Map<unknown>, shape.item, ctx));
}

export function readRecord(map: Y.Map<unknown>, shape: RecordShape, ctx: ReadContext): JsonRecord {
  const out: JsonRecord = {};
  for (const [key, value] of map.entries()) {
    const field = readField(value, fieldShape(shape, key), ctx);
    if (field !== undefined) out[key] = field;
  }
  if (shape.floorContent) {
    const id = out['id'];
    if (typeof id !== 'string') throw new Error('collab: a floor record without id');
    Object.assign(out, readFloorContent(ctx.floorContent(id), shape.floorContent, ctx));
  }
  return out;
}

/**
 * A floor document's content. Element lists it does not hold yet read as empty: a floor added by
 * a peer reaches the root document before its own document has synced, and reads as an empty
 * floor until it has (a plan that passed the schema has every list, so nothing is lost).
 */
export function readFloorContent(content: Y.Map<unknown>, shape: RecordShape, ctx: ReadContext): JsonRecord {
  const out = readRecord(content, shape, ctx);
  for (const name of FLOOR_COLLECTIONS) if (out[name] === undefined) out[name] = [];
  return out;
}

export function readField(value: unknown, shape: Shape, ctx: ReadContext): unknown {
  if (value instanceof Y.Map) {
    if (shape.kind === 'collection') return readCollection(value, shape, ctx);
    if (shape.kind === 'record') return readRecord(value, shape, ctx);
  }
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

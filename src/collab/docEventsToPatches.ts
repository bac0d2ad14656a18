// A remote edit into the store: the Yjs events of a transaction that came from another peer are
// turned into immer patches against the plan the store holds, so the store applies them like any
// other change (and the change feed, the live checks and autosave follow as usual). The events
// say which records and collections changed, by key; each is found in the current plan by its
// key, its new value read from the documents, and compared with the plan's: a record whose field
// changed gives one `replace` (or `add` / `remove`) at that field's index path, a collection
// whose membership or order changed gives `remove` and `add` patches of whole records.
import { applyPatches, enablePatches, type Patch } from 'immer';
import * as Y from 'yjs';
import type { PlanPatch } from '../floorplan/changes.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { FLOOR_MAP, ITEMS, ORDER, PLAN_MAP, floorDocFor, type PlanDocs } from './docLayout.ts';
import { isPlainObject, jsonEqual, keysOf, type JsonRecord } from './json.ts';
import { orderEdits } from './orderEdits.ts';
import { FLOOR_CONTENT_SHAPE, PLAN_SHAPE, fieldShape, type CollectionShape, type RecordShape, type Shape } from './planShape.ts';
import { collectionKeys, collectionPresent, readField, readRecord, type ReadContext } from './readPlan.ts';

enablePatches();

/** One step down the plan: a field, or the record of a collection whose `key` field is `value`. */
type Step = string | { key: string; value: string };

/** What an event says changed. */
type Dirty =
  | { kind: 'fields'; steps: Step[]; map: Y.Map<unknown>; shape: RecordShape; keys: Set<string> }
  /** `records`: keys whose record was set anew; `all`: the collection's map itself changed */
  | { kind: 'collection'; steps: Step[]; collection: Y.Map<unknown>; shape: CollectionShape; records: Set<string>; all: boolean };

interface Start {
  steps: Step[];
  map: Y.Map<unknown>;
  shape: RecordShape;
}

function keysChanged(event: Y.YEvent<Y.AbstractType<unknown>>): Set<string> {
  return event instanceof Y.YMapEvent ? new Set(event.keysChanged as Set<string>) : new Set();
}

/** The plan steps of the event's target, walking its Yjs path through the plan's shape. */
function dirtyOf(event: Y.YEvent<Y.AbstractType<unknown>>, start: Start): Dirty | null {
  const path = event.path;
  const steps = [...start.steps];
  let node: unknown = start.map;
  let shape: Shape = start.shape;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment !== 'string' || !(node instanceof Y.Map)) return null;
    if (shape.kind === 'record') {
      const next = fieldShape(shape, segment);
      if (next.kind === 'value') return null;
      steps.push(segment);
      node = node.get(segment);
      shape = next;
    } else if (shape.kind === 'collection') {
      const collection: Y.Map<unknown> = node;
      if (segment === ORDER && i === path.length - 1) return { kind: 'collection', steps, collection, shape, records: new Set(), all: false };
      if (segment !== ITEMS) return null;
      if (i === path.length - 1) return { kind: 'collection', steps, collection, shape, records: keysChanged(event), all: false };
      const key = path[++i];
      if (typeof key !== 'string') return null;
      steps.push({ key: shape.key, value: key });
      node = (collection.get(ITEMS) as Y.Map<unknown>).get(key);
      shape = shape.item;
    } else {
      return null;
    }
  }
  if (!(node instanceof Y.Map) || node !== event.target) return null;
  if (shape.kind === 'record') return { kind: 'fields', steps, map: node, shape, keys: keysChanged(event) };
  if (shape.kind === 'collection') return { kind: 'collection', steps, collection: node, shape, records: new Set(), all: true };
  return null;
}

/** Index of each record by key, per list object (lists untouched by earlier patches keep theirs). */
const indexCache = new WeakMap<object, Map<string, Map<string, number>>>();

function indexOfKey(list: readonly unknown[], key: string, value: string): number {
  let byField = indexCache.get(list);
  if (!byField) indexCache.set(list, (byField = new Map()));
  let index = byField.get(key);
  if (!index) {
    index = new Map();
    list.forEach((item, i) => {
      const k = isPlainObject(item) ? item[key] : undefined;
      if (typeof k === 'string' && !index!.has(k)) index!.set(k, i);
    });
    byField.set(key, index);
  }
  return index.get(value) ?? -1;
}

/** The index path and value of the steps in `plan`, or null when something on the way is gone. */
function resolve(plan: PlanDocument, steps: readonly Step[]): { path: (string | number)[]; value: unknown } | null {
  let value: unknown = plan;
  const path: (string | number)[] = [];
  for (const step of steps) {
    if (typeof step === 'string') {
      if (!isPlainObject(value)) return null;
      value = value[step];
      path.push(step);
    } else {
      if (!Array.isArray(value)) return null;
      const index = indexOfKey(value, step.key, step.value);
      if (index < 0) return null;
      value = value[index];
      path.push(index);
    }
  }
  return { path, value };
}

function fieldPatch(path: (string | number)[], was: unknown, now: unknown): PlanPatch | null {
  if (now === undefined) return was === undefined ? null : { op: 'remove', path };
  if (was === undefined) return { op: 'add', path, value: now };
  return jsonEqual(was, now) ? null : { op: 'replace', path, value: now };
}

function patchesOf(dirty: Dirty, plan: PlanDocument, ctx: ReadContext): PlanPatch[] {
  const at = resolve(plan, dirty.steps);
  if (!at) return [];
  const patches: PlanPatch[] = [];
  if (dirty.kind === 'fields') {
    if (!isPlainObject(at.value)) return [];
    const record = at.value;
    for (const key of dirty.keys) {
      const now = dirty.map.has(key) ? readField(dirty.map.get(key), fieldShape(dirty.shape, key), ctx) : undefined;
      const patch = fieldPatch([...at.path, key], record[key], now);
      if (patch) patches.push(patch);
    }
    return patches;
  }
  const { collection, shape } = dirty;
  const items = collection.get(ITEMS);
  const list = at.value;
  const planKeys = keysOf(list, shape.key);
  if (!(items instanceof Y.Map) || !planKeys || !collectionPresent(collection)) {
    const patch = fieldPatch(at.path, list, readField(collection, shape, ctx));
    return patch ? [patch] : [];
  }
  const records = list as JsonRecord[];
  const keys = collectionKeys(collection);
  const read = (key: string): JsonRecord => readRecord(items.get(key) as Y.Map<unknown>, shape.item, ctx);
  const edits = orderEdits(planKeys, keys);
  for (const [index, count] of edits.deletions) {
    for (let i = index + count - 1; i >= index; i--) patches.push({ op: 'remove', path: [...at.path, i] });
  }
  const added = new Set<string>();
  for (const [index, inserted] of edits.insertions) {
    inserted.forEach((key, i) => {
      added.add(key);
      patches.push({ op: 'add', path: [...at.path, index + i], value: read(key) });
    });
  }
  // a record set anew under a key the plan already has (two peers added the same id): compare it
  const changed = dirty.all ? keys : [...dirty.records];
  if (changed.length > 0) {
    const position = new Map(keys.map((key, i) => [key, i]));
    const was = new Map(planKeys.map((key, i) => [key, records[i]!]));
    for (const key of changed) {
      const index = position.get(key);
      if (index === undefined || added.has(key) || !was.has(key)) continue;
      const now = read(key);
      if (!jsonEqual(was.get(key), now)) patches.push({ op: 'replace', path: [...at.path, index], value: now });
    }
  }
  return patches;
}

/** The steps to a floor of the active site, or null when the plan has no such floor. */
function floorSteps(plan: PlanDocument, floorId: string): Step[] | null {
  for (const building of plan.site.buildings) {
    if (building.floors.some((f) => f.id === floorId)) return ['site', 'buildings', { key: 'id', value: building.id }, 'floors', { key: 'id', value: floorId }];
  }
  return null;
}

export interface RemotePatches {
  /** immer patches against the plan given, in the order to apply them */
  patches: PlanPatch[];
  /** the plan with them applied */
  plan: PlanDocument;
}

/**
 * The patches that bring `plan` (what the store holds) to what the documents hold after a remote
 * transaction, from that transaction's events: those an `observeDeep` on the root's plan map
 * (`floorId` null) or on a floor document's content map (`floorId` that floor) received. Call it
 * inside the observer (Yjs works the events' paths out there). A floor added by the remote edit
 * gets an empty document in `docs.floors` if it had none, for the provider to load.
 */
export function docEventsToPatches(docs: PlanDocs, plan: PlanDocument, events: readonly Y.YEvent<Y.AbstractType<unknown>>[], floorId: string | null): RemotePatches {
  let start: Start;
  if (floorId === null) {
    start = { steps: [], map: docs.root.getMap(PLAN_MAP), shape: PLAN_SHAPE };
  } else {
    const steps = floorSteps(plan, floorId);
    // not (or no longer) a floor of the plan: its content arrives with its record in the root
    if (!steps) return { patches: [], plan };
    start = { steps, map: floorDocFor(docs, floorId).getMap(FLOOR_MAP), shape: FLOOR_CONTENT_SHAPE };
  }
  const ctx: ReadContext = { floorContent: (id) => floorDocFor(docs, id).getMap(FLOOR_MAP) };
  const dirty = events.map((event) => dirtyOf(event, start)).filter((d): d is Dirty => d !== null);
  // outer changes first: a record a collection change brings in is then read whole, once
  dirty.sort((a, b) => a.steps.length - b.steps.length);
  const patches: PlanPatch[] = [];
  let working = plan;
  for (const d of dirty) {
    const more = patchesOf(d, working, ctx);
    if (more.length === 0) continue;
    working = applyPatches(working, more as Patch[]);
    patches.push(...more);
  }
  return { patches, plan: working };
}

export interface RemoteEditsOptions {
  /** the plan the store holds now */
  plan(): PlanDocument;
  /** apply the patches of one remote transaction to the store (`after`: the plan they give) */
  apply(patches: PlanPatch[], after: PlanDocument): void;
  /** transactions to leave out; default: local ones (the store made them) */
  isLocal?(transaction: Y.Transaction): boolean;
}

export interface RemoteEditsWatch {
  /** observe floor documents added to `docs.floors` since (by a local edit or a provider) */
  watchNewFloors(): void;
  stop(): void;
}

/** Follows the documents and hands each remote transaction's patches to `apply`. */
export function observeRemoteEdits(docs: PlanDocs, options: RemoteEditsOptions): RemoteEditsWatch {
  const isLocal = options.isLocal ?? ((transaction: Y.Transaction) => transaction.local);
  const stops: (() => void)[] = [];
  const watched = new Set<Y.Doc>();
  const handle = (floorId: string | null) => (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (isLocal(transaction)) return;
    const { patches, plan } = docEventsToPatches(docs, options.plan(), events, floorId);
    if (patches.length > 0) options.apply(patches, plan);
    watchNewFloors();
  };
  const observe = (map: Y.Map<unknown>, floorId: string | null): void => {
    const f = handle(floorId);
    map.observeDeep(f);
    stops.push(() => map.unobserveDeep(f));
  };
  function watchNewFloors(): void {
    for (const [floorId, doc] of docs.floors) {
      if (watched.has(doc)) continue;
      watched.add(doc);
      observe(doc.getMap(FLOOR_MAP), floorId);
    }
  }
  observe(docs.root.getMap(PLAN_MAP), null);
  watchNewFloors();
  return {
    watchNewFloors,
    stop() {
      for (const stop of stops.splice(0)) stop();
      watched.clear();
    },
  };
}

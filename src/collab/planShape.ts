// How the plan is laid out as Yjs data (docs/collaboration.md): which objects become Y.Maps,
// which lists become collections of records by key, and which floor fields live in the floor's
// own document. Declared once from the plan format, so both peers always pick the same Yjs type
// for a field, whatever its current value (an empty `walls` list is still a collection).
// Anything not named here, including unknown fields, is a plain JSON value in its map entry.
import { FLOOR_COLLECTIONS } from '../floorplan/types.ts';

/** Stored as one JSON value (points, polygons, strings, numbers, lists without ids). */
export interface ValueShape {
  readonly kind: 'value';
}

/** An object stored as a Y.Map: one entry per field, so edits of different fields merge. */
export interface RecordShape {
  readonly kind: 'record';
  readonly fields: Readonly<Record<string, Shape>>;
  /**
   * Floors of the active site: these fields live in the floor's own Y.Doc (its elements), the
   * others in the record in the root document.
   */
  readonly floorContent?: RecordShape;
}

/**
 * A list of records with a unique string `key`: a Y.Map { order: Y.Array<key>, items: Y.Map<key,
 * record> }, so concurrent inserts and edits of different records merge.
 */
export interface CollectionShape {
  readonly kind: 'collection';
  readonly key: string;
  readonly item: RecordShape;
}

export type Shape = ValueShape | RecordShape | CollectionShape;

export const VALUE: ValueShape = { kind: 'value' };

const record = (fields: Record<string, Shape> = {}): RecordShape => ({ kind: 'record', fields });
const collection = (item: RecordShape, key = 'id'): CollectionShape => ({ kind: 'collection', key, item });

/** The shape of a field (unknown fields are values). */
export function fieldShape(shape: RecordShape, field: string): Shape {
  return shape.fields[field] ?? VALUE;
}

function floorElementShapes(): Record<string, Shape> {
  const fields: Record<string, Shape> = {};
  for (const name of FLOOR_COLLECTIONS) fields[name] = collection(record());
  // a toilet's fixture counts are edited one by one
  fields['zones'] = collection(record({ fixtures: record() }));
  return fields;
}

/** What a floor's own document holds: its element collections and its underlay. */
export const FLOOR_CONTENT_SHAPE: RecordShape = record({
  ...floorElementShapes(),
  underlay: record({ drawing: record() }),
});

/** Fields of a floor that live in its document (the rest stay in the root document). */
export const FLOOR_CONTENT_FIELDS: ReadonlySet<string> = new Set(Object.keys(FLOOR_CONTENT_SHAPE.fields));

/** A floor of the active site: own fields in the root document, content in the floor document. */
const SPLIT_FLOOR_SHAPE: RecordShape = { kind: 'record', fields: {}, floorContent: FLOOR_CONTENT_SHAPE };
/** A floor of a stored proposal: all in the root document (proposals are rarely edited). */
const WHOLE_FLOOR_SHAPE: RecordShape = record(FLOOR_CONTENT_SHAPE.fields);

const siteShape = (floor: RecordShape): RecordShape =>
  record({
    controls: record(),
    buildings: collection(record({ floors: collection(floor) })),
  });

/** The whole plan document. */
export const PLAN_SHAPE: RecordShape = record({
  profile: record({ overrides: record() }),
  site: siteShape(SPLIT_FLOOR_SHAPE),
  // one review per finding: the finding's key is the review's identity
  reviews: collection(record(), 'findingKey'),
  proposals: collection(record({ site: siteShape(WHOLE_FLOOR_SHAPE) })),
  activeProposal: record(),
  costs: record(),
  tenants: collection(record()),
  phases: collection(record()),
  inspections: collection(record()),
  demand: collection(record({ scope: record(), serviceLevel: record(), hoursOfOperation: record() })),
});

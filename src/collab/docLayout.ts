// Where the plan lives in Yjs: one root document per project and one document per floor of the
// active site, named by guids derived from the project id (a Hocuspocus server syncs each as a
// document of that name). The names of the shared types inside them are fixed here.
import * as Y from 'yjs';

/** Version of this layout, written into the root document's `meta` map. */
export const LAYOUT_VERSION = 1;

/** root document: `meta` holds the project id and the layout version */
export const META_MAP = 'meta';
/** root document: the plan without its floors' content (PLAN_SHAPE) */
export const PLAN_MAP = 'plan';
/** floor document: the floor's elements and underlay (FLOOR_CONTENT_SHAPE) */
export const FLOOR_MAP = 'floor';
/** a collection's Y.Map: the keys in order */
export const ORDER = 'order';
/** a collection's Y.Map: the records by key */
export const ITEMS = 'items';
/**
 * a collection's Y.Map: false while the plan has no such list (an optional one: reviews,
 * inspections …). The collection is made with its record and kept when the list goes, so two
 * peers adding the first review at once add to one collection instead of each making one.
 */
export const PRESENT = 'present';

/** The documents of one project: the root and the floor documents loaded, by floor id. */
export interface PlanDocs {
  readonly root: Y.Doc;
  readonly floors: Map<string, Y.Doc>;
}

export function rootDocGuid(projectId: string): string {
  return `callfloor/${encodeURIComponent(projectId)}`;
}

/** Stable: the same project and floor id give the same document on every peer and the server. */
export function floorDocGuid(projectId: string, floorId: string): string {
  return `${rootDocGuid(projectId)}/floor/${encodeURIComponent(floorId)}`;
}

export function projectIdOf(root: Y.Doc): string {
  const id = root.getMap(META_MAP).get('projectId');
  if (typeof id !== 'string') throw new Error('collab: the root document has no project id (not made by planToDocs?)');
  return id;
}

/**
 * The document of a floor: the one loaded, else a new empty one with the floor's guid (a provider
 * then fills it from the server). A floor's document is kept after the floor is deleted, so an
 * undo that brings the floor back writes into the same document rather than a second one with
 * the same guid.
 */
export function floorDocFor(docs: PlanDocs, floorId: string): Y.Doc {
  let doc = docs.floors.get(floorId);
  if (!doc) {
    doc = new Y.Doc({ guid: floorDocGuid(projectIdOf(docs.root), floorId) });
    docs.floors.set(floorId, doc);
  }
  return doc;
}

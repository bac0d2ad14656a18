// The plan as Yjs data (docs/collaboration.md). The root document holds everything but the
// content of the active site's floors: settings, site, buildings, each floor's own fields
// (name, level, heights, outline …), reviews, proposals, tenants, phases, inspections, demand.
// Each floor's elements and underlay are in a document of their own (guid from the project and
// floor id), so a client loads the floors it opens, not a 150,000-seat park at once. Lists of
// records with ids are collections by id; records are Y.Maps, so two people editing different
// fields of one desk both keep their edit. The plan model stays the source of truth for rules,
// exports and the file: `docsToPlan` gives back exactly the plan `planToDocs` was given.
import * as Y from 'yjs';
import type { PlanDocument } from '../floorplan/types.ts';
import { FLOOR_MAP, ITEMS, LAYOUT_VERSION, META_MAP, PLAN_MAP, floorDocGuid, projectIdOf, rootDocGuid, type PlanDocs } from './docLayout.ts';
import type { JsonRecord } from './json.ts';
import { PLAN_SHAPE } from './planShape.ts';
import { collectionKeys, readRecord, type ReadContext } from './readPlan.ts';
import { writeRecord } from './writePlan.ts';

export { floorDocFor, floorDocGuid, projectIdOf, rootDocGuid, type PlanDocs } from './docLayout.ts';

export interface PlanToDocsOptions {
  /** the project's id: names the root and floor documents */
  projectId: string;
  /** transaction origin of the first write (default null) */
  origin?: unknown;
}

/**
 * A project's documents made from its plan. Do this once per project (when it is first shared):
 * every other peer loads these documents. Two peers that each made documents from the same plan
 * would hold two different histories, and merging them would duplicate every record.
 */
export function planToDocs(plan: PlanDocument, options: PlanToDocsOptions): PlanDocs {
  const docs: PlanDocs = { root: new Y.Doc({ guid: rootDocGuid(options.projectId) }), floors: new Map() };
  writePlanIntoDocs(docs, plan, options);
  return docs;
}

/**
 * Writes a plan into a project's empty documents (the root given, made with the project's guid):
 * what an owner does once, publishing a plan into a new shared project. Floor documents are
 * taken from `docs.floors` or made there.
 */
export function writePlanIntoDocs(docs: PlanDocs, plan: PlanDocument, options: PlanToDocsOptions): void {
  const { root } = docs;
  if (root.guid !== rootDocGuid(options.projectId)) throw new Error(`collab: the root document ${root.guid} is not project ${options.projectId}'s`);
  if (root.getMap(META_MAP).has('projectId')) throw new Error('collab: the documents already hold a plan');
  const origin = options.origin ?? null;
  root.transact(() => {
    const meta = root.getMap(META_MAP);
    meta.set('layout', LAYOUT_VERSION);
    meta.set('projectId', options.projectId);
    writeRecord({ docs, origin }, root.getMap(PLAN_MAP), undefined, plan as unknown as JsonRecord, PLAN_SHAPE);
  }, origin);
}

/** True once the root document holds a plan (written by writePlanIntoDocs, here or on a peer). */
export function docsHoldPlan(root: Y.Doc): boolean {
  return typeof root.getMap(META_MAP).get('projectId') === 'string';
}

/** The ids of the active site's floors the root document lists: each has a document of its own. */
export function floorIdsOf(root: Y.Doc): string[] {
  const ids: string[] = [];
  const site = root.getMap(PLAN_MAP).get('site');
  const buildings = site instanceof Y.Map ? site.get('buildings') : undefined;
  if (!(buildings instanceof Y.Map)) return ids;
  const items = buildings.get(ITEMS);
  for (const buildingId of collectionKeys(buildings)) {
    const building = items instanceof Y.Map ? items.get(buildingId) : undefined;
    const floors = building instanceof Y.Map ? building.get('floors') : undefined;
    if (floors instanceof Y.Map) ids.push(...collectionKeys(floors));
  }
  return ids;
}

/**
 * The plan the documents hold. Every floor of the active site needs its document in `floors`
 * (by floor id); a floor document that has not synced yet reads as a floor without elements.
 */
export function docsToPlan(root: Y.Doc, floors: ReadonlyMap<string, Y.Doc>): PlanDocument {
  const projectId = projectIdOf(root);
  const ctx: ReadContext = {
    floorContent(floorId) {
      const doc = floors.get(floorId);
      if (!doc) throw new Error(`collab: the document of floor ${floorId} is not loaded`);
      if (doc.guid !== floorDocGuid(projectId, floorId)) throw new Error(`collab: floor ${floorId} was given the document ${doc.guid}`);
      return doc.getMap(FLOOR_MAP);
    },
  };
  return readRecord(root.getMap(PLAN_MAP), PLAN_SHAPE, ctx) as unknown as PlanDocument;
}

// Finding a floor and its elements by id inside a (draft) document, for commands.
import { FLOOR_COLLECTIONS, type Floor, type FloorCollection, type FloorElement, type PlanDocument } from '../types.ts';

export function floorById(plan: PlanDocument, floorId: string): Floor | undefined {
  for (const building of plan.site.buildings) {
    const floor = building.floors.find((f) => f.id === floorId);
    if (floor) return floor;
  }
  return undefined;
}

export interface LocatedElement {
  collection: FloorCollection;
  element: FloorElement;
}

/** Every element of the floor whose id is in `ids`, keyed by id. */
export function elementsWithIds(floor: Floor, ids: ReadonlySet<string>): Map<string, LocatedElement> {
  const found = new Map<string, LocatedElement>();
  for (const collection of FLOOR_COLLECTIONS) {
    for (const element of floor[collection]) {
      if (ids.has(element.id)) found.set(element.id, { collection, element });
    }
  }
  return found;
}

/** Every id used anywhere in the document (buildings, floors, elements): ids are document-unique. */
export function documentIds(plan: PlanDocument): Set<string> {
  const ids = new Set<string>();
  for (const building of plan.site.buildings) {
    ids.add(building.id);
    for (const floor of building.floors) {
      ids.add(floor.id);
      for (const collection of FLOOR_COLLECTIONS) for (const element of floor[collection]) ids.add(element.id);
    }
  }
  return ids;
}

// A floor with nothing on it yet: its facts plus one empty list per element collection, made from
// FLOOR_COLLECTIONS so a new kind of element (columns came this way) needs no edit here.
import { FLOOR_COLLECTIONS, type Floor, type FloorCollection } from './types.ts';

/** The floor's own facts: everything but its element lists. */
export type FloorFacts = Omit<Floor, FloorCollection>;

export function emptyFloorCollections(): Pick<Floor, FloorCollection> {
  return Object.fromEntries(FLOOR_COLLECTIONS.map((c) => [c, []])) as unknown as Pick<Floor, FloorCollection>;
}

export function emptyFloor(facts: FloorFacts): Floor {
  return { ...facts, ...emptyFloorCollections() };
}

// The plan the server battery edits: the generated sample park cut down to two buildings of two
// floors with a dozen desks and a few of everything else each, so that reading every client's
// plan after every step stays cheap while every kind of record is still in the documents.
import { generateSamplePark } from '../../../src/floorplan/generate/park.ts';
import { FLOOR_COLLECTIONS, type PlanDocument } from '../../../src/floorplan/types.ts';

export function batteryPark(): PlanDocument {
  const plan = generateSamplePark();
  plan.site.buildings = plan.site.buildings.slice(0, 2);
  for (const building of plan.site.buildings) {
    building.floors = building.floors.slice(0, 2);
    for (const floor of building.floors) {
      for (const collection of FLOOR_COLLECTIONS) {
        const list = floor[collection] as unknown[];
        (floor as unknown as Record<string, unknown[]>)[collection] = list.slice(0, collection === 'workstations' ? 12 : 4);
      }
      // doors name the walls they sit in: keep only those whose wall stayed
      const walls = new Set(floor.walls.map((wall) => wall.id));
      floor.doors = floor.doors.filter((door) => door.wall === undefined || walls.has(door.wall));
    }
  }
  return plan;
}

// Elements placed by one point (desks, luminaires, devices) must keep that point on the floor
// plate. The refusal names the kind that would leave, so an extinguisher is not called a desk.
import { pointInPolygon } from '../geometry/polygon.ts';
import type { FloorCollection, Point } from '../types.ts';
import { refuse, type Refusal } from './command.ts';
import type { LocatedElement } from './floorElements.ts';

/** The collections whose point must stay inside the floor outline, in the order refusals name them. */
export const ON_FLOOR_COLLECTIONS: readonly FloorCollection[] = [
  'workstations', 'luminaires', 'airTerminals', 'extinguishers', 'detectors', 'sprinklers',
  'smokeExhausts', 'exitSigns', 'hydrants', 'evacuationMarks',
];
const ON_FLOOR = new Set<FloorCollection>(ON_FLOOR_COLLECTIONS);

export function mustStayOnFloor(collection: FloorCollection): boolean {
  return ON_FLOOR.has(collection);
}

/** i18n key of the refusal when an element of `collection` would leave the floor. */
export function offFloorReason(collection: FloorCollection): string {
  // desks keep their long-standing key (its text already names a desk)
  return collection === 'workstations' ? 'commands.refused.outsideFloor' : `commands.refused.offFloor.${collection}`;
}

/**
 * A refusal when any of `elements` that must stay on the floor would have its point outside
 * `outline` after `moved`; it names the first such kind and lists that kind's elements.
 */
export function refuseLeavingFloor(elements: Iterable<LocatedElement>, outline: readonly Point[], moved: (p: Point) => Point): { refused: Refusal } | undefined {
  const leaving = new Map<FloorCollection, string[]>();
  for (const { collection, element } of elements) {
    if (!ON_FLOOR.has(collection) || !('at' in element)) continue;
    if (pointInPolygon(moved(element.at), outline)) continue;
    leaving.set(collection, [...(leaving.get(collection) ?? []), element.id]);
  }
  const kind = ON_FLOOR_COLLECTIONS.find((c) => leaving.has(c));
  return kind ? refuse(offFloorReason(kind), leaving.get(kind)) : undefined;
}

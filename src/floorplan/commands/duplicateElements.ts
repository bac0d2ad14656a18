// Duplicate / paste: insert copies of elements under new ids. `copiesOf` prepares them (pure), the
// command checks and inserts them, so paste onto another floor works the same way.
import { FLOOR_COLLECTIONS, type FloorCollection, type FloorElement, type Point } from '../types.ts';
import { refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';
import { transformElement } from './transformElements.ts';

export interface ElementCopy {
  collection: FloorCollection;
  element: FloorElement;
}

export interface DuplicateElementsArgs {
  floorId: string;
  items: ElementCopy[];
}

/**
 * Copies shifted by `offset`, with ids from `newId` (called once per element, in order).
 * A door keeps its wall when that wall is copied too; a door whose wall is not copied is left out.
 */
export function copiesOf(items: readonly ElementCopy[], offset: Point, newId: () => string): ElementCopy[] {
  const shift = (p: Point): Point => [p[0] + offset[0], p[1] + offset[1]];
  const idMap = new Map<string, string>();
  for (const item of items) idMap.set(item.element.id, newId());
  const copies: ElementCopy[] = [];
  for (const { collection, element } of items) {
    const copy = structuredClone(element);
    copy.id = idMap.get(element.id)!;
    transformElement(copy, shift, 0);
    if (collection === 'doors' && 'wall' in copy && typeof copy.wall === 'string') {
      const wall = idMap.get(copy.wall);
      if (!wall) continue;
      copy.wall = wall;
    }
    copies.push({ collection, element: copy });
  }
  return copies;
}

export const duplicateElements: Command<DuplicateElementsArgs> = {
  type: 'elements/duplicate',
  labelKey: 'commands.duplicate',
  apply(draft, { floorId, items }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if (items.length === 0) return refuse('commands.refused.empty');
    if (items.some((i) => !FLOOR_COLLECTIONS.includes(i.collection))) return refuse('commands.refused.badKind');
    const clash = refuseUsedIds(draft, items.map((i) => i.element.id));
    if (clash) return clash;
    const walls = new Set([...floor.walls.map((w) => w.id), ...items.filter((i) => i.collection === 'walls').map((i) => i.element.id)]);
    const orphan = items.filter((i) => i.collection === 'doors' && 'wall' in i.element && i.element.wall !== undefined && !walls.has(i.element.wall));
    if (orphan.length) return refuse('commands.refused.notFound', orphan.map((i) => i.element.id));
    for (const { collection, element } of items) (floor[collection] as FloorElement[]).push(structuredClone(element));
    return undefined;
  },
};

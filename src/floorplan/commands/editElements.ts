// The inspector's edit: set fields on one or many elements of a floor, checked as each kind's
// "add" command would check it, so a negative width or a self-crossing zone is refused whole.
import { wallProblem } from './addWall.ts';
import { zoneProblem } from './addZone.ts';
import { doorProblem } from './addDoor.ts';
import { windowProblem } from './addWindow.ts';
import { exitProblem } from './addExit.ts';
import { workstationProblem } from './placeWorkstationArray.ts';
import { luminaireProblem } from './placeLuminaireArray.ts';
import { pointDeviceProblem } from './addPointDevice.ts';
import { columnProblem } from './addColumn.ts';
import { safetyFieldProblem } from './safetyFieldChecks.ts';
import { CORE_KINDS, type Floor, type FloorCollection, type FloorElement } from '../types.ts';
import { isValidPolygonValue, plainCopy } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { elementsWithIds, floorById } from './floorElements.ts';
import { mustStayOnFloor, offFloorReason } from './staysOnFloor.ts';
import { pointInPolygon } from '../geometry/polygon.ts';

export interface EditElementsArgs {
  floorId: string;
  ids: string[];
  props: Record<string, unknown>;
}

/** Why an element (after the edit) is not acceptable, or null. */
export function elementProblem(floor: Floor, collection: FloorCollection, element: FloorElement): string | null {
  switch (collection) {
    case 'walls': return wallProblem(element as never);
    case 'zones': return zoneProblem(element as never);
    case 'doors': return doorProblem(floor, element as never);
    case 'windows': return windowProblem(floor, element as never);
    case 'exits': return exitProblem(floor, element as never);
    case 'cores': {
      const core = element as Floor['cores'][number];
      if (!CORE_KINDS.includes(core.kind)) return 'commands.refused.badKind';
      return isValidPolygonValue(core.polygon) ? null : 'commands.refused.badPolygon';
    }
    case 'columns': return columnProblem(element as never);
    case 'workstations': return workstationProblem(element as never);
    case 'luminaires': return luminaireProblem(element as never);
    case 'airTerminals': return pointDeviceProblem({ floorId: floor.id, collection, device: element as never });
    case 'extinguishers': return pointDeviceProblem({ floorId: floor.id, collection, device: element as never });
    default: return pointDeviceProblem({ floorId: floor.id, collection, device: element as never });
  }
}

export const editElements: Command<EditElementsArgs> = {
  type: 'elements/edit',
  labelKey: 'commands.setProps',
  apply(draft, { floorId, ids, props }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    if ('id' in props) return refuse('commands.refused.idChange', ids);
    const found = elementsWithIds(floor, new Set(ids));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) return refuse('commands.refused.notFound', missing);
    const plainFloor = plainCopy(floor);
    for (const { collection, element } of found.values()) {
      const candidate = { ...plainCopy(element), ...structuredClone(props) } as FloorElement;
      const problem = elementProblem(plainFloor, collection, candidate) ?? safetyFieldProblem(collection, candidate as unknown as Record<string, unknown>);
      if (problem) return refuse(problem, [element.id]);
      // a new position of a desk, luminaire or device must stay on the floor plate
      if ('at' in props && 'at' in candidate && mustStayOnFloor(collection) && !pointInPolygon(candidate.at, plainFloor.outline)) {
        return refuse(offFloorReason(collection), [element.id]);
      }
    }
    for (const { element } of found.values()) Object.assign(element, structuredClone(props));
    return undefined;
  },
};

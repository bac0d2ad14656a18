// What a drag of a floor selection needs on every pointer move, prepared once when it starts:
// the desk, luminaire and device points that must stay on the floor plate (the rule moveElements enforces) and the
// outlines of everything else, drawn as a moving ghost (desks are moved on the GPU by the view).
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { mustStayOnFloor } from '../../floorplan/commands/staysOnFloor.ts';
import { pointInPolygon } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point } from '../../floorplan/types.ts';

/** Half the arms of the cross drawn for a point device (m). */
const CROSS = 0.3;
/** More ghost lines than this are not drawn (the release still moves everything). */
const MAX_GHOST_SEGMENTS = 4000;

export class DragMove {
  /** points that must stay on the floor plate (desks, luminaires, devices) */
  private readonly anchors: Point[] = [];
  private readonly ghost: [Point, Point][] = [];

  constructor(private readonly floor: Floor, readonly ids: readonly string[]) {
    for (const { collection, element } of elementsWithIds(floor, new Set(ids)).values()) {
      if (mustStayOnFloor(collection) && 'at' in element) this.anchors.push(element.at);
      if (collection === 'workstations') continue;
      if (this.ghost.length >= MAX_GHOST_SEGMENTS) continue;
      if ('polygon' in element) element.polygon.forEach((p, i) => this.ghost.push([p, element.polygon[(i + 1) % element.polygon.length]!]));
      else if ('a' in element) this.ghost.push([element.a, element.b]);
      else if ('at' in element) {
        const [x, y] = element.at;
        this.ghost.push([[x - CROSS, y], [x + CROSS, y]], [[x, y - CROSS], [x, y + CROSS]]);
      }
    }
  }

  /** Every selected desk, luminaire and device point stays inside the floor outline when moved by (dx, dy). */
  accepts(dx: number, dy: number): boolean {
    const outline = this.floor.outline;
    return this.anchors.every(([x, y]) => pointInPolygon([x + dx, y + dy], outline));
  }

  /** The non-desk elements' outlines moved by (dx, dy). */
  ghostAt(dx: number, dy: number): [Point, Point][] {
    return this.ghost.map(([a, b]) => [[a[0] + dx, a[1] + dy], [b[0] + dx, b[1] + dy]]);
  }
}

// A floor as an architectural drawing (plan view): every wall a filled band at its thickness,
// styled by kind (solid dark, glass a double thin line, fire red and hatched), door openings left
// open with the leaf and its swing, windows as the triple line, cores filled and hatched.
// Pure shapes in plan space; built once per floor object like the 3D geometry.
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import { pointInPolygon } from '../../floorplan/geometry/polygon.ts';
import { zoneLocator, type ZoneLocator } from '../../floorplan/queries/zones.ts';
import type { Core, Door, Floor, Point, WallKind } from '../../floorplan/types.ts';
import { PLAN_COLORS } from '../palette.ts';
import {
  appendShapes,
  clipLineToPolygon,
  doorLines,
  emptyShapes,
  outlineSegments,
  polygonHatch,
  wallFrame,
  wallShapes,
  windowLines,
  type DoorSwing,
  type PlanShapes,
  type WallFrame,
  type WallStyle,
} from './planSymbols.ts';
import { EXTERIOR_WALL_THICKNESS, nearestEdge, openingSpans, openingsByEdge, outlineEdges, solidSpans, type Opening } from './wallPieces.ts';

/** Doors at least this wide are drawn with two leaves. */
export const DOUBLE_DOOR_WIDTH = 1.4;
/** Spacing of the hatch in stair cores (m, across the lines). */
const CORE_HATCH_SPACING = 0.4;

export const WALL_STYLES: Record<WallKind, WallStyle> = {
  solid: { fill: PLAN_COLORS.wall, faces: null, centre: PLAN_COLORS.wall, hatch: null },
  glass: { fill: PLAN_COLORS.glassFill, faces: PLAN_COLORS.glassLine, centre: null, hatch: null },
  fire: { fill: PLAN_COLORS.fireFill, faces: PLAN_COLORS.fireLine, centre: null, hatch: { color: PLAN_COLORS.fireLine, spacing: 0.15 } },
};
const EXTERIOR_STYLE: WallStyle = { fill: PLAN_COLORS.exteriorWall, faces: null, centre: PLAN_COLORS.exteriorWall, hatch: null };

/** A wall's frame lengthened by half its thickness at both ends (corners close, as in 3D), and its solid pieces. */
function wallPieces(a: Point, b: Point, thickness: number, openings: readonly Opening[]) {
  const base = wallFrame(a, b);
  const half = thickness / 2;
  const frame = wallFrame(base.along(-half), base.along(base.length + half));
  const cuts = openingSpans(frame.a, frame.along(frame.length), openings);
  return { frame, pieces: solidSpans(frame.length, cuts) };
}

/** Distance of `p` along the frame (projected onto it). */
function alongOf(frame: WallFrame, p: Point): number {
  return (p[0] - frame.a[0]) * frame.u[0] + (p[1] - frame.a[1]) * frame.u[1];
}

/**
 * How a door without swing data is drawn (the same rules as the PDF's drawing,
 * export/model/floorDrawing.ts): on the outline it opens outwards, the way out; in a wall it
 * opens to the wall's left unless that is a corridor and the right is a room (a door must not
 * narrow the escape route); the hinge sits at the jamb nearer the wall's closer end; doors of
 * 1.4 m or more have two leaves.
 */
export function defaultSwing(frame: WallFrame, door: Door, thickness: number, onOutline: boolean, outline: readonly Point[], locator: ZoneLocator): DoorSwing {
  const centre = alongOf(frame, door.at);
  const probe = thickness / 2 + 0.5;
  const left = frame.along(centre, probe);
  let side: 1 | -1;
  if (onOutline) side = pointInPolygon(left, outline) ? -1 : 1;
  else {
    const leftZone = locator.zoneAt(left);
    const rightZone = locator.zoneAt(frame.along(centre, -probe));
    side = leftZone?.use === 'corridor' && rightZone && rightZone.use !== 'corridor' ? -1 : 1;
  }
  return { side, hingeAtStart: centre <= frame.length / 2, double: door.width >= DOUBLE_DOOR_WIDTH };
}

function coreShapes(core: Core): PlanShapes {
  const shapes = emptyShapes();
  const { polygon } = core;
  shapes.fills.push({ polygon, color: PLAN_COLORS.coreFill });
  const marks =
    core.kind === 'stair'
      ? polygonHatch(polygon, CORE_HATCH_SPACING, Math.PI / 4)
      : (() => {
          // lifts and shafts: the customary cross corner to corner
          const xs = polygon.map((p) => p[0]);
          const ys = polygon.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          return [
            ...clipLineToPolygon([x0, y0], [x1 - x0, y1 - y0], polygon),
            ...clipLineToPolygon([x0, y1], [x1 - x0, y0 - y1], polygon),
          ];
        })();
  for (const segment of marks) shapes.lines.push({ segment, color: PLAN_COLORS.coreHatch });
  for (const segment of outlineSegments(polygon)) shapes.lines.push({ segment, color: PLAN_COLORS.coreLine });
  return shapes;
}

export function planDrawing(floor: Floor): PlanShapes {
  const shapes = emptyShapes();
  // painted in this order: cores, then walls over their edges, then windows over the outline
  for (const core of floor.cores) appendShapes(shapes, coreShapes(core));

  const locator = zoneLocator(floor);
  const doorColor = (door: Door): string => (door.fireRating ? PLAN_COLORS.fireDoor : PLAN_COLORS.door);

  const doorsByWall = new Map<string, Door[]>();
  for (const door of floor.doors) {
    if (door.wall === undefined) continue;
    const list = doorsByWall.get(door.wall) ?? [];
    list.push(door);
    doorsByWall.set(door.wall, list);
  }
  for (const wall of floor.walls) {
    const thickness = wallThickness(wall);
    if (wall.a[0] === wall.b[0] && wall.a[1] === wall.b[1]) continue;
    const doors = doorsByWall.get(wall.id) ?? [];
    const { frame, pieces } = wallPieces(wall.a, wall.b, thickness, doors);
    appendShapes(shapes, wallShapes(frame, pieces, thickness, WALL_STYLES[wall.kind]));
    for (const door of doors) {
      const swing = defaultSwing(frame, door, thickness, false, floor.outline, locator);
      for (const segment of doorLines(frame, alongOf(frame, door.at), door.width, thickness, swing)) shapes.lines.push({ segment, color: doorColor(door) });
    }
  }

  if (floor.outline.length >= 3) {
    const edges = outlineEdges(floor.outline);
    const outlineDoors = floor.doors.filter((d) => d.wall === undefined);
    const windowOpenings: Opening[] = floor.windows.map((w) => ({ at: [(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2], width: Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]) }));
    const cuts = openingsByEdge(edges, [...outlineDoors, ...floor.exits, ...windowOpenings]);
    edges.forEach(([a, b], i) => {
      const { frame, pieces } = wallPieces(a, b, EXTERIOR_WALL_THICKNESS, cuts[i] ?? []);
      appendShapes(shapes, wallShapes(frame, pieces, EXTERIOR_WALL_THICKNESS, EXTERIOR_STYLE));
      for (const door of outlineDoors.filter((d) => nearestEdge(edges, d.at) === i)) {
        const swing = defaultSwing(frame, door, EXTERIOR_WALL_THICKNESS, true, floor.outline, locator);
        for (const segment of doorLines(frame, alongOf(frame, door.at), door.width, EXTERIOR_WALL_THICKNESS, swing)) shapes.lines.push({ segment, color: doorColor(door) });
      }
    });
  }

  for (const w of floor.windows) {
    const { faces, glass } = windowLines(w.a, w.b, EXTERIOR_WALL_THICKNESS);
    const frame = wallFrame(w.a, w.b);
    if (frame.length === 0) continue;
    const h = EXTERIOR_WALL_THICKNESS / 2;
    shapes.fills.push({ polygon: [frame.along(0, -h), frame.along(frame.length, -h), frame.along(frame.length, h), frame.along(0, h)], color: PLAN_COLORS.windowFill });
    for (const segment of faces) shapes.lines.push({ segment, color: PLAN_COLORS.windowLine });
    shapes.lines.push({ segment: glass, color: PLAN_COLORS.windowGlass });
  }
  return shapes;
}

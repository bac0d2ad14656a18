// A floor as an architectural drawing (plan view): every wall a filled band at its thickness,
// styled by kind (solid dark, glass a double thin line, fire red and hatched), door openings left
// open with the leaf and its swing, windows as the triple line, cores filled and hatched.
// Pure shapes in plan space; built once per floor object like the 3D geometry. The symbols and
// the door-swing rule are shared with the PDF / DXF plans (floorplan/geometry/planSymbols.ts,
// doorSwing.ts), so screen and paper agree about every door.
import { outlineDoorSwing, wallDoorSwing } from '../../floorplan/geometry/doorSwing.ts';
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import { bandPolygon, coreMarks, doorSymbol, wallPieces, windowLines } from '../../floorplan/geometry/planSymbols.ts';
import { EXTERIOR_WALL_THICKNESS, nearestEdge, openingsByEdge, polygonEdges, type Opening } from '../../floorplan/geometry/wallOpenings.ts';
import { zoneLocator } from '../../floorplan/queries/zones.ts';
import type { Core, Door, Floor, WallKind } from '../../floorplan/types.ts';
import { PLAN_COLORS } from '../palette.ts';
import { appendShapes, doorSegments, emptyShapes, wallShapes, type PlanShapes, type WallStyle } from './planSymbols.ts';

export const WALL_STYLES: Record<WallKind, WallStyle> = {
  solid: { fill: PLAN_COLORS.wall, faces: null, centre: PLAN_COLORS.wall, hatch: null },
  glass: { fill: PLAN_COLORS.glassFill, faces: PLAN_COLORS.glassLine, centre: null, hatch: null },
  fire: { fill: PLAN_COLORS.fireFill, faces: PLAN_COLORS.fireLine, centre: null, hatch: { color: PLAN_COLORS.fireLine, spacing: 0.15 } },
  'fire-partition': { fill: PLAN_COLORS.partitionFill, faces: PLAN_COLORS.partitionLine, centre: null, hatch: null },
};
const EXTERIOR_STYLE: WallStyle = { fill: PLAN_COLORS.exteriorWall, faces: null, centre: PLAN_COLORS.exteriorWall, hatch: null };

/** Stairs hatched, lifts and shafts crossed (the marks the PDF draws too), then the outline. */
function coreShapes(core: Core): PlanShapes {
  const shapes = emptyShapes();
  const { polygon } = core;
  shapes.fills.push({ polygon, color: PLAN_COLORS.coreFill });
  for (const segment of coreMarks(polygon, core.kind)) shapes.lines.push({ segment, color: PLAN_COLORS.coreHatch });
  for (const segment of polygonEdges(polygon)) shapes.lines.push({ segment, color: PLAN_COLORS.coreLine });
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
    appendShapes(shapes, wallShapes(wallPieces(wall.a, wall.b, thickness, doors), WALL_STYLES[wall.kind]));
    for (const door of doors) {
      const swing = wallDoorSwing(wall.a, wall.b, door, thickness, locator);
      for (const segment of doorSegments(doorSymbol(wall.a, wall.b, door.at, door.width, thickness, swing))) shapes.lines.push({ segment, color: doorColor(door) });
    }
  }

  if (floor.outline.length >= 3) {
    const edges = polygonEdges(floor.outline);
    const outlineDoors = floor.doors.filter((d) => d.wall === undefined);
    const windowOpenings: Opening[] = floor.windows.map((w) => ({ at: [(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2], width: Math.hypot(w.b[0] - w.a[0], w.b[1] - w.a[1]) }));
    const cuts = openingsByEdge(edges, [...outlineDoors, ...floor.exits, ...windowOpenings]);
    edges.forEach(([a, b], i) => {
      appendShapes(shapes, wallShapes(wallPieces(a, b, EXTERIOR_WALL_THICKNESS, cuts[i] ?? []), EXTERIOR_STYLE));
      for (const door of outlineDoors.filter((d) => nearestEdge(edges, d.at) === i)) {
        const swing = outlineDoorSwing(a, b, door, floor.outline);
        for (const segment of doorSegments(doorSymbol(a, b, door.at, door.width, EXTERIOR_WALL_THICKNESS, swing))) shapes.lines.push({ segment, color: doorColor(door) });
      }
    });
  }

  for (const w of floor.windows) {
    const lines = windowLines(w.a, w.b, EXTERIOR_WALL_THICKNESS);
    if (!lines) continue;
    shapes.fills.push({ polygon: bandPolygon({ a: w.a, b: w.b, thickness: EXTERIOR_WALL_THICKNESS }), color: PLAN_COLORS.windowFill });
    for (const segment of [...lines.faces, ...lines.jambs]) shapes.lines.push({ segment, color: PLAN_COLORS.windowLine });
    shapes.lines.push({ segment: lines.glass, color: PLAN_COLORS.windowGlass });
  }
  return shapes;
}

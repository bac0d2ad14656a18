// A floor plan as plain shapes in plan metres, ready for any renderer (PDF today), following an
// architect's conventions: walls as bands cut at their doors, doors open at 90° with their swing,
// windows as a triple line in the exterior wall, zones with their area and seats. The symbols and
// the door-swing rule are the screen's own (floorplan/geometry/planSymbols.ts, doorSwing.ts).
import { doorSwing, edgeSide, isDoubleDoor, outlineDoorSwing, wallDoorSwing } from '../../floorplan/geometry/doorSwing.ts';
import { deskFootprint, wallThickness } from '../../floorplan/geometry/elements.ts';
import { coreMarks, doorSymbol, wallPieces, windowLines, type Band, type DoorSymbol, type Segment } from '../../floorplan/geometry/planSymbols.ts';
import { bounds, distanceToSegment, type Bounds } from '../../floorplan/geometry/polygon.ts';
import { EXTERIOR_WALL_THICKNESS, ON_EDGE_TOLERANCE, nearestEdge, polygonEdges } from '../../floorplan/geometry/wallOpenings.ts';
import { floorSeats } from '../../floorplan/queries/seats.ts';
import { zoneLocator } from '../../floorplan/queries/zones.ts';
import type { Building, CoreKind, Floor, Point, Polygon, WallKind, ZoneUse } from '../../floorplan/types.ts';
import type { FindingStatus } from '../../rules/types.ts';
import type { EgressPath } from './worstEgress.ts';
import { safetyDrawing, type DetectorRadii, type SafetyDrawing } from './safetyDrawing.ts';

/** The enclosure of a core (stair, lift, shaft) drawn as a wall of this thickness (m). */
export const CORE_WALL_THICKNESS = 0.2;

export interface DrawnDoor {
  symbol: DoorSymbol;
  fireRated: boolean;
}

export interface DrawnExit {
  at: Point;
  width: number;
  /** unit vector (plan) away from the floor's occupied side: out of the outline or into the core */
  out: Point;
  /** how far the door leaves reach on the `out` side (m), so a badge can sit beyond them */
  reach: number;
  symbol: DoorSymbol | null;
}

export interface FloorDrawing {
  buildingName: string;
  floorId: string;
  floorName: string;
  bounds: Bounds;
  outline: Polygon;
  /** the exterior wall on the outline, cut at its doors, exits and windows */
  exterior: Band[];
  zones: { polygon: Polygon; use: ZoneUse; name: string; area: number; seats: number }[];
  /** cores filled and marked (stairs hatched, lifts and shafts crossed), their edges drawn as walls open where an exit leads in */
  cores: { polygon: Polygon; kind: CoreKind; marks: Segment[]; walls: Band[] }[];
  /** structural columns, drawn solid */
  columns: Polygon[];
  /** interior walls, each cut at its door openings */
  walls: { kind: WallKind; pieces: Band[] }[];
  doors: DrawnDoor[];
  windows: { band: Band; lines: Segment[] }[];
  desks: Polygon[];
  exits: DrawnExit[];
  extinguishers: { at: Point; overdue: boolean }[];
  /** reach radius drawn round each extinguisher (m); null: not drawn */
  extinguisherReach: number | null;
  markers: { n: number; at: Point; status: FindingStatus }[];
  worstPath: EgressPath | null;
  /** signs, emergency luminaires, detectors with their coverage, exhaust inlets, hydrants, stair enclosures */
  safety?: SafetyDrawing;
}

export interface DrawingOptions {
  markers?: FloorDrawing['markers'];
  extinguisherReach?: number | null;
  overdueIds?: ReadonlySet<string>;
  worstPath?: EgressPath | null;
  /** detector coverage radii (safetyDrawing.ts detectorRadii(plan)); default GB 50116 Table 6.2.2 */
  detectorRadii?: DetectorRadii;
}

type Edge = [Point, Point];

const isPoint = ([a, b]: Edge): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * The nearest edge within the tolerance, with the side of it (as doorSwing.ts counts sides)
 * that is out of (or, `inward`, into) its polygon.
 */
function edgeAt(p: Point, polygons: readonly Polygon[], inward: boolean): { edge: Edge; side: 1 | -1; distance: number } | null {
  let best: { edge: Edge; side: 1 | -1; distance: number } | null = null;
  for (const polygon of polygons) {
    const side = edgeSide(polygon, inward);
    for (const edge of polygonEdges(polygon)) {
      if (isPoint(edge)) continue;
      const d = distanceToSegment(p, edge[0], edge[1]);
      if (d > ON_EDGE_TOLERANCE || (best && d >= best.distance)) continue;
      best = { edge, side, distance: d };
    }
  }
  return best;
}

/** The unit vector to `side` of a→b. */
function sideNormal([a, b]: Edge, side: 1 | -1): Point {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return [(-(b[1] - a[1]) / length) * side, ((b[0] - a[0]) / length) * side];
}

/** How far the leaves of a door of this width stand out from the centre of its wall. */
function leafReach(width: number, thickness: number): number {
  return (isDoubleDoor(width) ? width / 2 : width) + thickness / 2;
}

/** A window's triple line: the outer face, the glass, the inner face (the glass is the middle one). */
function tripleLine(a: Point, b: Point): Segment[] {
  const lines = windowLines(a, b, EXTERIOR_WALL_THICKNESS);
  return lines ? [lines.faces[0], lines.glass, lines.faces[1]] : [];
}

/** True when `p` lies on the wall's band (within half its thickness of a→b, plus a little). */
function onWall(p: Point, a: Point, b: Point, thickness: number): boolean {
  return distanceToSegment(p, a, b) <= thickness / 2 + 0.05;
}

export function floorDrawing(building: Building, floor: Floor, options: DrawingOptions = {}): FloorDrawing {
  const locator = zoneLocator(floor);
  const seats = new Map(floorSeats(building, floor).zones.map((z) => [z.zoneId, z]));
  const corePolygons = floor.cores.map((c) => c.polygon);

  const walls = floor.walls.map((w) => {
    const thickness = wallThickness(w);
    const openings = [
      ...floor.doors.filter((d) => d.wall === w.id),
      ...floor.exits.filter((e) => onWall(e.at, w.a, w.b, thickness)),
    ];
    return { kind: w.kind, pieces: wallPieces(w.a, w.b, thickness, openings) };
  });

  const wallsById = new Map(floor.walls.map((w) => [w.id, w]));
  const outlineEdges = polygonEdges(floor.outline);
  const doors: DrawnDoor[] = [];
  for (const d of floor.doors) {
    const wall = d.wall === undefined ? undefined : wallsById.get(d.wall);
    const fireRated = d.fireRating !== undefined;
    if (wall) {
      // a zero-length wall has no direction to open a door in (the screen skips it too)
      if (isPoint([wall.a, wall.b])) continue;
      const thickness = wallThickness(wall);
      doors.push({ symbol: doorSymbol(wall.a, wall.b, d.at, d.width, thickness, wallDoorSwing(wall.a, wall.b, d, thickness, locator)), fireRated });
    } else if (d.wall === undefined) {
      const edge = outlineEdges[nearestEdge(outlineEdges, d.at)];
      if (edge) doors.push({ symbol: doorSymbol(edge[0], edge[1], d.at, d.width, EXTERIOR_WALL_THICKNESS, outlineDoorSwing(edge[0], edge[1], d, floor.outline)), fireRated });
    }
  }

  const exits: DrawnExit[] = floor.exits.map((e) => {
    // an exit leads out of the outline or into a stair core; its door opens that way
    const outside = edgeAt(e.at, [floor.outline], false);
    const core = edgeAt(e.at, corePolygons, true);
    const edge = outside && (!core || outside.distance <= core.distance) ? outside : core;
    if (!edge) return { at: e.at, width: e.width, out: [0, 1], reach: 0, symbol: null };
    const [a, b] = edge.edge;
    const thickness = edge === outside ? EXTERIOR_WALL_THICKNESS : CORE_WALL_THICKNESS;
    const symbol = doorSymbol(a, b, e.at, e.width, thickness, doorSwing(a, b, e.at, e.width, edge.side));
    return { at: e.at, width: e.width, out: sideNormal(edge.edge, edge.side), reach: leafReach(e.width, thickness), symbol };
  });

  const outlineDoors = floor.doors.filter((d) => d.wall === undefined);
  const windowsOnEdge = (a: Point, b: Point) =>
    floor.windows.filter((n) => distanceToSegment(n.a, a, b) <= ON_EDGE_TOLERANCE && distanceToSegment(n.b, a, b) <= ON_EDGE_TOLERANCE);
  const exterior = outlineEdges.flatMap(([a, b]) => {
    const openings = [...outlineDoors, ...floor.exits]
      .filter((o) => distanceToSegment(o.at, a, b) <= ON_EDGE_TOLERANCE)
      .map((o) => ({ at: o.at, width: o.width }));
    for (const n of windowsOnEdge(a, b)) {
      openings.push({ at: [(n.a[0] + n.b[0]) / 2, (n.a[1] + n.b[1]) / 2], width: Math.hypot(n.b[0] - n.a[0], n.b[1] - n.a[1]) });
    }
    return wallPieces(a, b, EXTERIOR_WALL_THICKNESS, openings);
  });

  return {
    buildingName: building.name,
    floorId: floor.id,
    floorName: floor.name,
    bounds: bounds(floor.outline.concat(building.footprint)),
    outline: floor.outline,
    exterior,
    zones: floor.zones.map((z) => ({ polygon: z.polygon, use: z.use, name: z.name, area: seats.get(z.id)?.area ?? 0, seats: seats.get(z.id)?.seats ?? 0 })),
    cores: floor.cores.map((c) => ({
      polygon: c.polygon,
      kind: c.kind,
      marks: coreMarks(c.polygon, c.kind),
      walls: polygonEdges(c.polygon).flatMap(([a, b]) =>
        wallPieces(a, b, CORE_WALL_THICKNESS, floor.exits.filter((e) => distanceToSegment(e.at, a, b) <= ON_EDGE_TOLERANCE)),
      ),
    })),
    columns: floor.columns.map((c) => c.polygon),
    walls,
    doors,
    windows: floor.windows.map((n) => ({ band: { a: n.a, b: n.b, thickness: EXTERIOR_WALL_THICKNESS }, lines: tripleLine(n.a, n.b) })),
    desks: floor.workstations.map(deskFootprint),
    exits,
    extinguishers: floor.extinguishers.map((x) => ({ at: x.at, overdue: options.overdueIds?.has(x.id) ?? false })),
    extinguisherReach: options.extinguisherReach ?? null,
    markers: options.markers ?? [],
    worstPath: options.worstPath ?? null,
    safety: safetyDrawing(floor, options.detectorRadii),
  };
}

// A floor plan as plain shapes in plan metres, ready for any renderer (PDF today), following an
// architect's conventions: walls as bands cut at their doors, doors open at 90° with their swing,
// windows as a triple line in the exterior wall, zones with their area and seats.
import { deskFootprint, wallThickness } from '../../floorplan/geometry/elements.ts';
import { bounds, distanceToSegment, signedArea, type Bounds } from '../../floorplan/geometry/polygon.ts';
import { floorSeats } from '../../floorplan/queries/seats.ts';
import { zoneLocator, type ZoneLocator } from '../../floorplan/queries/zones.ts';
import type { Building, CoreKind, Floor, Point, Polygon, WallKind, ZoneUse } from '../../floorplan/types.ts';
import type { FindingStatus } from '../../rules/types.ts';
import { coreMarks, doorSymbol, frame, openingSpans, wallPieces, windowLines, type Band, type DoorSymbol, type Segment } from './planSymbols.ts';
import type { EgressPath } from './worstEgress.ts';

/** The exterior wall drawn on the outline (m), as thick as the 3D view draws it. */
export const EXTERIOR_WALL_THICKNESS = 0.25;
/** Openings at least this wide are drawn as double doors (two leaves). */
export const DOUBLE_DOOR_MIN_WIDTH = 1.4;
/** The enclosure of a core (stair, lift, shaft) drawn as a wall of this thickness (m). */
export const CORE_WALL_THICKNESS = 0.2;
/** Spacing of the 45° hatch in a stair core (m, across the lines), as the screen's plan view draws it. */
const STAIR_HATCH_SPACING = 0.4;
/** A door, exit or window this close to an outline or core edge (m) sits on it. */
const ON_EDGE_TOLERANCE = 0.3;

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
}

export interface DrawingOptions {
  markers?: FloorDrawing['markers'];
  extinguisherReach?: number | null;
  overdueIds?: ReadonlySet<string>;
  worstPath?: EgressPath | null;
}

type Edge = [Point, Point];

function edgesOf(polygon: Polygon): Edge[] {
  return polygon.map((p, i): Edge => [p, polygon[(i + 1) % polygon.length]!]);
}

/** The nearest edge within the tolerance, with the unit normal pointing out of (or, `inward`, into) the polygon. */
function edgeAt(p: Point, polygons: readonly Polygon[], inward: boolean): { edge: Edge; normal: Point; distance: number } | null {
  let best: { edge: Edge; normal: Point; distance: number } | null = null;
  for (const polygon of polygons) {
    // the left normal of a counter-clockwise polygon points inside
    const ccw = signedArea(polygon) > 0;
    for (const edge of edgesOf(polygon)) {
      const d = distanceToSegment(p, edge[0], edge[1]);
      const f = frame(edge[0], edge[1]);
      if (!f || d > ON_EDGE_TOLERANCE || (best && d >= best.distance)) continue;
      const sign = ccw === inward ? 1 : -1;
      best = { edge, normal: [f.n[0] * sign, f.n[1] * sign], distance: d };
    }
  }
  return best;
}

/** Hinge at the jamb nearer the closer end of the wall, so the open leaf rests by the corner. */
function hingeDirection(at: Point, a: Point, b: Point): Point | null {
  const f = frame(a, b);
  if (!f) return null;
  const t = (at[0] - a[0]) * f.u[0] + (at[1] - a[1]) * f.u[1];
  return t <= f.length / 2 ? f.u : [-f.u[0], -f.u[1]];
}

/**
 * The format stores no hinge or swing, so doors follow the usual rules: a door in an interior wall
 * opens into the room, away from a corridor (it must not narrow the escape route); a door on the
 * outline opens outwards, in the direction of escape.
 */
function interiorSwing(at: Point, wallA: Point, wallB: Point, thickness: number, locator: ZoneLocator): Point | null {
  const f = frame(wallA, wallB);
  if (!f) return null;
  const probe = thickness / 2 + 0.5;
  const left = locator.zoneAt([at[0] + f.n[0] * probe, at[1] + f.n[1] * probe]);
  const right = locator.zoneAt([at[0] - f.n[0] * probe, at[1] - f.n[1] * probe]);
  if (left?.use === 'corridor' && right && right.use !== 'corridor') return [-f.n[0], -f.n[1]];
  return f.n;
}

function placedDoor(at: Point, width: number, along: Point, swing: Point, thickness: number): DoorSymbol {
  return doorSymbol({ at, width, along, swing, thickness, double: width >= DOUBLE_DOOR_MIN_WIDTH });
}

/** How far the leaves of a door of this width stand out from the centre of its wall. */
function leafReach(width: number, thickness: number): number {
  return (width >= DOUBLE_DOOR_MIN_WIDTH ? width / 2 : width) + thickness / 2;
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
    return { kind: w.kind, pieces: wallPieces(w.a, w.b, thickness, openingSpans(w.a, w.b, openings)) };
  });

  const wallsById = new Map(floor.walls.map((w) => [w.id, w]));
  const doors: DrawnDoor[] = [];
  for (const d of floor.doors) {
    const wall = d.wall === undefined ? undefined : wallsById.get(d.wall);
    let along: Point | null = null;
    let swing: Point | null = null;
    let thickness = EXTERIOR_WALL_THICKNESS;
    if (wall) {
      thickness = wallThickness(wall);
      along = hingeDirection(d.at, wall.a, wall.b);
      swing = interiorSwing(d.at, wall.a, wall.b, thickness, locator);
    } else {
      const edge = edgeAt(d.at, [floor.outline], false);
      if (edge) {
        along = hingeDirection(d.at, edge.edge[0], edge.edge[1]);
        swing = edge.normal;
      }
    }
    if (along && swing) doors.push({ symbol: placedDoor(d.at, d.width, along, swing, thickness), fireRated: d.fireRating !== undefined });
  }

  const exits: DrawnExit[] = floor.exits.map((e) => {
    // an exit leads out of the outline or into a stair core; its door opens that way
    const outside = edgeAt(e.at, [floor.outline], false);
    const core = edgeAt(e.at, corePolygons, true);
    const edge = outside && (!core || outside.distance <= core.distance) ? outside : core;
    if (!edge) return { at: e.at, width: e.width, out: [0, 1], reach: 0, symbol: null };
    const along = hingeDirection(e.at, edge.edge[0], edge.edge[1]) ?? [1, 0];
    const thickness = edge === outside ? EXTERIOR_WALL_THICKNESS : CORE_WALL_THICKNESS;
    return { at: e.at, width: e.width, out: edge.normal, reach: leafReach(e.width, thickness), symbol: placedDoor(e.at, e.width, along, edge.normal, thickness) };
  });

  const outlineEdges = edgesOf(floor.outline);
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
    return wallPieces(a, b, EXTERIOR_WALL_THICKNESS, openingSpans(a, b, openings));
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
      marks: coreMarks(c.polygon, c.kind, STAIR_HATCH_SPACING),
      walls: edgesOf(c.polygon).flatMap(([a, b]) =>
        wallPieces(a, b, CORE_WALL_THICKNESS, openingSpans(a, b, floor.exits.filter((e) => distanceToSegment(e.at, a, b) <= ON_EDGE_TOLERANCE))),
      ),
    })),
    columns: floor.columns.map((c) => c.polygon),
    walls,
    doors,
    windows: floor.windows.map((n) => ({ band: { a: n.a, b: n.b, thickness: EXTERIOR_WALL_THICKNESS }, lines: windowLines(n.a, n.b, EXTERIOR_WALL_THICKNESS) })),
    desks: floor.workstations.map(deskFootprint),
    exits,
    extinguishers: floor.extinguishers.map((x) => ({ at: x.at, overdue: options.overdueIds?.has(x.id) ?? false })),
    extinguisherReach: options.extinguisherReach ?? null,
    markers: options.markers ?? [],
    worstPath: options.worstPath ?? null,
  };
}

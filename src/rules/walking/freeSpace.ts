// The obstacles of a floor and the free space they leave (plan-format §"Geometry that rules
// rely on"): walls with their door openings cut out, cores, columns, desks. Free space is the
// outline minus every obstacle.
import { difference, type Geom } from 'polyclip-ts';
import type { Door, Floor, Point, Polygon, Wall, Workstation } from '../../floorplan/types.ts';
import { deskFootprint, wallLength, wallThickness } from '../../floorplan/geometry/elements.ts';
import { distanceToSegment, orientedRectangle, polygonArea, signedArea } from '../../floorplan/geometry/polygon.ts';
import { sameData } from '../../floorplan/sameData.ts';

export type ObstacleKind = 'wall' | 'core' | 'column' | 'desk';

export interface Obstacle {
  /** id of the wall, core, column or workstation it comes from (a wall cut by doors gives several pieces) */
  id: string;
  kind: ObstacleKind;
  polygon: Polygon;
}

export interface ObstacleOptions {
  /** desks block walking (default true) */
  includeDesks?: boolean;
}

/**
 * A door narrower than this still opens this much: a person is a point, so any door lets a
 * point through, but an opening of zero width would be no opening at all.
 */
export const MIN_DOOR_OPENING = 0.01;

/** How far off a wall's centre line a door named by `door.wall` may sit and still open it. */
const NAMED_DOOR_TOLERANCE = 0.05;

/** Whether `at` lies on the wall: within half its thickness of the centre line a→b. */
export function doorLiesOnWall(at: Point, wall: Wall, tolerance = 1e-6): boolean {
  return distanceToSegment(at, wall.a, wall.b) <= wallThickness(wall) / 2 + tolerance;
}

/** The doors that cut each wall: the wall a door names, else every wall the door lies on. */
export function doorsByWall(floor: Floor): Map<string, Door[]> {
  const byWall = new Map<string, Door[]>();
  const add = (wallId: string, door: Door) => {
    const list = byWall.get(wallId);
    if (list) list.push(door);
    else byWall.set(wallId, [door]);
  };
  for (const door of floor.doors) {
    if (door.wall !== undefined) {
      const wall = floor.walls.find((w) => w.id === door.wall);
      if (wall && doorLiesOnWall(door.at, wall, NAMED_DOOR_TOLERANCE)) add(wall.id, door);
      continue;
    }
    for (const wall of floor.walls) if (doorLiesOnWall(door.at, wall)) add(wall.id, door);
  }
  return byWall;
}

/**
 * The solid pieces of a wall once its doors are cut out: intervals along a→b of the wall's
 * footprint (which reaches half the thickness past both ends), each a rectangle of its thickness.
 */
export function wallPieces(wall: Wall, doors: readonly Door[]): Polygon[] {
  const t = wallThickness(wall);
  const len = wallLength(wall);
  if (len === 0) return [orientedRectangle(wall.a, t, t, 0)];
  const ux = (wall.b[0] - wall.a[0]) / len;
  const uy = (wall.b[1] - wall.a[1]) / len;
  const openings = doors
    .map((door) => {
      const along = (door.at[0] - wall.a[0]) * ux + (door.at[1] - wall.a[1]) * uy;
      const half = Math.max(door.width, MIN_DOOR_OPENING) / 2;
      return [along - half, along + half] as const;
    })
    .sort((p, q) => p[0] - q[0]);
  const solid: [number, number][] = [];
  let start = -t / 2;
  const end = len + t / 2;
  for (const [from, to] of openings) {
    if (from > start) solid.push([start, Math.min(from, end)]);
    start = Math.max(start, to);
    if (start >= end) break;
  }
  if (start < end) solid.push([start, end]);
  const angle = (Math.atan2(uy, ux) * 180) / Math.PI;
  return solid
    .filter(([from, to]) => to - from > 1e-9)
    .map(([from, to]) => {
      const mid = (from + to) / 2;
      return orientedRectangle([wall.a[0] + ux * mid, wall.a[1] + uy * mid], to - from, t, angle);
    });
}

/** Whether a workstation's desk is an obstacle (its footprint has an area); desks come after the other obstacles, in workstation order. */
export function isDeskObstacle(ws: Workstation): boolean {
  return ws.size[0] > 0 && ws.size[1] > 0;
}

/** Every obstacle of the floor: wall pieces (doors cut out), cores, columns, and desks unless excluded. */
export function floorObstacles(floor: Floor, options: ObstacleOptions = {}): Obstacle[] {
  const obstacles: Obstacle[] = [];
  const doors = doorsByWall(floor);
  for (const wall of floor.walls) {
    for (const polygon of wallPieces(wall, doors.get(wall.id) ?? [])) obstacles.push({ id: wall.id, kind: 'wall', polygon });
  }
  for (const core of floor.cores) {
    if (core.polygon.length >= 3 && polygonArea(core.polygon) > 0) obstacles.push({ id: core.id, kind: 'core', polygon: core.polygon });
  }
  for (const column of floor.columns) {
    if (column.polygon.length >= 3 && polygonArea(column.polygon) > 0) obstacles.push({ id: column.id, kind: 'column', polygon: column.polygon });
  }
  if (options.includeDesks ?? true) {
    for (const ws of floor.workstations) {
      if (isDeskObstacle(ws)) obstacles.push({ id: ws.id, kind: 'desk', polygon: deskFootprint(ws) });
    }
  }
  return obstacles;
}

/** The fixed obstacles built from a floor's walls (the key), doors, cores and columns, and a copy of those four arrays. */
interface KeptFixed {
  doors: readonly Door[];
  cores: Floor['cores'];
  columns: Floor['columns'];
  copy: unknown;
  obstacles: readonly Obstacle[];
}

const keptFixed = new WeakMap<readonly Wall[], KeptFixed>();

/**
 * floorObstacles(floor, { includeDesks: false }), kept for the walls, doors, cores and columns it
 * comes from: a re-check after a desk moved finds them built (the very polygons, which the next
 * scene then knows at a glance). Kept by the identity of those arrays (an edit makes new ones) and
 * checked against a copy of what they held, so a plan changed in place is never answered from
 * before; the same four fields are read as the build reads. Shared: do not change it.
 */
export function fixedObstacles(floor: Floor): readonly Obstacle[] {
  const { walls, doors, cores, columns } = floor;
  const inputs = [walls, doors, cores, columns];
  const kept = keptFixed.get(walls);
  if (kept && kept.doors === doors && kept.cores === cores && kept.columns === columns && sameData(kept.copy, inputs)) return kept.obstacles;
  const obstacles = floorObstacles(floor, { includeDesks: false });
  keptFixed.set(walls, { doors, cores, columns, copy: structuredClone(inputs), obstacles });
  return obstacles;
}

/** A polygon as a closed GeoJSON-style ring, as polyclip-ts takes it. */
function asRing(polygon: Polygon): Geom {
  const ring = polygon.map(([x, y]) => [x, y] as [number, number]);
  ring.push([polygon[0]![0], polygon[0]![1]]);
  return [ring];
}

/**
 * The free space as a multipolygon (outer rings counter-clockwise, holes clockwise, rings closed).
 * Exact polygon booleans: fine for drawing and areas, too slow for thousands of desks in a hot path
 * (the navigation works on the obstacles directly).
 */
export function freeSpaceRegions(floor: Floor, options: ObstacleOptions = {}): Point[][][] {
  if (floor.outline.length < 3) return [];
  const obstacles = floorObstacles(floor, options).map((o) => asRing(o.polygon));
  const result = difference(asRing(floor.outline), ...obstacles);
  return result.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [x, y] as Point)));
}

/** Area of the free space (m²): outline minus the union of obstacles. */
export function freeSpaceArea(floor: Floor, options: ObstacleOptions = {}): number {
  let area = 0;
  for (const polygon of freeSpaceRegions(floor, options)) {
    polygon.forEach((ring, i) => {
      const a = Math.abs(signedArea(ring));
      area += i === 0 ? a : -a;
    });
  }
  return area;
}

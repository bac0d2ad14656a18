// Picking in plan space through a flatbush index over element footprints, so a click on a floor
// of 20,000 desks tests a handful of candidates. Built once per floor object (immer gives an
// edited floor a new identity, so a stale index is never used).
import Flatbush from 'flatbush';
import { deskFootprint, wallThickness } from '../../floorplan/geometry/elements.ts';
import { bounds, distanceToPolygonBoundary, distanceToSegment, pointInPolygon, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon, Site } from '../../floorplan/types.ts';

/** Radius (m) of a ceiling device or extinguisher for picking. */
const DEVICE_RADIUS = 0.25;

interface Pickable {
  id: string;
  /** lower wins: small things on top of big ones */
  priority: number;
  box: [number, number, number, number];
  /** size used to break ties (smaller wins) */
  size: number;
  hit(p: Point, tolerance: number): boolean;
}

export interface PickIndex {
  /** id of the element under p (within tolerance metres), or null */
  at(p: Point, tolerance?: number): string | null;
  /** ids of elements whose bounds lie inside the box from a to b */
  within(a: Point, b: Point): string[];
  readonly count: number;
}

function polygonItem(id: string, polygon: Polygon, priority: number): Pickable {
  const b = bounds(polygon);
  return { id, priority, box: [b.minX, b.minY, b.maxX, b.maxY], size: polygonArea(polygon), hit: (p, tol) => pointInPolygon(p, polygon, tol) };
}

function pointItem(id: string, at: Point, radius: number, priority: number): Pickable {
  return {
    id,
    priority,
    box: [at[0] - radius, at[1] - radius, at[0] + radius, at[1] + radius],
    size: radius * radius,
    hit: (p, tol) => Math.hypot(p[0] - at[0], p[1] - at[1]) <= radius + tol,
  };
}

function segmentItem(id: string, a: Point, b: Point, halfWidth: number, priority: number): Pickable {
  return {
    id,
    priority,
    box: [Math.min(a[0], b[0]) - halfWidth, Math.min(a[1], b[1]) - halfWidth, Math.max(a[0], b[0]) + halfWidth, Math.max(a[1], b[1]) + halfWidth],
    size: Math.hypot(b[0] - a[0], b[1] - a[1]) * halfWidth,
    hit: (p, tol) => distanceToSegment(p, a, b) <= halfWidth + tol,
  };
}

function floorItems(floor: Floor): Pickable[] {
  const items: Pickable[] = [];
  for (const device of floor.extinguishers) items.push(pointItem(device.id, device.at, DEVICE_RADIUS, 0));
  // wall-mounted fire equipment and signs stand where people walk, like extinguishers
  for (const device of [...floor.hydrants, ...floor.exitSigns, ...floor.evacuationMarks]) items.push(pointItem(device.id, device.at, DEVICE_RADIUS, 0));
  // Ceiling devices hang over desks in plan: a click on a desk means the desk.
  for (const device of [...floor.luminaires, ...floor.airTerminals, ...floor.detectors, ...floor.sprinklers, ...floor.smokeExhausts]) {
    items.push(pointItem(device.id, device.at, DEVICE_RADIUS, 2.5));
  }
  for (const door of floor.doors) items.push(pointItem(door.id, door.at, door.width / 2, 1));
  for (const exit of floor.exits) items.push(pointItem(exit.id, exit.at, exit.width / 2, 1));
  for (const ws of floor.workstations) items.push(polygonItem(ws.id, deskFootprint(ws), 2));
  for (const wall of floor.walls) items.push(segmentItem(wall.id, wall.a, wall.b, wallThickness(wall) / 2, 3));
  for (const pane of floor.windows) items.push(segmentItem(pane.id, pane.a, pane.b, 0.1, 3));
  // a column stands in walls and cores: it is picked over them, under desks and devices
  for (const column of floor.columns) items.push(polygonItem(column.id, column.polygon, 3));
  for (const core of floor.cores) items.push(polygonItem(core.id, core.polygon, 4));
  // a zone is picked by its edge, so a box selection can start inside it
  for (const zone of floor.zones) {
    const item = polygonItem(zone.id, zone.polygon, 5);
    items.push({ ...item, hit: (p, tol) => distanceToPolygonBoundary(p, zone.polygon) <= tol });
  }
  return items;
}

function indexOf(items: Pickable[]): PickIndex {
  const tree = items.length ? new Flatbush(items.length) : null;
  if (tree) {
    for (const item of items) tree.add(...item.box);
    tree.finish();
  }
  return {
    count: items.length,
    at(p, tolerance = 0) {
      if (!tree) return null;
      // Rank: priority, then a direct hit over one within the tolerance (two desks of a bench
      // are both within a few pixels of the seam), then the smaller item.
      let best: { item: Pickable; direct: boolean } | null = null;
      for (const i of tree.search(p[0] - tolerance, p[1] - tolerance, p[0] + tolerance, p[1] + tolerance)) {
        const item = items[i]!;
        if (!item.hit(p, tolerance)) continue;
        const direct = item.hit(p, 0);
        const better =
          !best ||
          item.priority < best.item.priority ||
          (item.priority === best.item.priority && direct && !best.direct) ||
          (item.priority === best.item.priority && direct === best.direct && item.size < best.item.size);
        if (better) best = { item, direct };
      }
      return best?.item.id ?? null;
    },
    within(a, b) {
      if (!tree) return [];
      const [minX, maxX] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
      const [minY, maxY] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
      return tree
        .search(minX, minY, maxX, maxY, (i) => {
          const [x0, y0, x1, y1] = items[i]!.box;
          return x0 >= minX && y0 >= minY && x1 <= maxX && y1 <= maxY;
        })
        .sort((i, j) => i - j)
        .map((i) => items[i]!.id);
    },
  };
}

const floorCache = new WeakMap<Floor, PickIndex>();

export function floorPickIndex(floor: Floor): PickIndex {
  let index = floorCache.get(floor);
  if (!index) {
    index = indexOf(floorItems(floor));
    floorCache.set(floor, index);
  }
  return index;
}

const siteCache = new WeakMap<Site, PickIndex>();

/** Buildings by footprint, for the park view. */
export function sitePickIndex(site: Site): PickIndex {
  let index = siteCache.get(site);
  if (!index) {
    index = indexOf(site.buildings.map((b) => polygonItem(b.id, b.footprint, 0)));
    siteCache.set(site, index);
  }
  return index;
}

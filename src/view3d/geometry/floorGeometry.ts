// Everything static about one floor as a few merged geometries (built once per floor object;
// immer gives a new floor object only when the floor was edited).
import type * as THREE from 'three';
import { wallThickness } from '../../floorplan/geometry/elements.ts';
import { EXTERIOR_WALL_THICKNESS, openingsByEdge, polygonEdges, type Opening } from '../../floorplan/geometry/wallOpenings.ts';
import type { Floor, WallKind } from '../../floorplan/types.ts';
import { COLORS, WALL_COLORS, ZONE_COLORS } from '../palette.ts';
import { flatPolygonsGeometry, prismGeometry, prismsGeometry } from './polygons.ts';
import { panelsGeometry, wallsGeometry, type WallSpec } from './walls.ts';

export { EXTERIOR_WALL_THICKNESS };
export const SLAB_THICKNESS = 0.15;

export interface FloorGeometry {
  slab: THREE.BufferGeometry;
  zones: THREE.BufferGeometry | null;
  walls: Record<WallKind, THREE.BufferGeometry | null>;
  exterior: THREE.BufferGeometry | null;
  windows: THREE.BufferGeometry | null;
  cores: THREE.BufferGeometry | null;
}

/** Outline doors (no `wall`) and exits, grouped by the outline edge they sit on. */
function outlineOpenings(floor: Floor): Opening[][] {
  return openingsByEdge(polygonEdges(floor.outline), [...floor.doors.filter((d) => d.wall === undefined), ...floor.exits]);
}

export function buildFloorGeometry(floor: Floor): FloorGeometry {
  const doorsByWall = new Map<string, Opening[]>();
  for (const door of floor.doors) {
    if (door.wall === undefined) continue;
    const list = doorsByWall.get(door.wall) ?? [];
    list.push({ at: door.at, width: door.width });
    doorsByWall.set(door.wall, list);
  }
  const interior = (kind: WallKind): THREE.BufferGeometry | null =>
    wallsGeometry(
      floor.walls
        .filter((w) => w.kind === kind)
        .map((w): WallSpec => ({
          a: w.a,
          b: w.b,
          thickness: wallThickness(w),
          height: w.height ?? floor.clearHeight,
          openings: doorsByWall.get(w.id) ?? [],
          color: WALL_COLORS[kind],
        })),
    );

  const openings = outlineOpenings(floor);
  const exterior = wallsGeometry(
    polygonEdges(floor.outline).map(([a, b], i) => ({
      a,
      b,
      thickness: EXTERIOR_WALL_THICKNESS,
      height: floor.clearHeight,
      openings: openings[i] ?? [],
      color: COLORS.exteriorWall,
    })),
  );

  return {
    slab: prismGeometry(floor.outline, -SLAB_THICKNESS, 0),
    zones: flatPolygonsGeometry(floor.zones.map((z) => ({ polygon: z.polygon, color: ZONE_COLORS[z.use] })), 0.01),
    walls: { solid: interior('solid'), glass: interior('glass'), fire: interior('fire'), 'fire-partition': interior('fire-partition') },
    exterior,
    windows: panelsGeometry(
      floor.windows.map((w) => ({ a: w.a, b: w.b, bottom: w.sill, top: w.head, thickness: EXTERIOR_WALL_THICKNESS + 0.04, color: COLORS.window })),
    ),
    cores: prismsGeometry(
      floor.cores.map((c) => ({ polygon: c.polygon, color: c.kind === 'stair' ? COLORS.stairCore : COLORS.core })),
      0,
      floor.clearHeight,
    ),
  };
}

export function disposeFloorGeometry(g: FloorGeometry): void {
  for (const geometry of [g.slab, g.zones, g.walls.solid, g.walls.glass, g.walls.fire, g.exterior, g.windows, g.cores]) geometry?.dispose();
}

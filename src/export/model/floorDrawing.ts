// A floor plan as plain shapes in plan metres, ready for any renderer (PDF today).
import { deskFootprint, wallFootprint } from '../../floorplan/geometry/elements.ts';
import { bounds, type Bounds } from '../../floorplan/geometry/polygon.ts';
import type { Building, Floor, Point, Polygon, WallKind, ZoneUse } from '../../floorplan/types.ts';
import type { FindingStatus } from '../../rules/types.ts';
import type { EgressPath } from './worstEgress.ts';

export interface FloorDrawing {
  buildingName: string;
  floorId: string;
  floorName: string;
  bounds: Bounds;
  outline: Polygon;
  zones: { polygon: Polygon; use: ZoneUse; name: string }[];
  cores: Polygon[];
  walls: { polygon: Polygon; kind: WallKind }[];
  desks: Polygon[];
  exits: { at: Point; width: number }[];
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

export function floorDrawing(building: Building, floor: Floor, options: DrawingOptions = {}): FloorDrawing {
  return {
    buildingName: building.name,
    floorId: floor.id,
    floorName: floor.name,
    bounds: bounds(floor.outline.concat(building.footprint)),
    outline: floor.outline,
    zones: floor.zones.map((z) => ({ polygon: z.polygon, use: z.use, name: z.name })),
    cores: floor.cores.map((c) => c.polygon),
    walls: floor.walls.map((w) => ({ polygon: wallFootprint(w), kind: w.kind })),
    desks: floor.workstations.map(deskFootprint),
    exits: floor.exits.map((e) => ({ at: e.at, width: e.width })),
    extinguishers: floor.extinguishers.map((x) => ({ at: x.at, overdue: options.overdueIds?.has(x.id) ?? false })),
    extinguisherReach: options.extinguisherReach ?? null,
    markers: options.markers ?? [],
    worstPath: options.worstPath ?? null,
  };
}

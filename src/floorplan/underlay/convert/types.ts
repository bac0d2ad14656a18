// What converting a drawing makes, in plan metres: a preview the planner looks at before one
// command adds it to a floor (commands/importDrawing.ts). Pure data.
import type { Point, Polygon, ZoneUse } from '../../types.ts';

export interface ConvertedWall {
  a: Point;
  b: Point;
  thickness: number;
  /** part of the building's envelope: becomes the floor outline, not a plan wall */
  exterior: boolean;
}

export interface ConvertedDoor {
  /** index into `walls` of the wall it sits in (an exterior one: the door leads out through the outline) */
  wall: number;
  /** centre of the opening: on the wall's centre line, or on the outline for an exterior wall */
  at: Point;
  /** distance of `at` from the wall's `a` along the wall (m) */
  offset: number;
  width: number;
  /** where the leaf turns, when drawn with a swing */
  hinge?: Point;
  /** the tip of the open leaf: the side the door swings to */
  swing?: Point;
  /** two leaves */
  double?: boolean;
}

export interface ConvertedWindow {
  /** index into `walls` */
  wall: number;
  /** on the outline for an exterior wall, else on the wall's centre line */
  a: Point;
  b: Point;
}

export interface ConvertedZone {
  name: string;
  use: ZoneUse;
  polygon: Polygon;
  /** named from a text of the drawing (else a numbered "Room n" / a corridor by its shape) */
  named: boolean;
}

export type ConversionNoteCode =
  /** wall-layer lines that pair with no parallel face */
  | 'unpairedWallLines'
  /** arcs on wall layers: curved walls are not converted */
  | 'curvedWalls'
  /** door swings or blocks that sit in no wall */
  | 'doorsWithoutWall'
  /** window lines or blocks that sit in no wall */
  | 'windowsWithoutWall'
  /** windows in interior walls: the plan has windows on the outline only */
  | 'windowsInInteriorWalls'
  /** shapes on column layers too small, too large or not closed */
  | 'columnShapesSkipped'
  /** the external walls do not close round the floor: no outline */
  | 'envelopeOpen'
  /** no outline from the walls: the closed polyline on an outline layer was used */
  | 'outlineFromLayer'
  /** closed spaces under 2 m² (shafts, ducts) not made zones */
  | 'smallRoomsSkipped'
  /** room-name texts outside every room */
  | 'textsOutsideRooms'
  /** rooms with no text: named "Room n" */
  | 'unnamedRooms'
  /** walls outside the outline left out */
  | 'wallsOutsideOutline'
  /** no layer has the walls role */
  | 'noWallLayers';

export interface ConversionNote {
  code: ConversionNoteCode;
  count: number;
  /** a few places (plan metres) the preview can mark */
  at?: Point[];
}

export interface ConversionCounts {
  walls: number;
  interiorWalls: number;
  exteriorWalls: number;
  doors: number;
  windows: number;
  zones: number;
  columns: number;
  /** wall-layer lines, arcs, openings and shapes that were not understood */
  notUnderstood: number;
}

export interface ConversionResult {
  walls: ConvertedWall[];
  columns: { polygon: Polygon }[];
  doors: ConvertedDoor[];
  windows: ConvertedWindow[];
  /** inner face of the external walls: the floor plate */
  outline: Polygon | null;
  /** outer face of the external walls: the building's footprint */
  footprint: Polygon | null;
  zones: ConvertedZone[];
  notes: ConversionNote[];
  counts: ConversionCounts;
}

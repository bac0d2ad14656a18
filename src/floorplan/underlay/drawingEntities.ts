// What a CAD drawing offers the conversion to a floor, beyond its plain segments: arcs (door
// swings), texts (room names), block references (door and column blocks) and closed outlines
// (rooms, columns), each tagged with its layer. All coordinates are drawing units, after every
// block transform (INSERT position, scale, rotation, mirroring, arrays, nesting) is applied.
// The reader (readDxf) fills these; the conversion reads them. Pure data, no parser types.
import type { Bounds } from '../geometry/polygon.ts';

export interface DrawingArc {
  cx: number;
  cy: number;
  r: number;
  /** radians, counter-clockwise from +x; the arc runs CCW from start to end */
  start: number;
  end: number;
  /** index into the drawing's layers */
  layer: number;
}

export interface DrawingText {
  x: number;
  y: number;
  /** the text with MTEXT formatting codes removed */
  text: string;
  height: number;
  /** radians */
  rotation: number;
  layer: number;
}

export interface DrawingInsert {
  /** block name as in the file */
  block: string;
  layer: number;
  x: number;
  y: number;
  /** radians */
  rotation: number;
  scaleX: number;
  scaleY: number;
  /** the inserted block's extent, transformed; null for an empty block */
  bounds: Bounds | null;
}

export interface DrawingPolygon {
  /** x0, y0, x1, y1, … of a closed outline (closed polyline, circle as polygon, HATCH boundary, SOLID) */
  points: number[];
  layer: number;
  /** where it came from */
  source: 'polyline' | 'hatch' | 'solid' | 'circle';
}

export interface DrawingEntities {
  arcs: DrawingArc[];
  texts: DrawingText[];
  inserts: DrawingInsert[];
  polygons: DrawingPolygon[];
}

export const NO_ENTITIES: DrawingEntities = { arcs: [], texts: [], inserts: [], polygons: [] };

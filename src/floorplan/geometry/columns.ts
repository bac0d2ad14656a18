// A column's placement as a person reads it: the middle of its box and its width (x) and depth
// (y). Columns are drawn as any simple polygon; these read and reshape one through its box.
import type { Point, Polygon } from '../types.ts';
import { bounds } from './polygon.ts';

/** Default size (m) of a column placed with one click: 0.6 × 0.6 m is a common office-building column. */
export const DEFAULT_COLUMN_SIZE: [number, number] = [0.6, 0.6];

export interface ColumnBox {
  centre: Point;
  /** along x (m) */
  width: number;
  /** along y (m) */
  depth: number;
}

/** The axis-aligned box round a column's polygon. */
export function columnBox(polygon: readonly Point[]): ColumnBox {
  const b = bounds(polygon);
  return { centre: [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2], width: b.maxX - b.minX, depth: b.maxY - b.minY };
}

/** An axis-aligned rectangle `width` × `depth` centred on `centre`, counter-clockwise from its lower-left corner. */
export function columnRectangle(centre: Point, width: number, depth: number): Polygon {
  const [x, y] = centre;
  const hw = width / 2;
  const hd = depth / 2;
  return [
    [x - hw, y - hd],
    [x + hw, y - hd],
    [x + hw, y + hd],
    [x - hw, y + hd],
  ];
}

/**
 * The polygon moved and stretched so its box becomes `box`: each corner keeps its place relative
 * to the box (a rectangle stays a rectangle, a round column an ellipse). A box with no width or
 * depth gives the polygon back unchanged.
 */
export function reshapeColumn(polygon: readonly Point[], box: ColumnBox): Polygon {
  const from = columnBox(polygon);
  if (from.width <= 0 || from.depth <= 0) return polygon.map((p) => [p[0], p[1]]);
  const sx = box.width / from.width;
  const sy = box.depth / from.depth;
  return polygon.map(([x, y]) => [box.centre[0] + (x - from.centre[0]) * sx, box.centre[1] + (y - from.centre[1]) * sy]);
}

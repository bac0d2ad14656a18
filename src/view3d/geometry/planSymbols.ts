// The plan view's symbols as coloured plan-space shapes (metres, x east, y north). The geometry
// of every symbol (wall bands, hatching, door leaves and swings, windows) comes from
// floorplan/geometry/planSymbols.ts, shared with the PDF and DXF plans; here it only gets the
// screen's colours. No three.js: planGeometry.ts turns a whole floor's shapes into two merged
// buffers (fills, lines).
import { polygonEdges } from '../../floorplan/geometry/wallOpenings.ts';
import { bandPolygon, hatchLines, type Band, type DoorSymbol, type Segment } from '../../floorplan/geometry/planSymbols.ts';
import type { Point, Polygon } from '../../floorplan/types.ts';

/** Lines and filled polygons of one colour each (a fill is a simple polygon, any orientation). */
export interface PlanShapes {
  fills: { polygon: Polygon; color: string }[];
  lines: { segment: Segment; color: string }[];
}

export const emptyShapes = (): PlanShapes => ({ fills: [], lines: [] });

export function appendShapes(into: PlanShapes, more: PlanShapes): PlanShapes {
  for (const f of more.fills) into.fills.push(f);
  for (const l of more.lines) into.lines.push(l);
  return into;
}

export interface WallStyle {
  fill: string | null;
  /** lines along both faces and across the ends of every piece */
  faces: string | null;
  /** a line along the centre of every piece: keeps a thin wall visible when zoomed far out */
  centre: string | null;
  hatch: { color: string; spacing: number } | null;
}

/** The solid pieces of a wall drawn in a style: filled band, face lines with end caps (door jambs included), centre line, hatching clipped to each piece. */
export function wallShapes(pieces: readonly Band[], style: WallStyle): PlanShapes {
  const shapes = emptyShapes();
  for (const piece of pieces) {
    const corners = bandPolygon(piece);
    if (corners.length === 0) continue;
    if (style.fill) shapes.fills.push({ polygon: corners, color: style.fill });
    if (style.faces) for (const segment of polygonEdges(corners)) shapes.lines.push({ segment, color: style.faces });
    if (style.centre) shapes.lines.push({ segment: [piece.a, piece.b], color: style.centre });
    if (style.hatch) for (const segment of hatchLines(piece, style.hatch.spacing)) shapes.lines.push({ segment, color: style.hatch.color });
  }
  return shapes;
}

export function polyline(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) out.push([points[i]!, points[i + 1]!]);
  return out;
}

/** A door symbol as line segments: each leaf, then its swing arc. */
export function doorSegments(symbol: DoorSymbol): Segment[] {
  return symbol.leaves.flatMap((leaf, i) => [leaf, ...polyline(symbol.arcs[i] ?? [])]);
}

// Structural columns as geometry: in 3D every column of a floor is a prism from the slab to the
// ceiling, all merged into one geometry (one draw call however many columns); in plan each is a
// solid dark fill with its outline, as concrete in section is drawn, merged the same way.
import type * as THREE from 'three';
import { polygonEdges } from '../../floorplan/geometry/wallOpenings.ts';
import type { Column } from '../../floorplan/types.ts';
import { COLORS, PLAN_COLORS } from '../palette.ts';
import { planShapesGeometry, type PlanGeometry } from './planGeometry.ts';
import { emptyShapes, type PlanShapes } from './planSymbols.ts';
import { prismsGeometry } from './polygons.ts';

/** Columns are drawn this far (m) above the plan's other fills, so a column standing in a wall band shows on top. */
export const COLUMN_PLAN_LIFT = 0.004;

/** Every column as a prism from 0 to `clearHeight`, merged; null when the floor has none. */
export function columnPrismsGeometry(columns: readonly Column[], clearHeight: number): THREE.BufferGeometry | null {
  return prismsGeometry(
    columns.filter((c) => c.polygon.length >= 3).map((c) => ({ polygon: c.polygon, color: COLORS.column })),
    0,
    clearHeight,
  );
}

/** The plan symbol of every column: a solid fill and its outline (plan-space shapes, no three.js). */
export function columnPlanShapes(columns: readonly Column[]): PlanShapes {
  const shapes = emptyShapes();
  for (const { polygon } of columns) {
    if (polygon.length < 3) continue;
    shapes.fills.push({ polygon, color: PLAN_COLORS.columnFill });
    for (const segment of polygonEdges(polygon)) shapes.lines.push({ segment, color: PLAN_COLORS.columnLine });
  }
  return shapes;
}

/** The plan symbols as two merged buffers (fills, lines), lifted over the rest of the drawing. */
export function columnPlanGeometry(columns: readonly Column[]): PlanGeometry {
  const g = planShapesGeometry(columnPlanShapes(columns));
  g.fills?.translate(0, COLUMN_PLAN_LIFT, 0);
  g.lines?.translate(0, COLUMN_PLAN_LIFT, 0);
  return g;
}

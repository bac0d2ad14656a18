// Columns as scene geometry: one merged prism geometry floor to ceiling in 3D, solid fills and
// outlines in plan, both built in one buffer whatever the number of columns.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { COLUMN_PLAN_LIFT, columnPlanGeometry, columnPlanShapes, columnPrismsGeometry } from '../../src/view3d/geometry/columns.ts';
import { PLAN_FILL_HEIGHT, PLAN_LINE_HEIGHT } from '../../src/view3d/geometry/planGeometry.ts';
import { COLORS, PLAN_COLORS } from '../../src/view3d/palette.ts';
import type { Column, Point } from '../../src/floorplan/types.ts';

const square = (id: string, x: number, y: number, size: number): Column => ({
  id,
  polygon: [[x, y], [x + size, y], [x + size, y + size], [x, y + size]] as Point[],
});

describe('column geometry', () => {
  it('no columns, no geometry', () => {
    expect(columnPrismsGeometry([], 2.8)).toBeNull();
    const plan = columnPlanGeometry([]);
    expect(plan.fills).toBeNull();
    expect(plan.lines).toBeNull();
  });

  it('three columns are one merged prism geometry from the slab (y 0) to the clear height, in the column colour', () => {
    const g = columnPrismsGeometry([square('k1', 0, 0, 0.6), square('k2', 6, 0, 0.6), square('k3', 12, 0, 0.8)], 2.8)!;
    g.computeBoundingBox();
    const box = g.boundingBox!;
    expect(box.min.y).toBeCloseTo(0, 6);
    expect(box.max.y).toBeCloseTo(2.8, 6);
    // plan x is world x; plan y is world −z
    expect(box.min.x).toBeCloseTo(0, 6);
    expect(box.max.x).toBeCloseTo(12.8, 6);
    expect(box.min.z).toBeCloseTo(-0.8, 6);
    expect(box.max.z).toBeCloseTo(0, 6);
    // a square prism: 2 caps × 2 triangles + 4 sides × 2 triangles = 12 triangles, 36 vertices, × 3 columns
    expect(g.getAttribute('position').count).toBe(3 * 36);
    // vertex colours hold the palette colour as three.js keeps it (linear)
    const color = g.getAttribute('color');
    const c = new THREE.Color(COLORS.column);
    for (const i of [0, g.getAttribute('position').count - 1]) {
      expect(color.getX(i)).toBeCloseTo(c.r, 6);
      expect(color.getY(i)).toBeCloseTo(c.g, 6);
      expect(color.getZ(i)).toBeCloseTo(c.b, 6);
    }
  });

  it('in plan each column is a dark fill and its four edges, lifted over the drawing', () => {
    const shapes = columnPlanShapes([square('k1', 10, 5, 1)]);
    expect(shapes.fills).toEqual([{ polygon: [[10, 5], [11, 5], [11, 6], [10, 6]], color: PLAN_COLORS.columnFill }]);
    expect(shapes.lines.map((l) => l.segment)).toEqual([
      [[10, 5], [11, 5]],
      [[11, 5], [11, 6]],
      [[11, 6], [10, 6]],
      [[10, 6], [10, 5]],
    ]);
    expect(shapes.lines.every((l) => l.color === PLAN_COLORS.columnLine)).toBe(true);
    const g = columnPlanGeometry([square('k1', 10, 5, 1), square('k2', 20, 5, 1)]);
    // two quads of two triangles each; eight outline segments
    expect(g.fills!.getAttribute('position').count).toBe(12);
    expect(g.lines!.getAttribute('position').count).toBe(16);
    expect(g.fills!.getAttribute('position').getY(0)).toBeCloseTo(PLAN_FILL_HEIGHT + COLUMN_PLAN_LIFT, 6);
    expect(g.lines!.getAttribute('position').getY(0)).toBeCloseTo(PLAN_LINE_HEIGHT + COLUMN_PLAN_LIFT, 6);
  });
});

// A floor's plan drawing as two merged buffers laid flat just above the zone fills: every filled
// shape in one mesh and every line in one LineSegments (vertex colours), so the drawing costs
// two draw calls however many walls, doors and windows the floor has.
import * as THREE from 'three';
import type { Floor } from '../../floorplan/types.ts';
import { planDrawing } from './planDrawing.ts';
import type { PlanShapes } from './planSymbols.ts';

/** Heights of the drawing above the slab: over zone fills and heat maps, under desks. */
export const PLAN_FILL_HEIGHT = 0.05;
export const PLAN_LINE_HEIGHT = 0.06;

export interface PlanGeometry {
  fills: THREE.BufferGeometry | null;
  lines: THREE.BufferGeometry | null;
}

function colorCache(): (hex: string) => THREE.Color {
  const cache = new Map<string, THREE.Color>();
  return (hex) => {
    let c = cache.get(hex);
    if (!c) cache.set(hex, (c = new THREE.Color(hex)));
    return c;
  };
}

export function planShapesGeometry(shapes: PlanShapes): PlanGeometry {
  const colorOf = colorCache();

  const fillPositions: number[] = [];
  const fillColors: number[] = [];
  for (const { polygon, color } of shapes.fills) {
    if (polygon.length < 3) continue;
    const c = colorOf(color);
    const triangles =
      polygon.length === 4
        ? // wall bands and most cores are convex quads
          [
            [0, 1, 2],
            [0, 2, 3],
          ]
        : THREE.ShapeUtils.triangulateShape(
            polygon.map(([x, y]) => new THREE.Vector2(x, y)),
            [],
          );
    for (const triangle of triangles) {
      for (const i of triangle) {
        const p = polygon[i]!;
        fillPositions.push(p[0], PLAN_FILL_HEIGHT, -p[1]);
        fillColors.push(c.r, c.g, c.b);
      }
    }
  }

  const linePositions = new Float32Array(shapes.lines.length * 6);
  const lineColors = new Float32Array(shapes.lines.length * 6);
  shapes.lines.forEach(({ segment: [a, b], color }, i) => {
    const c = colorOf(color);
    linePositions.set([a[0], PLAN_LINE_HEIGHT, -a[1], b[0], PLAN_LINE_HEIGHT, -b[1]], i * 6);
    lineColors.set([c.r, c.g, c.b, c.r, c.g, c.b], i * 6);
  });

  const buffer = (positions: ArrayLike<number>, colors: ArrayLike<number>): THREE.BufferGeometry | null => {
    if (positions.length === 0) return null;
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
    g.setAttribute('color', new THREE.Float32BufferAttribute(colors, 3));
    g.computeBoundingSphere();
    return g;
  };
  return { fills: buffer(fillPositions, fillColors), lines: buffer(linePositions, lineColors) };
}

export function buildPlanGeometry(floor: Floor): PlanGeometry {
  return planShapesGeometry(planDrawing(floor));
}

export function disposePlanGeometry(g: PlanGeometry): void {
  g.fills?.dispose();
  g.lines?.dispose();
}

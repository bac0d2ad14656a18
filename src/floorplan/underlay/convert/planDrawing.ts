// The drawing moved onto the plan (metres, the underlay's placement) and sorted by layer role,
// so every later step of the conversion works in plan metres and never sees drawing units.
import type { Point, Polygon } from '../../types.ts';
import type { DrawingEntities } from '../drawingEntities.ts';
import type { DxfDrawing } from '../dxfSegments.ts';
import type { UnderlayPlacement } from '../transform.ts';
import type { LayerRole } from './layerRoles.ts';

/** What the conversion reads of a drawing (tests build these directly). */
export type ConvertibleDrawing = Pick<DxfDrawing, 'segments' | 'segmentLayers' | 'layers'> & { entities: DrawingEntities };

export interface PlanArc {
  c: Point;
  r: number;
  /** radians in the plan, counter-clockwise; the arc runs CCW from start to end */
  start: number;
  end: number;
  role: LayerRole;
}

export interface PlanText {
  at: Point;
  text: string;
  height: number;
  rotation: number;
  role: LayerRole;
}

export interface PlanInsert {
  block: string;
  role: LayerRole;
  /** the block's extent as placed (a rectangle, turned with the underlay) */
  corners: Polygon | null;
}

export interface PlanShape {
  polygon: Polygon;
  role: LayerRole;
  source: string;
}

export interface PlanDrawing {
  /** x1, y1, x2, y2 per segment, plan metres, by role */
  segments: Record<LayerRole, Float64Array>;
  arcs: PlanArc[];
  texts: PlanText[];
  inserts: PlanInsert[];
  shapes: PlanShape[];
}

export function toPlanDrawing(d: ConvertibleDrawing, roles: readonly LayerRole[], placement: UnderlayPlacement): PlanDrawing {
  const s = placement.scale;
  const turn = (placement.rotation * Math.PI) / 180;
  const cos = Math.cos(turn) * s;
  const sin = Math.sin(turn) * s;
  const [ox, oy] = placement.origin;
  const px = (x: number, y: number) => ox + cos * x - sin * y;
  const py = (x: number, y: number) => oy + sin * x + cos * y;
  const pt = (x: number, y: number): Point => [px(x, y), py(x, y)];
  const roleOf = (layer: number): LayerRole => roles[layer] ?? 'ignore';

  const counts = new Map<LayerRole, number>();
  for (let i = 0; i < d.segmentLayers.length; i++) {
    const r = roleOf(d.segmentLayers[i]!);
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  const segments = {} as Record<LayerRole, Float64Array>;
  const filled = new Map<LayerRole, number>();
  for (const role of ['walls', 'columns', 'windows', 'doors', 'outline', 'names', 'ignore'] as const) {
    segments[role] = new Float64Array((counts.get(role) ?? 0) * 4);
    filled.set(role, 0);
  }
  const src = d.segments;
  for (let i = 0; i < d.segmentLayers.length; i++) {
    const role = roleOf(d.segmentLayers[i]!);
    const out = segments[role];
    const j = filled.get(role)!;
    const x1 = src[i * 4]!;
    const y1 = src[i * 4 + 1]!;
    const x2 = src[i * 4 + 2]!;
    const y2 = src[i * 4 + 3]!;
    out[j] = px(x1, y1);
    out[j + 1] = py(x1, y1);
    out[j + 2] = px(x2, y2);
    out[j + 3] = py(x2, y2);
    filled.set(role, j + 4);
  }

  const e = d.entities;
  return {
    segments,
    arcs: e.arcs.map((a) => ({ c: pt(a.cx, a.cy), r: a.r * s, start: a.start + turn, end: a.end + turn, role: roleOf(a.layer) })),
    texts: e.texts.map((t) => ({ at: pt(t.x, t.y), text: t.text, height: t.height * s, rotation: t.rotation + turn, role: roleOf(t.layer) })),
    inserts: e.inserts.map((i) => ({
      block: i.block,
      role: roleOf(i.layer),
      corners: i.bounds ? [pt(i.bounds.minX, i.bounds.minY), pt(i.bounds.maxX, i.bounds.minY), pt(i.bounds.maxX, i.bounds.maxY), pt(i.bounds.minX, i.bounds.maxY)] : null,
    })),
    shapes: e.polygons.map((p) => {
      const polygon: Polygon = [];
      for (let k = 0; k + 1 < p.points.length; k += 2) polygon.push(pt(p.points[k]!, p.points[k + 1]!));
      return { polygon, role: roleOf(p.layer), source: p.source };
    }),
  };
}

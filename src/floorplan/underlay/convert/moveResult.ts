// A conversion moved on the plan by (dx, dy): every point of it, nothing else.
import type { Point } from '../../types.ts';
import type { ConversionResult } from './types.ts';

export function moveResult(r: ConversionResult, dx: number, dy: number): ConversionResult {
  const m = (p: Point): Point => [p[0] + dx, p[1] + dy];
  return {
    walls: r.walls.map((w) => ({ ...w, a: m(w.a), b: m(w.b) })),
    columns: r.columns.map((c) => ({ polygon: c.polygon.map(m) })),
    doors: r.doors.map((d) => ({ ...d, at: m(d.at), ...(d.hinge ? { hinge: m(d.hinge) } : {}), ...(d.swing ? { swing: m(d.swing) } : {}) })),
    windows: r.windows.map((w) => ({ ...w, a: m(w.a), b: m(w.b) })),
    outline: r.outline?.map(m) ?? null,
    footprint: r.footprint?.map(m) ?? null,
    zones: r.zones.map((z) => ({ ...z, polygon: z.polygon.map(m) })),
    notes: r.notes.map((n) => (n.at ? { ...n, at: n.at.map(m) } : n)),
    counts: r.counts,
  };
}

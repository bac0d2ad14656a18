// Columns: small closed shapes on the column layers (closed polylines, hatches and solids that
// fill them, circles), small closed loops of their lines, and column blocks. A column drawn
// twice (an outline and its hatch) is kept once.
import { bounds, centroid, polygonArea, polygonProblem } from '../../geometry/polygon.ts';
import type { Point, Polygon } from '../../types.ts';
import type { PlanDrawing } from './planDrawing.ts';

export const MIN_COLUMN = 0.15;
export const MAX_COLUMN = 1.5;

export interface FoundColumns {
  columns: Polygon[];
  /** shapes on column layers that are not columns (too big, too small, open) */
  skipped: Point[];
}

function size(polygon: Polygon): [number, number] {
  const b = bounds(polygon);
  return [b.maxX - b.minX, b.maxY - b.minY];
}

/** Its largest side fits a column and it is not a sliver. The box is the axis-aligned one, so a turned square counts up to √2 larger. */
function columnSized(polygon: Polygon): boolean {
  const [w, h] = size(polygon);
  return Math.max(w, h) <= MAX_COLUMN * Math.SQRT2 && Math.min(w, h) >= MIN_COLUMN * 0.7 && polygonArea(polygon) >= MIN_COLUMN * MIN_COLUMN * 0.5;
}

/** Closed loops of segments that share end points (a column drawn as four lines). */
function loops(segments: Float64Array): Polygon[] {
  const key = (x: number, y: number) => `${Math.round(x * 500)},${Math.round(y * 500)}`;
  const points = new Map<string, Point>();
  const next = new Map<string, string[]>();
  for (let i = 0; i + 3 < segments.length; i += 4) {
    const a = key(segments[i]!, segments[i + 1]!);
    const b = key(segments[i + 2]!, segments[i + 3]!);
    if (a === b) continue;
    points.set(a, [segments[i]!, segments[i + 1]!]);
    points.set(b, [segments[i + 2]!, segments[i + 3]!]);
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const seen = new Set<string>();
  const out: Polygon[] = [];
  for (const start of next.keys()) {
    if (seen.has(start)) continue;
    // walk the component; a simple loop has every point joined to two others
    const ring: string[] = [];
    let prev: string | null = null;
    let at: string | null = start;
    let simple = true;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      ring.push(at);
      const around: string[] = next.get(at) ?? [];
      if (around.length !== 2) simple = false;
      const step: string | undefined = around.find((k) => k !== prev && !seen.has(k));
      prev = at;
      at = step ?? null;
    }
    const closes = ring.length >= 3 && (next.get(ring.at(-1)!) ?? []).includes(start);
    if (simple && closes) out.push(ring.map((k) => points.get(k)!));
  }
  return out;
}

export function findColumns(d: PlanDrawing): FoundColumns {
  const candidates: Polygon[] = [];
  const skipped: Point[] = [];
  for (const shape of d.shapes) if (shape.role === 'columns') candidates.push(shape.polygon);
  candidates.push(...loops(d.segments.columns));
  for (const insert of d.inserts) if (insert.role === 'columns' && insert.corners) candidates.push(insert.corners);
  const columns: Polygon[] = [];
  const centres: Point[] = [];
  for (const polygon of candidates) {
    if (polygon.length < 3 || polygonProblem(polygon) !== null) continue;
    const c = centroid(polygon);
    if (!columnSized(polygon)) {
      if (!skipped.some((o) => Math.hypot(o[0] - c[0], o[1] - c[1]) < 0.05)) skipped.push(c);
      continue;
    }
    if (centres.some((o) => Math.hypot(o[0] - c[0], o[1] - c[1]) < 0.05)) continue;
    centres.push(c);
    columns.push(polygon);
  }
  return { columns, skipped };
}

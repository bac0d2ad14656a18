// Finding where on a wall, the outline or a core an opening goes: the nearest line within the
// tolerance, and the point on it, kept on the grid along axis-parallel lines.
import { closestPointOnSegment } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { floorSnapTargets, nearestLine, snapToGrid, type SnapLine } from '../snapping.ts';
import type { ToolContext } from './types.ts';

export type LineKinds = 'walls' | 'outline' | 'outlineOrCores';

function linesOf(floor: Floor, kinds: LineKinds): SnapLine[] {
  const lines = floorSnapTargets(floor).lines.filter((l) => (kinds === 'walls' ? true : l.kind === 'outline'));
  if (kinds === 'outlineOrCores') {
    for (const core of floor.cores) {
      core.polygon.forEach((a, i) => lines.push({ a, b: core.polygon[(i + 1) % core.polygon.length]!, kind: 'outline', ref: `${core.id}:${i}` }));
    }
  }
  return lines;
}

export function placeOnLine(ctx: ToolContext, raw: Point, kinds: LineKinds): { line: SnapLine; point: Point } | null {
  if (!ctx.floor) return null;
  const lines = linesOf(ctx.floor, kinds);
  // walls win over the outline where both are near (a door in a partition next to the facade)
  const hit = (kinds === 'walls' ? nearestLine(raw, lines, ctx.tolerance, new Set(['wall'])) : null) ?? nearestLine(raw, lines, ctx.tolerance);
  if (!hit) return null;
  if (!ctx.options.snap.enabled) return hit;
  const onGrid = closestPointOnSegment(snapToGrid(hit.point, ctx.options.snap.grid), hit.line.a, hit.line.b);
  return { line: hit.line, point: [Math.round(onGrid[0] * 1e9) / 1e9, Math.round(onGrid[1] * 1e9) / 1e9] };
}

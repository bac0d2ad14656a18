// zoning.overlap — zones of a floor must not overlap (a data error: a seat would count twice).
// One finding per overlapping pair; one pass for the floor when none do.
import { intersection, type Geom } from 'polyclip-ts';
import { bounds, centroid, polygonArea } from '../../../floorplan/geometry/polygon.ts';
import type { Polygon } from '../../../floorplan/types.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

/** Overlaps smaller than this (m²) are drawing noise along a shared edge. */
const NOISE = 0.01;

function ring(polygon: Polygon): Geom {
  const r = polygon.map(([x, y]) => [x, y] as [number, number]);
  r.push([polygon[0]![0], polygon[0]![1]]);
  return [r];
}

export function overlapArea(a: Polygon, b: Polygon): { area: number; at: [number, number] | null } {
  const pieces = intersection(ring(a), ring(b));
  let area = 0;
  let at: [number, number] | null = null;
  for (const piece of pieces) {
    piece.forEach((r, k) => {
      const pts = r.slice(0, -1).map(([x, y]) => [x, y] as [number, number]);
      area += (k === 0 ? 1 : -1) * polygonArea(pts);
      if (k === 0 && !at) at = centroid(pts);
    });
  }
  return { area, at };
}

export const zoneOverlap: FloorRule = {
  id: 'zoning.overlap',
  area: 'zoning',
  scope: 'floor',
  parameters: { gb: [], intl: [] },
  check(ctx) {
    const zones = ctx.floor.zones;
    if (zones.length < 2) return [];
    const findings: Finding[] = [];
    const required = { value: 0, unit: 'm²', comparator: '<=' as const };
    const clause = 'docs/plan-format.md §Zones (data error)';
    for (let i = 0; i < zones.length; i++) {
      const a = zones[i]!;
      const b0 = bounds(a.polygon);
      for (const b of ctx.zoneIndex.zonesInBox(b0.minX, b0.minY, b0.maxX, b0.maxY)) {
        const j = zones.indexOf(b);
        if (j <= i) continue;
        // the overlap lies within both boxes: boxes that meet along a line (zones side by side,
        // the usual case) cannot hold more than noise, and the clipping is skipped
        const b1 = bounds(b.polygon);
        const boxOverlap = (Math.min(b0.maxX, b1.maxX) - Math.max(b0.minX, b1.minX)) * (Math.min(b0.maxY, b1.maxY) - Math.max(b0.minY, b1.minY));
        if (boxOverlap <= NOISE) continue;
        const { area, at } = overlapArea(a.polygon, b.polygon);
        if (area <= NOISE) continue;
        findings.push(floorFinding(this, ctx, {
          status: 'fail', measured: { value: round(area, 2), unit: 'm²' }, required, clause,
          elementIds: [a.id, b.id], point: at ?? undefined, params: { a: a.name, b: b.name },
        }));
      }
    }
    if (findings.length === 0) findings.push(floorFinding(this, ctx, { status: 'pass', measured: { value: 0, unit: 'm²' }, required, clause, params: { zones: zones.length } }));
    return findings;
  },
};

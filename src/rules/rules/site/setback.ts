// site.setback — each footprint lies inside the parcel, at least site.controls.minSetback from
// its boundary (the least distance between the two outlines).
import { distanceToSegment, pointInPolygon, segmentsIntersect } from '../../../floorplan/geometry/polygon.ts';
import type { Polygon } from '../../../floorplan/types.ts';
import { compare, round } from '../../finding.ts';
import { siteFinding, type SiteRule } from '../../rule.ts';
import { PLANNING_CLAUSE } from './siteControl.ts';

/** Least distance between the edges of two polygons (0 where they cross). */
export function outlineDistance(a: Polygon, b: Polygon): number {
  let best = Infinity;
  for (let i = 0; i < a.length; i++) {
    const a1 = a[i]!;
    const a2 = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      const b1 = b[j]!;
      const b2 = b[(j + 1) % b.length]!;
      if (segmentsIntersect(a1, a2, b1, b2)) return 0;
      best = Math.min(best, distanceToSegment(a1, b1, b2), distanceToSegment(a2, b1, b2), distanceToSegment(b1, a1, a2), distanceToSegment(b2, a1, a2));
    }
  }
  return best;
}

export const siteSetback: SiteRule = {
  id: 'site.setback',
  area: 'site',
  scope: 'site',
  parameters: { gb: [], intl: [] },
  check(ctx) {
    const { boundary } = ctx.plan.site;
    const limit = ctx.plan.site.controls?.minSetback;
    return ctx.plan.site.buildings.map((b) => {
      const inside = b.footprint.every((p) => pointInPolygon(p, boundary));
      const d = outlineDistance(b.footprint, boundary);
      const required = { value: limit ?? 0, unit: 'm', comparator: '>=' as const };
      if (!inside) {
        return siteFinding(this, { status: 'fail', variant: 'outside', measured: { value: 0, unit: 'm' }, required, clause: PLANNING_CLAUSE, buildingId: b.id, params: { building: b.name } });
      }
      if (limit === undefined) {
        return siteFinding(this, { status: 'n/a', variant: 'na-missing', measured: { value: round(d, 2), unit: 'm' }, required: { ...required, value: null }, clause: PLANNING_CLAUSE, buildingId: b.id, params: { building: b.name, input: 'site.controls.minSetback' } });
      }
      return siteFinding(this, {
        status: compare(d, '>=', limit), measured: { value: round(d, 2), unit: 'm' }, required, clause: PLANNING_CLAUSE, buildingId: b.id, params: { building: b.name },
      });
    });
  },
};

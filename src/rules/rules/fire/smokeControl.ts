// fire.smoke-control (gb) — rooms over 100 m² where people stay (over 50 m² when windowless or
// below ground) and corridors over 20 m long have smoke control (GB 55037 §8.2.2-7, -10, §8.2.5):
// natural vents of at least 2 % of the zone's area (GB 51251 §4.6.3) with every point of the zone
// within 30 m of one (§4.3.2), or mechanical exhaust inlets in the zone with every point within
// 30 m of one (§4.4.12). A zone with inlets is judged as mechanical: one smoke zone uses one way
// (GB 51251 §4.1.2, number U). One finding per zone that needs it, located at its farthest point.
import { pointInPolygon } from '../../../floorplan/geometry/polygon.ts';
import type { Zone } from '../../../floorplan/types.ts';
import { corridorLength, farthestFromVents, hasWindowOn, PRECISION, ventBand, zoneVents, type VentSegment } from '../../analysis/smokeVents.ts';
import { onBoundary } from '../../analysis/rooms.ts';
import type { FloorContext } from '../../context.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

interface Need {
  zone: Zone;
  /** what makes it need smoke control: its area (m²) or its length (m) */
  trigger: 'room' | 'windowless' | 'corridor';
  size: number;
  limitId: string;
}

/** Does the zone need smoke control, and by which clause. */
function need(ctx: FloorContext, zone: Zone, hasWindow: () => boolean): Need | null {
  const { read } = ctx;
  const eps = 1e-9;
  if (zone.use === 'corridor') {
    const length = corridorLength(zone.polygon);
    return length > read.num('fire.smoke.corridorLength') + eps ? { zone, trigger: 'corridor', size: length, limitId: 'fire.smoke.corridorLength' } : null;
  }
  const uses = read.str('fire.smoke.occupiedUses').split(',').map((u) => u.trim());
  if (!uses.includes(zone.use)) return null;
  const area = ctx.zoneIndex.area(zone);
  if (area > read.num('fire.smoke.roomArea') + eps) return { zone, trigger: 'room', size: area, limitId: 'fire.smoke.roomArea' };
  const below = ctx.floor.level < 0;
  if (area > read.num('fire.smoke.windowlessArea') + eps && (below || !hasWindow())) return { zone, trigger: 'windowless', size: area, limitId: 'fire.smoke.windowlessArea' };
  return null;
}

export const smokeControl: FloorRule = {
  id: 'fire.smoke-control',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      'fire.smoke.roomArea', 'fire.smoke.windowlessArea', 'fire.smoke.corridorLength', 'fire.smoke.occupiedUses', 'fire.smoke.maxDistance',
      'fire.smoke.ventAreaRatio', 'fire.smoke.lowCeiling', 'fire.smoke.lowCeilingFraction', 'fire.smoke.reservoirFraction', 'fire.smoke.reservoirMin',
    ],
  },
  check(ctx) {
    const { read, floor } = ctx;
    const maxDistance = read.num('fire.smoke.maxDistance');
    const ratio = read.num('fire.smoke.ventAreaRatio');
    const bandParams = {
      lowCeiling: read.num('fire.smoke.lowCeiling'),
      lowFraction: read.num('fire.smoke.lowCeilingFraction'),
      reservoirFraction: read.num('fire.smoke.reservoirFraction'),
      reservoirMin: read.num('fire.smoke.reservoirMin'),
    };
    const findings: Finding[] = [];
    for (const zone of floor.zones) {
      const band = ventBand(floor.clearHeight, zone.use === 'corridor', bandParams);
      const vents = zoneVents(zone.polygon, floor.windows, band);
      const n = need(ctx, zone, () => hasWindowOn(zone.polygon, floor.windows));
      if (!n) continue;
      const inlets: VentSegment[] = floor.smokeExhausts
        .filter((x) => pointInPolygon(x.at, zone.polygon) || onBoundary(x.at, zone.polygon))
        .map((x) => ({ id: x.id, a: x.at, b: x.at }));
      const mechanical = inlets.length > 0;
      const far = farthestFromVents(zone.polygon, mechanical ? inlets : vents, maxDistance);
      const reachOk = far.distance <= maxDistance + PRECISION;
      const ventArea = vents.reduce((sum, v) => sum + v.area, 0);
      const needArea = ratio * ctx.zoneIndex.area(zone);
      const areaOk = mechanical || ventArea >= needArea - 1e-9 * Math.max(1, needArea);
      const base = {
        clause: `${read.clause(n.limitId)}; ${read.clause(mechanical ? 'fire.smoke.maxDistance' : 'fire.smoke.ventAreaRatio')}`,
        elementIds: [zone.id],
        point: far.point,
        params: {
          zone: zone.name,
          trigger: n.trigger,
          size: round(n.size, 1),
          threshold: read.num(n.limitId),
          reach: Number.isFinite(far.distance) ? round(far.distance, 2) : '—',
          maxDistance,
          ventArea: round(ventArea, 2),
          needArea: round(needArea, 2),
          vent: far.ventId ?? '—',
          inlets: inlets.length,
        },
      };
      const reachQuantity = { measured: { value: round(far.distance, 2), unit: 'm' }, required: { value: maxDistance, unit: 'm', comparator: '<=' as const } };
      if (!mechanical && vents.length === 0) {
        findings.push(floorFinding(this, ctx, { ...base, status: 'fail', variant: `none-${n.trigger}`, measured: { value: 0, unit: 'm²' }, required: { value: round(needArea, 2), unit: 'm²', comparator: '>=' } }));
      } else if (!areaOk) {
        findings.push(floorFinding(this, ctx, {
          ...base, status: 'fail', variant: reachOk ? 'natural-area' : 'natural-area-reach',
          measured: { value: round(ventArea, 2), unit: 'm²' }, required: { value: round(needArea, 2), unit: 'm²', comparator: '>=' },
        }));
      } else {
        const way = mechanical ? 'mechanical' : 'natural';
        findings.push(floorFinding(this, ctx, { ...base, ...reachQuantity, status: reachOk ? 'pass' : 'fail', variant: `${way}-${reachOk ? 'pass' : 'fail'}` }));
      }
    }
    return findings;
  },
};

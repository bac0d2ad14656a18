// fire.detector-coverage (gb) — point smoke detectors (GB 50116-2013 §6.2): every sample point of
// each zone within the protection radius R of a detector serving it, and at least
// ⌈S / (K·A)⌉ detectors in the zone (Table 6.2.2: S ≤ 80 m² → A 80 m², R 6.7 m; S > 80 m² with
// ceilings ≤ 6 m → 60 m², 5.8 m; 6–12 m → 80 m², 6.7 m); inner corridors under 3 m wide instead
// by the 15 m spacing with ends within half of it (§6.2.4); every detector ≥ 0.5 m from walls
// (§6.2.5) and ≥ 1.5 m from supply-air outlets (§6.2.8). A floor without detectors fails where
// GB 50016 §8.4.1 requires an automatic fire alarm system, and is n/a where it does not.
// Measures: docs/rules.md "Detection and suppression".
import { floorGrossArea } from '../../../floorplan/queries/areas.ts';
import { perimeter } from '../../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../../floorplan/types.ts';
import { DeviceBuckets, devicesByZone, floorBarriers, nearestBarrier } from '../../analysis/deviceCoverage.ts';
import type { FloorContext } from '../../context.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

/** Why GB 50016 §8.4.1 asks for an alarm system on this floor: the item, and whether it rests on a reading. */
export interface DetectionNeed {
  required: 'yes' | 'reading' | 'no';
  /** item of GB 50016 §8.4.1 (0: none, or set by the profile) */
  item: number;
}

export function detectionNeed(ctx: FloorContext): DetectionNeed {
  const { read, floor, facts } = ctx;
  const declared = read.str('fire.detection.required');
  if (declared === 'yes') return { required: 'yes', item: 0 };
  if (declared === 'no') return { required: 'no', item: 0 };
  if (facts.class1) return { required: 'yes', item: 12 };
  if (floor.zones.some((z) => z.use === 'server')) return { required: 'yes', item: 10 };
  if (floor.smokeExhausts.length > 0) return { required: 'yes', item: 13 };
  const total = facts.building.floors.reduce((s, f) => s + floorGrossArea(facts.building, f), 0);
  if (ctx.grossArea > read.num('fire.detection.floorArea') || total > read.num('fire.detection.totalArea')) return { required: 'reading', item: 3 };
  return { required: 'no', item: 0 };
}

/** Protection area and radius of one smoke detector for a zone of `area` m² under a ceiling of `height` m (Table 6.2.2). */
export function detectorProtection(ctx: FloorContext, area: number, height: number): { area: number; radius: number; areaId: string; radiusId: string } {
  const { read } = ctx;
  const key = area <= read.num('fire.detector.smallRoomArea') + 1e-9 ? 'small' : height <= read.num('fire.detector.lowCeiling') + 1e-9 ? 'large' : 'high';
  const areaId = `fire.detector.area.${key}`;
  const radiusId = `fire.detector.radius.${key}`;
  return { area: read.num(areaId), radius: read.num(radiusId), areaId, radiusId };
}

/** Width of a long thin zone: the short side of the rectangle with its area and perimeter (exact for a rectangle). */
function corridorWidth(area: number, zone: Zone): number {
  const p = perimeter(zone.polygon);
  if (!(p > 0)) return Infinity;
  return (p / 2 - Math.sqrt(Math.max(0, (p * p) / 4 - 4 * area))) / 2;
}

export const detectorCoverage: FloorRule = {
  id: 'fire.detector-coverage',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      'fire.detection.required', 'fire.detection.floorArea', 'fire.detection.totalArea', 'fire.detector.exemptUses',
      'fire.detector.smallRoomArea', 'fire.detector.lowCeiling', 'fire.detector.maxCeiling',
      'fire.detector.area.small', 'fire.detector.radius.small', 'fire.detector.area.large', 'fire.detector.radius.large', 'fire.detector.area.high', 'fire.detector.radius.high',
      'fire.detector.K', 'fire.detector.wallClearance', 'fire.detector.supplyClearance', 'fire.detector.corridorWidth', 'fire.detector.corridorSpacing', 'fire.detector.gridStep',
    ],
  },
  check(ctx) {
    const { read, floor } = ctx;
    if (floor.detectors.length === 0) {
      const need = detectionNeed(ctx);
      const status = need.required === 'yes' ? 'fail' : need.required === 'reading' ? 'warn' : 'n/a';
      return [floorFinding(this, ctx, {
        status,
        variant: need.required === 'yes' ? (need.item ? 'none' : 'none-declared') : need.required === 'reading' ? 'none-reading' : 'na-not-required',
        measured: { value: 0, unit: 'count' },
        required: { value: need.required === 'no' ? null : 1, unit: 'count', comparator: '>=' },
        clause: read.clause('fire.detection.required'),
        params: { item: need.item, floorArea: round(ctx.grossArea, 0) },
      })];
    }
    const height = floor.clearHeight;
    if (height > read.num('fire.detector.maxCeiling') + 1e-9) {
      return [floorFinding(this, ctx, {
        status: 'n/a', variant: 'na-high-ceiling', measured: { value: height, unit: 'm' },
        required: { value: read.num('fire.detector.maxCeiling'), unit: 'm', comparator: '<=' }, clause: read.clause('fire.detector.maxCeiling'),
      })];
    }
    const findings: Finding[] = [];
    const step = read.num('fire.detector.gridStep');
    const K = read.num('fire.detector.K');
    const exempt = new Set(read.str('fire.detector.exemptUses').split(',').map((s) => s.trim()).filter(Boolean));
    const solids = [...floor.cores.map((c) => c.polygon), ...floor.columns.map((c) => c.polygon)];
    const zones: Zone[] = floor.zones.length > 0 ? floor.zones : [{ id: '', name: '', use: 'work', polygon: floor.outline }];
    const enclosures = ctx.enclosures;
    const enclosed = (z: Zone): boolean => enclosures.get(z.id)?.enclosed ?? false;
    const zoneAt = floor.zones.length > 0 ? (p: Point) => ctx.zoneIndex.zoneAt(p) : () => zones[0];
    const { own, open } = devicesByZone(zones, floor.detectors, zoneAt, enclosed);
    const openBuckets = new DeviceBuckets(open, 6);

    for (const zone of zones) {
      if (exempt.has(zone.use)) continue;
      const mine = own.get(zone.id) ?? [];
      const buckets = enclosed(zone) ? new DeviceBuckets(mine, 6) : openBuckets;
      const area = floor.zones.length > 0 ? ctx.zoneIndex.area(zone) : ctx.grossArea;
      const elementIds = zone.id ? [zone.id] : [];
      const { distance: worst, point: worstPoint, count: samples } = buckets.farthestSample(zone, step, solids);
      const width = corridorWidth(area, zone);
      const corridor = zone.use === 'corridor' && width < read.num('fire.detector.corridorWidth') - 1e-9;
      // narrow corridor: a centred row at the spacing reaches √((s/2)² + (w/2)²) to the corridor's edge
      const protection = detectorProtection(ctx, area, height);
      const radius = corridor ? Math.hypot(read.num('fire.detector.corridorSpacing') / 2, width / 2) : protection.radius;
      const radiusId = corridor ? 'fire.detector.corridorSpacing' : protection.radiusId;
      const needed = corridor ? 1 : Math.ceil(area / (K * protection.area) - 1e-9);
      const params = {
        zone: zone.name, detectors: mine.length, needed, radius: round(radius, 2), coverage: Number.isFinite(worst) ? round(worst, 2) : '∞',
        area: round(area, 1), protectionArea: protection.area, K, corridor: corridor ? 1 : 0,
      };
      const required = { value: round(radius, 2), unit: 'm', comparator: '<=' as const };
      if (samples === 0) {
        findings.push(floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-points', measured: { value: null, unit: 'm' }, required, clause: read.clause(radiusId), elementIds, params }));
      } else if (worst > radius + 1e-9 * radius) {
        findings.push(floorFinding(this, ctx, {
          status: 'fail', variant: corridor ? 'corridor-uncovered' : 'uncovered', measured: { value: Number.isFinite(worst) ? round(worst, 2) : null, unit: 'm' },
          required, clause: read.clause(radiusId), elementIds, point: worstPoint, params,
        }));
      } else if (mine.length < needed) {
        findings.push(floorFinding(this, ctx, {
          status: 'fail', variant: 'count', measured: { value: mine.length, unit: 'count' }, required: { value: needed, unit: 'count', comparator: '>=' },
          clause: read.clause('fire.detector.K'), elementIds, params,
        }));
      } else {
        findings.push(floorFinding(this, ctx, {
          status: 'pass', variant: corridor ? 'corridor-pass' : 'pass', measured: { value: round(worst, 2), unit: 'm' }, required, clause: read.clause(radiusId), elementIds, point: worstPoint, params,
        }));
      }
    }

    // each detector: clear of walls and of supply-air outlets
    const barriers = floorBarriers(floor);
    const wallMin = read.num('fire.detector.wallClearance');
    const airMin = read.num('fire.detector.supplyClearance');
    const air = new DeviceBuckets(floor.airTerminals, 3);
    let closestWall = Infinity;
    let closestAir = Infinity;
    let clearanceFails = 0;
    for (const d of floor.detectors) {
      const wall = nearestBarrier(d.at, barriers);
      closestWall = Math.min(closestWall, wall.distance);
      if (wall.distance < wallMin - 1e-9 * wallMin) {
        clearanceFails++;
        findings.push(floorFinding(this, ctx, {
          status: 'fail', variant: 'wall', measured: { value: round(wall.distance, 2), unit: 'm' }, required: { value: wallMin, unit: 'm', comparator: '>=' },
          clause: read.clause('fire.detector.wallClearance'), elementIds: wall.barrier?.wallId ? [d.id, wall.barrier.wallId] : [d.id], point: d.at,
          params: { detector: d.id, wall: wall.barrier?.wallId ?? '—' },
        }));
      }
      const outlet = air.nearest(d.at);
      closestAir = Math.min(closestAir, outlet.distance);
      if (outlet.device && outlet.distance < airMin - 1e-9 * airMin) {
        clearanceFails++;
        findings.push(floorFinding(this, ctx, {
          status: 'fail', variant: 'supply-air', measured: { value: round(outlet.distance, 2), unit: 'm' }, required: { value: airMin, unit: 'm', comparator: '>=' },
          clause: read.clause('fire.detector.supplyClearance'), elementIds: [d.id, outlet.device.id], point: d.at,
          params: { detector: d.id, outlet: outlet.device.id },
        }));
      }
    }
    if (clearanceFails === 0) {
      findings.push(floorFinding(this, ctx, {
        status: 'pass', variant: 'clearances-pass', measured: { value: round(closestWall, 2), unit: 'm' }, required: { value: wallMin, unit: 'm', comparator: '>=' },
        clause: `${read.clause('fire.detector.wallClearance')}; ${read.clause('fire.detector.supplyClearance')}`,
        params: { wall: round(closestWall, 2), air: Number.isFinite(closestAir) ? round(closestAir, 2) : '—', wallMin, airMin },
      }));
    }
    return findings;
  },
};

// Sprinkler layout of a floor against GB 50084-2017 §7.1.2, Table 7.1.2 for the building's hazard
// class, and the sprinkler credit it earns (the ×1.25 travel and ×2 compartment factors of
// GB 50016). The judgements are made here, once per floor, so that the rule fire.sprinkler-spacing
// reports them and the credit reads the same judgements (and the reviews of their findings)
// without a rule reading another rule. Measures: docs/rules.md "Detection and suppression".
import type { Point, SprinklerHazard, Zone } from '../../floorplan/types.ts';
import type { FloorInputs } from '../floorInputs.ts';
import type { ProfileReader } from '../profiles/reader.ts';
import { findingKey, round } from '../finding.ts';
import type { FindingStatus } from '../types.ts';
import { closePairs, DeviceBuckets, devicesByZone, distanceToLine, floorBarriers, wallSamples } from './deviceCoverage.ts';

export const SPRINKLER_SPACING_RULE = 'fire.sprinkler-spacing';

export interface SprinklerLimits {
  hazard: SprinklerHazard;
  /** 正方形布置的边长 (m): a point is covered within spacing / √2 of a head */
  spacing: number;
  /** 一只喷头的最大保护面积 (m²) */
  area: number;
  /** 喷头与端墙的最大距离 (m) */
  wall: number;
  /** heads at least this far apart (m) */
  minSpacing: number;
  ids: { spacing: string; area: string; wall: string; minSpacing: string };
}

export function sprinklerLimits(read: ProfileReader, hazard: SprinklerHazard | undefined): SprinklerLimits {
  const h = hazard ?? 'ordinary-1';
  const ids = { spacing: `fire.sprinkler.spacing.${h}`, area: `fire.sprinkler.area.${h}`, wall: `fire.sprinkler.wall.${h}`, minSpacing: 'fire.sprinkler.minSpacing' };
  return { hazard: h, spacing: read.num(ids.spacing), area: read.num(ids.area), wall: read.num(ids.wall), minSpacing: read.num(ids.minSpacing), ids };
}

/** One judgement of the floor's layout: what one finding of fire.sprinkler-spacing says. */
export interface SprinklerJudgement {
  status: FindingStatus;
  variant: string;
  measured: { value: number | null; unit: string };
  required: { value: number | null; unit: string; comparator: '<=' | '>=' };
  /** local id of the parameter the requirement comes from */
  limitId: string;
  elementIds: string[];
  point?: Point;
  params: Record<string, string | number>;
}

const over = (value: number, limit: number): boolean => value > limit + 1e-9 * Math.max(1, limit);

/** The layout judged zone by zone (gb; a sprinklered building only). */
export function sprinklerJudgements(ctx: Pick<FloorInputs, 'floor' | 'read' | 'building' | 'enclosures' | 'zoneIndex' | 'grossArea'>): SprinklerJudgement[] {
  const { floor, read, building } = ctx;
  const L = sprinklerLimits(read, building.sprinklerHazard);
  const base = { hazard: L.hazard };
  if (!building.sprinklered) {
    return [{ status: 'n/a', variant: 'na-not-sprinklered', measured: { value: null, unit: 'm' }, required: { value: L.spacing, unit: 'm', comparator: '<=' }, limitId: L.ids.spacing, elementIds: [], params: base }];
  }
  if (floor.sprinklers.length === 0) {
    return [{ status: 'fail', variant: 'none', measured: { value: 0, unit: 'count' }, required: { value: 1, unit: 'count', comparator: '>=' }, limitId: L.ids.spacing, elementIds: [], params: base }];
  }
  const step = read.num('fire.sprinkler.gridStep');
  const reach = L.spacing / Math.SQRT2;
  const barriers = floorBarriers(floor);
  const solids = [...floor.cores.map((c) => c.polygon), ...floor.columns.map((c) => c.polygon)];
  // a floor drawn without zones is one open zone: its outline
  const zones: Zone[] = floor.zones.length > 0 ? floor.zones : [{ id: '', name: '', use: 'work', polygon: floor.outline }];
  const enclosures = ctx.enclosures;
  const enclosed = (z: Zone): boolean => enclosures.get(z.id)?.enclosed ?? false;
  const zoneAt = floor.zones.length > 0 ? (p: Point) => ctx.zoneIndex.zoneAt(p) : () => zones[0];
  const { own, open } = devicesByZone(zones, floor.sprinklers, zoneAt, enclosed);
  const openBuckets = new DeviceBuckets(open, L.spacing);
  const out: SprinklerJudgement[] = [];
  for (const zone of zones) {
    const mine = own.get(zone.id) ?? [];
    const buckets = enclosed(zone) ? new DeviceBuckets(mine, L.spacing) : openBuckets;
    const zoneParams = { ...base, zone: zone.name, heads: mine.length };
    const elementIds = zone.id ? [zone.id] : [];
    // every sample point within spacing / √2 (half the diagonal of the square a head protects)
    const far = buckets.farthestSample(zone, step, solids);
    if (far.count === 0) {
      out.push({ status: 'n/a', variant: 'na-no-points', measured: { value: null, unit: 'm' }, required: { value: round(reach, 2), unit: 'm', comparator: '<=' }, limitId: L.ids.spacing, elementIds, params: zoneParams });
      continue;
    }
    const worst = far.distance;
    const worstPoint = far.point!;
    const area = floor.zones.length > 0 ? ctx.zoneIndex.area(zone) : ctx.grossArea;
    const needed = Math.ceil(area / L.area - 1e-9);
    // the head nearest each point of the zone's walls stands within the wall limit of that wall
    let wallWorst = 0;
    let wallPoint: Point | null = null;
    let wallHead = '—';
    // the samples of one edge come together: its length is measured once
    let edgeA: Point | null = null;
    let edgeB: Point | null = null;
    let edgeLength = 0;
    for (const s of wallSamples(zone, step, barriers)) {
      const near = buckets.nearest(s.point);
      if (!near.device) continue;
      if (s.a !== edgeA || s.b !== edgeB) {
        edgeA = s.a;
        edgeB = s.b;
        edgeLength = Math.hypot(s.b[0] - s.a[0], s.b[1] - s.a[1]);
      }
      const d = distanceToLine(near.device.at, s.a, s.b, edgeLength);
      if (d > wallWorst) {
        wallWorst = d;
        wallPoint = s.point;
        wallHead = near.device.id;
      }
    }
    const params = { ...zoneParams, spacing: L.spacing, maxArea: L.area, coverage: Number.isFinite(worst) ? round(worst, 2) : '∞', reach: round(reach, 2), needed, wall: round(wallWorst, 2), wallLimit: L.wall, area: round(area, 1) };
    if (over(worst, reach)) {
      // a miss by less than the last shown digit is shown with one digit more (2.546 > 2.545, not 2.55 > 2.55)
      const digits = Number.isFinite(worst) && round(worst, 2) === round(reach, 2) ? 3 : 2;
      out.push({ status: 'fail', variant: 'uncovered', measured: { value: Number.isFinite(worst) ? round(worst, digits) : null, unit: 'm' }, required: { value: round(reach, digits), unit: 'm', comparator: '<=' }, limitId: L.ids.spacing, elementIds, point: worstPoint, params });
    } else if (mine.length < needed) {
      out.push({ status: 'fail', variant: 'count', measured: { value: mine.length, unit: 'count' }, required: { value: needed, unit: 'count', comparator: '>=' }, limitId: L.ids.area, elementIds, params });
    } else if (wallPoint && over(wallWorst, L.wall)) {
      out.push({ status: 'fail', variant: 'wall', measured: { value: round(wallWorst, 2), unit: 'm' }, required: { value: L.wall, unit: 'm', comparator: '<=' }, limitId: L.ids.wall, elementIds, point: wallPoint, params: { ...params, head: wallHead } });
    } else {
      out.push({ status: 'pass', variant: 'pass', measured: { value: round(worst, 2), unit: 'm' }, required: { value: round(reach, 2), unit: 'm', comparator: '<=' }, limitId: L.ids.spacing, elementIds, point: worstPoint, params });
    }
  }
  // heads closer than the minimum: each pair once
  for (const { a, b, distance } of closePairs(floor.sprinklers, L.minSpacing)) {
    out.push({
      status: 'fail', variant: 'too-close', measured: { value: round(distance, 2), unit: 'm' }, required: { value: L.minSpacing, unit: 'm', comparator: '>=' },
      limitId: L.ids.minSpacing, elementIds: [a.id, b.id], point: [(a.at[0] + b.at[0]) / 2, (a.at[1] + b.at[1]) / 2], params: { ...base, a: a.id, b: b.id },
    });
  }
  return out;
}

/**
 * Whether a floor earns the sprinkler credit: its building is marked sprinklered and either
 * `gb.fire.sprinklerCredit` is "declared" (the mark is trusted), or the floor's layout passes
 * fire.sprinkler-spacing, or every failing finding of it is reviewed as accepted.
 */
export type SprinklerCreditReason = 'not-sprinklered' | 'declared' | 'verified' | 'accepted' | 'withheld';

export interface SprinklerCredit {
  granted: boolean;
  reason: SprinklerCreditReason;
  /** failing findings of fire.sprinkler-spacing on the floor not accepted in a review */
  open: number;
}

/** Keys of the findings reviewed as accepted in the plan. */
export function acceptedFindingKeys(reviews: readonly { findingKey: string; decision: string }[] | undefined): Set<string> {
  return new Set((reviews ?? []).filter((r) => r.decision === 'accepted').map((r) => r.findingKey));
}

export function sprinklerCredit(ctx: Pick<FloorInputs, 'facts' | 'read' | 'buildingId' | 'floorId'>, judgements: () => readonly SprinklerJudgement[], accepted: ReadonlySet<string>): SprinklerCredit {
  if (!ctx.facts.sprinklered) return { granted: false, reason: 'not-sprinklered', open: 0 };
  if (ctx.read.base !== 'gb' || ctx.read.str('fire.sprinklerCredit') === 'declared') return { granted: true, reason: 'declared', open: 0 };
  const failing = judgements().filter((j) => j.status === 'fail');
  if (failing.length === 0) return { granted: true, reason: 'verified', open: 0 };
  const open = failing.filter((j) => !accepted.has(findingKey(SPRINKLER_SPACING_RULE, ctx.buildingId, ctx.floorId, j.elementIds))).length;
  return open === 0 ? { granted: true, reason: 'accepted', open } : { granted: false, reason: 'withheld', open };
}

// vent.fresh-air — outdoor air of the terminals in each work, management, training and meeting
// zone: gb ≥ 30 m³/h per person (GB 50736 §3.0.6); intl ≥ 9 m³/h·p × persons + 1.08 m³/h·m² × area
// (ASHRAE 62.1 breathing-zone rate). A zone with no persons: n/a.
import type { FloorContext } from '../../context.ts';
import type { Zone, ZoneUse } from '../../../floorplan/types.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export const FRESH_AIR_USES: readonly ZoneUse[] = ['work', 'management', 'training', 'meeting'];

/** Σ outdoor air of the terminals whose point lies in the zone (m³/h). */
export function zoneFreshAir(ctx: FloorContext, zone: Zone): number {
  let sum = 0;
  for (const t of ctx.floor.airTerminals) if (ctx.zoneIndex.zoneAt(t.at) === zone) sum += t.freshAir;
  return sum;
}

/**
 * zoneFreshAir of every zone of the floor, in one pass over the terminals, not one per zone (the
 * analysis figures ask for every zone): each zone's sum adds its terminals' air in the same order, from 0.
 */
export function freshAirByZone(ctx: FloorContext): Map<Zone, number> {
  const sums = new Map<Zone, number>();
  for (const zone of ctx.floor.zones) sums.set(zone, 0);
  const index = ctx.zoneIndex;
  for (const t of ctx.floor.airTerminals) {
    const zone = index.zoneAt(t.at);
    const sum = zone ? sums.get(zone) : undefined;
    if (sum !== undefined) sums.set(zone!, sum + t.freshAir);
  }
  return sums;
}

export const freshAir: FloorRule = {
  id: 'vent.fresh-air',
  area: 'ventilation',
  scope: 'floor',
  parameters: { gb: ['vent.freshAirPerPerson'], intl: ['vent.perPerson', 'vent.perArea'] },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    // every zone's air in one pass over the terminals (the same sums as zoneFreshAir), once a zone asks
    let airByZone: Map<Zone, number> | undefined;
    for (const zone of ctx.floor.zones) {
      if (!FRESH_AIR_USES.includes(zone.use)) continue;
      const persons = ctx.occupancy.zones.get(zone.id)?.persons ?? 0;
      const air = (airByZone ??= freshAirByZone(ctx)).get(zone)!;
      const area = ctx.zoneIndex.area(zone);
      if (read.base === 'gb') {
        const rate = read.num('vent.freshAirPerPerson');
        const required = { value: rate, unit: 'm³/h·p', comparator: '>=' as const };
        if (persons === 0) {
          findings.push(floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-persons', measured: { value: null, unit: 'm³/h·p' }, required, clause: read.clause('vent.freshAirPerPerson'), elementIds: [zone.id], params: { zone: zone.name, air } }));
          continue;
        }
        const perPerson = air / persons;
        findings.push(floorFinding(this, ctx, {
          status: compare(perPerson, '>=', rate), measured: { value: round(perPerson, 2), unit: 'm³/h·p' }, required,
          clause: read.clause('vent.freshAirPerPerson'), elementIds: [zone.id], params: { zone: zone.name, air, persons },
        }));
        continue;
      }
      const rp = read.num('vent.perPerson');
      const ra = read.num('vent.perArea');
      if (persons === 0) {
        findings.push(floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-persons', measured: { value: air, unit: 'm³/h' }, required: { value: null, unit: 'm³/h', comparator: '>=' }, clause: read.clause('vent.perPerson'), elementIds: [zone.id], params: { zone: zone.name, air } }));
        continue;
      }
      const needed = rp * persons + ra * area;
      findings.push(floorFinding(this, ctx, {
        status: compare(air, '>=', needed), measured: { value: round(air, 1), unit: 'm³/h' }, required: { value: round(needed, 1), unit: 'm³/h', comparator: '>=' },
        clause: `${read.clause('vent.perPerson')}`, elementIds: [zone.id], params: { zone: zone.name, persons, area: round(area, 1), rp, ra },
      }));
    }
    return findings;
  },
};

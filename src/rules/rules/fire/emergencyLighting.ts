// fire.emergency-lighting (gb) — least floor illuminance from the emergency luminaires (疏散照明地面
// 最低水平照度, GB 50016 §10.3.2; GB 51309 §3.2.5), on the lighting rules' grid at floor level:
//  - escape routes ≥ 1.0 lx: corridor zones, and open zones where people are (the whole open
//    floor read as the route: aisles between desks are not drawn as paths), and power rooms
//    (places still manned in a fire, GB 51309 Table 3.2.5 IV-8);
//  - halls ≥ 3.0 lx (人员密集场所): work, management, meeting and training zones over 400 m²
//    (办公大厅、会议室) and canteens over 200 m², enclosed or not; on a floor marked
//    gb.fire.crowdedPlace, every zone of the routes above;
//  - stairs ≥ 5.0 lx (10.0 lx on a crowded floor): the area of each stair core.
// Emergency mode: a luminaire with `emergency: true` gives `emergencyFlux` (else `flux`); direct
// light only (no reflections counted), × the emergency maintenance factor (1.0: the flux is read
// as what the luminaire gives at the end of its rated duration). Only luminaires standing in an
// area light it. A floor with no emergency luminaire at all fails once.
import type { Zone, ZoneUse } from '../../../floorplan/types.ts';
import { emergencyLighting as measure } from '../../analysis/illuminance.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const PEOPLE_USES: readonly ZoneUse[] = ['work', 'management', 'meeting', 'training', 'canteen', 'rest'];
const HALL_USES: readonly ZoneUse[] = ['work', 'management', 'meeting', 'training'];

type Place = 'route' | 'hall' | 'stair';

export const emergencyLighting: FloorRule = {
  id: 'fire.emergency-lighting',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      'fire.emergencyLighting.route', 'fire.emergencyLighting.hall', 'fire.emergencyLighting.hallArea', 'fire.emergencyLighting.canteenArea',
      'fire.emergencyLighting.stair', 'fire.emergencyLighting.stairCrowded', 'fire.emergencyLighting.maintenanceFactor', 'fire.crowdedPlace',
      'light.gridBorder', 'light.maxGridPoints',
    ],
  },
  check(ctx) {
    const { read, floor } = ctx;
    const crowded = read.has('fire.crowdedPlace') && read.bool('fire.crowdedPlace');
    const hallArea = read.num('fire.emergencyLighting.hallArea');
    const canteenArea = read.num('fire.emergencyLighting.canteenArea');
    const placeOf = (zone: Zone): Place | null => {
      const area = ctx.zoneIndex.area(zone);
      if ((HALL_USES.includes(zone.use) && area > hallArea) || (zone.use === 'canteen' && area > canteenArea)) return 'hall';
      const open = zone.use === 'corridor' || (PEOPLE_USES.includes(zone.use) && ctx.enclosures.get(zone.id)?.enclosed !== true);
      if (open) return crowded && zone.use !== 'corridor' ? 'hall' : 'route';
      return zone.use === 'power' ? 'route' : null;
    };
    const areas: { place: Place; polygon: Zone['polygon']; elementId: string; params: Record<string, string | number> }[] = [];
    for (const zone of floor.zones) {
      const place = placeOf(zone);
      if (place) areas.push({ place, polygon: zone.polygon, elementId: zone.id, params: { zone: zone.name } });
    }
    for (const core of floor.cores) if (core.kind === 'stair') areas.push({ place: 'stair', polygon: core.polygon, elementId: core.id, params: { stair: core.id } });
    if (areas.length === 0) return [];
    const limitId = (place: Place): string =>
      place === 'stair' ? (crowded ? 'fire.emergencyLighting.stairCrowded' : 'fire.emergencyLighting.stair') : place === 'hall' ? 'fire.emergencyLighting.hall' : 'fire.emergencyLighting.route';
    const emergency = floor.luminaires.filter((l) => l.emergency === true);
    if (emergency.length === 0) {
      const id = limitId('route');
      return [floorFinding(this, ctx, {
        status: 'fail', variant: 'none',
        measured: { value: 0, unit: 'lx' }, required: { value: read.num(id), unit: 'lx', comparator: '>=' },
        clause: read.clause(id), elementIds: [], params: { areas: areas.length },
      })];
    }
    const border = read.num('light.gridBorder');
    const maxPoints = read.num('light.maxGridPoints');
    const mf = read.num('fire.emergencyLighting.maintenanceFactor');
    const cores = floor.cores.map((c) => c.polygon);
    const findings: Finding[] = [];
    for (const area of areas) {
      const id = limitId(area.place);
      const required = read.num(id);
      const lit = measure(area.polygon, emergency, border, mf, area.place === 'stair' ? [] : cores, maxPoints);
      const status = compare(lit.min, '>=', required, read.advisory(id));
      findings.push(floorFinding(this, ctx, {
        status,
        variant: lit.luminaireIds.length === 0 ? `${area.place}-unlit` : `${area.place}-${status === 'pass' ? 'pass' : 'fail'}`,
        measured: { value: round(lit.min, 2), unit: 'lx' },
        required: { value: required, unit: 'lx', comparator: '>=' },
        clause: read.clause(id),
        elementIds: [area.elementId],
        point: status === 'pass' ? undefined : (lit.darkest ?? undefined),
        params: { ...area.params, luminaires: lit.luminaireIds.length, average: round(lit.average, 2), points: lit.gridPoints },
      }));
    }
    return findings;
  },
};

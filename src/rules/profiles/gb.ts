// The China profile: every v1 threshold of docs/rules.md as data, with its clause.
// Sources and confidence marks: shared/docs/rules-reference.md Part A and Part D.
import type { Parameter } from './parameter.ts';

const GB50016 = 'GB 50016-2014(2018)';
const T5517 = `${GB50016} §5.5.17, Table 5.5.17`;
const T55211 = `${GB50016} §5.5.21-1, Table 5.5.21-1`;
const T531 = `${GB50016} §5.3.1, Table 5.3.1`;
const T522 = `${GB50016} §5.2.2, Table 5.2.2`;
const GB50034 = 'GB 50034-2024 §5.3, Table 5.3.2';

function p(id: string, value: Parameter['value'], unit: string, clause: string, extra: Partial<Parameter> = {}): Parameter {
  return { id: `gb.${id}`, value, unit, clause, ...extra };
}

export const GB_PARAMETERS: readonly Parameter[] = [
  // Classification and occupants
  p('fire.highRiseHeight', 24, 'm', `${GB50016} §5.1.1, Table 5.1.1`, { note: '高层 when height > this' }),
  p('fire.class1Height', 50, 'm', `${GB50016} §5.1.1, Table 5.1.1`, { note: '一类高层 when height > this' }),
  p('fire.buildingClass', 'auto', '', `${GB50016} §5.1.1`, { note: '"auto", "1" (一类) or "2" (二类); mixed-use floors > 1000 m² may be read as 一类' }),
  p('fire.crowdedPlace', false, '', `${GB50016} §5.5.19`, { note: '人员密集场所 (judgment)' }),
  p('occupancy.shiftOverlap', 1.0, '×', 'design assumption', { note: 'multiplies seats where shifts overlap at the seat' }),
  p('occupancy.density.meeting', 0.5, 'p/m²', 'JGJ/T 67-2019 §4.3.2 (2 m² per person with a table)'),
  p('occupancy.density.canteen', 1.0, 'p/m²', 'JGJ 64-2017 §4.1.2, Table 4.1.2 (1 m² per seat)'),
  p('occupancy.density.training', 0.5, 'p/m²', 'design assumption'),
  p('occupancy.density.rest', 0.3, 'p/m²', 'design assumption'),
  // Exits
  p('fire.exits.min', 2, 'count', 'GB 55037-2022 §7.4.1'),
  p('fire.exits.singleMaxArea', 200, 'm²', 'GB 55037-2022 §7.4.1, Table 7.4.1'),
  p('fire.exits.singleMaxPersons', 50, 'persons', 'GB 55037-2022 §7.4.1, Table 7.4.1'),
  p('fire.exitSeparation', 5, 'm', `${GB50016} §5.5.2`),
  // Travel distances (straight-line wording)
  p('fire.sprinklerFactorTravel', 1.25, '×', `${T5517} note 3`),
  p('fire.openFloorReading', 'hall-with-room-warning', '', `${GB50016} §5.5.17-3/-4; JGJ 67-2006 §5.0.2`, { note: '"hall-with-room-warning", "hall" or "room" (interpretation)' }),
  p('fire.travel.hall', 30, 'm', `${GB50016} §5.5.17-4; JGJ 67-2006 §5.0.2`),
  p('fire.travel.hallCorridor', 10, 'm', `${GB50016} §5.5.17-4`),
  p('fire.travel.betweenExits.multi', 40, 'm', T5517),
  p('fire.travel.betweenExits.multi.g3', 35, 'm', T5517),
  p('fire.travel.betweenExits.multi.g4', 25, 'm', T5517),
  p('fire.travel.betweenExits.high', 40, 'm', T5517),
  p('fire.travel.deadEnd.multi', 22, 'm', `${T5517}; §5.5.17-3`),
  p('fire.travel.deadEnd.multi.g3', 20, 'm', `${T5517}; §5.5.17-3`),
  p('fire.travel.deadEnd.multi.g4', 15, 'm', `${T5517}; §5.5.17-3`),
  p('fire.travel.deadEnd.high', 20, 'm', `${T5517}; §5.5.17-3`),
  p('fire.travel.gridStep', 1, 'm', 'docs/rules.md (sampling of open zones)'),
  // Widths
  p('fire.widthPer100.g12.s12', 0.65, 'm/100 p', T55211),
  p('fire.widthPer100.g12.s3', 0.75, 'm/100 p', T55211),
  p('fire.widthPer100.g12.s4', 1.0, 'm/100 p', T55211),
  p('fire.widthPer100.g3.s12', 0.75, 'm/100 p', T55211),
  p('fire.widthPer100.g3.s3', 1.0, 'm/100 p', T55211),
  p('fire.widthPer100.g3.s4', 1.25, 'm/100 p', T55211),
  p('fire.widthPer100.g4.s12', 1.0, 'm/100 p', T55211),
  p('fire.minDoorWidth', 0.9, 'm', `${GB50016} §5.5.18`),
  p('fire.crowdedDoorWidth', 1.4, 'm', `${GB50016} §5.5.19`),
  // Rooms and compartments
  p('fire.singleDoorRoom.maxArea', 120, 'm²', `${GB50016} §5.5.15`),
  p('fire.roomDoors.min', 2, 'count', `${GB50016} §5.5.15`),
  p('fire.compartment.multi', 2500, 'm²', T531),
  p('fire.compartment.multi.g3', 1200, 'm²', T531),
  p('fire.compartment.multi.g4', 600, 'm²', T531),
  p('fire.compartment.high', 1500, 'm²', T531),
  p('fire.compartment.sprinklerFactor', 2, '×', `${T531} note 1`),
  p('fire.doorRating.power', 'A', '', `${GB50016} §6.2.7`),
  p('fire.doorRating.cabling', 'B', '', `${GB50016} §6.2.7`),
  p('fire.doorRating.server', 'A', '', 'GB 50174-2017 §13.2.4'),
  // Fire equipment
  p('fire.extinguisher.maxDistance', 20, 'm', 'GB 50140-2005 §5.2.1, Table 5.2.1 (中危险级)'),
  p('fire.extinguisher.maxDistance.severe', 15, 'm', 'GB 50140-2005 §5.2.1, Table 5.2.1; Appendix D (严重危险级)'),
  p('fire.extinguisher.gridStep', 1, 'm', 'docs/rules.md (sampling)'),
  p('fire.extinguisher.inspectionDays', 30, 'days', 'GB 50444-2008 §5.2'),
  // Lighting
  p('light.utilisationFactor', 0.6, '', 'design assumption (lumen method)'),
  p('light.maintenanceFactor', 0.8, '', 'GB 50034-2024 §4.1.4, Table 4.1.4'),
  p('light.workPlane', 0.75, 'm', 'GB 50034-2024 (reference plane)'),
  p('light.gridStep', 0.5, 'm', 'docs/rules.md (point-by-point grid)'),
  p('light.gridBorder', 0.5, 'm', 'docs/rules.md (border left out)'),
  p('light.em.work', 300, 'lx', GB50034),
  p('light.em.management', 300, 'lx', GB50034),
  p('light.em.meeting', 300, 'lx', GB50034),
  p('light.em.training', 300, 'lx', GB50034),
  p('light.em.server', 500, 'lx', GB50034),
  p('light.em.cabling', 500, 'lx', GB50034),
  p('light.em.canteen', 200, 'lx', GB50034),
  p('light.em.power', 200, 'lx', GB50034),
  p('light.em.rest', 100, 'lx', GB50034),
  p('light.em.storage', 100, 'lx', GB50034),
  p('light.em.toilet', 75, 'lx', GB50034),
  p('light.em.corridor', 50, 'lx', GB50034),
  p('light.u0.high', 0.6, '', 'GB 50034-2024 §4.2.1; GB 55016-2021 §3.3.3-1', { note: 'work, management, meeting, training, server, cabling, canteen, power' }),
  p('light.u0.other', 0.4, '', 'GB 50034-2024 §4.2.1'),
  p('light.lpd.office', 8.0, 'W/m²', 'GB 55015-2021 §3.3.7', { advisory: true, note: 'unverified value (U)' }),
  p('light.lpd.officeTarget', 6.5, 'W/m²', 'GB 50034-2024 §6.3.5 (目标值)', { advisory: true }),
  // Ventilation
  p('vent.freshAirPerPerson', 30, 'm³/h·p', 'GB 50736-2012 §3.0.6, Table 3.0.6-1'),
  p('vent.openableFraction', 0.3, '', 'JGJ 67-2006 §4.1.6; GB 55015-2021 §3.1.14', { advisory: true }),
  // Space
  p('space.areaPerSeat', 6, 'm²/seat', 'JGJ/T 67-2019 §4.2.3', { advisory: true }),
  p('space.clearHeight', 2.5, 'm', 'JGJ/T 67-2019 §4.1 (C类)', { advisory: true }),
  // Zoning
  p('zoning.restReach', 50, 'm', 'call-center practice', { advisory: true }),
  // Site (fire separation by building class and grade)
  p('site.separation.highHigh', 13, 'm', T522),
  p('site.separation.highOther', 9, 'm', T522),
  p('site.separation.highOther.g3', 11, 'm', T522),
  p('site.separation.highOther.g4', 14, 'm', T522),
  p('site.separation.otherOther', 6, 'm', T522),
  p('site.separation.otherOther.g12g3', 7, 'm', T522),
  p('site.separation.otherOther.g12g4', 9, 'm', T522),
  p('site.separation.otherOther.g3g3', 8, 'm', T522),
  p('site.separation.otherOther.g3g4', 10, 'm', T522),
  p('site.separation.otherOther.g4g4', 12, 'm', T522),
];

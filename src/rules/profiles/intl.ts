// The international profile (IBC 2021, EN 12464-1, ASHRAE 62.1, NFPA 10, UK workplace rules):
// every v1 threshold of docs/rules.md as data. Sources: shared/docs/rules-reference.md Part B, D.
import type { Parameter } from './parameter.ts';

const EN12464 = 'EN 12464-1:2021';

function p(id: string, value: Parameter['value'], unit: string, clause: string, extra: Partial<Parameter> = {}): Parameter {
  return { id: `intl.${id}`, value, unit, clause, ...extra };
}

export const INTL_PARAMETERS: readonly Parameter[] = [
  p('occupancy.shiftOverlap', 1.0, '×', 'design assumption'),
  p('occupancy.density.meeting', 0.5, 'p/m²', 'design assumption (as gb)'),
  p('occupancy.density.canteen', 1.0, 'p/m²', 'design assumption (as gb)'),
  p('occupancy.density.training', 0.5, 'p/m²', 'design assumption (as gb)'),
  p('occupancy.density.rest', 0.3, 'p/m²', 'design assumption (as gb)'),
  p('fire.occupantLoadFactor', 4.65, 'm²/p', 'IBC 2021 §1004.8 (concentrated business use, gross)'),
  p('fire.exits.min', 2, 'count', 'IBC 2021 §1006.3.3, Table 1006.3.3'),
  p('fire.exits.over500', 3, 'count', 'IBC 2021 §1006.3.3, Table 1006.3.3'),
  p('fire.exits.over1000', 4, 'count', 'IBC 2021 §1006.3.3, Table 1006.3.3'),
  p('fire.exitSeparation.ratio', 1 / 2, '× diagonal', 'IBC 2021 §1007.1.1'),
  p('fire.exitSeparation.ratioSprinklered', 1 / 3, '× diagonal', 'IBC 2021 §1007.1.1 exception 2'),
  p('fire.travel.exitAccess', 61.0, 'm', 'IBC 2021 §1017.2, Table 1017.2'),
  p('fire.travel.exitAccessSprinklered', 91.4, 'm', 'IBC 2021 §1017.2, Table 1017.2'),
  p('fire.travel.gridStep', 1, 'm', 'docs/rules.md (sampling)'),
  p('fire.capacity.other', 5.1, 'mm/p', 'IBC 2021 §1005.3.2'),
  p('fire.minDoorWidth', 0.813, 'm', 'IBC 2021 §1010.1.1'),
  p('fire.roomDoors.maxOccupantsOneDoor', 49, 'persons', 'IBC 2021 §1006.2.1, Table 1006.2.1'),
  p('fire.roomDoors.min', 2, 'count', 'IBC 2021 §1006.2.1'),
  p('fire.extinguisher.maxDistance', 22.9, 'm', 'NFPA 10 §6.2.1 (75 ft)', { advisory: true }),
  p('fire.extinguisher.gridStep', 1, 'm', 'docs/rules.md (sampling)'),
  p('fire.extinguisher.inspectionDays', 30, 'days', 'NFPA 10 §7.2 (monthly)'),
  p('light.utilisationFactor', 0.6, '', 'design assumption (lumen method)'),
  p('light.maintenanceFactor', 0.8, '', 'typical maintenance factor'),
  p('light.workPlane', 0.75, 'm', 'reference plane'),
  p('light.gridStep', 0.5, 'm', 'docs/rules.md (point-by-point grid)'),
  p('light.gridBorder', 0.5, 'm', `${EN12464} (border area left out)`),
  p('light.em.work', 500, 'lx', `${EN12464} Table 5.26 (writing, typing, data processing)`),
  p('light.em.management', 500, 'lx', `${EN12464} Table 5.26`),
  p('light.em.meeting', 500, 'lx', `${EN12464} Table 5.26 (conference rooms)`),
  p('light.em.canteen', 200, 'lx', `${EN12464} Table 5.2 (canteens)`),
  p('light.em.rest', 100, 'lx', `${EN12464} Table 5.2 (rest rooms)`),
  p('light.em.toilet', 200, 'lx', `${EN12464} Table 5.2 (toilets)`),
  p('light.em.corridor', 100, 'lx', `${EN12464} Table 5.1 (circulation)`),
  p('light.u0.high', 0.6, '', `${EN12464} Table 5.26`),
  p('light.u0.other', 0.4, '', `${EN12464} Tables 5.1, 5.2`),
  p('vent.perPerson', 9, 'm³/h·p', 'ASHRAE 62.1 Table 6.2.2.1 (Rp 2.5 L/s)'),
  p('vent.perArea', 1.08, 'm³/h·m²', 'ASHRAE 62.1 Table 6.2.2.1 (Ra 0.3 L/s·m²)'),
  p('space.volumePerPerson', 11, 'm³/p', 'Workplace Regulations 1992 reg. 10', { advisory: true }),
  p('space.volumeHeightCap', 3, 'm', 'Workplace Regulations 1992, ACOP L24 §79'),
  p('space.clearHeight', 2.286, 'm', 'IBC 2021 §1003.2'),
  p('zoning.restReach', 50, 'm', 'call-center practice', { advisory: true }),
];

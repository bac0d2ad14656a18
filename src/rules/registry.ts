// Every rule (docs/rules.md §Rule set), in report order.
import type { Rule } from './rule.ts';
import { compartmentArea } from './rules/fire/compartmentArea.ts';
import { doorRating } from './rules/fire/doorRating.ts';
import { fireWallDoors } from './rules/fire/fireWallDoors.ts';
import { detectorCoverage } from './rules/fire/detectorCoverage.ts';
import { sprinklerSpacing } from './rules/fire/sprinklerSpacing.ts';
import { extinguisherCount } from './rules/fire/extinguisherCount.ts';
import { doorWidth } from './rules/fire/doorWidth.ts';
import { egressWidth } from './rules/fire/egressWidth.ts';
import { stairWidth } from './rules/fire/stairWidth.ts';
import { stairEnclosure } from './rules/fire/stairEnclosure.ts';
import { corridorWidth } from './rules/fire/corridorWidth.ts';
import { exitCount } from './rules/fire/exitCount.ts';
import { exitSeparation } from './rules/fire/exitSeparation.ts';
import { extinguisherInspection } from './rules/fire/extinguisherInspection.ts';
import { equipmentInspection } from './rules/fire/equipmentInspection.ts';
import { extinguisherReach } from './rules/fire/extinguisherReach.ts';
import { exitSigns } from './rules/fire/exitSigns.ts';
import { smokeControl } from './rules/fire/smokeControl.ts';
import { roomDoors } from './rules/fire/roomDoors.ts';
import { roomDoorSeparation } from './rules/fire/roomDoorSeparation.ts';
import { seatAccess } from './rules/fire/seatAccess.ts';
import { emergencyLighting } from './rules/fire/emergencyLighting.ts';
import { travelDistance } from './rules/fire/travelDistance.ts';
import { commonPath } from './rules/fire/commonPath.ts';
import { illuminance } from './rules/lighting/illuminance.ts';
import { powerDensity } from './rules/lighting/powerDensity.ts';
import { uniformity } from './rules/lighting/uniformity.ts';
import { siteCoverage } from './rules/site/coverage.ts';
import { siteFar } from './rules/site/far.ts';
import { fireSeparation } from './rules/site/fireSeparation.ts';
import { siteGreen } from './rules/site/green.ts';
import { siteHeight } from './rules/site/height.ts';
import { siteSetback } from './rules/site/setback.ts';
import { areaPerSeat } from './rules/space/areaPerSeat.ts';
import { clearHeight } from './rules/space/clearHeight.ts';
import { deskColumn } from './rules/space/deskColumn.ts';
import { toiletFixtures } from './rules/space/toiletFixtures.ts';
import { toiletReach } from './rules/space/toiletReach.ts';
import { buildingUnchecked } from './rules/site/buildingUnchecked.ts';
import { freshAir } from './rules/ventilation/freshAir.ts';
import { openableWindow } from './rules/ventilation/openableWindow.ts';
import { functionalAreas } from './rules/zoning/functionalAreas.ts';
import { zoneOverlap } from './rules/zoning/overlap.ts';
import { restReach } from './rules/zoning/restReach.ts';
import { seatInZone } from './rules/zoning/seatInZone.ts';

export const RULES: readonly Rule[] = [
  exitCount,
  exitSeparation,
  travelDistance,
  commonPath,
  egressWidth,
  stairWidth,
  stairEnclosure,
  corridorWidth,
  doorWidth,
  roomDoors,
  roomDoorSeparation,
  compartmentArea,
  doorRating,
  fireWallDoors,
  extinguisherReach,
  extinguisherCount,
  detectorCoverage,
  sprinklerSpacing,
  extinguisherInspection,
  equipmentInspection,
  smokeControl,
  exitSigns,
  emergencyLighting,
  seatAccess,
  illuminance,
  uniformity,
  powerDensity,
  freshAir,
  openableWindow,
  areaPerSeat,
  clearHeight,
  deskColumn,
  toiletReach,
  toiletFixtures,
  functionalAreas,
  restReach,
  seatInZone,
  zoneOverlap,
  siteFar,
  siteCoverage,
  siteGreen,
  siteHeight,
  siteSetback,
  fireSeparation,
  buildingUnchecked,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

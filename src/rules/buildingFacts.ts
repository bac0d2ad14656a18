// What rules read of a building besides its floors: storeys, high-rise class, fire-resistance
// grade and the sprinkler mark, classified once per check under the profile in use.
import { storeys } from '../floorplan/queries/lookup.ts';
import type { Building } from '../floorplan/types.ts';
import type { ProfileReader } from './profiles/reader.ts';

export interface BuildingFacts {
  building: Building;
  storeys: number;
  /** 高层: height > gb.fire.highRiseHeight (24 m) */
  highRise: boolean;
  /** 一类高层 */
  class1: boolean;
  grade: number;
  sprinklered: boolean;
}

/** The facts of `building` under the profile read; intl declares no class limits, so 24 m and 50 m (gb's defaults) classify there. */
export function buildingFacts(building: Building, read: ProfileReader): BuildingFacts {
  const highRiseHeight = read.has('fire.highRiseHeight') ? read.num('fire.highRiseHeight') : 24;
  const class1Height = read.has('fire.class1Height') ? read.num('fire.class1Height') : 50;
  const declared = read.has('fire.buildingClass') ? read.str('fire.buildingClass') : 'auto';
  const highRise = building.height > highRiseHeight;
  const class1 = highRise && (declared === '1' || (declared !== '2' && building.height > class1Height));
  return {
    building,
    storeys: storeys(building),
    highRise,
    class1,
    grade: building.fireResistanceGrade,
    sprinklered: building.sprinklered,
  };
}

// The fire-safety layer of a floor plan on paper: exit and evacuation signs (with the way a
// direction sign points), emergency luminaires, smoke detectors with the circle each one covers,
// smoke exhaust inlets, hydrants, and the stair cores with their enclosure and flight width.
// Plain data in plan metres; the PDF draws it (pdf/planDrawing.ts).
import { polygonArea } from '../../floorplan/geometry/polygon.ts';
import { zoneLocator } from '../../floorplan/queries/zones.ts';
import type { Floor, PlanDocument, Point, Polygon, SignKind, StairEnclosure } from '../../floorplan/types.ts';
import { resolveProfile } from '../../rules/profiles/resolveProfile.ts';

/**
 * Protection radius of a point smoke detector at a ceiling up to 6 m (GB 50116-2013 §6.2.2,
 * Table 6.2.2): `largeRoom` in a room over `smallRoomArea`, `smallRoom` in one of that or less.
 */
export interface DetectorRadii {
  largeRoom: number;
  smallRoom: number;
  smallRoomArea: number;
}

/** Table 6.2.2's figures, used where the profile does not carry them: 5.8 m over 80 m², else 6.7 m. */
export const GB_DETECTOR_RADII: DetectorRadii = { largeRoom: 5.8, smallRoom: 6.7, smallRoomArea: 80 };

/** The radii of a plan's profile (the fire.detector-coverage rule's parameters, overrides applied); the GB figures where it has none. */
export function detectorRadii(plan: Pick<PlanDocument, 'profile'> = {}): DetectorRadii {
  // the intl profile has no such table: its plans are drawn with the GB figures
  const { parameters } = resolveProfile({ profile: plan.profile?.base === 'gb' ? plan.profile : { base: 'gb', overrides: {} } });
  const value = (id: string, fallback: number): number => {
    const v = parameters.get(`gb.${id}`)?.value;
    return typeof v === 'number' && v > 0 ? v : fallback;
  };
  return {
    largeRoom: value('fire.detector.radius.large', GB_DETECTOR_RADII.largeRoom),
    smallRoom: value('fire.detector.radius.small', GB_DETECTOR_RADII.smallRoom),
    smallRoomArea: value('fire.detector.smallRoomArea', GB_DETECTOR_RADII.smallRoomArea),
  };
}

export interface SafetyDrawing {
  signs: { at: Point; kind: SignKind; rotation: number }[];
  emergencyLuminaires: Point[];
  /** each smoke detector and the radius it protects in its room (m) */
  detectors: { at: Point; radius: number }[];
  smokeExhausts: Point[];
  hydrants: Point[];
  /** the radii the coverage circles were drawn with */
  radii: DetectorRadii;
  /** stair cores that state their enclosure or flight width */
  stairs: { polygon: Polygon; enclosure?: StairEnclosure; flightWidth?: number }[];
}

/** The radius a detector at `at` protects: by the area of the zone it hangs in (the floor plate when in none). */
export function detectorRadiusAt(floor: Floor, at: Point, radii: DetectorRadii = GB_DETECTOR_RADII, locator = zoneLocator(floor)): number {
  const zone = locator.zoneAt(at);
  const area = polygonArea(zone ? zone.polygon : floor.outline);
  return area > radii.smallRoomArea ? radii.largeRoom : radii.smallRoom;
}

export function safetyDrawing(floor: Floor, radii: DetectorRadii = GB_DETECTOR_RADII): SafetyDrawing {
  const locator = zoneLocator(floor);
  return {
    signs: floor.exitSigns.map((s) => ({ at: s.at, kind: s.kind, rotation: s.kind === 'direction' ? (s.rotation ?? 0) : 0 })),
    emergencyLuminaires: floor.luminaires.filter((l) => l.emergency === true).map((l) => l.at),
    detectors: floor.detectors.map((d) => ({ at: d.at, radius: detectorRadiusAt(floor, d.at, radii, locator) })),
    smokeExhausts: floor.smokeExhausts.map((d) => d.at),
    hydrants: floor.hydrants.map((d) => d.at),
    radii,
    stairs: floor.cores
      .filter((c) => c.kind === 'stair' && (c.enclosure !== undefined || c.flightWidth !== undefined))
      .map((c) => ({ polygon: c.polygon, ...(c.enclosure ? { enclosure: c.enclosure } : {}), ...(c.flightWidth !== undefined ? { flightWidth: c.flightWidth } : {}) })),
  };
}

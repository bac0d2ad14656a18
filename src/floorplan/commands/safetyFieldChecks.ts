// Checks of the fire-safety fields of format version 3 on existing elements (fire resistance,
// stair type and flight width, beds, sex ratio, toilet fixtures, emergency lighting, signs), so
// the inspector's edit refuses a bad value as the JSON Schema would, with a reason to show.
import { STAIR_ENCLOSURES, type FloorCollection } from '../types.ts';
import { isFiniteNumber, isFraction, isIsoDate, isPositive } from './checks.ts';

const isCount = (v: unknown): boolean => isFiniteNumber(v) && Number.isInteger(v) && v >= 0;

/** Why the element's version-3 fields are not acceptable, or null (absent fields are fine). */
export function safetyFieldProblem(collection: FloorCollection, element: Record<string, unknown>): string | null {
  switch (collection) {
    case 'walls':
      return element['fireResistance'] === undefined || isPositive(element['fireResistance']) ? null : 'commands.refused.badFireResistance';
    case 'doors':
      return element['lastInspected'] === undefined || isIsoDate(element['lastInspected']) ? null : 'commands.refused.badDate';
    case 'exits':
      return element['flightWidth'] === undefined || isPositive(element['flightWidth']) ? null : 'commands.refused.badFlightWidth';
    case 'cores': {
      const enclosure = element['enclosure'];
      if (enclosure !== undefined && !STAIR_ENCLOSURES.includes(enclosure as never)) return 'commands.refused.badEnclosure';
      return element['flightWidth'] === undefined || isPositive(element['flightWidth']) ? null : 'commands.refused.badFlightWidth';
    }
    case 'zones': {
      if (element['beds'] !== undefined && !isCount(element['beds'])) return 'commands.refused.badBeds';
      if (element['femaleShare'] !== undefined && !isFraction(element['femaleShare'])) return 'commands.refused.badShare';
      const fixtures = element['fixtures'];
      if (fixtures === undefined) return null;
      if (!fixtures || typeof fixtures !== 'object') return 'commands.refused.badFixtures';
      const f = fixtures as Record<string, unknown>;
      const counts = [f['femaleWc'], f['maleWc'], f['urinals']].every(isCount) && (f['basins'] === undefined || isCount(f['basins']));
      return counts ? null : 'commands.refused.badFixtures';
    }
    case 'luminaires': {
      if (element['emergency'] !== undefined && typeof element['emergency'] !== 'boolean') return 'commands.refused.badKind';
      const flux = element['emergencyFlux'];
      if (flux !== undefined && !(isFiniteNumber(flux) && flux >= 0)) return 'commands.refused.badFlux';
      return element['lastInspected'] === undefined || isIsoDate(element['lastInspected']) ? null : 'commands.refused.badDate';
    }
    default:
      return null;
  }
}

// The document of a new blank project: an empty 200 × 150 m parcel under the chosen rule set.
import { CURRENT_VERSION } from '../../floorplan/format/migrations.ts';
import type { Locale, PlanDocument, ProfileBase } from '../../floorplan/types.ts';

/** `locale`: the language of the plan's reports (the interface's at creation); `base`: its rule set. */
export function blankPlan(name: string, locale: Locale, base: ProfileBase = 'gb'): PlanDocument {
  return {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name,
    locale,
    profile: { base, overrides: {} },
    site: { boundary: [[0, 0], [200, 0], [200, 150], [0, 150]], green: [], buildings: [] },
  };
}

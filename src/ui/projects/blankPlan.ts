// The document of a new blank project: an empty 200 × 150 m parcel under the GB profile.
import type { Locale, PlanDocument } from '../../floorplan/types.ts';

export function blankPlan(name: string, locale: Locale): PlanDocument {
  return {
    format: 'callfloor',
    version: 1,
    name,
    locale,
    profile: { base: locale === 'zh-CN' ? 'gb' : 'intl', overrides: {} },
    site: { boundary: [[0, 0], [200, 0], [200, 150], [0, 150]], green: [], buildings: [] },
  };
}

// 主要经济技术指标表: the site's main indicators, each against its planning control.
import { siteFigures } from '../../floorplan/queries/areas.ts';
import { countSeats } from '../../floorplan/queries/seats.ts';
import type { PlanDocument } from '../../floorplan/types.ts';

export type IndicatorKey =
  | 'parcelArea'
  | 'footprintArea'
  | 'totalGfa'
  | 'far'
  | 'coverage'
  | 'greenArea'
  | 'greenRatio'
  | 'maxHeight'
  | 'buildingCount'
  | 'totalSeats';

export interface Indicator {
  key: IndicatorKey;
  value: number;
  /** 'm²', 'm', '%' (value is a 0..1 ratio), '' */
  unit: string;
  control: { comparator: '<=' | '>='; value: number } | null;
  /** boundary passes; 'n/a' when there is no control */
  status: 'pass' | 'fail' | 'n/a';
}

function indicator(key: IndicatorKey, value: number, unit: string, comparator?: '<=' | '>=', limit?: number): Indicator {
  if (comparator === undefined || limit === undefined) return { key, value, unit, control: null, status: 'n/a' };
  // A small tolerance so a ratio computed at exactly the limit (2.0000000001) still passes.
  const eps = 1e-9 * Math.max(1, Math.abs(limit));
  const ok = comparator === '<=' ? value <= limit + eps : value >= limit - eps;
  return { key, value, unit, control: { comparator, value: limit }, status: ok ? 'pass' : 'fail' };
}

export function siteIndicators(plan: PlanDocument): Indicator[] {
  const f = siteFigures(plan);
  const c = plan.site.controls ?? {};
  return [
    indicator('parcelArea', f.parcelArea, 'm²'),
    indicator('totalGfa', f.grossFloorArea, 'm²', c.maxFar === undefined ? undefined : '<=', c.maxFar === undefined ? undefined : c.maxFar * f.parcelArea),
    indicator('footprintArea', f.footprintArea, 'm²'),
    indicator('far', f.far, '', '<=', c.maxFar),
    indicator('coverage', f.coverage, '%', '<=', c.maxCoverage),
    indicator('greenArea', f.greenArea, 'm²'),
    indicator('greenRatio', f.greenRatio, '%', '>=', c.minGreenRatio),
    indicator('maxHeight', f.maxBuildingHeight, 'm', '<=', c.maxHeight),
    indicator('buildingCount', plan.site.buildings.length, ''),
    indicator('totalSeats', countSeats(plan), ''),
  ];
}

// The planning-control site rules (容积率, 建筑密度, 绿地率) share one shape: a site figure
// against a value of `site.controls`; without that control the rule is n/a and names it.
import { siteFigures, type SiteFigures } from '../../../floorplan/queries/areas.ts';
import type { SiteControls } from '../../../floorplan/types.ts';
import type { RunContext } from '../../context.ts';
import { compare, round } from '../../finding.ts';
import { siteFinding, type SiteRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export const PLANNING_CLAUSE = 'planning conditions of the parcel (规划条件)';

export function controlRule(
  id: string,
  control: keyof SiteControls,
  comparator: '<=' | '>=',
  measure: (f: SiteFigures) => number,
  details: (f: SiteFigures) => Record<string, number>,
): SiteRule {
  return {
    id,
    area: 'site',
    scope: 'site',
    parameters: { gb: [], intl: [] },
    check(ctx: RunContext): Finding[] {
      const limit = ctx.plan.site.controls?.[control];
      const figures = siteFigures(ctx.plan);
      const value = measure(figures);
      if (limit === undefined) {
        return [siteFinding(this, {
          status: 'n/a', variant: 'na-missing', measured: { value: round(value, 4), unit: '' },
          required: { value: null, unit: '', comparator }, clause: PLANNING_CLAUSE, params: { input: `site.controls.${control}` },
        })];
      }
      return [siteFinding(this, {
        status: compare(value, comparator, limit),
        measured: { value: round(value, 4), unit: '' },
        required: { value: limit, unit: '', comparator },
        clause: PLANNING_CLAUSE,
        params: Object.fromEntries(Object.entries(details(figures)).map(([k, v]) => [k, round(v, 2)])),
      })];
    },
  };
}

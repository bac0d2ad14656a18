// site.height — each building's height ≤ site.controls.maxHeight.
import { compare } from '../../finding.ts';
import { siteFinding, type SiteRule } from '../../rule.ts';
import { PLANNING_CLAUSE } from './siteControl.ts';

export const siteHeight: SiteRule = {
  id: 'site.height',
  area: 'site',
  scope: 'site',
  parameters: { gb: [], intl: [] },
  check(ctx) {
    const limit = ctx.plan.site.controls?.maxHeight;
    return ctx.plan.site.buildings.map((b) =>
      siteFinding(this, {
        status: limit === undefined ? 'n/a' : compare(b.height, '<=', limit),
        variant: limit === undefined ? 'na-missing' : undefined,
        measured: { value: b.height, unit: 'm' },
        required: { value: limit ?? null, unit: 'm', comparator: '<=' },
        clause: PLANNING_CLAUSE,
        buildingId: b.id,
        params: { building: b.name, input: 'site.controls.maxHeight' },
      }),
    );
  },
};

// site.building-unchecked — a building with no floors drawn yet (early site planning) gets a
// warning that none of the floor rules (exits, travel, widths, lighting, air, space) looked at it:
// a building absent from the findings would otherwise read as one that passed.
import { buildingFinding, type BuildingRule } from '../../rule.ts';

export const buildingUnchecked: BuildingRule = {
  id: 'site.building-unchecked',
  area: 'site',
  scope: 'building',
  parameters: { gb: [], intl: [] },
  check(_ctx, facts) {
    const floors = facts.building.floors.length;
    if (floors > 0) return [];
    return [buildingFinding(this, facts, {
      status: 'warn',
      variant: 'no-floors',
      measured: { value: 0, unit: 'floors' },
      required: { value: 1, unit: 'floors', comparator: '>=' },
      clause: 'docs/rules.md (input completeness)',
      params: { building: facts.building.name },
    })];
  },
};

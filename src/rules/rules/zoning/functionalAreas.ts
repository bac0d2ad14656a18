// zoning.functional-areas — a building with a call floor (`work` zone) has the other two areas of
// a call center: business management and rest (docs/rules.md). Missing → fail.
import type { ZoneUse } from '../../../floorplan/types.ts';
import { buildingFinding, type BuildingRule } from '../../rule.ts';

const NEEDED: readonly ZoneUse[] = ['management', 'rest'];

export const functionalAreas: BuildingRule = {
  id: 'zoning.functional-areas',
  area: 'zoning',
  scope: 'building',
  parameters: { gb: [], intl: [] },
  check(_ctx, facts) {
    const uses = new Set(facts.building.floors.flatMap((f) => f.zones.map((z) => z.use)));
    if (!uses.has('work')) return [];
    const missing = NEEDED.filter((u) => !uses.has(u));
    return [buildingFinding(this, facts, {
      status: missing.length === 0 ? 'pass' : 'fail',
      measured: { value: missing.length === 0 ? 'work, management, rest' : `missing: ${missing.join(', ')}`, unit: '' },
      required: { value: 'work, management, rest', unit: '', comparator: 'in' },
      clause: 'call-center functional zoning (话务区、业务管理区、休息区)',
      params: { building: facts.building.name, missing: missing.join(', ') },
    })];
  },
};

// site.fire-separation (gb) — distance between the footprints of each pair of buildings against
// GB 50016 Table 5.2.2 by class (高层 or not) and fire-resistance grade:
// high-rise↔high-rise 13 m; high-rise↔other 9 m (grade 3: 11, 4: 14); other↔other grade 1–2 6 m
// (↔ 3: 7, ↔ 4: 9), 3↔3 8, 3↔4 10, 4↔4 12 m.
import type { BuildingFacts, ProfileReader } from '../../context.ts';
import { compare, round } from '../../finding.ts';
import { siteFinding, type SiteRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';
import { outlineDistance } from './setback.ts';

/** Local parameter id of the required separation between two buildings. */
export function separationId(a: BuildingFacts, b: BuildingFacts): string {
  if (a.highRise && b.highRise) return 'site.separation.highHigh';
  if (a.highRise || b.highRise) {
    const other = a.highRise ? b : a;
    return other.grade === 3 ? 'site.separation.highOther.g3' : other.grade === 4 ? 'site.separation.highOther.g4' : 'site.separation.highOther';
  }
  const g = (x: BuildingFacts): string => (x.grade <= 2 ? 'g12' : x.grade === 3 ? 'g3' : 'g4');
  const [lo, hi] = [g(a), g(b)].sort();
  if (lo === 'g12' && hi === 'g12') return 'site.separation.otherOther';
  return `site.separation.otherOther.${lo}${hi}`;
}

export function requiredSeparation(read: ProfileReader, a: BuildingFacts, b: BuildingFacts): number {
  return read.num(separationId(a, b));
}

export const fireSeparation: SiteRule = {
  id: 'site.fire-separation',
  area: 'site',
  scope: 'site',
  parameters: { gb: ['site.separation.highHigh', 'site.separation.highOther', 'site.separation.otherOther'] },
  check(ctx) {
    const buildings = ctx.plan.site.buildings.map((b) => ctx.buildingFacts(b));
    const findings: Finding[] = [];
    for (let i = 0; i < buildings.length; i++) {
      for (let j = i + 1; j < buildings.length; j++) {
        const a = buildings[i]!;
        const b = buildings[j]!;
        const id = separationId(a, b);
        const limit = ctx.read.num(id);
        const d = outlineDistance(a.building.footprint, b.building.footprint);
        findings.push(siteFinding(this, {
          status: compare(d, '>=', limit),
          measured: { value: round(d, 2), unit: 'm' },
          required: { value: limit, unit: 'm', comparator: '>=' },
          clause: ctx.read.clause(id),
          elementIds: [a.building.id, b.building.id],
          params: { a: a.building.name, b: b.building.name },
        }));
      }
    }
    return findings;
  },
};

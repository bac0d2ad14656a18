// Which findings the panel lists (scope: the open floor, its building, or the whole park) and
// how they are grouped (by area, worst first).
import type { Finding, FindingStatus, RuleArea } from '../../rules/types.ts';
import type { StatusCounts } from '../../editor/checks.ts';

export type Scope = 'floor' | 'building' | 'park';

export const AREAS: readonly RuleArea[] = ['fire', 'lighting', 'ventilation', 'space', 'zoning', 'site'];
export const STATUSES: readonly FindingStatus[] = ['fail', 'warn', 'pass', 'n/a'];
const RANK: Record<FindingStatus, number> = { fail: 0, warn: 1, pass: 2, 'n/a': 3 };

export const statusKey = (s: FindingStatus): keyof StatusCounts => (s === 'n/a' ? 'na' : s);

export interface Where {
  buildingId: string | null;
  floorId: string | null;
}

/**
 * Floor scope: the floor's own findings plus those of its building that name no floor (stairs,
 * heights); building scope adds every floor of the building; park: everything.
 */
export function inScope(finding: Finding, scope: Scope, where: Where): boolean {
  if (scope === 'park') return true;
  const b = finding.where.buildingId;
  const f = finding.where.floorId;
  if (scope === 'building') return where.buildingId !== null && b === where.buildingId;
  if (where.floorId === null) return false;
  return f === where.floorId || (f === undefined && b !== undefined && b === where.buildingId);
}

/** The widest scope the view shows by default: the open floor, building, or the park. */
export function defaultScope(level: 'park' | 'building' | 'floor'): Scope {
  return level === 'floor' ? 'floor' : level === 'building' ? 'building' : 'park';
}

export interface AreaGroup {
  area: RuleArea;
  counts: StatusCounts;
  /** the findings whose status is shown, worst first (stable within a status) */
  findings: Finding[];
}

export function groupByArea(findings: readonly Finding[], shown: ReadonlySet<FindingStatus>): AreaGroup[] {
  const groups = new Map<RuleArea, AreaGroup>(AREAS.map((area) => [area, { area, counts: { fail: 0, warn: 0, pass: 0, na: 0 }, findings: [] }]));
  for (const f of findings) {
    const g = groups.get(f.area);
    if (!g) continue;
    g.counts[statusKey(f.status)]++;
    if (shown.has(f.status)) g.findings.push(f);
  }
  for (const g of groups.values()) g.findings.sort((a, b) => RANK[a.status] - RANK[b.status]);
  return [...groups.values()].filter((g) => g.counts.fail + g.counts.warn + g.counts.pass + g.counts.na > 0);
}

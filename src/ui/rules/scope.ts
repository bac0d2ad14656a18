// Which findings the panel lists (scope: the open floor, its building, or the whole park) and
// how they are grouped (by area, worst first).
import { addStatus, compareStatus, emptyCounts, RULE_AREAS, totalCount, type Finding, type FindingStatus, type RuleArea, type StatusCounts } from '../../rules/results.ts';

export type Scope = 'floor' | 'building' | 'park';

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
  const groups = new Map<RuleArea, AreaGroup>(RULE_AREAS.map((area) => [area, { area, counts: emptyCounts(), findings: [] }]));
  for (const f of findings) {
    const g = groups.get(f.area);
    if (!g) continue;
    addStatus(g.counts, f.status);
    if (shown.has(f.status)) g.findings.push(f);
  }
  for (const g of groups.values()) g.findings.sort((a, b) => compareStatus(a.status, b.status));
  return [...groups.values()].filter((g) => totalCount(g.counts) > 0);
}

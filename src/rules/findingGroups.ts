// Findings of one rule with one cause, as one group: "3 extinguishers overdue" is one row that
// opens to the three. The panel, the compliance PDF and the findings CSV all group with this.
import type { Finding, FindingStatus, Requirement } from './types.ts';

/**
 * Two findings have the same cause when they share, exactly:
 * - the rule (`ruleId`),
 * - the status (a fail and a warning of one rule are two groups),
 * - the message key (the rule's variant: "door too far" and "door unreachable" differ),
 * - the required value with its comparator and unit (a 27.5 m and a 50 m limit differ),
 * - the clause the requirement comes from.
 * What may differ inside a group: where (floor, elements, point) and the measured value, which
 * each item keeps and the group lists per item.
 */
export function sameCauseKey(f: Finding): string {
  const r = f.required;
  return [f.ruleId, f.status, f.messageKey, `${r.comparator}${r.value === null ? '—' : String(r.value)}${r.unit}`, f.clause].join('\u0001');
}

export interface FindingGroup {
  /** sameCauseKey of its findings: stable across runs while the cause stays */
  key: string;
  ruleId: string;
  status: FindingStatus;
  messageKey: string;
  required: Requirement;
  clause: string;
  /** in the order given */
  findings: Finding[];
}

/** Groups in order of their first finding; inside a group the findings keep their order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = sameCauseKey(f);
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { key, ruleId: f.ruleId, status: f.status, messageKey: f.messageKey, required: f.required, clause: f.clause, findings: [f] });
  }
  return [...groups.values()];
}

/** Smallest and largest numeric measured value of a group; null when none is a number. */
export function measuredRange(findings: readonly Finding[]): { min: number; max: number; unit: string } | null {
  let min = Infinity;
  let max = -Infinity;
  let unit = '';
  for (const f of findings) {
    const v = f.measured.value;
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    unit = f.measured.unit;
  }
  return min === Infinity ? null : { min, max, unit };
}

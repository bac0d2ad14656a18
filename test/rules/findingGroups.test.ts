// Grouping findings of one rule with one cause (src/rules/findingGroups.ts): the one definition
// the rule panel, the compliance PDF and the findings CSV share.
import { describe, expect, it } from 'vitest';
import { groupFindings, measuredRange, sameCauseKey } from '../../src/rules/findingGroups.ts';
import { makeFinding } from '../../src/rules/finding.ts';
import type { Finding } from '../../src/rules/types.ts';

const INSPECTION = 'fire.extinguisher-inspection';

/** An extinguisher inspected `days` ago against a limit of `limit` days. */
function overdue(id: string, days: number, limit = 30, status: 'fail' | 'warn' | 'pass' = 'fail'): Finding {
  return makeFinding(INSPECTION, 'fire', {
    status,
    measured: { value: days, unit: 'days' },
    required: { value: limit, unit: 'days', comparator: '<=' },
    clause: 'GB 50444-2008 §5.2',
    buildingId: 'A',
    floorId: 'A-3F',
    elementIds: [id],
    params: { extinguisher: id },
  });
}

describe('same cause', () => {
  it('3 overdue extinguishers and a door are 2 groups of 3 and 1, in first-seen order', () => {
    const door = makeFinding('fire.door-width', 'fire', {
      status: 'fail',
      measured: { value: 0.8, unit: 'm' },
      required: { value: 0.9, unit: 'm', comparator: '>=' },
      clause: 'GB 50016-2014(2018) §5.5.18',
      floorId: 'A-3F',
      elementIds: ['d1'],
      params: { door: 'd1' },
    });
    const groups = groupFindings([overdue('x1', 33), door, overdue('x2', 35), overdue('x3', 40)]);
    expect(groups.map((g) => [g.ruleId, g.findings.length])).toEqual([
      [INSPECTION, 3],
      ['fire.door-width', 1],
    ]);
    // the measured values differ inside the group; each item keeps its own
    expect(groups[0]!.findings.map((f) => f.measured.value)).toEqual([33, 35, 40]);
    expect(measuredRange(groups[0]!.findings)).toEqual({ min: 33, max: 40, unit: 'days' });
    expect(groups[0]!.required).toEqual({ value: 30, unit: 'days', comparator: '<=' });
  });

  it('a different required value, status or message variant is a different cause', () => {
    const monthly = overdue('x1', 33, 30);
    const weekly = overdue('x2', 33, 7);
    expect(sameCauseKey(monthly)).not.toBe(sameCauseKey(weekly));
    expect(groupFindings([monthly, weekly]).map((g) => g.findings.length)).toEqual([1, 1]);

    const warned = overdue('x3', 33, 30, 'warn');
    expect(groupFindings([monthly, warned]).map((g) => g.status)).toEqual(['fail', 'warn']);

    const missing = makeFinding(INSPECTION, 'fire', {
      status: 'fail',
      variant: 'missing',
      measured: { value: null, unit: 'days' },
      required: { value: 30, unit: 'days', comparator: '<=' },
      clause: 'GB 50444-2008 §5.2',
      elementIds: ['x4'],
    });
    expect(groupFindings([monthly, missing])).toHaveLength(2);
  });

  it('where does not split a group: the same cause on two floors is one group', () => {
    const other = { ...overdue('y1', 31), where: { buildingId: 'B', floorId: 'B-1F', elementIds: ['y1'] } };
    expect(groupFindings([overdue('x1', 33), other]).map((g) => g.findings.length)).toEqual([2]);
  });

  it('has no measured range when no finding has a number', () => {
    const missing = { ...overdue('x1', 0), measured: { value: null, unit: 'days' } };
    expect(measuredRange([missing])).toBeNull();
  });
});

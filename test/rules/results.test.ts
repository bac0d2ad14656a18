// The one result vocabulary: status order, ranking, counting (src/rules/results.ts).
import { describe, expect, it } from 'vitest';
import {
  compareStatus,
  countStatuses,
  RULE_AREAS,
  STATUS_COUNT_KEYS,
  STATUS_ORDER,
  statusCountKey,
  totalCount,
  worstStatus,
  worstStatusByElement,
  type Finding,
  type FindingStatus,
} from '../../src/rules/results.ts';

function finding(status: FindingStatus, elementIds: string[] = [], n = 0): Finding {
  return {
    ruleId: `rule.${n}`,
    area: 'fire',
    status,
    measured: { value: n, unit: 'm' },
    required: { value: 1, unit: 'm', comparator: '<=' },
    clause: 'GB 50016-2014 §5.5.17',
    messageKey: `rule.${n}.${status}`,
    messageParams: {},
    where: { elementIds },
    key: `rule.${n}|||${elementIds.join(',')}`,
  };
}

describe('status order', () => {
  it('is fail, warn, pass, n/a — the one order', () => {
    expect(STATUS_ORDER).toEqual(['fail', 'warn', 'pass', 'n/a']);
    expect(STATUS_COUNT_KEYS).toEqual(['fail', 'warn', 'pass', 'na']);
    expect(RULE_AREAS).toEqual(['fire', 'lighting', 'ventilation', 'space', 'zoning', 'site']);
  });

  it('sorts worst first, keeping the order of equal statuses (n/a after pass)', () => {
    const list = [finding('pass', [], 1), finding('n/a', [], 2), finding('warn', [], 3), finding('fail', [], 4), finding('pass', [], 5), finding('fail', [], 6)];
    const sorted = [...list].sort((a, b) => compareStatus(a.status, b.status)).map((f) => f.ruleId);
    expect(sorted).toEqual(['rule.4', 'rule.6', 'rule.3', 'rule.1', 'rule.5', 'rule.2']);
    expect(compareStatus('pass', 'n/a')).toBeLessThan(0);
    expect(compareStatus('warn', 'warn')).toBe(0);
  });

  it('the worst of two: fail over warn over pass over n/a; nothing yet gives the other', () => {
    expect(worstStatus(undefined, 'n/a')).toBe('n/a');
    expect(worstStatus('n/a', 'pass')).toBe('pass');
    expect(worstStatus('pass', 'n/a')).toBe('pass');
    expect(worstStatus('warn', 'pass')).toBe('warn');
    expect(worstStatus('warn', 'fail')).toBe('fail');
    expect(worstStatus('fail', 'warn')).toBe('fail');
    // the worst of all four, folded in any order
    for (const order of [[...STATUS_ORDER], [...STATUS_ORDER].reverse()]) {
      let worst: FindingStatus | undefined;
      for (const s of order) worst = worstStatus(worst, s);
      expect(worst).toBe('fail');
    }
  });
});

describe('counting', () => {
  it('counts each status, n/a as na', () => {
    const counts = countStatuses([finding('fail'), finding('n/a'), finding('pass'), finding('pass'), finding('warn'), finding('n/a'), finding('n/a')]);
    expect(counts).toEqual({ fail: 1, warn: 1, pass: 2, na: 3 });
    expect(totalCount(counts)).toBe(7);
  });

  it('counts nothing as zeros', () => {
    expect(countStatuses([])).toEqual({ fail: 0, warn: 0, pass: 0, na: 0 });
    expect(totalCount(countStatuses([]))).toBe(0);
  });

  it('maps a status to its count key', () => {
    expect(STATUS_ORDER.map(statusCountKey)).toEqual(['fail', 'warn', 'pass', 'na']);
  });
});

describe('worst status by element', () => {
  it('takes the worst finding naming each element', () => {
    const worst = worstStatusByElement([
      finding('pass', ['door-1', 'door-2']),
      finding('fail', ['door-1']),
      finding('n/a', ['zone-1']),
      finding('warn', ['zone-1', 'door-2']),
      finding('pass', ['door-1']),
    ]);
    expect(Object.fromEntries(worst)).toEqual({ 'door-1': 'fail', 'door-2': 'warn', 'zone-1': 'warn' });
  });
});

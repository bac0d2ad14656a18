import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, findingStatusOf, inspectionState } from '../../../src/rules/register/inspectionStatus.ts';

describe('inspection status at the interval boundary (interval 30 days, due-soon window 7)', () => {
  // last inspected 2026-05-01 + 30 days → due 2026-05-31
  it('due today is due soon, not overdue', () => {
    expect(inspectionState('2026-05-01', '2026-05-31', 30, 7)).toEqual({ status: 'due-soon', daysSince: 30, nextDue: '2026-05-31' });
  });
  it('one day over is overdue', () => {
    expect(inspectionState('2026-05-01', '2026-06-01', 30, 7)).toEqual({ status: 'overdue', daysSince: 31, nextDue: '2026-05-31' });
  });
  it('the due-soon window starts 7 days before the due day', () => {
    expect(inspectionState('2026-05-01', '2026-05-24', 30, 7).status).toBe('due-soon'); // 7 days left
    expect(inspectionState('2026-05-01', '2026-05-23', 30, 7).status).toBe('ok'); // 8 days left
    expect(inspectionState('2026-05-01', '2026-05-24', 30, 6).status).toBe('ok'); // a narrower window
  });
  it('never inspected is its own status, with no due date', () => {
    expect(inspectionState(null, '2026-06-01', 30, 7)).toEqual({ status: 'never', daysSince: null, nextDue: null });
  });
  it('counts calendar days across months and leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-01', 29)).toBe('2028-03-01');
  });
  it('a rule fails an overdue device (warns when the interval is advisory) and passes the rest', () => {
    expect(findingStatusOf('overdue', false)).toBe('fail');
    expect(findingStatusOf('overdue', true)).toBe('warn');
    expect(findingStatusOf('due-soon', false)).toBe('pass');
    expect(findingStatusOf('ok', false)).toBe('pass');
  });
});

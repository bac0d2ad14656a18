// Names instead of ids (src/rules/findingNames.ts), rule titles (ruleTitles.ts) and clauses as a
// reader sees them (format.ts clauseText).
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../src/rules/finding.ts';
import { findingNames } from '../../src/rules/findingNames.ts';
import { clauseText } from '../../src/rules/format.ts';
import { RULES } from '../../src/rules/registry.ts';
import { ruleTitle, subjectCount, TITLED_RULES } from '../../src/rules/ruleTitles.ts';
import { handPlan } from '../export/fixtures.ts';

function inspection(id: string, floorId: string) {
  return makeFinding('fire.extinguisher-inspection', 'fire', {
    status: 'fail',
    measured: { value: 33, unit: 'days' },
    required: { value: 30, unit: 'days', comparator: '<=' },
    clause: 'GB 50444-2008 §5.2',
    buildingId: 'A',
    floorId,
    elementIds: [id],
    params: { extinguisher: id },
  });
}

describe('element names', () => {
  const names = findingNames(handPlan());
  it('kind, an ordinal where the zone has several of the kind, the zone name', () => {
    // 1F: x11 (20,25) and x12 (35,25) both stand in 话务一区 (10..40 × 10..30); 2F: x21 alone in 话务二区
    expect(names.element('A-1F', 'x11', 'zh-CN')).toBe('灭火器 1（话务一区）');
    expect(names.element('A-1F', 'x12', 'en')).toBe('Extinguisher 2 (话务一区)');
    expect(names.element('A-2F', 'x21', 'zh-CN')).toBe('灭火器（话务二区）');
    // desks by their seat: s15 is the only desk of 休息区
    expect(names.element('A-1F', 's15', 'zh-CN')).toBe('工位（休息区）');
    expect(names.element('A-1F', 'z12', 'en')).toBe('休息区');
    expect(names.element('A-1F', 'nope', 'en')).toBeUndefined();
  });
  it('writes the sentence with names: the kind the message already says is not repeated', () => {
    expect(names.message(inspection('x12', 'A-1F'), 'zh-CN')).toBe('灭火器 2（话务一区）上次检查在 33 天前，应不超过 30 天。');
    expect(names.message(inspection('x21', 'A-2F'), 'zh-CN')).toBe('灭火器（话务二区）上次检查在 33 天前，应不超过 30 天。');
    expect(names.message(inspection('x21', 'A-2F'), 'en')).toBe('Extinguisher (话务二区) was last inspected 33 days ago; at most 30 days.');
    const seats = makeFinding('fire.seat-access', 'fire', {
      status: 'fail',
      measured: { value: 1, unit: 'seats' },
      required: { value: 0, unit: 'seats', comparator: '<=' },
      clause: 'docs/rules.md fire.seat-access (plan-format §Geometry)',
      floorId: 'A-1F',
      elementIds: ['s15'],
      params: { seats: 5, first: 's15' },
    });
    // a name after "first:" carries its kind
    expect(names.message(seats, 'en')).toBe('1 of 5 seats cannot reach an exit (first: Desk (休息区)).');
    expect(names.place(seats)).toBe('A栋 1F');
    expect(names.subject(seats, 'zh-CN')).toBe('工位（休息区）');
  });
});

describe('rule titles and clauses', () => {
  it('every rule of the registry has a title in both languages, never its id', () => {
    for (const rule of RULES) {
      expect(TITLED_RULES).toContain(rule.id);
      for (const locale of ['zh-CN', 'en'] as const) {
        const title = ruleTitle(rule.id, locale);
        expect(title).not.toMatch(/\b[a-z]+\.[a-z-]+\b/);
        expect(title.length).toBeGreaterThan(1);
      }
    }
    expect(ruleTitle('fire.extinguisher-inspection', 'zh-CN')).toBe('灭火器月度检查');
    expect(subjectCount('fire.extinguisher-inspection', 67, 'en')).toBe('67 extinguishers');
    expect(subjectCount('fire.extinguisher-inspection', 1, 'en')).toBe('1 extinguisher');
    expect(subjectCount('fire.extinguisher-inspection', 3, 'zh-CN')).toBe('3 具灭火器');
  });
  it('shows the code clause, or the practice a requirement rests on, never a documentation path', () => {
    expect(clauseText('GB 50444-2008 §5.2', 'en')).toBe('GB 50444-2008 §5.2');
    expect(clauseText('GB 50140-2005 §5.2.1, Table 5.2.1 (中危险级)', 'zh-CN')).toBe('GB 50140-2005 §5.2.1，表 5.2.1（中危险级）');
    expect(clauseText('docs/rules.md fire.seat-access (plan-format §Geometry)', 'zh-CN')).toBe('行业惯例');
    expect(clauseText('docs/rules.md fire.seat-access (plan-format §Geometry)', 'en')).toBe('Callfloor practice');
    expect(clauseText('docs/plan-format.md §Workstations; call-center zoning', 'en')).toBe('Callfloor practice');
    expect(clauseText('call-center practice', 'zh-CN')).toBe('行业惯例');
    expect(clauseText('planning conditions of the parcel (规划条件)', 'zh-CN')).toBe('规划条件');
    // a code clause with a sampling note beside it: the code alone
    expect(clauseText('GB 50016-2014 §5.5.17; docs/rules.md (sampling)', 'en')).toBe('GB 50016-2014 §5.5.17');
  });
});

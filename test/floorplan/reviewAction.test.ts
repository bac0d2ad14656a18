// Review action fields (owner, due date): kept through a parse / serialize round trip; a bad due
// date is one bilingual problem at its JSON path.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { examplePlan } from '../fixtures/plans.ts';

const KEY = 'fire.travel-distance|A|A-3F|z1';

describe('review owner and due date in the plan file', () => {
  it('survive parse → serialize → parse unchanged', () => {
    const doc = examplePlan();
    doc.reviews = [
      { findingKey: KEY, decision: 'open', note: '加宽门', owner: '物业 张伟', due: '2026-12-31' },
      { findingKey: 'fire.exit-count|A|A-3F|', decision: 'accepted' },
    ];
    const first = parsePlan(JSON.stringify(doc));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.plan.reviews?.[0]).toEqual({ findingKey: KEY, decision: 'open', note: '加宽门', owner: '物业 张伟', due: '2026-12-31' });
    const again = parsePlan(serializePlan(first.plan));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.plan.reviews).toEqual(first.plan.reviews);
  });

  const bad: [string, string, string][] = [
    ['31/12/2026', 'a date must be ISO YYYY-MM-DD, found "31/12/2026"', '日期应为 ISO 格式 YYYY-MM-DD，实际为 "31/12/2026"'],
    ['2026-12-31T10:00', 'a date must be ISO YYYY-MM-DD, found "2026-12-31T10:00"', '日期应为 ISO 格式 YYYY-MM-DD，实际为 "2026-12-31T10:00"'],
    ['2026-02-30', '"2026-02-30" is not a real date', '日期 "2026-02-30" 不存在'],
  ];
  it.each(bad)('reports the due date %s at reviews[0].due in both languages', (due, en, zh) => {
    const doc = examplePlan();
    doc.reviews = [{ findingKey: KEY, decision: 'open', owner: '张伟', due }];
    const result = parsePlan(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('reviews[0].due');
    expect(result.problems[0]!.message.en).toBe(en);
    expect(result.problems[0]!.message['zh-CN']).toBe(zh);
  });
});

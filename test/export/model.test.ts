import { describe, expect, it } from 'vitest';
import { buildCapacityModel } from '../../src/export/model/capacityModel.ts';
import { buildComplianceModel, findingPoint } from '../../src/export/model/complianceModel.ts';
import { equipmentPart } from '../../src/export/model/equipment.ts';
import { daysBetween } from '../../src/rules/register/inspectionStatus.ts';
import { findingsInScope } from '../../src/export/model/findingsInScope.ts';
import { formatNumber, formatQuantity, formatRequirement } from '../../src/export/model/formatValues.ts';
import { planContentHash, type ReportMeta } from '../../src/export/model/meta.ts';
import { parseScope, resolveScope } from '../../src/export/model/scope.ts';
import { siteIndicators } from '../../src/export/model/siteIndicators.ts';
import { handPlan, handRules } from './fixtures.ts';

const meta: ReportMeta = { project: 'p', revision: 4, contentHash: 'abc', date: '2026-11-01', signOff: {} };

describe('site indicators (主要经济技术指标表)', () => {
  const byKey = Object.fromEntries(siteIndicators(handPlan()).map((i) => [i.key, i]));
  it('computes parcel, GFA, FAR, coverage, green ratio and height from the plan', () => {
    expect(byKey['parcelArea']!.value).toBe(5000);
    expect(byKey['totalGfa']!.value).toBe(1500); // 800 + grossArea 700
    expect(byKey['far']!.value).toBeCloseTo(0.3, 12);
    expect(byKey['coverage']!.value).toBeCloseTo(0.16, 12);
    expect(byKey['greenRatio']!.value).toBeCloseTo(0.2, 12);
    expect(byKey['maxHeight']!.value).toBe(24);
    expect(byKey['totalSeats']!.value).toBe(7);
  });
  it('passes values exactly at their control and fails those beyond', () => {
    expect(byKey['far']!.status).toBe('pass'); // 0.3 ≤ 0.3
    expect(byKey['totalGfa']!.control).toEqual({ comparator: '<=', value: 1500 });
    expect(byKey['totalGfa']!.status).toBe('pass');
    expect(byKey['greenRatio']!.status).toBe('pass'); // 0.2 ≥ 0.2
    expect(byKey['maxHeight']!.status).toBe('pass'); // 24 ≤ 24
    expect(byKey['coverage']!.status).toBe('fail'); // 0.16 > 0.15
    expect(byKey['parcelArea']!.status).toBe('n/a');
  });
  it('has no control where the plan sets none', () => {
    const plan = handPlan();
    delete plan.site.controls;
    expect(siteIndicators(plan).every((i) => i.control === null && i.status === 'n/a')).toBe(true);
  });
});

describe('scope', () => {
  it('parses park, building:<id> and floor:<id>, and refuses anything else', () => {
    expect(parseScope(undefined)).toEqual({ kind: 'park' });
    expect(parseScope('building:A')).toEqual({ kind: 'building', buildingId: 'A' });
    expect(parseScope('floor:A-1F')).toEqual({ kind: 'floor', floorId: 'A-1F' });
    expect(parseScope('floor:')).toBeNull();
    expect(parseScope('storey:1')).toBeNull();
  });
  it('orders floors bottom to top and rejects unknown ids', () => {
    const plan = handPlan();
    expect(resolveScope(plan, { kind: 'park' })!.buildings[0]!.floors.map((f) => f.id)).toEqual(['A-1F', 'A-2F']);
    expect(resolveScope(plan, { kind: 'floor', floorId: 'nope' })).toBeNull();
  });
  it('keeps floor findings of the floor and building-level ones, and drops site ones', () => {
    const plan = handPlan();
    const rules = handRules();
    const floor = findingsInScope(rules.findings, resolveScope(plan, { kind: 'floor', floorId: 'A-2F' })!);
    expect(floor.map((f) => f.ruleId)).toEqual(['fire.door-width', 'vent.fresh-air', 'light.illuminance']);
    expect(findingsInScope(rules.findings, resolveScope(plan, { kind: 'building', buildingId: 'A' })!)).toHaveLength(7);
    expect(findingsInScope(rules.findings, resolveScope(plan, { kind: 'park' })!)).toHaveLength(8);
  });
});

describe('capacity model', () => {
  const model = buildCapacityModel(handPlan(), handRules(), meta, { kind: 'park' })!;
  it('sums seats, roles and areas over the floors', () => {
    const s = model.summary;
    expect(s.seats).toBe(7);
    expect(s.byRole).toEqual({ agent: 5, leader: 1, supervisor: 1 });
    expect(s.grossArea).toBe(1500);
    expect(s.usableArea).toBe(1600); // two 40 × 20 outlines
    expect(s.workArea).toBe(1400); // 600 + 800
    expect(s.workSeats).toBe(6); // s15 sits in the rest zone
    expect(s.areaPerSeatGross).toBeCloseTo(1500 / 7, 10);
    expect(s.areaPerSeatWork).toBeCloseTo(1400 / 6, 10);
  });
  it('adds the floors’ compliant capacities and names the limit with the least headroom', () => {
    expect(model.summary.compliant).toBe(15);
    expect(model.summary.binding?.floorId).toBe('A-1F'); // 5 − 5 = 0 beats 10 − 2 = 8
    expect(model.summary.binding?.limit.id).toBe('exit-width');
  });
  it('counts statuses of the findings in scope', () => {
    expect(model.summary.counts).toEqual({ fail: 1, warn: 2, pass: 4, na: 1 });
    const floor = buildCapacityModel(handPlan(), handRules(), meta, { kind: 'floor', floorId: 'A-1F' })!;
    expect(floor.summary.counts).toEqual({ fail: 1, warn: 1, pass: 2, na: 0 });
    expect(floor.summary.seats).toBe(5);
    expect(floor.summary.compliant).toBe(5);
  });
  it('builds the stack bars by use and the zone rows with the rules’ readings', () => {
    const f1 = model.stacks[0]!.floors[0]!;
    expect(f1.floorId).toBe('A-1F');
    expect(f1.useAreas).toEqual([
      { use: 'work', area: 600 },
      { use: 'rest', area: 200 },
    ]);
    const work = f1.zones.find((z) => z.zoneId === 'z11')!;
    expect(work.seats).toBe(4);
    expect(work.areaPerSeat).toBe(150);
    expect(work.illuminance).toBe(312.4);
    expect(f1.zones.find((z) => z.zoneId === 'z12')!.areaPerSeat).toBe(200);
  });
  it('reports capacity as not computed without the rules’ capacity', () => {
    const rules = handRules();
    delete rules.capacity;
    const m = buildCapacityModel(handPlan(), rules, meta, { kind: 'park' })!;
    expect(m.summary.compliant).toBeNull();
    expect(m.summary.binding).toBeNull();
  });
  it('returns null for a scope not in the plan', () => {
    expect(buildCapacityModel(handPlan(), handRules(), meta, { kind: 'building', buildingId: 'Z' })).toBeNull();
  });
});

describe('compliance model', () => {
  const plan = handPlan();
  plan.reviews = [{ findingKey: 'fire.egress-width|A-1F|A-1F-e1,A-1F-e2', decision: 'accepted', note: '已加宽' }];
  const model = buildComplianceModel(plan, handRules(), meta, { kind: 'park' }, { locale: 'zh-CN' })!;
  it('numbers failures first, then warnings, in their original order', () => {
    expect(model.issues.map((r) => [r.n, r.finding.ruleId, r.finding.status])).toEqual([
      [1, 'fire.egress-width', 'fail'],
      [2, 'fire.travel-distance', 'warn'],
      [3, 'vent.fresh-air', 'warn'],
    ]);
    expect(model.actions.map((r) => r.n)).toEqual([1]);
  });
  it('formats required and measured values, the fix, the location and the review decision', () => {
    const travel = model.issues[1]!;
    expect(travel.required).toBe('≤ 27.5 m');
    expect(travel.measured).toBe('28.12 m');
    // the desk by kind, ordinal among the 4 desks of its zone (s11 is the first) and zone name, not its id
    expect(travel.location).toBe('A栋 1F · 工位 1（话务一区）');
    expect(travel.fix).toContain('疏散距离');
    expect(model.issues[0]!.review).toBe('accepted');
    expect(model.issues[0]!.reviewNote).toBe('已加宽');
    expect(model.issues[2]!.review).toBe('');
  });
  it('summarises by area and floor and lists clauses with their rules', () => {
    expect(model.byArea.map((a) => [a.area, a.counts.fail, a.counts.warn, a.counts.pass, a.counts.na])).toEqual([
      ['fire', 1, 1, 3, 0],
      ['lighting', 0, 0, 0, 1],
      ['ventilation', 0, 1, 0, 0],
      ['site', 0, 0, 1, 0],
    ]);
    expect(model.byFloor.map((f) => [f.floorId, f.counts.fail, f.counts.warn, f.counts.pass, f.counts.na])).toEqual([
      ['A-1F', 1, 1, 2, 0],
      ['A-2F', 0, 1, 1, 1],
    ]);
    expect(model.clauses.find((c) => c.clause === 'GB 50016-2014 §5.5.18')!.ruleIds).toEqual(['fire.door-width']);
    expect(model.passed.find((p) => p.ruleId === 'fire.door-width')).toMatchObject({ pass: 3, na: 0 });
  });
  it('anchors a finding at its point, else at its first element', () => {
    const rules = handRules();
    expect(findingPoint(plan, rules.findings[1]!)).toEqual([15, 19.2]);
    expect(findingPoint(plan, rules.findings[2]!)).toEqual([10, 20]); // exit A-1F-e1
    expect(findingPoint(plan, rules.findings[5]!)).toEqual([30, 20]); // centroid of zone z21's corners
    expect(findingPoint(plan, rules.findings[7]!)).toBeNull();
  });
});

describe('fire equipment register', () => {
  it('counts whole days and flags overdue only beyond the interval', () => {
    expect(daysBetween('2026-10-02', '2026-11-01')).toBe(30);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('not a date', '2026-03-01')).toBeNull();
    const { rows, summary } = equipmentPart(handPlan(), { kind: 'park' }, '2026-11-01');
    expect(rows.map((r) => [r.id, r.daysSince, r.state])).toEqual([
      ['x11', 30, 'in-date'],
      ['x12', 31, 'overdue'],
      ['x21', null, 'missing'],
    ]);
    // the register's statuses: due today (30 days, monthly) is due soon, 31 days overdue, no date never inspected
    const extinguishers = summary.find((s) => s.type === 'extinguisher')!;
    expect(extinguishers).toEqual({ type: 'extinguisher', total: 3, counts: { overdue: 1, never: 1, 'due-soon': 1, ok: 0 } });
  });
});

describe('value formatting and content hash', () => {
  it('rounds and trims numbers and prints comparators', () => {
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(1234.567)).toBe('1234.57');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatQuantity({ value: null, unit: 'm' })).toBe('—');
    expect(formatRequirement({ value: 0.9, unit: 'm', comparator: '>=' })).toBe('≥ 0.9 m');
  });
  it('writes word units in the report language; symbols stay', () => {
    expect(formatRequirement({ value: 'B', unit: 'rating', comparator: '>=' }, 'zh-CN')).toBe('≥ B 级');
    expect(formatRequirement({ value: 'B', unit: 'rating', comparator: '>=' }, 'en')).toBe('≥ B rating');
    expect(formatQuantity({ value: 120, unit: 'seats' }, 'zh-CN')).toBe('120 座');
    expect(formatQuantity({ value: 2, unit: 'count' }, 'zh-CN')).toBe('2 个');
    expect(formatQuantity({ value: 2, unit: 'count' }, 'en')).toBe('2');
    expect(formatQuantity({ value: 30, unit: 'm³/h·p' }, 'zh-CN')).toBe('30 m³/(h·人)');
    expect(formatQuantity({ value: 300, unit: 'lx' }, 'zh-CN')).toBe('300 lx');
  });
  it('hashes the plan content: same plan same hash, any edit a different one', async () => {
    const a = await planContentHash(handPlan());
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(await planContentHash(handPlan())).toBe(a);
    const edited = handPlan();
    edited.site.buildings[0]!.floors[0]!.workstations[0]!.at = [20.01, 20];
    expect(await planContentHash(edited)).not.toBe(a);
  });
});

import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/rules/register/register.ts';
import { filterRows, sortRows } from '../../../src/rules/register/registerView.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import { FLOOR, FLOOR_2, registerPlan } from './registerFixture.ts';

const AS_OF = '2026-05-31';

describe('the register of a scope', () => {
  it('lists every fire device of the floor with its type, rating, zone and status', () => {
    const register = buildRegister(registerPlan(), { floorId: FLOOR }, { asOf: AS_OF })!;
    const rows = Object.fromEntries(register.rows.map((r) => [r.id, r]));
    // a plain door and a normal luminaire are not fire equipment
    expect(Object.keys(rows).sort()).toEqual(['d1', 'g1', 'h1', 'k1', 'l2', 's9', 'sx1', 'x1']);
    expect(rows['x1']).toMatchObject({ type: 'extinguisher', rating: '3A', zoneName: '话务一区', lastInspected: '2026-05-01', nextDue: '2026-05-31', status: 'due-soon', buildingId: 'A', floorId: FLOOR });
    expect(rows['d1']).toMatchObject({ type: 'fireDoor', rating: 'B', nextDue: '2026-06-09', status: 'ok' });
    expect(rows['s9']).toMatchObject({ type: 'sprinkler', zoneName: '休息区', nextDue: '2026-05-20', status: 'overdue', daysSince: 41 });
    expect(rows['k1']).toMatchObject({ type: 'detector', lastInspected: null, nextDue: null, status: 'never' });
    expect(rows['g1']).toMatchObject({ type: 'exitSign', rating: 'exit' });
    expect(register.counts).toEqual({ overdue: 1, never: 4, 'due-soon': 1, ok: 2 });
  });

  it('covers the building (both floors) and the park; an unknown id is null', () => {
    const plan = registerPlan();
    expect(buildRegister(plan, { buildingId: 'A' }, { asOf: AS_OF })!.rows.map((r) => r.floorId).filter((f) => f === FLOOR_2)).toEqual([FLOOR_2]);
    expect(buildRegister(plan, {}, { asOf: AS_OF })!.rows).toHaveLength(9);
    expect(buildRegister(plan, { buildingId: 'Z' }, { asOf: AS_OF })).toBeNull();
    expect(buildRegister(plan, { floorId: 'nope' }, { asOf: AS_OF })).toBeNull();
    expect(buildRegister(plan, { buildingId: 'Z', floorId: FLOOR }, { asOf: AS_OF })).toBeNull();
  });

  it('takes the later of lastInspected and the log, and counts defects not followed by a pass', () => {
    const plan = registerPlan();
    plan.inspections = [
      { id: 'i1', deviceId: 'k1', date: '2026-05-02', result: 'defect', note: 'dusty head' },
      { id: 'i2', deviceId: 'k1', date: '2026-05-03', result: 'pass' },
      { id: 'i3', deviceId: 'k1', date: '2026-05-28', result: 'defect', note: 'no LED' },
      { id: 'i4', deviceId: 'x1', date: '2026-04-01', result: 'pass' },
    ];
    plan.reviews = [
      { findingKey: `inspection|A|${FLOOR}|k1`, decision: 'open', owner: '王工', due: '2026-06-05' },
      { findingKey: `fire.door-rating|A|${FLOOR}|d1`, decision: 'open', owner: 'Li', due: '2026-06-30' },
      { findingKey: `fire.door-rating|A|${FLOOR}|g1`, decision: 'accepted', owner: 'Li' },
    ];
    const rows = Object.fromEntries(buildRegister(plan, { floorId: FLOOR }, { asOf: AS_OF })!.rows.map((r) => [r.id, r]));
    expect(rows['k1']).toMatchObject({ lastInspected: '2026-05-28', status: 'ok', openDefects: 1, actionKey: `inspection|A|${FLOOR}|k1` });
    expect(rows['k1']!.history.map((e) => e.id)).toEqual(['i1', 'i2', 'i3']);
    expect(rows['k1']!.defects.map((e) => e.id)).toEqual(['i3']);
    // the log's older entry does not hide the newer lastInspected
    expect(rows['x1']!.lastInspected).toBe('2026-05-01');
    // an open action on a failing finding about the door counts; a closed one does not
    expect(rows['d1']).toMatchObject({ openDefects: 1, actionKey: `fire.equipment-inspection|A|${FLOOR}|d1` });
    expect(rows['g1']!.openDefects).toBe(0);
  });

  it('sorts by any column and filters by type, status, floor, zone and search', () => {
    const rows = buildRegister(registerPlan(), {}, { asOf: AS_OF })!.rows;
    expect(sortRows(rows, { column: 'status', direction: 'asc' }).map((r) => r.status).slice(0, 2)).toEqual(['overdue', 'never']);
    // h1: 2026-05-20 + 30 = 2026-06-19, after d1's 2026-06-09
    expect(sortRows(rows, { column: 'nextDue', direction: 'desc' }).map((r) => r.id).slice(0, 2)).toEqual(['h1', 'd1']);
    expect(sortRows(rows, { column: 'id', direction: 'asc' }).map((r) => r.id)).toEqual(['d1', 'g1', 'h1', 'k1', 'l2', 's9', 'sx1', 'x1', 'x2']);
    expect(filterRows(rows, { types: ['extinguisher'] }).map((r) => r.id)).toEqual(['x1', 'x2']);
    expect(filterRows(rows, { statuses: ['never'], floorId: FLOOR_2 }).map((r) => r.id)).toEqual(['x2']);
    // d1 stands on the line between the zones: the smaller zone (休息区) owns it; h1 (x 59) is in 话务一区
    expect(filterRows(rows, { search: '休息' }).map((r) => r.id).sort()).toEqual(['d1', 'l2', 's9']);
    expect(filterRows(rows, { search: 'X1' }).map((r) => r.id)).toEqual(['x1', 'sx1']); // a substring of the id, any case
    expect(filterRows(rows, { dueBy: '2026-05-31' }).map((r) => r.id).sort()).toEqual(['g1', 'k1', 'l2', 's9', 'sx1', 'x1', 'x2']);
  });
});

describe('the register and the rules agree', () => {
  it('fails exactly the devices the register lists as overdue, and warns on never-inspected extinguishers', () => {
    const plan = registerPlan();
    const register = buildRegister(plan, {}, { asOf: AS_OF })!;
    const findings = runRules(plan, { date: AS_OF }).findings.filter((f) => f.ruleId === 'fire.extinguisher-inspection' || f.ruleId === 'fire.equipment-inspection');
    const failing = findings.filter((f) => f.status === 'fail').flatMap((f) => f.where.elementIds).sort();
    expect(failing).toEqual(register.rows.filter((r) => r.status === 'overdue').map((r) => r.id).sort());
    expect(failing).toEqual(['s9']);
    expect(findings.filter((f) => f.status === 'warn').flatMap((f) => f.where.elementIds)).toEqual(['x2']);
    const summary = findings.find((f) => f.ruleId === 'fire.equipment-inspection' && f.where.floorId === FLOOR && f.where.elementIds.length === 0)!;
    // d1 and h1 in date; k1, l2, g1, sx1 never inspected
    expect(summary).toMatchObject({ status: 'pass', messageKey: 'fire.equipment-inspection.pass-some-unrecorded', messageParams: expect.objectContaining({ inDate: 2, never: 4 }) });
    // a day later the extinguisher is overdue in both
    const later = runRules(plan, { date: '2026-06-01' }).findings.filter((f) => f.status === 'fail' && f.ruleId.endsWith('-inspection')).flatMap((f) => f.where.elementIds);
    expect(later.sort()).toEqual(buildRegister(plan, {}, { asOf: '2026-06-01' })!.rows.filter((r) => r.status === 'overdue').map((r) => r.id).sort());
    expect(later).toContain('x1');
  });

  it('reads the intervals from the profile, overrides included', () => {
    const plan = registerPlan();
    plan.profile = { base: 'gb', overrides: { 'fire.sprinkler.inspectionDays': 60 } };
    const s9 = buildRegister(plan, { floorId: FLOOR }, { asOf: AS_OF })!.rows.find((r) => r.id === 's9')!;
    expect(s9).toMatchObject({ intervalDays: 60, nextDue: '2026-06-19', status: 'ok' });
    const intl = buildRegister({ ...registerPlan(), profile: { base: 'intl', overrides: {} } }, { floorId: FLOOR }, { asOf: AS_OF })!;
    expect(intl.rows.find((r) => r.id === 'd1')!.intervalDays).toBe(365);
    expect(intl.policy.intervals.smokeExhaust.clause).toContain('NFPA 92');
  });
});

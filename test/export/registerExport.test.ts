import { describe, expect, it } from 'vitest';
import { registerCsv } from '../../src/export/csv/register.ts';
import { inspectionActionRows } from '../../src/export/model/inspectionActions.ts';
import { FLOOR, registerPlan } from '../rules/register/registerFixture.ts';

describe('the register CSV', () => {
  it('has the register columns in both languages', () => {
    const en = registerCsv(registerPlan(), { locale: 'en', scope: { kind: 'floor', floorId: FLOOR }, asOf: '2026-05-31' })!;
    expect(en.startsWith('\uFEFF')).toBe(true);
    const lines = en.slice(1).split('\r\n');
    expect(lines[0]).toBe('ID,Type,Rating,Building,Floor,Room / zone,Last inspected,Next due,Status,Open defects,Defect and action notes');
    const zh = registerCsv(registerPlan(), { locale: 'zh-CN', scope: { kind: 'floor', floorId: FLOOR }, asOf: '2026-05-31' })!;
    expect(zh.slice(1).split('\r\n')[0]).toBe('编号,类型,规格,建筑,楼层,房间/区域,上次检查,下次到期,状态,未结缺陷,缺陷与整改说明');
  });

  it('writes a row by hand-checked values, overdue first', () => {
    const plan = registerPlan();
    plan.inspections = [{ id: 'i1', deviceId: 's9', date: '2026-04-20', result: 'defect', note: 'painted over, replace' }];
    plan.reviews = [{ findingKey: `inspection|A|${FLOOR}|s9`, decision: 'open', owner: '王工', due: '2026-06-05', note: 'painted over, replace' }];
    const lines = registerCsv(plan, { locale: 'en', scope: { kind: 'floor', floorId: FLOOR }, asOf: '2026-05-31' })!.slice(1).split('\r\n');
    // s9: inspected 2026-04-20, sprinkler interval 30 days → due 2026-05-20, overdue on 2026-05-31
    expect(lines[1]).toBe('s9,Sprinkler,,A栋,3F,休息区,2026-04-20,2026-05-20,Overdue,1,"2026-04-20 painted over, replace; 王工 → 2026-06-05"');
    expect(lines.filter((l) => l).length).toBe(9); // header and eight devices
    const door = lines.find((l) => l.startsWith('d1,'))!;
    expect(door).toBe('d1,Fire door,B (乙级),A栋,3F,休息区,2026-05-10,2026-06-09,OK,0,');
  });

  it('is null for a scope not in the plan', () => {
    expect(registerCsv(registerPlan(), { locale: 'en', scope: { kind: 'building', buildingId: 'Z' }, asOf: '2026-05-31' })).toBeNull();
  });
});

describe('defect actions in the compliance action list', () => {
  it('lists open inspection actions of the scope with the device, the defect, owner and due date', () => {
    const plan = registerPlan();
    plan.reviews = [
      { findingKey: `inspection|A|${FLOOR}|k1`, decision: 'open', owner: '王工', due: '2026-05-20', note: 'no LED' },
      { findingKey: `inspection|A|${FLOOR}|s9`, decision: 'accepted', owner: '王工', due: '2026-05-20', note: 'done' },
      { findingKey: `fire.door-rating|A|${FLOOR}|d1`, decision: 'open', owner: 'Li', due: '2026-06-30' },
    ];
    expect(inspectionActionRows(plan, { kind: 'park' }, '2026-05-31', 'zh-CN')).toEqual([
      { deviceId: 'k1', device: '火灾探测器 k1', place: 'A栋 3F', note: 'no LED', owner: '王工', due: '2026-05-20', overdue: true },
    ]);
    expect(inspectionActionRows(plan, { kind: 'floor', floorId: 'A-4F' }, '2026-05-31', 'en')).toEqual([]);
  });
});

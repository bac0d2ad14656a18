import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { closeDeviceAction, setDeviceAction } from '../../../src/floorplan/commands/deviceActions.ts';
import { markInspected } from '../../../src/floorplan/commands/markInspected.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { buildRegister } from '../../../src/rules/register/register.ts';
import { FLOOR, registerPlan } from '../../rules/register/registerFixture.ts';

function storeWith(plan: PlanDocument = registerPlan()) {
  const store = createEditorStore('en');
  store.getState().load(plan);
  return store;
}

const floorOf = (plan: PlanDocument) => plan.site.buildings[0]!.floors[0]!;

describe('marking fire devices inspected', () => {
  it('one device: a log entry and a later lastInspected, one undo step', () => {
    const store = storeWith();
    const result = store.getState().execute(markInspected, { ids: ['k1'], date: '2026-06-02', by: '张三' });
    expect(result.ok).toBe(true);
    const plan = store.getState().plan;
    expect(plan.inspections).toEqual([{ id: 'insp-1', deviceId: 'k1', date: '2026-06-02', result: 'pass', by: '张三' }]);
    expect(floorOf(plan).detectors[0]!.lastInspected).toBe('2026-06-02');
    expect(store.getState().history.undo).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().plan.inspections).toBeUndefined();
    expect(floorOf(store.getState().plan).detectors[0]!.lastInspected).toBeUndefined();
  });

  it('a selection of devices of different types: one entry each, in the given order', () => {
    const store = storeWith();
    store.getState().execute(markInspected, { ids: ['x1', 'd1', 'l2'], date: '2026-06-02' });
    const plan = store.getState().plan;
    expect(plan.inspections!.map((e) => [e.id, e.deviceId])).toEqual([['insp-1', 'x1'], ['insp-2', 'd1'], ['insp-3', 'l2']]);
    expect(floorOf(plan).doors[0]!.lastInspected).toBe('2026-06-02');
    expect(floorOf(plan).luminaires[1]!.lastInspected).toBe('2026-06-02');
    // a normal luminaire and a plain door are not fire equipment
    expect(store.getState().execute(markInspected, { ids: ['l1'], date: '2026-06-02' })).toMatchObject({ ok: false, refused: { reasonKey: 'commands.refused.notFound', elementIds: ['l1'] } });
    expect(store.getState().execute(markInspected, { ids: ['d2'], date: '2026-06-02' }).ok).toBe(false);
  });

  it('a whole floor: every fire device of the floor, and the register shows them ok', () => {
    const store = storeWith();
    store.getState().execute(markInspected, { floorId: FLOOR, date: '2026-06-02', by: 'Li' });
    const plan = store.getState().plan;
    expect(plan.inspections!.map((e) => e.deviceId).sort()).toEqual(['d1', 'g1', 'h1', 'k1', 'l2', 's9', 'sx1', 'x1']);
    const rows = buildRegister(plan, { floorId: FLOOR }, { asOf: '2026-06-02' })!.rows;
    expect(rows.every((r) => r.status === 'ok' && r.lastInspected === '2026-06-02')).toBe(true);
    // the other floor is untouched
    expect(plan.site.buildings[0]!.floors[1]!.extinguishers[0]!.lastInspected).toBeUndefined();
  });

  it('keeps every entry: a second inspection adds to the history, an older one does not move lastInspected back', () => {
    const store = storeWith();
    store.getState().execute(markInspected, { ids: ['x1'], date: '2026-06-02', result: 'defect', note: 'pressure low' });
    store.getState().execute(markInspected, { ids: ['x1'], date: '2026-06-09' });
    store.getState().execute(markInspected, { ids: ['x1'], date: '2026-03-01', note: 'paper record' });
    const plan = store.getState().plan;
    expect(plan.inspections!.map((e) => `${e.id} ${e.date} ${e.result}`)).toEqual(['insp-1 2026-06-02 defect', 'insp-2 2026-06-09 pass', 'insp-3 2026-03-01 pass']);
    expect(floorOf(plan).extinguishers[0]!.lastInspected).toBe('2026-06-09');
    const row = buildRegister(plan, { floorId: FLOOR }, { asOf: '2026-06-10' })!.rows.find((r) => r.id === 'x1')!;
    // the row's history is in date order; the defect was followed by a pass
    expect(row.history.map((e) => e.id)).toEqual(['insp-3', 'insp-1', 'insp-2']);
    expect(row.openDefects).toBe(0);
  });

  it('refuses a defect without a note, a bad date, an unknown floor, and changes nothing', () => {
    const store = storeWith();
    const before = store.getState().plan;
    expect(store.getState().execute(markInspected, { ids: ['x1'], date: '2026-06-02', result: 'defect' })).toMatchObject({ refused: { reasonKey: 'register.refused.defectNeedsNote' } });
    expect(store.getState().execute(markInspected, { ids: ['x1'], date: '2026-02-30' })).toMatchObject({ refused: { reasonKey: 'commands.refused.badDate' } });
    expect(store.getState().execute(markInspected, { floorId: 'nope', date: '2026-06-02' })).toMatchObject({ refused: { reasonKey: 'commands.refused.noFloor' } });
    expect(store.getState().execute(markInspected, { ids: [], date: '2026-06-02' })).toMatchObject({ refused: { reasonKey: 'commands.refused.empty' } });
    expect(store.getState().plan).toBe(before);
    expect(store.getState().history.undo).toHaveLength(0);
  });
});

describe('defects become actions', () => {
  const key = `inspection|A|${FLOOR}|k1`;

  it('a defect gets an owner and due date as an open review; a later pass closes it', () => {
    const store = storeWith();
    store.getState().execute(markInspected, { ids: ['k1'], date: '2026-06-02', result: 'defect', note: 'no LED', by: 'Li' });
    expect(store.getState().execute(setDeviceAction, { findingKey: key, owner: '王工', due: '2026-06-10', note: 'no LED' }).ok).toBe(true);
    expect(store.getState().plan.reviews).toEqual([{ findingKey: key, decision: 'open', note: 'no LED', owner: '王工', due: '2026-06-10' }]);
    let row = buildRegister(store.getState().plan, { floorId: FLOOR }, { asOf: '2026-06-03' })!.rows.find((r) => r.id === 'k1')!;
    expect(row).toMatchObject({ openDefects: 1, actionKey: key });
    expect(row.actions).toHaveLength(1);
    store.getState().execute(markInspected, { ids: ['k1'], date: '2026-06-08', by: 'Li' });
    expect(store.getState().plan.reviews![0]).toMatchObject({ decision: 'accepted', by: 'Li', at: '2026-06-08T00:00:00Z' });
    row = buildRegister(store.getState().plan, { floorId: FLOOR }, { asOf: '2026-06-08' })!.rows.find((r) => r.id === 'k1')!;
    expect(row.openDefects).toBe(0);
    // undo of the pass reopens the action
    store.getState().undo();
    expect(store.getState().plan.reviews![0]!.decision).toBe('open');
  });

  it('an action needs an owner, a real due date and, for a defect, a note; closing it is one step', () => {
    const store = storeWith();
    expect(store.getState().execute(setDeviceAction, { findingKey: key, owner: '', due: '2026-06-10', note: 'x' })).toMatchObject({ refused: { reasonKey: 'register.refused.noOwner' } });
    expect(store.getState().execute(setDeviceAction, { findingKey: key, owner: 'a', due: '10/06/2026', note: 'x' })).toMatchObject({ refused: { reasonKey: 'rulesUi.refused.badDue' } });
    expect(store.getState().execute(setDeviceAction, { findingKey: key, owner: 'a', due: '2026-06-10' })).toMatchObject({ refused: { reasonKey: 'register.refused.defectNeedsNote' } });
    const finding = `fire.equipment-inspection|A|${FLOOR}|s9`;
    expect(store.getState().execute(setDeviceAction, { findingKey: finding, owner: 'Facilities', due: '2026-06-10' }).ok).toBe(true);
    expect(store.getState().execute(closeDeviceAction, { findingKey: finding, by: 'Li', at: '2026-06-09T10:00:00Z' }).ok).toBe(true);
    expect(store.getState().plan.reviews).toEqual([{ findingKey: finding, decision: 'accepted', owner: 'Facilities', due: '2026-06-10', by: 'Li', at: '2026-06-09T10:00:00Z' }]);
    expect(store.getState().history.undo).toHaveLength(2);
  });
});

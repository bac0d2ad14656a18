// The economics commands through the editor store: each edit and its undo, and the refusals.
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { addPhase, addTenant, editPhase, editTenant, newEconomicsId, removePhase, removeTenant, setBuildingPhase, setFloorPhase } from '../../../src/floorplan/commands/economics.ts';
import { setCosts } from '../../../src/floorplan/commands/proposals.ts';
import { economicsPlan } from './fixture.ts';

function store() {
  const s = createEditorStore('en');
  s.getState().load(economicsPlan());
  return s;
}

describe('tenant commands', () => {
  it('add, edit and remove a tenant, each undoable', () => {
    const s = store();
    const before = s.getState().plan;
    expect(newEconomicsId(before, 'tenant-')).toBe('tenant-1');
    expect(s.getState().execute(addTenant, { tenant: { id: 'tenant-1', name: ' Delta ', floorIds: ['Y1'], seats: 4, zoneIds: [], leaseEnd: undefined } })).toEqual({ ok: true });
    // trimmed, no empty list, no undefined field
    expect(s.getState().plan.tenants!.at(-1)).toEqual({ id: 'tenant-1', name: 'Delta', floorIds: ['Y1'], seats: 4 });
    expect(s.getState().execute(editTenant, { id: 'tenant-1', props: { seats: undefined, rentPerSeatMonth: 90 } })).toEqual({ ok: true });
    expect(s.getState().plan.tenants!.at(-1)).toEqual({ id: 'tenant-1', name: 'Delta', floorIds: ['Y1'], rentPerSeatMonth: 90 });
    expect(s.getState().execute(removeTenant, { id: 'alpha' })).toEqual({ ok: true });
    expect(s.getState().plan.tenants!.map((t) => t.id)).toEqual(['beta', 'gamma', 'tenant-1']);
    s.getState().undo();
    s.getState().undo();
    s.getState().undo();
    expect(s.getState().plan).toEqual(before);
  });

  it('refuses a duplicate id, a bad date, an end before the start, unknown floors and zones, fractional seats', () => {
    const s = store();
    const refused = (tenant: Parameters<typeof addTenant.apply>[1]['tenant']) => {
      const r = s.getState().execute(addTenant, { tenant });
      return 'refused' in r ? r.refused.reasonKey : 'ok';
    };
    expect(refused({ id: 'alpha', name: 'Again' })).toBe('economics.refused.duplicateId');
    expect(refused({ id: 't', name: '  ' })).toBe('economics.refused.noName');
    expect(refused({ id: 't', name: 'T', leaseStart: '2026-02-30' })).toBe('economics.refused.badDate');
    expect(refused({ id: 't', name: 'T', leaseStart: '2026-02-01', leaseEnd: '2026-01-31' })).toBe('economics.refused.endBeforeStart');
    expect(refused({ id: 't', name: 'T', floorIds: ['Z9'] })).toBe('economics.refused.unknownFloor');
    expect(refused({ id: 't', name: 'T', zoneIds: ['zz'] })).toBe('economics.refused.unknownZone');
    expect(refused({ id: 't', name: 'T', seats: 2.5 })).toBe('economics.refused.badSeats');
    expect(refused({ id: 't', name: 'T', rentPerSeatMonth: -1 })).toBe('economics.refused.badRent');
    expect(s.getState().plan.tenants).toHaveLength(3);
  });

  it('removing the last tenant leaves no empty list in the file', () => {
    const s = store();
    for (const id of ['alpha', 'beta', 'gamma']) s.getState().execute(removeTenant, { id });
    expect('tenants' in s.getState().plan).toBe(false);
  });
});

describe('phase commands', () => {
  it('add, edit, tag a building and a floor, each undoable', () => {
    const s = store();
    const before = s.getState().plan;
    expect(s.getState().execute(addPhase, { phase: { id: 'p3', name: 'Phase 3', start: '2028-01-01' } })).toEqual({ ok: true });
    expect(s.getState().execute(editPhase, { id: 'p3', props: { end: '2028-12-31' } })).toEqual({ ok: true });
    expect(s.getState().plan.phases!.at(-1)).toEqual({ id: 'p3', name: 'Phase 3', start: '2028-01-01', end: '2028-12-31' });
    expect(s.getState().execute(setBuildingPhase, { buildingId: 'Y', phaseId: 'p3' })).toEqual({ ok: true });
    expect(s.getState().execute(setFloorPhase, { floorId: 'Y1', phaseId: null })).toEqual({ ok: true });
    expect(s.getState().plan.site.buildings[1]!.phase).toBe('p3');
    expect('phase' in s.getState().plan.site.buildings[1]!.floors[0]!).toBe(false);
    for (let i = 0; i < 4; i++) s.getState().undo();
    expect(s.getState().plan).toEqual(before);
  });

  it('removing a phase unphases its buildings and floors; undo brings the tags back', () => {
    const s = store();
    const before = s.getState().plan;
    expect(s.getState().execute(removePhase, { id: 'p1' })).toEqual({ ok: true });
    expect('phase' in s.getState().plan.site.buildings[0]!).toBe(false);
    expect(s.getState().execute(removePhase, { id: 'p2' })).toEqual({ ok: true });
    expect('phase' in s.getState().plan.site.buildings[1]!.floors[0]!).toBe(false);
    expect('phases' in s.getState().plan).toBe(false);
    s.getState().undo();
    s.getState().undo();
    expect(s.getState().plan).toEqual(before);
  });

  it('refuses an unknown phase for a building and a reversed date range', () => {
    const s = store();
    const r = s.getState().execute(setBuildingPhase, { buildingId: 'X', phaseId: 'p7' });
    expect('refused' in r && r.refused.reasonKey).toBe('economics.refused.unknownPhase');
    const r2 = s.getState().execute(editPhase, { id: 'p1', props: { end: '2020-01-01' } });
    expect('refused' in r2 && r2.refused.reasonKey).toBe('economics.refused.endBeforeStart');
  });
});

describe('setCosts keeps the economics amounts', () => {
  it('stores the optional amounts it is given and refuses a negative one or fractional rent-free months', () => {
    const s = store();
    const costs = { ...economicsPlan().costs!, landCost: 5_000_000, extra: 'dropped' } as Parameters<typeof setCosts.apply>[1]['costs'] & { extra: string };
    expect(s.getState().execute(setCosts, { costs })).toEqual({ ok: true });
    expect(s.getState().plan.costs).toEqual({ ...economicsPlan().costs!, landCost: 5_000_000 });
    const bad = s.getState().execute(setCosts, { costs: { ...economicsPlan().costs!, staffPerSeatMonth: -1 } });
    expect('refused' in bad && bad.refused.reasonKey).toBe('proposals.refused.badCost');
    const frac = s.getState().execute(setCosts, { costs: { ...economicsPlan().costs!, rentFreeMonths: 1.5 } });
    expect('refused' in frac && frac.refused.reasonKey).toBe('proposals.refused.badCost');
    s.getState().undo();
    expect(s.getState().plan.costs).toEqual(economicsPlan().costs);
  });
});

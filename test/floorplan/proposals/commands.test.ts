import { describe, expect, it } from 'vitest';
import { createProposal, deleteProposal, renameProposal, setCosts, switchProposal } from '../../../src/floorplan/commands/proposals.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import { listProposals, newProposalId, planOfProposal } from '../../../src/floorplan/proposals/proposals.ts';
import { examplePlan } from '../../fixtures/plans.ts';

function storeWithExample() {
  const store = createEditorStore('zh-CN');
  store.getState().load(examplePlan());
  return store;
}

const seats = (site: { buildings: { floors: { workstations: unknown[] }[] }[] }): number =>
  site.buildings.reduce((n, b) => n + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0);

describe('proposal commands', () => {
  it('a plan without proposals lists its own layout, named after the plan', () => {
    const plan = examplePlan();
    const list = listProposals(plan);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'proposal-1', name: plan.name, active: true });
    expect(newProposalId(plan)).toBe('proposal-2');
  });

  it('create stores a copy of the current layout and names both; the new one is active', () => {
    const store = storeWithExample();
    const before = store.getState().plan;
    expect(store.getState().execute(createProposal, { id: 'b', name: ' 方案B 舒适型 ', activeName: '方案A 高密度' })).toEqual({ ok: true });
    const plan = store.getState().plan;
    expect(plan.activeProposal).toEqual({ id: 'b', name: '方案B 舒适型' });
    expect(plan.proposals).toHaveLength(1);
    expect(plan.proposals![0]).toMatchObject({ id: 'proposal-1', name: '方案A 高密度' });
    expect(plan.proposals![0]!.site).toEqual(before.site);
    expect(listProposals(plan).map((p) => p.id)).toEqual(['b', 'proposal-1']);
  });

  it('switching swaps the sites and is undoable', () => {
    const store = storeWithExample();
    const original = store.getState().plan.site;
    store.getState().execute(createProposal, { id: 'b', name: 'B', activeName: 'A' });
    // edit the active layout (B): remove the seats of its first floor
    const b = store.getState().plan;
    const emptied = { ...b, site: { ...b.site, buildings: b.site.buildings.map((x, i) => (i === 0 ? { ...x, floors: x.floors.map((f) => ({ ...f, workstations: [] })) } : x)) } };
    store.getState().load(emptied);
    const seatsA = seats(original);
    const seatsB = seats(emptied.site);
    expect(seatsA).toBeGreaterThan(seatsB);

    expect(store.getState().execute(switchProposal, { id: 'proposal-1' })).toEqual({ ok: true });
    let plan = store.getState().plan;
    expect(plan.activeProposal).toEqual({ id: 'proposal-1', name: 'A' });
    expect(seats(plan.site)).toBe(seatsA);
    expect(plan.proposals!.map((p) => p.id)).toEqual(['b']);
    expect(seats(plan.proposals![0]!.site)).toBe(seatsB);
    expect(seats(planOfProposal(plan, 'b')!.site)).toBe(seatsB);

    store.getState().undo();
    plan = store.getState().plan;
    expect(plan.activeProposal?.id).toBe('b');
    expect(seats(plan.site)).toBe(seatsB);
  });

  it('rename works on the active and on a stored proposal; empty names are refused', () => {
    const store = storeWithExample();
    store.getState().execute(createProposal, { id: 'b', name: 'B', activeName: 'A' });
    store.getState().execute(renameProposal, { id: 'b', name: 'Bee' });
    store.getState().execute(renameProposal, { id: 'proposal-1', name: 'Ay' });
    const plan = store.getState().plan;
    expect(plan.activeProposal?.name).toBe('Bee');
    expect(plan.proposals![0]!.name).toBe('Ay');
    const refused = store.getState().execute(renameProposal, { id: 'b', name: '  ' });
    expect(refused.ok).toBe(false);
    expect(store.getState().execute(renameProposal, { id: 'nope', name: 'x' }).ok).toBe(false);
  });

  it('delete removes a stored proposal, refuses the active one, and the last delete drops the list', () => {
    const store = storeWithExample();
    store.getState().execute(createProposal, { id: 'b', name: 'B', activeName: 'A' });
    store.getState().execute(createProposal, { id: 'c', name: 'C' });
    expect(listProposals(store.getState().plan).map((p) => p.id)).toEqual(['c', 'proposal-1', 'b']);
    const refused = store.getState().execute(deleteProposal, { id: 'c' });
    expect(refused).toEqual({ ok: false, refused: { reasonKey: 'proposals.refused.active', elementIds: ['c'] } });
    store.getState().execute(deleteProposal, { id: 'b' });
    expect(listProposals(store.getState().plan).map((p) => p.id)).toEqual(['c', 'proposal-1']);
    store.getState().execute(deleteProposal, { id: 'proposal-1' });
    const plan = store.getState().plan;
    expect(plan.proposals).toBeUndefined();
    expect(plan.activeProposal).toBeUndefined();
  });

  it('create refuses an id already used', () => {
    const store = storeWithExample();
    expect(store.getState().execute(createProposal, { id: 'proposal-1', name: 'X' }).ok).toBe(false);
    store.getState().execute(createProposal, { id: 'b', name: 'B' });
    expect(store.getState().execute(createProposal, { id: 'b', name: 'B again' }).ok).toBe(false);
  });

  it('setCosts validates amounts and currency', () => {
    const store = storeWithExample();
    const costs = { currency: 'USD', fitOutPerM2: 200, rentPerM2Month: 6.5, equipmentPerSeat: 900 };
    expect(store.getState().execute(setCosts, { costs })).toEqual({ ok: true });
    expect(store.getState().plan.costs).toEqual(costs);
    expect(store.getState().execute(setCosts, { costs: { ...costs, rentPerM2Month: -1 } }).ok).toBe(false);
    expect(store.getState().execute(setCosts, { costs: { ...costs, currency: 'usd' } }).ok).toBe(false);
    store.getState().execute(setCosts, { costs: null });
    expect(store.getState().plan.costs).toBeUndefined();
  });
});

describe('presentation mode (session.readOnly)', () => {
  it('the store refuses edits, undo and redo while read-only, and takes them again after', () => {
    const store = storeWithExample();
    store.getState().execute(setCosts, { costs: { currency: 'CNY', fitOutPerM2: 1, rentPerM2Month: 2, equipmentPerSeat: 3 } });
    const edited = store.getState().plan;
    const revision = store.getState().revision;
    store.getState().setReadOnly(true);
    const refused = store.getState().execute(createProposal, { id: 'b', name: 'B' });
    expect(refused).toEqual({ ok: false, refused: { reasonKey: 'proposals.refused.readOnly', elementIds: [] } });
    store.getState().undo();
    store.getState().beginInteraction();
    expect(store.getState().update(setCosts, { costs: null }).ok).toBe(false);
    expect(store.getState().plan).toBe(edited);
    expect(store.getState().revision).toBe(revision);
    // a plan loaded while presenting (a pack) stays read-only
    store.getState().load(examplePlan());
    expect(store.getState().session.readOnly).toBe(true);
    store.getState().setReadOnly(false);
    expect(store.getState().execute(createProposal, { id: 'b', name: 'B' })).toEqual({ ok: true });
    store.getState().undo();
    expect(store.getState().plan.proposals).toBeUndefined();
  });
});

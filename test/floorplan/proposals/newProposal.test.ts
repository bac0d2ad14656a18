import { describe, expect, it } from 'vitest';
import { createProposal, renameProposal } from '../../../src/floorplan/commands/proposals.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import { activeLayoutName, listProposals, newProposalArgs } from '../../../src/floorplan/proposals/proposals.ts';
import { examplePlan } from '../../fixtures/plans.ts';

function storeWith(name: string) {
  const store = createEditorStore('en');
  store.getState().load({ ...examplePlan(), name });
  return store;
}

const names = (store: ReturnType<typeof storeWith>) => listProposals(store.getState().plan).map((p) => p.name);

describe('creating proposal B does not rename the current layout', () => {
  it('the layout keeps the plan name it was listed under', () => {
    const store = storeWith('示例园区');
    expect(names(store)).toEqual(['示例园区']);
    const args = newProposalArgs(store.getState().plan, 'B');
    expect(args).toEqual({ id: 'proposal-2', name: 'B', activeName: '示例园区' });
    expect(store.getState().execute(createProposal, args)).toEqual({ ok: true });
    expect(names(store)).toEqual(['B', '示例园区']);
    expect(store.getState().plan.proposals?.[0]).toMatchObject({ id: 'proposal-1', name: '示例园区' });
  });

  it('a layout the user named keeps that name, and a third proposal renames nothing either', () => {
    const store = storeWith('Park');
    store.getState().execute(renameProposal, { id: 'proposal-1', name: 'Dense' });
    expect(names(store)).toEqual(['Dense']);
    store.getState().execute(createProposal, newProposalArgs(store.getState().plan, 'Comfort'));
    expect(names(store)).toEqual(['Comfort', 'Dense']);
    const third = newProposalArgs(store.getState().plan, 'Third');
    expect(third.id).toBe('proposal-3');
    store.getState().execute(createProposal, third);
    expect(names(store)).toEqual(['Third', 'Dense', 'Comfort']);
  });

  it('a plan without a name lists and stores its layout as proposal-1', () => {
    const store = storeWith('');
    expect(activeLayoutName(store.getState().plan)).toBe('proposal-1');
    expect(names(store)).toEqual(['proposal-1']);
    store.getState().execute(createProposal, newProposalArgs(store.getState().plan, 'B'));
    expect(names(store)).toEqual(['B', 'proposal-1']);
  });
});

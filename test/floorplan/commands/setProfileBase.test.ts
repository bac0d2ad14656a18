import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { setProfileBase } from '../../../src/floorplan/commands/setProfileBase.ts';
import type { PlanDocument, ProfileBase } from '../../../src/floorplan/types.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { examplePlan } from '../../fixtures/plans.ts';

function storeWith(plan: PlanDocument) {
  const store = createEditorStore('zh-CN');
  store.getState().load(plan);
  return store;
}

describe('setProfileBase', () => {
  it('changes the rule set as one named undo step and keeps the overrides', () => {
    const plan = { ...examplePlan(), profile: { base: 'gb' as const, overrides: { 'fire.travel.hall': 25 } } };
    const store = storeWith(plan);
    expect(store.getState().execute(setProfileBase, { base: 'intl' })).toEqual({ ok: true });
    expect(store.getState().plan.profile).toEqual({ base: 'intl', overrides: { 'fire.travel.hall': 25 } });
    expect(store.getState().history.undo.map((s) => [s.type, s.labelKey])).toEqual([['profile/set-base', 'ruleSet.command']]);
    // the GB override is reported under the international set, not applied
    expect(resolveProfile(store.getState().plan).problems).toEqual([{ id: 'fire.travel.hall', reason: 'other-profile' }]);
    store.getState().undo();
    expect(store.getState().plan.profile).toEqual(plan.profile);
    store.getState().redo();
    expect(store.getState().plan.profile?.base).toBe('intl');
  });

  it('a plan without a profile is under GB: choosing GB is no step, choosing intl adds a profile', () => {
    const { profile: _dropped, ...bare } = examplePlan();
    const store = storeWith(bare);
    expect(store.getState().execute(setProfileBase, { base: 'gb' })).toEqual({ ok: true });
    expect(store.getState().history.undo).toHaveLength(0);
    expect(store.getState().plan.profile).toBeUndefined();
    store.getState().execute(setProfileBase, { base: 'intl' });
    expect(store.getState().plan.profile).toEqual({ base: 'intl', overrides: {} });
  });

  it('refuses a rule set that does not exist and leaves the plan as it was', () => {
    const store = storeWith(examplePlan());
    const before = store.getState().plan;
    expect(store.getState().execute(setProfileBase, { base: 'nfpa' as ProfileBase })).toEqual({ ok: false, refused: { reasonKey: 'ruleSet.refused.unknown', elementIds: [] } });
    expect(store.getState().plan).toBe(before);
  });
});

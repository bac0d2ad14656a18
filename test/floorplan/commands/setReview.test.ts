import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { setReview } from '../../../src/floorplan/commands/setReview.ts';
import type { ReviewDecision } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const KEY = 'fire.travel-distance|A|A-3F|z1';

describe('setReview', () => {
  it('adds, replaces and (open without note) removes a review; each is one undo step', () => {
    const store = createEditorStore();
    store.getState().load(examplePlan());
    expect(store.getState().plan.reviews).toBeUndefined();

    expect(store.getState().execute(setReview, { findingKey: KEY, decision: 'accepted', note: '  sprinklers added  ', at: '2026-05-01T10:00:00Z' })).toEqual({ ok: true });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'accepted', note: 'sprinklers added', at: '2026-05-01T10:00:00Z' }]);

    store.getState().execute(setReview, { findingKey: KEY, decision: 'rejected' });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'rejected' }]);
    expect(store.getState().history.undo).toHaveLength(2);

    // the same decision and note again changes nothing and adds no step
    store.getState().execute(setReview, { findingKey: KEY, decision: 'rejected', at: '2026-06-01T00:00:00Z' });
    expect(store.getState().history.undo).toHaveLength(2);

    store.getState().execute(setReview, { findingKey: KEY, decision: 'open' });
    expect(store.getState().plan.reviews).toBeUndefined();

    store.getState().undo();
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'rejected' }]);
    store.getState().undo();
    expect(store.getState().plan.reviews?.[0]?.decision).toBe('accepted');
  });

  it('keeps an open review with a note, and refuses an empty key or an unknown decision', () => {
    const store = createEditorStore();
    store.getState().load(examplePlan());
    store.getState().execute(setReview, { findingKey: KEY, decision: 'open', note: 'ask the fire officer' });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'open', note: 'ask the fire officer' }]);
    expect(store.getState().execute(setReview, { findingKey: '', decision: 'accepted' })).toEqual({ ok: false, refused: { reasonKey: 'rulesUi.refused.noFinding', elementIds: [] } });
    expect(store.getState().execute(setReview, { findingKey: KEY, decision: 'maybe' as ReviewDecision })).toEqual({ ok: false, refused: { reasonKey: 'rulesUi.refused.badDecision', elementIds: [] } });
    expect(store.getState().plan.reviews).toHaveLength(1);
  });
});

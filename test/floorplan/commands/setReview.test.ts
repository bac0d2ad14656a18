import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { setReview, setReviewAction } from '../../../src/floorplan/commands/setReview.ts';
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

describe('setReviewAction', () => {
  it('sets owner and due date as one undo step, keeps them through decision changes, and undoes', () => {
    const store = createEditorStore();
    store.getState().load(examplePlan());
    // an unreviewed finding gets an open review carrying the action
    expect(store.getState().execute(setReviewAction, { findingKey: KEY, owner: ' 张伟 ', due: '2026-12-31' })).toEqual({ ok: true });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'open', owner: '张伟', due: '2026-12-31' }]);
    expect(store.getState().history.undo).toHaveLength(1);

    // a decision keeps the action fields
    store.getState().execute(setReview, { findingKey: KEY, decision: 'accepted', note: 'ok' });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'accepted', note: 'ok', owner: '张伟', due: '2026-12-31' }]);

    // only the due date changes; the owner is kept when not given
    store.getState().execute(setReviewAction, { findingKey: KEY, due: '2027-01-15' });
    expect(store.getState().plan.reviews?.[0]).toMatchObject({ owner: '张伟', due: '2027-01-15' });
    // the same values again add no step
    const steps = store.getState().history.undo.length;
    store.getState().execute(setReviewAction, { findingKey: KEY, owner: '张伟', due: '2027-01-15' });
    expect(store.getState().history.undo).toHaveLength(steps);

    store.getState().undo();
    expect(store.getState().plan.reviews?.[0]).toMatchObject({ decision: 'accepted', due: '2026-12-31' });
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().plan.reviews).toBeUndefined();
    store.getState().redo();
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'open', owner: '张伟', due: '2026-12-31' }]);
  });

  it('clears with empty strings (an open review with nothing left is dropped) and refuses a bad date', () => {
    const store = createEditorStore();
    store.getState().load(examplePlan());
    store.getState().execute(setReviewAction, { findingKey: KEY, owner: '张伟', due: '2026-12-31' });
    expect(store.getState().execute(setReviewAction, { findingKey: KEY, due: '2026-02-30' })).toEqual({ ok: false, refused: { reasonKey: 'rulesUi.refused.badDue', elementIds: [] } });
    expect(store.getState().execute(setReviewAction, { findingKey: KEY, due: '31/12/2026' })).toEqual({ ok: false, refused: { reasonKey: 'rulesUi.refused.badDue', elementIds: [] } });
    expect(store.getState().execute(setReviewAction, { findingKey: '', owner: 'x' })).toEqual({ ok: false, refused: { reasonKey: 'rulesUi.refused.noFinding', elementIds: [] } });
    store.getState().execute(setReviewAction, { findingKey: KEY, owner: '' });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'open', due: '2026-12-31' }]);
    store.getState().execute(setReviewAction, { findingKey: KEY, due: '' });
    expect(store.getState().plan.reviews).toBeUndefined();
    // "open" with no note drops a review only when it carries no action
    store.getState().execute(setReviewAction, { findingKey: KEY, owner: '李娜' });
    store.getState().execute(setReview, { findingKey: KEY, decision: 'open' });
    expect(store.getState().plan.reviews).toEqual([{ findingKey: KEY, decision: 'open', owner: '李娜' }]);
  });
});

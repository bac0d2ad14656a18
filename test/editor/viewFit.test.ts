// Zoom to fit and zoom to selection: the box the selection covers (grown to a readable size),
// the store's fit requests, and the keys that ask for them (read by the physical key).
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/editor/store.ts';
import { ToolController } from '../../src/editor/tools/controller.ts';
import { viewKeyFor } from '../../src/editor/tools/shortcuts.ts';
import { grownBox, MIN_FIT_SIZE, selectionFitBox, viewKeyOf } from '../../src/editor/viewFit.ts';
import { examplePlan } from '../fixtures/plans.ts';

const key = (k: string, code: string, shift = false) => ({ key: k, code, shiftKey: shift, ctrlKey: false, metaKey: false, altKey: false });

function exampleStore() {
  const store = createEditorStore('en');
  store.getState().load(examplePlan());
  store.getState().openFloor('A-3F');
  return store;
}

describe('the selection fit box', () => {
  it('covers a desk footprint, grown about its centre to the minimum size', () => {
    const store = exampleStore();
    store.getState().select(['s1']);
    // desk s1: centre (30, 30), 1.2 × 0.7 m, unrotated → grown to 8 × 8 m about (30, 30)
    expect(selectionFitBox(store.getState().plan, store.getState().session)).toEqual({ minX: 26, minY: 26, maxX: 34, maxY: 34 });
  });

  it('keeps a box already larger than the minimum, and grows only the short side', () => {
    expect(grownBox({ minX: 0, minY: 10, maxX: 20, maxY: 12 })).toEqual({ minX: 0, minY: 11 - MIN_FIT_SIZE / 2, maxX: 20, maxY: 11 + MIN_FIT_SIZE / 2 });
  });

  it('in the park, frames the selected buildings; nothing selected or nothing found gives no box', () => {
    const store = createEditorStore('en');
    store.getState().load(examplePlan());
    expect(selectionFitBox(store.getState().plan, store.getState().session)).toBeNull();
    store.getState().select(['A']);
    // building A's footprint: 20..80 × 20..50
    expect(selectionFitBox(store.getState().plan, store.getState().session)).toEqual({ minX: 20, minY: 20, maxX: 80, maxY: 50 });
    store.getState().select(['nope']);
    expect(selectionFitBox(store.getState().plan, store.getState().session)).toBeNull();
  });

  it('names the open view as the scene does', () => {
    expect(viewKeyOf({ level: 'floor', buildingId: 'A', floorId: 'A-3F' })).toBe('floor:A-3F');
    expect(viewKeyOf({ level: 'building', buildingId: 'A', floorId: null })).toBe('building:A');
    expect(viewKeyOf({ level: 'park', buildingId: null, floorId: null })).toBe('park');
  });
});

describe('fit requests in the store', () => {
  it('fitView asks for the whole view and drops a finding focus; each request has a new nonce', () => {
    const store = exampleStore();
    store.setState((s) => ({ session: { ...s.session, focus: { floorId: 'A-3F', box: { minX: 0, minY: 0, maxX: 1, maxY: 1 }, nonce: 5 } } }));
    store.getState().fitView();
    const first = store.getState().session.fit!;
    expect(first).toMatchObject({ view: 'floor:A-3F', box: null });
    expect(store.getState().session.focus).toBeNull();
    store.getState().fitView();
    expect(store.getState().session.fit!.nonce).toBe(first.nonce + 1);
  });

  it('fitSelection frames the selection, and does nothing without one', () => {
    const store = exampleStore();
    expect(store.getState().fitSelection()).toBe(false);
    expect(store.getState().session.fit ?? null).toBeNull();
    store.getState().select(['s1']);
    expect(store.getState().fitSelection()).toBe(true);
    expect(store.getState().session.fit).toMatchObject({ view: 'floor:A-3F', box: { minX: 26, minY: 26, maxX: 34, maxY: 34 } });
  });
});

describe('fit keys', () => {
  it('reads Home, Shift+Digit1 and Shift+Digit2 by the physical key, whatever the character', () => {
    expect(viewKeyFor(key('Home', 'Home'))).toBe('fitView');
    expect(viewKeyFor(key('!', 'Digit1', true))).toBe('fitView');
    // an AZERTY keyboard: Shift+the 1 key types '1'
    expect(viewKeyFor(key('1', 'Digit1', true))).toBe('fitView');
    expect(viewKeyFor(key('@', 'Digit2', true))).toBe('fitSelection');
    expect(viewKeyFor(key('é', 'Digit2', true))).toBe('fitSelection');
    // without Shift a digit is not a fit key (typed lengths use digits)
    expect(viewKeyFor(key('1', 'Digit1'))).toBeNull();
    expect(viewKeyFor({ ...key('!', 'Digit1', true), ctrlKey: true })).toBeNull();
  });

  it('the tool controller fits on those keys, even with the wall tool active', () => {
    const store = exampleStore();
    const tools = new ToolController(store);
    tools.setTool('wall');
    expect(tools.keyDown(key('!', 'Digit1', true))).toBe(true);
    expect(store.getState().session.fit).toMatchObject({ view: 'floor:A-3F', box: null });
    store.getState().select(['s1']);
    expect(tools.keyDown(key('@', 'Digit2', true))).toBe(true);
    expect(store.getState().session.fit!.box).toEqual({ minX: 26, minY: 26, maxX: 34, maxY: 34 });
    expect(tools.toolId).toBe('wall');
  });
});

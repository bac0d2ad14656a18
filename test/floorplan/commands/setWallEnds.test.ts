import { describe, expect, it } from 'vitest';
import { setWallEnds } from '../../../src/floorplan/commands/setWallEnds.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const F = 'A-3F';

function loaded(plan: PlanDocument = examplePlan()) {
  const store = createEditorStore('en');
  store.getState().load(plan);
  return store;
}
const floor = (plan: PlanDocument) => plan.site.buildings[0]!.floors[0]!;

// The example floor: glass wall w1 from (60, 20.2) to (60, 49.8), 29.6 m long; door d1 (1.2 m) at (60, 35), 14.8 m from w1's start.
describe('setWallEnds', () => {
  it('sets the typed end points exactly and is one undo step', () => {
    const store = loaded();
    const result = store.getState().execute(setWallEnds, { floorId: F, wallId: 'w1', a: [61.37, 20.2], b: [60, 49.8] });
    expect(result).toEqual({ ok: true });
    const wall = floor(store.getState().plan).walls[0]!;
    expect(wall.a).toEqual([61.37, 20.2]);
    expect(wall.b).toEqual([60, 49.8]);
    expect(store.getState().history.undo).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().plan).toEqual(examplePlan());
  });

  it('a door keeps its distance from the wall start when the wall gets longer', () => {
    const store = loaded();
    store.getState().execute(setWallEnds, { floorId: F, wallId: 'w1', a: [60, 25.2], b: [60, 49.8] });
    // the start moved 5 m north: the door stays 14.8 m from it, at y = 40
    expect(floor(store.getState().plan).doors[0]!.at).toEqual([60, 40]);
  });

  it('a door is pulled in to stay wholly on a shortened wall', () => {
    const store = loaded();
    // wall now 10 m long from (60, 20.2): the door (half width 0.6) can be at most 9.4 m along, y = 29.6
    store.getState().execute(setWallEnds, { floorId: F, wallId: 'w1', a: [60, 20.2], b: [60, 30.2] });
    expect(floor(store.getState().plan).doors[0]!.at).toEqual([60, 29.6]);
  });

  it('a wall shorter than its door is refused, and nothing changes', () => {
    const store = loaded();
    const before = store.getState().plan;
    const result = store.getState().execute(setWallEnds, { floorId: F, wallId: 'w1', a: [60, 20.2], b: [60, 21] });
    expect(result).toEqual({ ok: false, refused: { reasonKey: 'commands.refused.tooWide', elementIds: ['d1'] } });
    expect(store.getState().plan).toBe(before);
  });

  it('refuses a zero-length wall, a bad number and an unknown wall', () => {
    const store = loaded();
    const tooShort = store.getState().execute(setWallEnds, { floorId: F, wallId: 'w1', a: [60, 20.2], b: [60, 20.22] });
    expect(tooShort.ok ? null : tooShort.refused.reasonKey).toBe('commands.refused.tooShort');
    const nan = store.getState().execute(setWallEnds, { floorId: F, wallId: 'w1', a: [Number.NaN, 20.2], b: [60, 49.8] });
    expect(nan.ok ? null : nan.refused.reasonKey).toBe('commands.refused.badNumber');
    const ghost = store.getState().execute(setWallEnds, { floorId: F, wallId: 'w9', a: [60, 20.2], b: [60, 49.8] });
    expect(ghost.ok ? null : ghost.refused.reasonKey).toBe('commands.refused.notFound');
    expect(store.getState().history.undo).toHaveLength(0);
  });
});

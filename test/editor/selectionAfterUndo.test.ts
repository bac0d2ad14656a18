// After an undo or redo removes an element, the selection (and so the inspector) lets go of it.
import { describe, expect, it } from 'vitest';
import { placeWorkstations } from '../../src/floorplan/commands/placeWorkstationArray.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { addWalls } from '../../src/floorplan/commands/addWall.ts';
import { createEditorStore } from '../../src/editor/store.ts';
import { examplePlan } from '../fixtures/plans.ts';

const F = 'A-3F';
const desk = (id: string, x: number) => ({ id, at: [x, 40] as [number, number], rotation: 0, size: [1.2, 0.7] as [number, number], role: 'agent' as const });

function loaded() {
  const store = createEditorStore('en');
  store.getState().load(examplePlan());
  store.getState().openFloor(F);
  return store;
}

describe('selection after undo / redo', () => {
  it('undoing the placement of selected desks drops them from the selection, keeping the rest', () => {
    const store = loaded();
    store.getState().execute(placeWorkstations, { floorId: F, workstations: [desk('s8', 40), desk('s9', 42)] });
    store.getState().select(['s8', 's9', 's1']);
    store.getState().setHover('s9');
    store.getState().undo();
    expect(store.getState().session.selection).toEqual(['s1']);
    expect(store.getState().session.hover).toBeNull();
  });

  it('redoing a delete drops the deleted element', () => {
    const store = loaded();
    store.getState().execute(deleteElements, { floorId: F, ids: ['x1'] });
    store.getState().undo();
    store.getState().select(['x1']);
    store.getState().redo();
    expect(store.getState().session.selection).toEqual([]);
  });

  it('an undo that keeps every selected element leaves the selection as it was', () => {
    const store = loaded();
    store.getState().execute(placeWorkstations, { floorId: F, workstations: [desk('s8', 40)] });
    store.getState().select(['s1', 'x1']);
    const session = store.getState().session;
    store.getState().undo();
    expect(store.getState().session).toBe(session);
  });

  it('cancelling a wall chain drops its walls from the selection', () => {
    const store = loaded();
    store.getState().beginInteraction();
    store.getState().update(addWalls, { floorId: F, walls: [{ id: 'w8', a: [30, 25], b: [40, 25], kind: 'solid' }] });
    store.getState().select(['w8']);
    store.getState().cancel();
    expect(store.getState().session.selection).toEqual([]);
  });
});

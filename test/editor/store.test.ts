import { describe, expect, it } from 'vitest';
import { addWorkstations, deleteElements, moveElements, setElementProps } from '../../src/floorplan/commands/index.ts';
import { createEditorStore } from '../../src/editor/store.ts';
import { HISTORY_LIMIT } from '../../src/editor/history.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { examplePlan } from '../fixtures/plans.ts';

const FLOOR = 'A-3F';

function loaded() {
  const store = createEditorStore();
  store.getState().load(examplePlan());
  return store;
}

function floorOf(plan: PlanDocument) {
  const floor = plan.site.buildings[0]!.floors[0]!;
  expect(floor.id).toBe(FLOOR);
  return floor;
}

describe('editor store: execute / undo / redo', () => {
  it('moves a desk, then undo restores the exact document and redo the edited one', () => {
    const store = loaded();
    const original = examplePlan();
    const revision0 = store.getState().revision;

    const result = store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1'], dx: 2.5, dy: -1 });
    expect(result).toEqual({ ok: true });
    const edited = store.getState().plan;
    expect(floorOf(edited).workstations[0]!.at).toEqual([32.5, 29]);
    expect(store.getState().revision).toBe(revision0 + 1);
    expect(store.getState().history.undo).toHaveLength(1);

    store.getState().undo();
    expect(store.getState().plan).toEqual(original);
    expect(store.getState().revision).toBe(revision0 + 2);
    expect(store.getState().history.redo).toHaveLength(1);

    store.getState().redo();
    expect(store.getState().plan).toEqual(edited);
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([32.5, 29]);
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().history.redo).toHaveLength(0);
  });

  it('undo and redo with nothing to do change nothing', () => {
    const store = loaded();
    const plan = store.getState().plan;
    const revision = store.getState().revision;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().revision).toBe(revision);
  });

  it('a new edit after an undo clears the redo branch', () => {
    const store = loaded();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1'], dx: 1, dy: 0 });
    store.getState().undo();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: ['x1'], dx: 0, dy: 1 });
    expect(store.getState().history.redo).toHaveLength(0);
    expect(store.getState().history.undo).toHaveLength(1);
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([30, 30]);
    expect(floorOf(store.getState().plan).extinguishers[0]!.at).toEqual([40, 36]);
  });

  it('keeps at most HISTORY_LIMIT steps, dropping the oldest', () => {
    const store = loaded();
    for (let i = 0; i < HISTORY_LIMIT + 1; i++) store.getState().execute(moveElements, { floorId: FLOOR, ids: ['l1'], dx: 0.01, dy: 0 });
    expect(store.getState().history.undo).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) store.getState().undo();
    // the first of the 201 moves can no longer be undone
    expect(floorOf(store.getState().plan).luminaires[0]!.at[0]).toBeCloseTo(30.01, 9);
  });
});

describe('editor store: interactions (drags)', () => {
  it('squashes every update of an interaction into one undo step', () => {
    const store = loaded();
    store.getState().beginInteraction();
    store.getState().update(moveElements, { floorId: FLOOR, ids: ['s1'], dx: 1, dy: 0 });
    store.getState().update(moveElements, { floorId: FLOOR, ids: ['s1'], dx: 3, dy: 2 });
    // updates replace each other: args are relative to the start of the drag
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([33, 32]);
    expect(store.getState().history.undo).toHaveLength(0);
    store.getState().commit();
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().interaction).toBeNull();
    store.getState().undo();
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([30, 30]);
    store.getState().redo();
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([33, 32]);
  });

  it('cancel restores the document as it was when the interaction began', () => {
    const store = loaded();
    const before = store.getState().plan;
    store.getState().beginInteraction();
    store.getState().update(moveElements, { floorId: FLOOR, ids: ['s1', 'l1'], dx: 5, dy: 5 });
    expect(store.getState().plan).not.toBe(before);
    store.getState().cancel();
    expect(store.getState().plan).toBe(before);
    expect(store.getState().history.undo).toHaveLength(0);
  });

  it('an interaction without accepted updates records nothing', () => {
    const store = loaded();
    store.getState().beginInteraction();
    store.getState().update(moveElements, { floorId: FLOOR, ids: ['s1'], dx: -100, dy: 0 });
    store.getState().commit();
    expect(store.getState().history.undo).toHaveLength(0);
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([30, 30]);
  });

  it('a refused update keeps the last accepted position', () => {
    const store = loaded();
    store.getState().beginInteraction();
    store.getState().update(moveElements, { floorId: FLOOR, ids: ['s1'], dx: -5, dy: 0 });
    store.getState().update(moveElements, { floorId: FLOOR, ids: ['s1'], dx: -50, dy: 0 });
    store.getState().commit();
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([25, 30]);
    expect(store.getState().session.message?.key).toBe('commands.refused.outsideFloor');
  });
});

describe('editor store: refusals and load', () => {
  it('a refused command leaves document, revision and history unchanged and sets a message', () => {
    const store = loaded();
    const plan = store.getState().plan;
    const revision = store.getState().revision;
    // outline x runs from 20.2: the desk centre at 30 - 9.81 = 20.19 would leave the floor
    const result = store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1'], dx: -9.81, dy: 0 });
    expect(result).toEqual({ ok: false, refused: { reasonKey: 'commands.refused.outsideFloor', elementIds: ['s1'] } });
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().history.undo).toHaveLength(0);
    expect(store.getState().session.message).toEqual({ key: 'commands.refused.outsideFloor', elementIds: ['s1'] });
  });

  it('accepts a desk centre exactly on the outline (boundary counts as inside)', () => {
    const store = loaded();
    const result = store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1'], dx: -9.8, dy: 0 });
    expect(result.ok).toBe(true);
    expect(floorOf(store.getState().plan).workstations[0]!.at[0]).toBeCloseTo(20.2, 9);
  });

  it('load clears history, interaction and selection and bumps the revision', () => {
    const store = loaded();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1'], dx: 1, dy: 0 });
    store.getState().undo();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1'], dx: 2, dy: 0 });
    store.getState().select(['s1']);
    store.getState().beginInteraction();
    const revision = store.getState().revision;
    const fresh = examplePlan();
    fresh.name = 'B';
    store.getState().load(fresh);
    const s = store.getState();
    expect(s.plan.name).toBe('B');
    expect(s.history).toEqual({ undo: [], redo: [] });
    expect(s.interaction).toBeNull();
    expect(s.session.selection).toEqual([]);
    expect(s.revision).toBe(revision + 1);
    s.undo();
    expect(store.getState().plan.name).toBe('B');
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([30, 30]);
  });

  it('load keeps the interface language whatever the plan locale says (that names the language of its reports)', () => {
    const store = createEditorStore('zh-CN');
    const plan = examplePlan();
    plan.locale = 'en';
    store.getState().load(plan);
    expect(store.getState().session.locale).toBe('zh-CN');
    expect(store.getState().plan.locale).toBe('en');
  });

  it('openFloor sets building and floor; an unknown floor is ignored', () => {
    const store = loaded();
    store.getState().openFloor('nope');
    expect(store.getState().session.level).toBe('park');
    store.getState().openFloor(FLOOR);
    expect(store.getState().session).toMatchObject({ level: 'floor', buildingId: 'A', floorId: FLOOR });
  });
});

describe('commands', () => {
  it('moving a wall carries its doors along', () => {
    const store = loaded();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: ['w1'], dx: 1.5, dy: 0 });
    const floor = floorOf(store.getState().plan);
    expect(floor.walls[0]!.a).toEqual([61.5, 20.2]);
    expect(floor.walls[0]!.b).toEqual([61.5, 49.8]);
    expect(floor.doors[0]!.at).toEqual([61.5, 35]);
  });

  it('moves zone polygons point by point', () => {
    const store = loaded();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: ['z2'], dx: 0, dy: -0.2 });
    expect(floorOf(store.getState().plan).zones[1]!.polygon[0]).toEqual([60, 20]);
  });

  it('refuses unknown ids and unknown floors', () => {
    const store = loaded();
    expect(store.getState().execute(moveElements, { floorId: FLOOR, ids: ['s1', 'ghost'], dx: 1, dy: 0 })).toEqual({
      ok: false,
      refused: { reasonKey: 'commands.refused.notFound', elementIds: ['ghost'] },
    });
    expect(store.getState().execute(deleteElements, { floorId: 'Z-9F', ids: ['s1'] })).toMatchObject({
      ok: false,
      refused: { reasonKey: 'commands.refused.noFloor' },
    });
    expect(floorOf(store.getState().plan).workstations[0]!.at).toEqual([30, 30]);
  });

  it('deleting a wall deletes the doors on it; undo brings both back', () => {
    const store = loaded();
    store.getState().execute(deleteElements, { floorId: FLOOR, ids: ['w1'] });
    expect(floorOf(store.getState().plan).walls).toHaveLength(0);
    expect(floorOf(store.getState().plan).doors).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().plan).toEqual(examplePlan());
  });

  it('setElementProps merges fields and refuses an id change', () => {
    const store = loaded();
    store.getState().execute(setElementProps, { floorId: FLOOR, id: 'w1', props: { kind: 'fire', thickness: 0.2 } });
    expect(floorOf(store.getState().plan).walls[0]).toMatchObject({ id: 'w1', kind: 'fire', thickness: 0.2, height: 2.4 });
    const refused = store.getState().execute(setElementProps, { floorId: FLOOR, id: 'w1', props: { id: 'w2' } });
    expect(refused.ok).toBe(false);
    expect(floorOf(store.getState().plan).walls[0]!.id).toBe('w1');
  });

  it('addWorkstations appends new seats and refuses ids already in the document or repeated', () => {
    const store = loaded();
    const desk = (id: string, x: number) => ({ id, at: [x, 40] as [number, number], rotation: 90, size: [1.4, 0.7] as [number, number], role: 'agent' as const });
    store.getState().execute(addWorkstations, { floorId: FLOOR, workstations: [desk('s2', 32), desk('s3', 34)] });
    expect(floorOf(store.getState().plan).workstations.map((w) => w.id)).toEqual(['s1', 's2', 's3']);
    // 'z1' is a zone id: ids are unique across the whole document
    const clash = store.getState().execute(addWorkstations, { floorId: FLOOR, workstations: [desk('s4', 36), desk('z1', 38), desk('s4', 39)] });
    expect(clash).toEqual({ ok: false, refused: { reasonKey: 'commands.refused.duplicateId', elementIds: ['z1', 's4'] } });
    expect(floorOf(store.getState().plan).workstations).toHaveLength(3);
  });

  it('a command that changes nothing records no step', () => {
    const store = loaded();
    store.getState().execute(moveElements, { floorId: FLOOR, ids: [], dx: 1, dy: 1 });
    expect(store.getState().history.undo).toHaveLength(0);
  });
});

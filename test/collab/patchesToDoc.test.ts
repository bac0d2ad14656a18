import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorStore } from '../../src/editor/store.ts';
import type { Command } from '../../src/floorplan/commands/command.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { generateSamplePark } from '../../src/floorplan/generate/park.ts';
import { FLOOR_MAP, ITEMS, ORDER } from '../../src/collab/docLayout.ts';
import { applyPatchesToDocs } from '../../src/collab/patchesToDoc.ts';
import { docsToPlan, planToDocs, type PlanDocs } from '../../src/collab/planDoc.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { examplePlan } from '../fixtures/plans.ts';
import { EDIT_SCRIPT, editablePark } from './editScript.ts';
import { loadPeer } from './helpers.ts';

/** Removes one desk with a splice (the store's own commands mostly filter). */
const spliceDesk: Command<{ floorIndex: number; index: number }> = {
  type: 'test/splice-desk',
  labelKey: 'test',
  apply(draft, { floorIndex, index }) {
    draft.site.buildings[0]!.floors[floorIndex]!.workstations.splice(index, 1);
  },
};

/** A store whose every change is written into `docs`, as the binding will do. */
function followedStore(docs: PlanDocs, plan: PlanDocument) {
  const store = createEditorStore('en');
  store.getState().load(plan);
  let written = 0;
  store.subscribe((state, previous) => {
    if (state.change.revision === previous.change.revision || !('patches' in state.change)) return;
    applyPatchesToDocs(docs, previous.plan, state.change.patches, 'me');
    written++;
  });
  return { store, written: () => written };
}

describe('applyPatchesToDocs: the store\'s change feed into the documents', () => {
  it('after every step of a run of real edits the documents hold the store\'s plan', () => {
    const plan = editablePark();
    const docs = planToDocs(plan, { projectId: 'p' });
    const { store, written } = followedStore(docs, plan);
    for (const step of EDIT_SCRIPT) {
      const before = written();
      step.run(store);
      expect(written(), step.name).toBeGreaterThan(before);
      expect(docsToPlan(docs.root, docs.floors), step.name).toEqual(store.getState().plan);
    }
    // and what another peer loads from them
    const peer = loadPeer(docs);
    expect(docsToPlan(peer.root, peer.floors)).toEqual(store.getState().plan);
  });

  it('a move sets one field of one desk, in one transaction per document, with the origin given', () => {
    const plan = examplePlan();
    const docs = planToDocs(plan, { projectId: 'p' });
    const { store } = followedStore(docs, plan);
    const floorDoc = docs.floors.get('A-3F')!;
    const seen: { doc: string; origin: unknown }[] = [];
    floorDoc.on('update', (_u: Uint8Array, origin: unknown) => seen.push({ doc: 'floor', origin }));
    docs.root.on('update', (_u: Uint8Array, origin: unknown) => seen.push({ doc: 'root', origin }));
    const changes: { path: (string | number)[]; keys: string[] }[] = [];
    floorDoc.getMap(FLOOR_MAP).observeDeep((events) => {
      for (const e of events) changes.push({ path: e.path, keys: [...(e as Y.YMapEvent<unknown>).keysChanged] });
    });
    store.getState().execute(moveElements, { floorId: 'A-3F', ids: ['s1'], dx: 1, dy: 2 });
    expect(seen).toEqual([{ doc: 'floor', origin: 'me' }]);
    expect(changes).toEqual([{ path: ['workstations', ITEMS, 's1'], keys: ['at'] }]);
    const desk = ((floorDoc.getMap(FLOOR_MAP).get('workstations') as Y.Map<unknown>).get(ITEMS) as Y.Map<Y.Map<unknown>>).get('s1')!;
    expect(desk.get('at')).toEqual([31, 32]);
  });

  it('deleteElements (the list replaced whole by a filtered copy) removes that record only', () => {
    const plan = generateSamplePark();
    const docs = planToDocs(plan, { projectId: 'p' });
    const { store } = followedStore(docs, plan);
    const floor = plan.site.buildings[0]!.floors[1]!;
    const floorDoc = docs.floors.get(floor.id)!;
    const updates: Uint8Array[] = [];
    floorDoc.on('update', (u: Uint8Array) => updates.push(u));
    store.getState().execute(deleteElements, { floorId: floor.id, ids: [floor.workstations[7]!.id, floor.workstations[9]!.id] });
    expect(store.getState().change).toMatchObject({ patches: [{ op: 'replace', path: ['site', 'buildings', 0, 'floors', 1, 'workstations'] }] });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.length).toBeLessThan(80);
    const order = ((floorDoc.getMap(FLOOR_MAP).get('workstations') as Y.Map<unknown>).get(ORDER) as Y.Array<string>).toArray();
    expect(order).toHaveLength(floor.workstations.length - 2);
    expect(order.slice(6, 9)).toEqual([floor.workstations[6]!.id, floor.workstations[8]!.id, floor.workstations[10]!.id]);
  });

  it('a delete in the middle of a list removes that record only, though immer rewrote every index after it', () => {
    const plan = generateSamplePark();
    const docs = planToDocs(plan, { projectId: 'p' });
    const { store } = followedStore(docs, plan);
    const desks = plan.site.buildings[0]!.floors[1]!.workstations;
    const floorId = plan.site.buildings[0]!.floors[1]!.id;
    const doomed = desks[5]!.id;
    const floorDoc = docs.floors.get(floorId)!;
    const updates: Uint8Array[] = [];
    floorDoc.on('update', (u: Uint8Array) => updates.push(u));
    const events: { path: (string | number)[]; delta?: unknown; keys?: string[] }[] = [];
    floorDoc.getMap(FLOOR_MAP).observeDeep((es) => {
      for (const e of es) events.push(e instanceof Y.YArrayEvent ? { path: e.path, delta: e.delta } : { path: e.path, keys: [...(e as Y.YMapEvent<unknown>).keysChanged] });
    });
    // a splice, as deleteFloor and others do: immer writes it as every later index replaced
    store.getState().execute(spliceDesk, { floorIndex: 1, index: 5 });
    const change = store.getState().change as unknown as { patches: { op: string; path: unknown[] }[] };
    expect(change.patches.length).toBeGreaterThan(100);
    expect(change.patches[0]).toMatchObject({ op: 'replace', path: ['site', 'buildings', 0, 'floors', 1, 'workstations', 5] });
    expect(events).toEqual(
      expect.arrayContaining([
        { path: ['workstations', ITEMS], keys: [doomed] },
        { path: ['workstations', ORDER], delta: [{ retain: 5 }, { delete: 1 }] },
      ]),
    );
    expect(events).toHaveLength(2);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.length).toBeLessThan(60);
    const order = ((floorDoc.getMap(FLOOR_MAP).get('workstations') as Y.Map<unknown>).get(ORDER) as Y.Array<string>).toArray();
    expect(order).toEqual(desks.filter((d) => d.id !== doomed).map((d) => d.id));
  });

  it('leaves alone records of the documents the edit\'s plan has not seen (a peer\'s, not yet in the store)', () => {
    const plan = examplePlan();
    const docs = planToDocs(plan, { projectId: 'p' });
    const other = loadPeer(docs);
    // the other peer adds two desks; only the documents hear of them, not this plan
    const withDesks = structuredClone(plan);
    withDesks.site.buildings[0]!.floors[0]!.workstations.push(
      { id: 'b1', at: [25, 25], rotation: 0, size: [1.2, 0.7], role: 'agent' },
      { id: 'b2', at: [26, 25], rotation: 0, size: [1.2, 0.7], role: 'agent' },
    );
    applyPatchesToDocs(other, plan, [{ op: 'replace', path: ['site', 'buildings', 0, 'floors', 0, 'workstations'], value: withDesks.site.buildings[0]!.floors[0]!.workstations }], 'bo');
    Y.applyUpdate(docs.floors.get('A-3F')!, Y.encodeStateAsUpdate(other.floors.get('A-3F')!));
    // this peer, from its older plan: adds a desk before s1 and deletes s1
    const mine = { id: 'a1', at: [30, 40], rotation: 0, size: [1.2, 0.7], role: 'agent' };
    applyPatchesToDocs(docs, plan, [{ op: 'replace', path: ['site', 'buildings', 0, 'floors', 0, 'workstations'], value: [mine] }], 'ana');
    const desks = docsToPlan(docs.root, docs.floors).site.buildings[0]!.floors[0]!.workstations;
    expect(desks.map((w) => w.id)).toEqual(['a1', 'b1', 'b2']);
  });
});

import { isDeepStrictEqual } from 'node:util';
import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import type { Command } from '../../src/floorplan/commands/command.ts';
import { addWorkstations } from '../../src/floorplan/commands/addWorkstations.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { deleteFloor } from '../../src/floorplan/commands/deleteFloor.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { newIds } from '../../src/floorplan/commands/newIds.ts';
import { setElementProps } from '../../src/floorplan/commands/setElementProps.ts';
import { setReview } from '../../src/floorplan/commands/setReview.ts';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import type { PlanPatch } from '../../src/floorplan/changes.ts';
import type { PlanDocument, Workstation } from '../../src/floorplan/types.ts';
import { observeRemoteEdits } from '../../src/collab/docEventsToPatches.ts';
import { applyPatchesToDocs } from '../../src/collab/patchesToDoc.ts';
import { docsToPlan, planToDocs, type PlanDocs } from '../../src/collab/planDoc.ts';
import { examplePlan } from '../fixtures/plans.ts';
import { EDIT_SCRIPT, editablePark } from './editScript.ts';
import { loadPeer, syncPeers } from './helpers.ts';

const FLOOR = 'A-3F';

/** Applies a remote transaction's patches to the store (the binding will have its own entry for this, outside the undo history). */
const applyRemote: Command<PlanPatch[]> = {
  type: 'collab/remote',
  labelKey: 'collab.remote',
  apply(draft, patches) {
    applyPatches(draft, patches as Patch[]);
  },
};

interface Peer {
  docs: PlanDocs;
  store: EditorStore;
  /** remote transactions turned into patches so far */
  remote: number;
  /** the patches of the last one */
  lastPatches: PlanPatch[];
}

/**
 * One user: a store whose local edits are written into its documents (origin: the user), and
 * whose documents' remote transactions come back into the store as patches.
 */
function peer(docs: PlanDocs, user: string): Peer {
  const store = createEditorStore('en');
  store.getState().load(docsToPlan(docs.root, docs.floors));
  const self: Peer = { docs, store, remote: 0, lastPatches: [] };
  let applyingRemote = false;
  store.subscribe((state, previous) => {
    if (applyingRemote || state.change.revision === previous.change.revision || !('patches' in state.change)) return;
    applyPatchesToDocs(docs, previous.plan, state.change.patches, user);
    watch.watchNewFloors();
  });
  const watch = observeRemoteEdits(docs, {
    plan: () => store.getState().plan,
    apply(patches, after) {
      applyingRemote = true;
      try {
        expect(store.getState().execute(applyRemote, patches)).toEqual({ ok: true });
      } finally {
        applyingRemote = false;
      }
      expect(store.getState().plan).toEqual(after);
      self.remote++;
      self.lastPatches = patches;
    },
  });
  return self;
}

function pair(plan: PlanDocument = examplePlan()): [Peer, Peer] {
  const docsA = planToDocs(plan, { projectId: 'p' });
  const docsB = loadPeer(docsA);
  return [peer(docsA, 'ana'), peer(docsB, 'bo')];
}

/** Runs a command on a peer's store; it must be accepted. */
function exec<A>(p: Peer, command: Command<A>, args: A): void {
  expect(p.store.getState().execute(command, args)).toEqual({ ok: true });
}

function desk(plan: PlanDocument, id: string, floorId = FLOOR): Workstation | undefined {
  return plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId)!.workstations.find((w) => w.id === id);
}

function expectValid(plan: PlanDocument): void {
  const parsed = parsePlan(JSON.stringify(plan));
  expect(parsed.ok ? [] : parsed.problems.map((p) => p.message.en)).toEqual([]);
}

/** Both peers' documents and stores hold one plan, which passes the format's checks; returns it. */
function expectConverged(a: Peer, b: Peer): PlanDocument {
  const planA = docsToPlan(a.docs.root, a.docs.floors);
  const planB = docsToPlan(b.docs.root, b.docs.floors);
  expect(planB).toEqual(planA);
  expect(a.store.getState().plan).toEqual(planA);
  expect(b.store.getState().plan).toEqual(planA);
  expectValid(planA);
  return planA;
}

function addDesk(id: string, at: [number, number]): { floorId: string; workstations: Workstation[] } {
  return { floorId: FLOOR, workstations: [{ id, at, rotation: 0, size: [1.2, 0.7], role: 'agent' }] };
}

describe('two peers editing at once', () => {
  it('different fields of the same desk: both edits win', () => {
    const [a, b] = pair();
    exec(a, moveElements, { floorId: FLOOR, ids: ['s1'], dx: 2, dy: 1 });
    exec(b, setElementProps, { floorId: FLOOR, id: 's1', props: { role: 'supervisor', rotation: 90 } });
    syncPeers(a.docs, b.docs);
    const plan = expectConverged(a, b);
    expect(desk(plan, 's1')).toEqual({ id: 's1', at: [32, 31], rotation: 90, size: [1.2, 0.7], role: 'supervisor' });
    expect(a.remote).toBe(1);
    expect(b.remote).toBe(1);
  });

  it('different desks, and a desk added on each side with distinct ids: all kept, in one order', () => {
    const [a, b] = pair();
    exec(a, addWorkstations, addDesk('ana-1', [25, 25]));
    exec(b, addWorkstations, addDesk('bo-1', [26, 26]));
    exec(b, moveElements, { floorId: FLOOR, ids: ['s1'], dx: -1, dy: 0 });
    exec(a, setElementProps, { floorId: FLOOR, id: 'x1', props: { rating: '5A' } });
    syncPeers(a.docs, b.docs);
    const plan = expectConverged(a, b);
    const ids = plan.site.buildings[0]!.floors[0]!.workstations.map((w) => w.id);
    expect(ids[0]).toBe('s1');
    expect(ids.slice(1).sort()).toEqual(['ana-1', 'bo-1']);
    expect(desk(plan, 's1')!.at).toEqual([29, 30]);
    expect(plan.site.buildings[0]!.floors[0]!.extinguishers[0]!.rating).toBe('5A');
  });

  it('the same field of the same desk: one value wins, the same on both peers', () => {
    const [a, b] = pair();
    exec(a, setElementProps, { floorId: FLOOR, id: 's1', props: { rotation: 45 } });
    exec(b, setElementProps, { floorId: FLOOR, id: 's1', props: { rotation: 135 } });
    syncPeers(a.docs, b.docs);
    const plan = expectConverged(a, b);
    expect([45, 135]).toContain(desk(plan, 's1')!.rotation);
  });

  it('delete wins over a concurrent edit of the same desk, whichever side syncs first', () => {
    for (const deleterFirst of [true, false]) {
      const [a, b] = pair();
      exec(a, deleteElements, { floorId: FLOOR, ids: ['s1'] });
      exec(b, moveElements, { floorId: FLOOR, ids: ['s1'], dx: 3, dy: 3 });
      exec(b, setElementProps, { floorId: FLOOR, id: 's1', props: { role: 'leader' } });
      exec(b, moveElements, { floorId: FLOOR, ids: ['l1'], dx: 1, dy: 0 });
      if (deleterFirst) syncPeers(a.docs, b.docs);
      else syncPeers(b.docs, a.docs);
      const plan = expectConverged(a, b);
      expect(desk(plan, 's1')).toBeUndefined();
      expect(plan.site.buildings[0]!.floors[0]!.workstations).toEqual([]);
      // the editor's other edit stands
      expect(plan.site.buildings[0]!.floors[0]!.luminaires[0]!.at).toEqual([31, 31]);
    }
  });

  it('delete of a floor wins over concurrent edits inside it', () => {
    const plan = editablePark();
    const [a, b] = pair(plan);
    const floor = plan.site.buildings[1]!.floors[2]!;
    exec(a, deleteFloor, { floorId: floor.id });
    exec(b, moveElements, { floorId: floor.id, ids: [floor.workstations[0]!.id], dx: 0.1, dy: 0 });
    syncPeers(a.docs, b.docs);
    const merged = expectConverged(a, b);
    expect(merged.site.buildings[1]!.floors.map((f) => f.id)).not.toContain(floor.id);
    expect(merged.site.buildings[1]!.floors).toHaveLength(plan.site.buildings[1]!.floors.length - 1);
  });

  it('today\'s sequential ids collide when two peers add a desk at once: one desk survives, ids stay unique', () => {
    const [a, b] = pair();
    const idA = newIds(a.store.getState().plan, 's', 1)[0]!;
    const idB = newIds(b.store.getState().plan, 's', 1)[0]!;
    expect(idA).toBe('s2');
    expect(idB).toBe('s2');
    exec(a, addWorkstations, addDesk(idA, [25, 25]));
    exec(b, addWorkstations, addDesk(idB, [40, 40]));
    syncPeers(a.docs, b.docs);
    const plan = expectConverged(a, b);
    const desks = plan.site.buildings[0]!.floors[0]!.workstations;
    expect(desks.map((w) => w.id)).toEqual(['s1', 's2']);
    expect([[25, 25], [40, 40]]).toContainEqual(desks[1]!.at);
  });
});

describe('remote edits into the store', () => {
  it('every step of a run of real edits on one peer reaches the other\'s store as patches', () => {
    const [a, b] = pair(editablePark());
    for (const step of EDIT_SCRIPT) {
      const before = b.remote;
      const planBefore = a.store.getState().plan;
      step.run(a.store);
      syncPeers(a.docs, b.docs);
      // a cancelled drag changes nothing in the end: nothing to bring over
      const changed = !isDeepStrictEqual(planBefore, a.store.getState().plan);
      expect(b.remote > before, step.name).toBe(changed);
      const plan = docsToPlan(b.docs.root, b.docs.floors);
      expect(b.store.getState().plan, step.name).toEqual(plan);
      expect(plan, step.name).toEqual(a.store.getState().plan);
    }
  });

  it('a remote move becomes one replace of that desk\'s field, by its index in the store\'s plan', () => {
    const plan = editablePark();
    const [a, b] = pair(plan);
    const floor = plan.site.buildings[0]!.floors[1]!;
    // B's list differs from A's: B deleted the first desk (not synced yet)
    exec(b, deleteElements, { floorId: floor.id, ids: [floor.workstations[0]!.id] });
    exec(a, moveElements, { floorId: floor.id, ids: [floor.workstations[5]!.id], dx: 1, dy: 0 });
    syncPeers(a.docs, b.docs);
    const moved = floor.workstations[5]!;
    // index 4 in B's list, not A's 5
    expect(b.lastPatches).toEqual([{ op: 'replace', path: ['site', 'buildings', 0, 'floors', 1, 'workstations', 4, 'at'], value: [moved.at[0] + 1, moved.at[1]] }]);
    expectConverged(a, b);
  });

  it('a remote delete and insert become remove and add patches of those records only', () => {
    const [a, b] = pair();
    exec(a, addWorkstations, addDesk('ws-new', [22, 22]));
    syncPeers(a.docs, b.docs);
    expect(b.lastPatches).toEqual([{ op: 'add', path: ['site', 'buildings', 0, 'floors', 0, 'workstations', 1], value: { id: 'ws-new', at: [22, 22], rotation: 0, size: [1.2, 0.7], role: 'agent' } }]);
    exec(a, deleteElements, { floorId: FLOOR, ids: ['s1'] });
    syncPeers(a.docs, b.docs);
    expect(b.lastPatches).toEqual([{ op: 'remove', path: ['site', 'buildings', 0, 'floors', 0, 'workstations', 0] }]);
    expectConverged(a, b);
  });
});

describe('lists a plan may lack (reviews, inspections …)', () => {
  it('two peers adding the first review at once: both reviews kept', () => {
    const plan = examplePlan();
    expect(plan.reviews).toBeUndefined();
    const [a, b] = pair(plan);
    exec(a, setReview, { findingKey: 'fire.exit-count|A|A-3F|', decision: 'accepted' });
    exec(b, setReview, { findingKey: 'light.lux|A|A-3F|s1', decision: 'rejected', note: '灯具已更换' });
    syncPeers(a.docs, b.docs);
    const merged = expectConverged(a, b);
    expect(merged.reviews!.map((r) => r.findingKey).sort()).toEqual(['fire.exit-count|A|A-3F|', 'light.lux|A|A-3F|s1']);
  });

  it('the list goes when its last entry goes, and an entry added meanwhile by a peer brings it back', () => {
    const plan = examplePlan();
    plan.reviews = [{ findingKey: 'k1', decision: 'accepted' }];
    const [a, b] = pair(plan);
    // an "open" review without note is no review: the last one goes, and with it the list
    exec(a, setReview, { findingKey: 'k1', decision: 'open' });
    expect(a.store.getState().plan.reviews).toBeUndefined();
    syncPeers(a.docs, b.docs);
    expect('reviews' in expectConverged(a, b)).toBe(false);
    exec(b, setReview, { findingKey: 'k2', decision: 'rejected' });
    exec(a, setReview, { findingKey: 'k3', decision: 'accepted' });
    exec(a, setReview, { findingKey: 'k3', decision: 'open' });
    syncPeers(a.docs, b.docs);
    expect(expectConverged(a, b).reviews).toEqual([{ findingKey: 'k2', decision: 'rejected' }]);
  });
});

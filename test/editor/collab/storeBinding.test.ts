import { describe, expect, it } from 'vitest';
import { docsToPlan, planToDocs, type PlanDocs } from '../../../src/collab/planDoc.ts';
import { bindStoreToDocs } from '../../../src/editor/collab/storeBinding.ts';
import { createEditorStore, type EditorStore } from '../../../src/editor/store.ts';
import { addWorkstations } from '../../../src/floorplan/commands/addWorkstations.ts';
import { deleteElements } from '../../../src/floorplan/commands/deleteElements.ts';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import { setElementProps } from '../../../src/floorplan/commands/setElementProps.ts';
import type { PlanDocument, Workstation } from '../../../src/floorplan/types.ts';
import { editablePark } from '../../collab/editScript.ts';
import { loadPeer } from '../../collab/helpers.ts';
import { wire } from './wire.ts';

interface Peer {
  store: EditorStore;
  docs: PlanDocs;
}

function twoPeers(): { a: Peer; b: Peer; floorId: string; desks: Workstation[]; net: ReturnType<typeof wire> } {
  const plan = editablePark();
  const docsA = planToDocs(plan, { projectId: 'p' });
  const docsB = loadPeer(docsA);
  const net = wire(docsA, docsB);
  const peer = (docs: PlanDocs): Peer => {
    const store = createEditorStore('en');
    store.getState().load(docsToPlan(docs.root, docs.floors));
    bindStoreToDocs(store, docs, { origin: {} });
    return { store, docs };
  };
  const floor = plan.site.buildings[0]!.floors.find((f) => f.workstations.length >= 3)!;
  return { a: peer(docsA), b: peer(docsB), floorId: floor.id, desks: floor.workstations, net };
}

const deskOf = (plan: PlanDocument, floorId: string, id: string): Workstation | undefined =>
  plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId)!.workstations.find((w) => w.id === id);

function expectConverged(...peers: Peer[]): void {
  const first = peers[0]!;
  for (const peer of peers) {
    expect(peer.store.getState().plan).toEqual(docsToPlan(peer.docs.root, peer.docs.floors));
    expect(peer.store.getState().plan).toEqual(first.store.getState().plan);
  }
}

describe('bindStoreToDocs: the store and the shared documents kept equal', () => {
  it('a command on one peer reaches the other peer\'s store, outside its history', () => {
    const { a, b, floorId, desks } = twoPeers();
    const desk = desks[0]!;
    expect(a.store.getState().execute(moveElements, { floorId, ids: [desk.id], dx: 1.5, dy: -2 }).ok).toBe(true);
    expect(deskOf(b.store.getState().plan, floorId, desk.id)!.at).toEqual([desk.at[0] + 1.5, desk.at[1] - 2]);
    expect(b.store.getState().history.undo).toHaveLength(0);
    expect(a.store.getState().history.undo).toHaveLength(1);
    expectConverged(a, b);
  });

  it('undo reverts only this person\'s edit, keeping a colleague\'s later edit of the same desk', () => {
    const { a, b, floorId, desks } = twoPeers();
    const desk = desks[0]!;
    a.store.getState().execute(moveElements, { floorId, ids: [desk.id], dx: 3, dy: 0 });
    b.store.getState().execute(setElementProps, { floorId, id: desk.id, props: { role: 'leader' } });
    a.store.getState().undo();
    for (const peer of [a, b]) {
      const now = deskOf(peer.store.getState().plan, floorId, desk.id)!;
      expect(now.at).toEqual(desk.at);
      expect(now.role).toBe('leader');
    }
    expect(a.store.getState().history.redo).toHaveLength(1);
    a.store.getState().redo();
    expect(deskOf(b.store.getState().plan, floorId, desk.id)!.at).toEqual([desk.at[0] + 3, desk.at[1]]);
    expect(deskOf(b.store.getState().plan, floorId, desk.id)!.role).toBe('leader');
    expectConverged(a, b);
  });

  it('undo of an added desk removes it on both; the colleague\'s undo stack is untouched', () => {
    const { a, b, floorId, desks } = twoPeers();
    const added: Workstation = { ...desks[0]!, id: 'ws-a-new', at: [desks[0]!.at[0] + 0.5, desks[0]!.at[1] + 0.5] };
    a.store.getState().execute(addWorkstations, { floorId, workstations: [added] });
    b.store.getState().execute(moveElements, { floorId, ids: [desks[1]!.id], dx: 0, dy: 1 });
    expect(deskOf(b.store.getState().plan, floorId, 'ws-a-new')).toBeDefined();
    a.store.getState().undo();
    expect(deskOf(b.store.getState().plan, floorId, 'ws-a-new')).toBeUndefined();
    expect(deskOf(a.store.getState().plan, floorId, desks[1]!.id)!.at).toEqual([desks[1]!.at[0], desks[1]!.at[1] + 1]);
    b.store.getState().undo();
    expect(deskOf(a.store.getState().plan, floorId, desks[1]!.id)!.at).toEqual(desks[1]!.at);
    expectConverged(a, b);
  });

  it('a drag in progress keeps a colleague\'s edit that arrives mid-drag, and the drag is one undo step', () => {
    const { a, b, floorId, desks } = twoPeers();
    const [d1, d2] = desks as [Workstation, Workstation];
    const sa = a.store.getState();
    sa.beginInteraction();
    sa.update(moveElements, { floorId, ids: [d1.id], dx: 1, dy: 0 });
    // the colleague edits another desk and the dragged desk's role while the drag goes on
    b.store.getState().execute(moveElements, { floorId, ids: [d2.id], dx: 0, dy: 5 });
    b.store.getState().execute(setElementProps, { floorId, id: d1.id, props: { role: 'supervisor' } });
    expect(deskOf(a.store.getState().plan, floorId, d2.id)!.at).toEqual([d2.at[0], d2.at[1] + 5]);
    a.store.getState().update(moveElements, { floorId, ids: [d1.id], dx: 2, dy: 0 });
    a.store.getState().commit();
    for (const peer of [a, b]) {
      const plan = peer.store.getState().plan;
      expect(deskOf(plan, floorId, d1.id)!.at).toEqual([d1.at[0] + 2, d1.at[1]]);
      expect(deskOf(plan, floorId, d1.id)!.role).toBe('supervisor');
      expect(deskOf(plan, floorId, d2.id)!.at).toEqual([d2.at[0], d2.at[1] + 5]);
    }
    expect(a.store.getState().history.undo).toHaveLength(1);
    a.store.getState().undo();
    for (const peer of [a, b]) {
      const plan = peer.store.getState().plan;
      expect(deskOf(plan, floorId, d1.id)!.at).toEqual(d1.at);
      expect(deskOf(plan, floorId, d1.id)!.role).toBe('supervisor');
      expect(deskOf(plan, floorId, d2.id)!.at).toEqual([d2.at[0], d2.at[1] + 5]);
    }
    expectConverged(a, b);
  });

  it('a cancelled drag leaves no undo step: undo then reverts the command before it', () => {
    const { a, b, floorId, desks } = twoPeers();
    const [d1, d2] = desks as [Workstation, Workstation];
    a.store.getState().execute(setElementProps, { floorId, id: d2.id, props: { role: 'leader' } });
    a.store.getState().beginInteraction();
    a.store.getState().update(moveElements, { floorId, ids: [d1.id], dx: 4, dy: 4 });
    expect(deskOf(b.store.getState().plan, floorId, d1.id)!.at).toEqual([d1.at[0] + 4, d1.at[1] + 4]);
    a.store.getState().cancel();
    expect(deskOf(b.store.getState().plan, floorId, d1.id)!.at).toEqual(d1.at);
    a.store.getState().undo();
    expect(deskOf(b.store.getState().plan, floorId, d2.id)!.role).toBe(d2.role);
    expect(deskOf(b.store.getState().plan, floorId, d1.id)!.at).toEqual(d1.at);
    expectConverged(a, b);
  });

  it('a delete on one peer while the other edits the same desk offline: the delete wins on both', () => {
    const { a, b, floorId, desks, net } = twoPeers();
    const d1 = desks[0]!;
    net.pause();
    a.store.getState().execute(deleteElements, { floorId, ids: [d1.id] });
    b.store.getState().execute(moveElements, { floorId, ids: [d1.id], dx: 1, dy: 1 });
    net.resume();
    expect(deskOf(a.store.getState().plan, floorId, d1.id)).toBeUndefined();
    expect(deskOf(b.store.getState().plan, floorId, d1.id)).toBeUndefined();
    expectConverged(a, b);
  });

  it('offline edits of different desks on both peers merge when they meet again', () => {
    const { a, b, floorId, desks, net } = twoPeers();
    const [d1, d2, d3] = desks as [Workstation, Workstation, Workstation];
    net.pause();
    a.store.getState().execute(moveElements, { floorId, ids: [d1.id], dx: 1, dy: 0 });
    b.store.getState().execute(moveElements, { floorId, ids: [d2.id], dx: 0, dy: 1 });
    b.store.getState().execute(setElementProps, { floorId, id: d3.id, props: { role: 'supervisor' } });
    net.resume();
    for (const peer of [a, b]) {
      const plan = peer.store.getState().plan;
      expect(deskOf(plan, floorId, d1.id)!.at).toEqual([d1.at[0] + 1, d1.at[1]]);
      expect(deskOf(plan, floorId, d2.id)!.at).toEqual([d2.at[0], d2.at[1] + 1]);
      expect(deskOf(plan, floorId, d3.id)!.role).toBe('supervisor');
    }
    expectConverged(a, b);
  });

  it('a role\'s edit filter refuses a command with a message and writes nothing', () => {
    const { a, b, floorId, desks } = twoPeers();
    a.store.getState().setEditFilter(() => ({ reasonKey: 'collab.refused.outOfRole', elementIds: [] }));
    const outcome = a.store.getState().execute(moveElements, { floorId, ids: [desks[0]!.id], dx: 1, dy: 0 });
    expect(outcome.ok).toBe(false);
    expect(a.store.getState().session.message?.key).toBe('collab.refused.outOfRole');
    expect(deskOf(b.store.getState().plan, floorId, desks[0]!.id)!.at).toEqual(desks[0]!.at);
  });
});

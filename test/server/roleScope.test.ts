// The server's role scope on real updates: a facility manager's client runs the app's commands on
// its copy of the documents, and each update it would send is checked against the server's copy
// (then applied there when it passes, as the server does).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FLOOR_MAP, ITEMS, META_MAP, PLAN_MAP } from '../../src/collab/docLayout.ts';
import { planToDocs, type PlanDocs } from '../../src/collab/planDoc.ts';
import { FACILITY_MANAGER_COMMANDS } from '../../src/collab/roleScope.ts';
import { addWalls } from '../../src/floorplan/commands/addWall.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { closeDeviceAction, setDeviceAction } from '../../src/floorplan/commands/deviceActions.ts';
import { markInspected } from '../../src/floorplan/commands/markInspected.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { setReview, setReviewAction } from '../../src/floorplan/commands/setReview.ts';
import { inspectionActionKey } from '../../src/floorplan/register/actionKeys.ts';
import type { DocumentName } from '../../server/documentNames.ts';
import { refuseOutOfScopeUpdate } from '../../server/roleScope.ts';
import { ROLES, type Role } from '../../server/roles.ts';
import type { CollabRole } from '../../src/collab/roleScope.ts';
import { loadPeer } from '../collab/helpers.ts';
import { BUILDING, Client, FLOOR, PROJECT, edit, registerPlan, type SentUpdate } from '../collab/roleScopeFixture.ts';

const DEFECT_KEY = inspectionActionKey(BUILDING, FLOOR, 'x1');
const FINDING_KEY = `fire.extinguisherDistance|${BUILDING}|${FLOOR}|d1`;

/** The server's documents and a facility manager's client, both loaded from one project. */
function setup(): { server: PlanDocs; client: Client } {
  const made = planToDocs(registerPlan(), { projectId: PROJECT });
  return { server: loadPeer(made), client: new Client(loadPeer(made)) };
}

function documentOf(sent: SentUpdate): DocumentName {
  return sent.doc === 'root' ? { kind: 'project', projectId: PROJECT } : { kind: 'floor', projectId: PROJECT, floorId: sent.floorId! };
}

function serverDoc(server: PlanDocs, sent: SentUpdate): Y.Doc {
  return sent.doc === 'root' ? server.root : server.floors.get(sent.floorId!)!;
}

/**
 * Each update checked as the server would, in order; those that pass are applied to the server's
 * documents. Returns the refusals' changes (null where the update passed).
 */
function send(server: PlanDocs, updates: SentUpdate[], role: Role = 'facility-manager'): (string | null)[] {
  expect(updates.length).toBeGreaterThan(0);
  return updates.map((sent) => {
    const doc = serverDoc(server, sent);
    const refusal = refuseOutOfScopeUpdate({ role, document: documentOf(sent), update: sent.update, doc });
    if (refusal === null) Y.applyUpdate(doc, sent.update, 'client');
    else expect(refusal.reason).toBe('out-of-role');
    return refusal?.change ?? null;
  });
}

const floorMap = (docs: PlanDocs) => docs.floors.get(FLOOR)!.getMap(FLOOR_MAP);
const record = (docs: PlanDocs, collection: string, id: string) => ((floorMap(docs).get(collection) as Y.Map<unknown>).get(ITEMS) as Y.Map<Y.Map<unknown>>).get(id)!;

/** A realistic run of each command a facility manager may use, on the fixture plan. */
const RUNS: Record<string, (client: Client) => SentUpdate[][]> = {
  'fire/mark-inspected': (client) => [
    client.run(markInspected, { floorId: FLOOR, date: '2026-05-01', by: 'Wang Fang' }),
    client.run(markInspected, { ids: ['x1', 'dr1'], date: '2026-06-01', result: 'defect', note: 'seal broken', by: 'Wang Fang' }),
  ],
  'register/set-action': (client) => [
    client.run(markInspected, { ids: ['x1'], date: '2026-05-01', result: 'defect', note: 'pressure low' }),
    client.run(setDeviceAction, { findingKey: DEFECT_KEY, owner: 'Li Wei', due: '2026-05-15', note: 'pressure low', at: '2026-05-01T10:00:00Z' }),
  ],
  'register/close-action': (client) => [
    client.run(markInspected, { ids: ['x1'], date: '2026-05-01', result: 'defect', note: 'pressure low' }),
    client.run(setDeviceAction, { findingKey: DEFECT_KEY, owner: 'Li Wei', due: '2026-05-15', note: 'pressure low' }),
    client.run(closeDeviceAction, { findingKey: DEFECT_KEY, by: 'Li Wei', at: '2026-05-10T09:00:00Z' }),
  ],
  'reviews/set': (client) => [
    client.run(setReview, { findingKey: FINDING_KEY, decision: 'accepted', note: 'temporary layout', at: '2026-05-01T10:00:00Z' }),
    client.run(setReview, { findingKey: FINDING_KEY, decision: 'rejected', note: 'move it' }),
    // back to an unreviewed finding: the entry and then the list go
    client.run(setReview, { findingKey: FINDING_KEY, decision: 'open', note: '' }),
  ],
  'reviews/setAction': (client) => [
    client.run(setReviewAction, { findingKey: FINDING_KEY, owner: 'Li Wei', due: '2026-06-30' }),
    client.run(setReviewAction, { findingKey: FINDING_KEY, owner: '', due: '' }),
  ],
};

describe('a facility manager\'s updates', () => {
  it('every command a facility manager may run writes only what the server lets through, and its undo too', () => {
    expect(Object.keys(RUNS).sort()).toEqual([...FACILITY_MANAGER_COMMANDS].sort());
    for (const type of FACILITY_MANAGER_COMMANDS) {
      const { server, client } = setup();
      const runs = RUNS[type]!(client);
      for (const updates of runs) expect(send(server, updates), type).toEqual(updates.map(() => null));
      // the server's documents now hold the client's plan
      expect(Y.encodeStateVector(server.root)).toEqual(Y.encodeStateVector(client.docs.root));
      for (let i = 0; i < runs.length; i++) {
        const undone = client.undo();
        expect(send(server, undone), `${type}: undo`).toEqual(undone.map(() => null));
      }
    }
  });

  it('marking a floor inspected writes the log in the root and the dates on the floor, and both pass', () => {
    const { server, client } = setup();
    const updates = client.run(markInspected, { floorId: FLOOR, date: '2026-05-01' });
    expect(updates.map((sent) => sent.doc).sort()).toEqual(['floor', 'root']);
    expect(send(server, updates)).toEqual([null, null]);
    expect(record(server, 'extinguishers', 'x1').get('lastInspected')).toBe('2026-05-01');
    expect(record(server, 'doors', 'dr1').get('lastInspected')).toBe('2026-05-01');
    expect(((server.root.getMap(PLAN_MAP).get('inspections') as Y.Map<unknown>).get(ITEMS) as Y.Map<unknown>).size).toBe(8);
  });

  it('refuses everything a planner does: a desk or device moved, a wall added, a floor renamed, a record deleted, meta changed', () => {
    const cases: [string, (client: Client) => SentUpdate[], string][] = [
      ['desk moved', (c) => c.run(moveElements, { floorId: FLOOR, ids: ['d1'], dx: 1, dy: 0 }), 'floor:workstations/d1/at'],
      ['extinguisher moved', (c) => c.run(moveElements, { floorId: FLOOR, ids: ['x1'], dx: 1, dy: 0 }), 'floor:extinguishers/x1/at'],
      ['extinguisher re-rated', (c) => c.run(edit('test/rate', (d) => void (d.site.buildings[0]!.floors[0]!.extinguishers[0]!.rating = '5A')), undefined), 'floor:extinguishers/x1/rating'],
      ['wall added', (c) => c.run(addWalls, { floorId: FLOOR, walls: [{ id: 'w9', a: [0, 5], b: [5, 5], kind: 'solid' }] }), 'floor:walls/w9'],
      ['floor renamed', (c) => c.run(edit('test/rename', (d) => void (d.site.buildings[0]!.floors[0]!.name = '2F')), undefined), 'root:site/buildings/B/floors/F1/name'],
      // a deleted record's first deleted struct is its key in the order (written before the record)
      ['desk deleted', (c) => c.run(deleteElements, { floorId: FLOOR, ids: ['d2'] }), 'floor:workstations'],
      ['extinguisher deleted', (c) => c.run(deleteElements, { floorId: FLOOR, ids: ['x1'] }), 'floor:extinguishers'],
      ['project renamed', (c) => c.run(edit('test/name', (d) => void (d.name = 'other')), undefined), 'root:name'],
      ['meta changed', (c) => c.capture(() => c.docs.root.getMap(META_MAP).set('layout', 2)), 'root:meta (outside the plan)'],
    ];
    for (const [name, make, change] of cases) {
      // each on fresh copies: a refused edit stays on the client, and the next would build on it
      const { server, client } = setup();
      const before = [server.root, server.floors.get(FLOOR)!].map((doc) => Y.encodeStateAsUpdate(doc));
      expect(send(server, make(client)), name).toEqual([change]);
      // nothing of it reached the server's documents
      expect([server.root, server.floors.get(FLOOR)!].map((doc) => Y.encodeStateAsUpdate(doc)), name).toEqual(before);
    }
  });

  it('refuses a mixed update (a register date and a desk move in one transaction) as a whole', () => {
    const { server, client } = setup();
    const updates = client.run(
      edit('test/mixed', (d) => {
        const floor = d.site.buildings[0]!.floors[0]!;
        floor.extinguishers[0]!.lastInspected = '2026-05-01';
        floor.workstations[0]!.at = [9, 9];
      }),
      undefined,
    );
    expect(send(server, updates)).toEqual(['floor:workstations/d1/at']);
    expect(record(server, 'extinguishers', 'x1').get('lastInspected')).toBeUndefined();
  });

  it('checks an offline session sent as one update: in scope passes, one step outside refuses it all', () => {
    const { server, client } = setup();
    client.run(markInspected, { floorId: FLOOR, date: '2026-05-01' });
    client.run(setReview, { findingKey: FINDING_KEY, decision: 'accepted' });
    client.run(markInspected, { ids: ['sg1'], date: '2026-05-02' });
    const catchUp = (docs: PlanDocs, from: PlanDocs): SentUpdate[] => [
      { doc: 'root', update: Y.encodeStateAsUpdate(from.root, Y.encodeStateVector(docs.root)) },
      { doc: 'floor', floorId: FLOOR, update: Y.encodeStateAsUpdate(from.floors.get(FLOOR)!, Y.encodeStateVector(docs.floors.get(FLOOR)!)) },
    ];
    expect(send(server, catchUp(server, client.docs))).toEqual([null, null]);

    client.run(markInspected, { ids: ['hy1'], date: '2026-05-03' });
    client.run(moveElements, { floorId: FLOOR, ids: ['hy1'], dx: 0, dy: 1 });
    const [root, floor] = catchUp(server, client.docs);
    expect(send(server, [root!, floor!])).toEqual([null, 'floor:hydrants/hy1/at']);
    expect(record(server, 'hydrants', 'hy1').get('lastInspected')).toBe('2026-05-01');
  });

  it("lets through a client's whole state when the server has it all, a planner's edits included (nothing new)", () => {
    const { server, client } = setup();
    // a planner's move, which both copies already hold
    const planner = client.run(moveElements, { floorId: FLOOR, ids: ['d1'], dx: 1, dy: 0 });
    send(server, planner, 'planner');
    client.run(markInspected, { ids: ['x1'], date: '2026-05-01' }).forEach((sent) => Y.applyUpdate(serverDoc(server, sent), sent.update));
    const whole: SentUpdate[] = [
      { doc: 'root', update: Y.encodeStateAsUpdate(client.docs.root) },
      { doc: 'floor', floorId: FLOOR, update: Y.encodeStateAsUpdate(client.docs.floors.get(FLOOR)!) },
    ];
    expect(send(server, whole)).toEqual([null, null]);
  });

  it('lets owners and planners change anything and refuses any change of a viewer', () => {
    for (const role of ['owner', 'planner'] as const) {
      const { server, client } = setup();
      expect(send(server, client.run(moveElements, { floorId: FLOOR, ids: ['d1'], dx: 1, dy: 0 }), role)).toEqual([null]);
      expect(send(server, client.capture(() => client.docs.root.getMap(META_MAP).set('x', 1)), role)).toEqual([null]);
    }
    const { server, client } = setup();
    const viewer = send(server, client.run(markInspected, { ids: ['x1'], date: '2026-05-01' }), 'viewer');
    expect(viewer[0]).toBe('floor:extinguishers/x1/lastInspected');
    expect(viewer[1]).toMatch(/^root:inspections\/insp-/);
  });

  it('the roles the scope knows are the server\'s', () => {
    const scopeRoles: readonly CollabRole[] = ROLES;
    expect([...scopeRoles].sort()).toEqual(['facility-manager', 'owner', 'planner', 'viewer']);
  });
});

describe('updates made by hand, as a hostile client could', () => {
  /** An update made on a copy of `doc` (so the server's stays as it was). */
  function madeOn(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    let made: Uint8Array | null = null;
    copy.on('update', (update: Uint8Array) => (made = update));
    copy.transact(() => change(copy));
    if (!made) throw new Error('the change made no update');
    return made;
  }
  const check = (doc: Y.Doc, kind: 'project' | 'floor', update: Uint8Array) =>
    refuseOutOfScopeUpdate({ role: 'facility-manager', document: kind === 'project' ? { kind, projectId: PROJECT } : { kind, projectId: PROJECT, floorId: FLOOR }, update, doc })?.change ?? null;

  it('refuses a new shared type, a record added to a device list, a field nested in a new record, and the plan map replaced', () => {
    const { server } = setup();
    const floor = server.floors.get(FLOOR)!;
    expect(check(server.root, 'project', madeOn(server.root, (copy) => copy.getMap('evil').set('x', 1)))).toBe('root:evil (outside the plan)');
    expect(check(floor, 'floor', madeOn(floor, (copy) => copy.getMap(PLAN_MAP).set('inspections', 1)))).toBe('floor:plan (outside the plan)');
    const itemsOf = (copy: Y.Doc, collection: string) => (copy.getMap(FLOOR_MAP).get(collection) as Y.Map<unknown>).get(ITEMS) as Y.Map<unknown>;
    expect(
      check(floor, 'floor', madeOn(floor, (copy) => {
        const added = new Y.Map<unknown>();
        itemsOf(copy, 'extinguishers').set('x9', added);
        added.set('lastInspected', '2026-05-01');
      })),
    ).toBe('floor:extinguishers/x9');
    expect(check(floor, 'floor', madeOn(floor, (copy) => (itemsOf(copy, 'detectors').get('det1') as Y.Map<unknown>).set('at', [0, 0])))).toBe('floor:detectors/det1/at');
    expect(check(floor, 'floor', madeOn(floor, (copy) => (itemsOf(copy, 'detectors').get('det1') as Y.Map<unknown>).set('lastInspected', '2026-05-01')))).toBeNull();
    expect(check(floor, 'floor', madeOn(floor, (copy) => (itemsOf(copy, 'workstations').get('d1') as Y.Map<unknown>).set('lastInspected', '2026-05-01')))).toBe('floor:workstations/d1/lastInspected');
    // a register field deleted is in scope; the device's own deletion is not
    expect(check(floor, 'floor', madeOn(floor, (copy) => itemsOf(copy, 'sprinklers').delete('sp1')))).toBe('floor:sprinklers/sp1');
    expect(check(server.root, 'project', madeOn(server.root, (copy) => copy.getMap(PLAN_MAP).delete('site')))).toBe('root:site');
  });

  it('refuses an item whose parent the server does not have, and a delete of what it does not have', () => {
    const { server } = setup();
    const floor = server.floors.get(FLOOR)!;
    // made on a document that has a record the server never got
    const ahead = new Y.Doc();
    ahead.clientID = 777;
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(floor));
    const items = (ahead.getMap(FLOOR_MAP).get('extinguishers') as Y.Map<unknown>).get(ITEMS) as Y.Map<unknown>;
    ahead.transact(() => items.set('x9', new Y.Map()));
    let child: Uint8Array | null = null;
    ahead.on('update', (update: Uint8Array) => (child = update));
    (items.get('x9') as Y.Map<unknown>).set('lastInspected', '2026-05-01');
    expect(check(floor, 'floor', child!)).toBe('an item the document cannot place');

    // a delete of clocks nobody has sent yet would wait and strike a peer's future item
    const forged = deleteOnly(4242, 0, 3);
    expect(Y.decodeUpdate(forged).ds.clients.get(4242)).toEqual([{ clock: 0, len: 3 }]);
    expect(check(floor, 'floor', forged)).toBe('a delete of 4242:0, which the document does not have');
  });

  it('lets through a delete set that only repeats what is already deleted', () => {
    const { server, client } = setup();
    send(server, client.run(moveElements, { floorId: FLOOR, ids: ['d1'], dx: 1, dy: 0 }), 'planner');
    // the client's whole delete set (the old position of d1) and nothing new
    const floor = client.docs.floors.get(FLOOR)!;
    const update = Y.encodeStateAsUpdate(floor, Y.encodeStateVector(server.floors.get(FLOOR)!));
    expect(Y.decodeUpdate(update).ds.clients.size).toBe(1);
    expect(check(server.floors.get(FLOOR)!, 'floor', update)).toBeNull();
  });
});

/** An update with no structs and one deleted range (the v1 wire format, written by hand). */
function deleteOnly(client: number, clock: number, len: number): Uint8Array {
  const bytes: number[] = [0]; // no structs
  const varUint = (n: number) => {
    while (n > 0x7f) {
      bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  varUint(1); // one client in the delete set
  varUint(client);
  varUint(1); // one range
  varUint(clock);
  varUint(len);
  return new Uint8Array(bytes);
}

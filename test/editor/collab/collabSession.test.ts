// The shared session end to end in Node: editor stores joined to a real server (in-process, on a
// free port, temporary data folder) through the session the app uses.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openCollabSession, type CollabSession } from '../../../src/editor/collab/collabSession.ts';
import { joinLinkOf, type JoinLink } from '../../../src/editor/collab/joinLink.ts';
import { createEditorStore, type EditorStore } from '../../../src/editor/store.ts';
import { newIds } from '../../../src/floorplan/commands/newIds.ts';
import { markInspected } from '../../../src/floorplan/commands/markInspected.ts';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import { setElementProps } from '../../../src/floorplan/commands/setElementProps.ts';
import { fireDevicesOf } from '../../../src/floorplan/register/fireDevices.ts';
import type { PlanDocument, Workstation } from '../../../src/floorplan/types.ts';
import { editablePark } from '../../collab/editScript.ts';
import { makeDataDir, removeDataDir, startTestServer, waitFor, type TestServer } from '../../server/serverHarness.ts';
import type { Role } from '../../../server/roles.ts';

interface Person {
  store: EditorStore;
  session: CollabSession;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface ServerUnderTest {
  readonly running: TestServer;
  /** as a killed process: nothing compacted or closed */
  crash(): Promise<void>;
  /** started again on the same port and folder */
  restart(): Promise<void>;
}

/** A server on a temporary folder, stopped and removed after the test. */
async function testServer(): Promise<ServerUnderTest> {
  const dataDir = makeDataDir();
  const options = { maxUpdateBytes: 16 * 1024 * 1024 };
  let running = await startTestServer(dataDir, options);
  const port = running.server.port;
  cleanups.push(async () => {
    await running.server.stop();
    removeDataDir(dataDir);
  });
  return {
    get running() {
      return running;
    },
    crash: () => running.server.crash(),
    async restart() {
      running = await startTestServer(dataDir, { ...options, port });
    },
  };
}

function linkFor(running: TestServer, role: Role, project = 'park'): JoinLink {
  const link = joinLinkOf(`?join=${running.token(project, role)}&server=${encodeURIComponent(running.server.wsUrl)}`, { protocol: 'http:', host: 'unused' });
  if (!link || typeof link === 'string') throw new Error(`bad link: ${String(link)}`);
  return link;
}

function join(link: JoinLink, plan?: PlanDocument, offlineCopy = false): Person {
  const store = createEditorStore('en');
  if (plan) store.getState().load(plan);
  const session = openCollabSession({ store, link, appUrl: 'http://app/', serverParam: null, offlineCopy, storage: null, WebSocketPolyfill: WebSocket, connectWaitMs: 1000 });
  cleanups.push(() => session.close());
  return { store, session };
}

const synced = (p: Person, what: string): Promise<void> =>
  waitFor(() => {
    const s = p.session.handle.store.getState();
    return s.status === 'synced' && s.unsyncedChanges === 0;
  }, `${what} synced`, 15_000);

const floorOf = (plan: PlanDocument, floorId: string) => plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId)!;
const deskOf = (plan: PlanDocument, floorId: string, id: string): Workstation | undefined => floorOf(plan, floorId).workstations.find((w) => w.id === id);

async function publishedPark(running: TestServer): Promise<{ owner: Person; plan: PlanDocument; floorId: string; desks: Workstation[] }> {
  const plan = editablePark();
  const owner = join(linkFor(running, 'owner'), plan);
  expect(await owner.session.ready).toBe('empty');
  expect(owner.session.handle.store.getState().empty).toBe(true);
  // an edit before publishing is in the plan published, but not in the shared history
  const first = plan.site.buildings[0]!.floors[0]!;
  expect(owner.store.getState().execute(setElementProps, { floorId: first.id, id: first.workstations[5]!.id, props: { role: 'supervisor' } }).ok).toBe(true);
  await owner.session.handle.actions.publishOpenPlan();
  expect(owner.store.getState().history.undo).toHaveLength(0);
  expect(owner.store.getState().loads).toBe(1);
  await synced(owner, 'owner');
  const floor = plan.site.buildings[0]!.floors[0]!;
  return { owner, plan: owner.store.getState().plan, floorId: floor.id, desks: floor.workstations };
}

describe('collab session against a real server', () => {
  it('an owner publishes; a planner loads the same plan; edits, per-person undo and presence travel both ways', async () => {
    const { running } = await testServer();
    const { owner, plan, floorId, desks } = await publishedPark(running);
    const planner = join(linkFor(running, 'planner'));
    expect(await planner.session.ready).toBe('loaded');
    expect(planner.store.getState().plan).toEqual(plan);

    const [d1, d2] = desks as [Workstation, Workstation];
    owner.store.getState().execute(moveElements, { floorId, ids: [d1.id], dx: 2, dy: 0 });
    planner.store.getState().execute(setElementProps, { floorId, id: d2.id, props: { role: 'leader' } });
    await waitFor(() => deskOf(planner.store.getState().plan, floorId, d1.id)!.at[0] === d1.at[0] + 2, 'move reaches the planner', 10_000);
    await waitFor(() => deskOf(owner.store.getState().plan, floorId, d2.id)!.role === 'leader', 'role reaches the owner', 10_000);

    // the owner's undo reverts the owner's move only
    owner.store.getState().undo();
    await waitFor(() => deskOf(planner.store.getState().plan, floorId, d1.id)!.at[0] === d1.at[0], 'undo reaches the planner', 10_000);
    expect(deskOf(owner.store.getState().plan, floorId, d2.id)!.role).toBe('leader');
    await synced(owner, 'owner');
    await synced(planner, 'planner');
    expect(planner.store.getState().plan).toEqual(owner.store.getState().plan);

    // presence: the planner opens the floor and selects a desk; the owner sees it
    planner.session.handle.actions.setName('Li Lei');
    planner.store.getState().openFloor(floorId);
    planner.store.getState().select([d2.id]);
    planner.session.handle.actions.setPointer({ x: 3, y: 4 });
    await waitFor(() => {
      const peer = owner.session.handle.store.getState().peers[0];
      return peer?.name === 'Li Lei' && peer.floorId === floorId && peer.selection[0] === d2.id && peer.pointer?.x === 3;
    }, 'presence reaches the owner', 10_000);
    expect(owner.session.handle.store.getState().peers[0]!.role).toBe('planner');

    // ids made in a shared project carry this tab's tag (the second session opened last sets it)
    const [id] = newIds(owner.store.getState().plan, 's', 1);
    expect(id).toMatch(/^s\d+~[0-9a-z]+$/);
  }, 60_000);

  it('a viewer\'s edits are refused in the store; a facility manager may record an inspection but not move a desk', async () => {
    const { running } = await testServer();
    const { owner, floorId, desks } = await publishedPark(running);
    const viewer = join(linkFor(running, 'viewer'));
    expect(await viewer.session.ready).toBe('loaded');
    const refused = viewer.store.getState().execute(moveElements, { floorId, ids: [desks[0]!.id], dx: 1, dy: 0 });
    expect(refused).toEqual({ ok: false, refused: { reasonKey: 'collab.refused.viewer', elementIds: [] } });
    await waitFor(() => viewer.session.handle.store.getState().status === 'synced', 'viewer synced', 15_000);

    const manager = join(linkFor(running, 'facility-manager'));
    expect(await manager.session.ready).toBe('loaded');
    expect(manager.store.getState().execute(moveElements, { floorId, ids: [desks[0]!.id], dx: 1, dy: 0 }).ok).toBe(false);
    const device = fireDevicesOf(floorOf(manager.store.getState().plan, floorId))[0]!;
    expect(manager.store.getState().execute(markInspected, { ids: [device.id], date: '2026-12-01', by: 'Wang' }).ok).toBe(true);
    await waitFor(() => (owner.store.getState().plan.inspections ?? []).some((e) => e.deviceId === device.id && e.date === '2026-12-01'), 'inspection reaches the owner', 10_000);
    await synced(manager, 'facility manager');
    expect(manager.session.handle.store.getState().error).toBeNull();
  }, 60_000);

  it('edits made while the server is down are kept and sent after it restarts; nothing acknowledged is lost', async () => {
    const server = await testServer();
    const { owner, plan, floorId, desks } = await publishedPark(server.running);
    const [d1, d2] = desks as [Workstation, Workstation];
    owner.store.getState().execute(moveElements, { floorId, ids: [d1.id], dx: 1, dy: 1 });
    await synced(owner, 'owner');
    await server.crash();
    await waitFor(() => owner.session.handle.store.getState().status === 'offline', 'owner offline', 15_000);
    owner.store.getState().execute(moveElements, { floorId, ids: [d2.id], dx: -1, dy: 0 });
    expect(owner.session.handle.store.getState().status).toBe('offline');
    await server.restart();
    await synced(owner, 'owner after restart');
    const later = join(linkFor(server.running, 'planner'));
    expect(await later.session.ready).toBe('loaded');
    const seen = later.store.getState().plan;
    expect(deskOf(seen, floorId, d1.id)!.at).toEqual([d1.at[0] + 1, d1.at[1] + 1]);
    expect(deskOf(seen, floorId, d2.id)!.at).toEqual([d2.at[0] - 1, d2.at[1]]);
    expect(floorOf(seen, floorId).workstations).toHaveLength(floorOf(plan, floorId).workstations.length);
  }, 90_000);

  it('offline copy: a tab reopened while the server is down opens the project from IndexedDB, and its edits merge when it is back', async () => {
    const server = await testServer();
    const { owner, floorId, desks } = await publishedPark(server.running);
    const link = linkFor(server.running, 'planner');
    const first = join(link, undefined, true);
    expect(await first.session.ready).toBe('loaded');
    await synced(first, 'planner');
    // let y-indexeddb write its copy, then close the tab
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.session.close();
    await server.crash();

    const reopened = join(link, undefined, true);
    expect(await reopened.session.ready).toBe('loaded');
    expect(reopened.session.handle.store.getState().status).toBe('offline');
    const d1 = desks[0]!;
    expect(deskOf(reopened.store.getState().plan, floorId, d1.id)!.at).toEqual(d1.at);
    reopened.store.getState().execute(moveElements, { floorId, ids: [d1.id], dx: 0, dy: 3 });

    await server.restart();
    await synced(reopened, 'reopened planner');
    await waitFor(() => deskOf(owner.store.getState().plan, floorId, d1.id)!.at[1] === d1.at[1] + 3, 'offline edit reaches the owner', 15_000);
  }, 90_000);
});

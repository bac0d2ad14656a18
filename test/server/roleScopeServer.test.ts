// The facility manager's scope end to end: real clients against a server started in-process on a
// free port with a fresh data folder, the plan written by the app's own commands.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docsToPlan, floorDocGuid, planToDocs, rootDocGuid, type PlanDocs } from '../../src/collab/planDoc.ts';
import { markInspected } from '../../src/floorplan/commands/markInspected.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import type { Role } from '../../server/roles.ts';
import { Client, FLOOR, registerPlan } from '../collab/roleScopeFixture.ts';
import { connect, makeDataDir, removeDataDir, startTestServer, waitFor, type TestClient, type TestServer } from './serverHarness.ts';

const PROJECT = 'park-1';
const ROOT = rootDocGuid(PROJECT);
const FLOOR_DOC = floorDocGuid(PROJECT, FLOOR);

let running: TestServer[] = [];
let clients: TestClient[] = [];
let dataDirs: string[] = [];

afterEach(async () => {
  for (const made of clients) made.destroy();
  for (const server of running) await server.server.stop();
  for (const dir of dataDirs) removeDataDir(dir);
  clients = [];
  running = [];
  dataDirs = [];
});

async function start(dataDir: string): Promise<TestServer> {
  if (!dataDirs.includes(dataDir)) dataDirs.push(dataDir);
  const server = await startTestServer(dataDir);
  running.push(server);
  return server;
}

/** A peer with the project's root and floor documents open (empty ones, filled by the server, unless given). */
async function open(server: TestServer, role: Role, docs?: PlanDocs): Promise<{ docs: PlanDocs; root: TestClient; floor: TestClient }> {
  const token = server.token(PROJECT, role);
  const rootDoc = docs?.root ?? new Y.Doc();
  const floorDoc = docs?.floors.get(FLOOR) ?? new Y.Doc({ guid: FLOOR_DOC });
  const root = connect(server.server.wsUrl, ROOT, token, rootDoc);
  const floor = connect(server.server.wsUrl, FLOOR_DOC, token, floorDoc);
  clients.push(root, floor);
  await Promise.all([root.synced(), floor.synced()]);
  return { docs: { root: rootDoc, floors: new Map([[FLOOR, floorDoc]]) }, root, floor };
}

const planOf = (docs: PlanDocs) => docsToPlan(docs.root, docs.floors);
const floorOf = (docs: PlanDocs) => planOf(docs).site.buildings[0]!.floors[0]!;

describe("the facility manager's scope on a running server", () => {
  it('stores an inspection and passes it on; refuses a desk move with out-of-role, logs it and never stores it', async () => {
    const dataDir = makeDataDir();
    const server = await start(dataDir);
    const owner = await open(server, 'owner', planToDocs(registerPlan(), { projectId: PROJECT }));
    await Promise.all([owner.root.acknowledged(), owner.floor.acknowledged()]);
    const deskAt = floorOf(owner.docs).workstations[0]!.at;

    const fm = await open(server, 'facility-manager');
    const reader = await open(server, 'planner');
    const client = new Client(fm.docs);
    client.run(markInspected, { ids: ['x1'], date: '2026-05-01', by: 'Wang Fang' });
    await Promise.all([fm.root.acknowledged(), fm.floor.acknowledged()]);
    await waitFor(() => planOf(reader.docs).inspections?.length === 1 && floorOf(reader.docs).extinguishers[0]!.lastInspected === '2026-05-01', 'the inspection on the other client');
    expect(planOf(reader.docs).inspections).toEqual([{ id: expect.any(String), deviceId: 'x1', date: '2026-05-01', result: 'pass', by: 'Wang Fang' }]);

    client.run(moveElements, { floorId: FLOOR, ids: ['d1'], dx: 2, dy: 0 });
    await waitFor(() => fm.floor.closedWith.includes('out-of-role'), 'the out-of-role refusal');
    const logged = server.logs.filter((line) => line.includes('refused a message: out-of-role'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`document=${FLOOR_DOC}`);
    expect(logged[0]).toContain('role=facility-manager');
    expect(logged[0]).toContain('change=floor:workstations/d1/at');
    // the refusal closed only the floor's connection: the root's carries on
    expect(fm.root.closedWith).toEqual([]);
    expect(floorOf(reader.docs).workstations[0]!.at).toEqual(deskAt);
    // the server's own copy (Hocuspocus names its documents otherwise: read it through one named right)
    const live = new Y.Doc({ guid: FLOOR_DOC });
    Y.applyUpdate(live, Y.encodeStateAsUpdate(server.server.hocuspocus.documents.get(FLOOR_DOC)!));
    expect(floorOf({ root: reader.docs.root, floors: new Map([[FLOOR, live]]) }).workstations[0]!.at).toEqual(deskAt);

    // and stored: what a fresh reader gets after a restart on the same folder
    for (const made of clients) made.destroy();
    clients = [];
    await server.server.stop();
    running = [];
    const again = await start(dataDir);
    const after = await open(again, 'viewer');
    const floor = floorOf(after.docs);
    expect(floor.workstations[0]!.at).toEqual(deskAt);
    expect(floor.extinguishers[0]!.lastInspected).toBe('2026-05-01');
    expect(planOf(after.docs).inspections).toHaveLength(1);
  });
});

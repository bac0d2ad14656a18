// Postgres storage (server/postgresStorage.ts) against a real Postgres started by the test
// (postgresHarness.ts): the store itself, a server restarted on it, two instances sharing one
// database, and the database going away under a running server.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCommand } from '../../server/config.ts';
import { PostgresStore, redactedPostgresUrl } from '../../server/postgresStorage.ts';
import { availability, SERVICE_HOOK_MS, findPostgresBinaries, startPostgres, type TestPostgres } from './postgresHarness.ts';
import { connect, getJson, makeDataDir, removeDataDir, startTestServer, waitFor, type TestClient, type TestServer } from './serverHarness.ts';

const ROOT = 'callfloor/park-1';
const binaries = availability('Postgres', findPostgresBinaries());

let postgres: TestPostgres;
let databases = 0;
let stores: PostgresStore[] = [];
let running: TestServer[] = [];
let clients: TestClient[] = [];
let dataDirs: string[] = [];

/** A fresh database for one test. */
function database(): Promise<string> {
  databases += 1;
  return postgres.createDatabase(`callfloor_test_${databases}`);
}

async function openStore(url: string, options: Parameters<typeof PostgresStore.open>[1] = {}): Promise<PostgresStore> {
  const store = await PostgresStore.open(url, options);
  stores.push(store);
  return store;
}

async function start(postgresUrl: string, dataDir: string): Promise<TestServer> {
  if (!dataDirs.includes(dataDir)) dataDirs.push(dataDir);
  const server = await startTestServer(dataDir, { postgresUrl });
  running.push(server);
  return server;
}

/** Disconnects every client so far (before a server stops mid-test: none tries to come back). */
function dropClients(): void {
  for (const made of clients) made.destroy();
}

function client(server: TestServer, token: string): TestClient {
  const made = connect(server.server.wsUrl, ROOT, token);
  clients.push(made);
  return made;
}

function docFrom(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

/** The update a fresh client makes setting one key in the `plan` map. */
function editOf(key: string, value: unknown, doc = new Y.Doc()): { doc: Y.Doc; update: Uint8Array } {
  let update: Uint8Array = new Uint8Array();
  doc.once('update', (made: Uint8Array) => {
    update = made;
  });
  doc.getMap('plan').set(key, value);
  return { doc, update };
}

describe('the --postgres option', () => {
  it('takes the flag over CALLFLOOR_POSTGRES_URL, refuses other URLs and hides the password when shown', () => {
    const fromEnv = parseCommand([], { CALLFLOOR_POSTGRES_URL: 'postgres://cf@db:5432/callfloor' });
    expect(fromEnv.kind === 'serve' && fromEnv.options.postgresUrl).toBe('postgres://cf@db:5432/callfloor');
    const fromFlag = parseCommand(['--postgres', 'postgresql://cf:pw@db/other'], { CALLFLOOR_POSTGRES_URL: 'postgres://cf@db:5432/callfloor' });
    expect(fromFlag.kind === 'serve' && fromFlag.options.postgresUrl).toBe('postgresql://cf:pw@db/other');
    const none = parseCommand([], {});
    expect(none.kind === 'serve' && none.options.postgresUrl).toBeUndefined();
    expect(parseCommand(['--postgres', 'mysql://db/x'], {})).toEqual({ kind: 'error', message: '--postgres wants a postgres:// or postgresql:// URL' });
    expect(redactedPostgresUrl('postgres://cf:secret@db:5432/callfloor')).toBe('postgres://cf:***@db:5432/callfloor');
  });
});

describe.skipIf(!binaries.ok)('Postgres storage', () => {
  beforeAll(async () => {
    if (binaries.ok) postgres = await startPostgres(binaries.binDir);
  }, SERVICE_HOOK_MS);
  afterAll(async () => {
    await postgres?.destroy();
  }, SERVICE_HOOK_MS);
  afterEach(async () => {
    for (const made of clients) made.destroy();
    for (const server of running) await server.server.stop();
    for (const store of stores) await store.close();
    for (const dir of dataDirs) removeDataDir(dir);
    clients = [];
    running = [];
    stores = [];
    dataDirs = [];
  });

  it('keeps updates across reopening, and compaction keeps only what the snapshot lacks', async () => {
    const url = await database();
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    source.getMap('plan').set('a', 1);
    source.getMap('plan').set('b', 2);

    const first = await openStore(url);
    for (const update of updates) await first.appendUpdate('callfloor/p', update);
    await first.close();
    const store = await openStore(url);
    expect(await store.readDocument('callfloor/p')).toHaveLength(2);
    expect(docFrom(await store.readDocument('callfloor/p')).getMap('plan').toJSON()).toEqual({ a: 1, b: 2 });
    expect(await store.readDocument('callfloor/other')).toEqual([]);

    // an update logged after the state to compact was taken survives the compaction
    const compacted = docFrom(await store.readDocument('callfloor/p'));
    const state = Y.encodeStateAsUpdate(compacted);
    const snapshot = Y.snapshot(compacted);
    source.getMap('plan').set('c', 3);
    await store.appendUpdate('callfloor/p', updates[2] as Uint8Array);
    await store.compact('callfloor/p', state, (update) => Y.snapshotContainsUpdate(snapshot, update));
    const parts = await store.readDocument('callfloor/p');
    expect(parts).toHaveLength(2); // the row and the late update
    expect(docFrom(parts).getMap('plan').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
    expect(await store.isHealthy()).toBe(true);
    await store.close();
    expect(await store.isHealthy()).toBe(false);
  });

  it('two instances compacting one document at once keep what each of them holds', async () => {
    const url = await database();
    const [left, right] = await Promise.all([openStore(url), openStore(url)]);
    for (let round = 0; round < 5; round++) {
      // each instance holds what the row holds plus an edit the other never saw
      const base = docFrom(await left.readDocument(ROOT));
      const leftDoc = docFrom([Y.encodeStateAsUpdate(base)]);
      const rightDoc = docFrom([Y.encodeStateAsUpdate(base)]);
      const leftEdit = editOf(`left-${round}`, round, leftDoc);
      const rightEdit = editOf(`right-${round}`, round, rightDoc);
      await Promise.all([left.appendUpdate(ROOT, leftEdit.update), right.appendUpdate(ROOT, rightEdit.update)]);
      const leftSnapshot = Y.snapshot(leftDoc);
      const rightSnapshot = Y.snapshot(rightDoc);
      await Promise.all([
        left.compact(ROOT, Y.encodeStateAsUpdate(leftDoc), (update) => Y.snapshotContainsUpdate(leftSnapshot, update)),
        right.compact(ROOT, Y.encodeStateAsUpdate(rightDoc), (update) => Y.snapshotContainsUpdate(rightSnapshot, update)),
      ]);
      const parts = await right.readDocument(ROOT);
      // both edits in the one row: each compaction deleted its own logged edit, the later one merged
      expect(parts).toHaveLength(1);
      const keys = Object.keys(docFrom(parts).getMap('plan').toJSON()).sort();
      expect(keys).toEqual(Array.from({ length: round + 1 }, (_, i) => [`left-${i}`, `right-${i}`]).flat().sort());
    }
  });

  it('records links, and a revocation made by one instance reaches the other', async () => {
    const url = await database();
    const [one, two] = await Promise.all([openStore(url, { revocationPollMs: 50 }), openStore(url, { revocationPollMs: 50 })]);
    await one.recordLink({ linkId: 'l1', project: 'p', role: 'viewer', label: '投资人', createdAt: 10, expiresAt: 20 });
    await one.revokeLink('l1', 'p');
    expect(one.isRevoked('l1')).toBe(true);
    await waitFor(() => two.isRevoked('l1'), 'the revocation on the other instance', 2000);
    expect(two.isRevoked('l2')).toBe(false);
    expect(await two.listLinks('p')).toEqual([{ linkId: 'l1', project: 'p', role: 'viewer', label: '投资人', createdAt: 10, expiresAt: 20 }]);
  });

  it("keeps a document's edits across a server restart and reports postgres in /health", async () => {
    const url = await database();
    const dataDir = makeDataDir();
    const first = await start(url, dataDir);
    const health = await getJson(`${first.server.url}/health`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, storage: 'postgres' });
    const token = first.token('park-1', 'planner');
    const writer = client(first, token);
    await writer.synced();
    for (let i = 0; i < 20; i++) writer.doc.getMap('plan').set(`edit-${i}`, i);
    await writer.acknowledged();
    writer.destroy();
    await first.server.stop();

    const second = await start(url, dataDir);
    const reader = client(second, token);
    await reader.synced();
    expect(reader.doc.getMap('plan').toJSON()).toEqual(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`edit-${i}`, i])));
  });

  it('two instances on one database each serve clients of the same document, and neither loses the other’s edits', async () => {
    const url = await database();
    // one data folder for both: the same signing secret (Postgres takes no folder lock)
    const dataDir = makeDataDir();
    const [one, two] = await Promise.all([start(url, dataDir), start(url, dataDir)]);
    const token = one.token('park-1', 'planner');
    const onOne = client(one, token);
    const onTwo = client(two, token);
    await Promise.all([onOne.synced(), onTwo.synced()]);
    for (let i = 0; i < 10; i++) {
      onOne.doc.getMap('plan').set(`one-${i}`, i);
      onTwo.doc.getMap('plan').set(`two-${i}`, i);
    }
    await Promise.all([onOne.acknowledged(), onTwo.acknowledged()]);
    // both compact (a quiet moment after the edits, then on stop), each with only its own edits
    await new Promise((resolve) => setTimeout(resolve, 400));
    dropClients();
    await Promise.all([one.server.stop(), two.server.stop()]);

    const third = await start(url, dataDir);
    const reader = client(third, token);
    await reader.synced();
    const expected = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [[`one-${i}`, i], [`two-${i}`, i]]).flat());
    expect(reader.doc.getMap('plan').toJSON()).toEqual(expected);
  });

  it('refuses writes as storage-failed while the database is away, answers /health with 503, and recovers', async () => {
    const url = await database();
    const server = await start(url, makeDataDir());
    const token = server.token('park-1', 'planner');
    const writer = client(server, token);
    // a second client keeps the document open on the server when the writer is cut off
    const watcher = client(server, token);
    await Promise.all([writer.synced(), watcher.synced()]);
    writer.doc.getMap('plan').set('kept', true);
    await writer.acknowledged();

    await postgres.stop('fast');
    try {
      const down = await getJson(`${server.server.url}/health`);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, storage: 'postgres', documents: 1 });
      writer.doc.getMap('plan').set('lost', true);
      await waitFor(() => writer.closedWith.includes('storage-failed'), 'the refused save', 8000);
      expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
      expect(server.server.hocuspocus.documents.get(ROOT)?.getMap('plan').toJSON()).toEqual({ kept: true });
      expect(server.logs.some((line) => line.includes('storage error while saving an update') && line.includes(`document=${ROOT}`))).toBe(true);
      // the refused edit stays the writer's own (it must not come back when the database does)
      writer.destroy();
    } finally {
      await postgres.start();
    }
    const up = await getJson(`${server.server.url}/health`);
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ ok: true, storage: 'postgres' });
    const again = client(server, token);
    await again.synced();
    again.doc.getMap('plan').set('after', 1);
    await again.acknowledged();
    expect(server.server.hocuspocus.documents.get(ROOT)?.getMap('plan').toJSON()).toEqual({ kept: true, after: 1 });

    // and what is stored is what was acknowledged
    dropClients();
    await server.server.stop();
    const restarted = await start(url, server.dataDir);
    const reader = client(restarted, token);
    await reader.synced();
    expect(reader.doc.getMap('plan').toJSON()).toEqual({ kept: true, after: 1 });
  });
});

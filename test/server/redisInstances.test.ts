// Two server instances behind one Redis (--redis, @hocuspocus/extension-redis) and one Postgres
// database, each with its own client of the same document: an edit made on one instance reaches
// the client on the other, and so does awareness (presence), within a bounded time. Redis and
// Postgres are real, started by the test (redisHarness.ts, postgresHarness.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { availability, SERVICE_HOOK_MS, findPostgresBinaries, startPostgres, type TestPostgres } from './postgresHarness.ts';
import { findRedisServer, startRedis, type TestRedis } from './redisHarness.ts';
import { connect, makeDataDir, removeDataDir, startTestServer, waitFor, type TestClient, type TestServer } from './serverHarness.ts';

const ROOT = 'callfloor/park-1';
/** how long an edit or a presence change may take to cross from one instance to the other */
const CROSSING_MS = 3000;
const postgresBinaries = availability('Postgres', findPostgresBinaries());
const redisBinary = availability('Redis', findRedisServer());

let postgres: TestPostgres;
let redis: TestRedis;
let running: TestServer[] = [];
let clients: TestClient[] = [];
let dataDir = '';

describe.skipIf(!postgresBinaries.ok || !redisBinary.ok)('several instances with Redis and Postgres', () => {
  beforeAll(async () => {
    if (!postgresBinaries.ok || !redisBinary.ok) return;
    [postgres, redis] = await Promise.all([startPostgres(postgresBinaries.binDir), startRedis(redisBinary.binDir)]);
  }, SERVICE_HOOK_MS);
  afterAll(async () => {
    await Promise.all([postgres?.destroy(), redis?.stop()]);
  }, SERVICE_HOOK_MS);
  afterEach(async () => {
    for (const made of clients) made.destroy();
    for (const server of running) await server.server.stop();
    if (dataDir) removeDataDir(dataDir);
    clients = [];
    running = [];
  });

  it('an edit and a presence on one instance reach the client on the other', async () => {
    const postgresUrl = await postgres.createDatabase('callfloor_instances');
    // one folder, so one signing secret; in production each machine gets a copy (--secret-file)
    dataDir = makeDataDir();
    const one = await startTestServer(dataDir, { postgresUrl, redisUrl: redis.url });
    running.push(one);
    const two = await startTestServer(dataDir, { postgresUrl, redisUrl: redis.url });
    running.push(two);
    expect(one.server.port).not.toBe(two.server.port);

    const token = one.token('park-1', 'planner');
    const onOne = connect(one.server.wsUrl, ROOT, token);
    const onTwo = connect(two.server.wsUrl, ROOT, token);
    clients.push(onOne, onTwo);
    await Promise.all([onOne.synced(), onTwo.synced()]);

    let started = Date.now();
    onOne.doc.getMap('plan').set('name', 'Park one');
    await waitFor(() => onTwo.doc.getMap('plan').get('name') === 'Park one', 'the edit from instance one on instance two', CROSSING_MS);
    const oneToTwoMs = Date.now() - started;

    started = Date.now();
    onTwo.doc.getMap('plan').set('seats', 5120);
    await waitFor(() => onOne.doc.getMap('plan').get('seats') === 5120, 'the edit from instance two on instance one', CROSSING_MS);
    const twoToOneMs = Date.now() - started;
    expect(onOne.doc.getMap('plan').toJSON()).toEqual({ name: 'Park one', seats: 5120 });
    expect(onTwo.doc.getMap('plan').toJSON()).toEqual({ name: 'Park one', seats: 5120 });

    // presence: what the client on one says about itself shows on two, and the other way
    const presenceOf = (client: TestClient, from: TestClient) => client.provider.awareness?.getStates().get(from.doc.clientID)?.user as { name?: string } | undefined;
    started = Date.now();
    onOne.provider.setAwarenessField('user', { name: '王工' });
    onTwo.provider.setAwarenessField('user', { name: 'Ana' });
    await waitFor(() => presenceOf(onTwo, onOne)?.name === '王工' && presenceOf(onOne, onTwo)?.name === 'Ana', 'presence across the instances', CROSSING_MS);
    const presenceMs = Date.now() - started;
    console.info(`crossing instances through Redis: edit ${oneToTwoMs} ms and ${twoToOneMs} ms, presence ${presenceMs} ms`);

    // and both instances logged what their own client sent into the one database
    await Promise.all([onOne.acknowledged(), onTwo.acknowledged()]);
    for (const made of clients) made.destroy();
    await Promise.all([one.server.stop(), two.server.stop()]);
    const reader = await startTestServer(dataDir, { postgresUrl });
    running.push(reader);
    const back = connect(reader.server.wsUrl, ROOT, token);
    clients.push(back);
    await back.synced();
    expect(back.doc.getMap('plan').toJSON()).toEqual({ name: 'Park one', seats: 5120 });
  });
});

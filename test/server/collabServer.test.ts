// The server end to end: real WebSocket clients (HocuspocusProvider over ws) against a server
// started in-process on a free port with a fresh data folder.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, getJson, makeDataDir, removeDataDir, startTestServer, waitFor, type TestClient, type TestServer } from './serverHarness.ts';

const ROOT = 'callfloor/park-1';
const FLOOR = 'callfloor/park-1/floor/A-3F';

let running: TestServer[] = [];
let clients: TestClient[] = [];
let dataDirs: string[] = [];

async function start(options: Parameters<typeof startTestServer>[1] = {}, dataDir = makeDataDir()): Promise<TestServer> {
  if (!dataDirs.includes(dataDir)) dataDirs.push(dataDir);
  const server = await startTestServer(dataDir, options);
  running.push(server);
  return server;
}

function client(server: TestServer, name: string, token: string, doc?: Y.Doc): TestClient {
  const made = connect(server.server.wsUrl, name, token, doc);
  clients.push(made);
  return made;
}

afterEach(async () => {
  for (const made of clients) made.destroy();
  for (const server of running) await server.server.stop();
  for (const dir of dataDirs) removeDataDir(dir);
  clients = [];
  running = [];
  dataDirs = [];
});

describe('collaboration server', () => {
  it('two clients converge on a Y.Map edit, in the root and a floor document', async () => {
    const server = await start();
    const planner = server.token('park-1', 'planner');
    const a = client(server, ROOT, planner);
    const b = client(server, ROOT, planner);
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getMap('plan').set('name', 'Park one');
    b.doc.getMap('plan').set('seats', 5120);
    await waitFor(() => a.doc.getMap('plan').get('seats') === 5120 && b.doc.getMap('plan').get('name') === 'Park one', 'both edits on both clients');
    expect(a.doc.getMap('plan').toJSON()).toEqual({ name: 'Park one', seats: 5120 });
    expect(b.doc.getMap('plan').toJSON()).toEqual({ name: 'Park one', seats: 5120 });

    const floorA = client(server, FLOOR, planner);
    const floorB = client(server, FLOOR, planner);
    await Promise.all([floorA.synced(), floorB.synced()]);
    floorA.doc.getMap('floor').set('desk-1', { x: 1.5, y: 2 });
    await waitFor(() => floorB.doc.getMap('floor').has('desk-1'), 'the floor edit on the other client');
    expect(floorB.doc.getMap('floor').get('desk-1')).toEqual({ x: 1.5, y: 2 });
    // the floor's edit stayed in the floor's document
    expect(a.doc.getMap('floor').size).toBe(0);
  });
});

describe('roles and tokens', () => {
  it("refuses a viewer's write, logs it and never applies it; the viewer still reads", async () => {
    const server = await start();
    const planner = client(server, ROOT, server.token('park-1', 'planner'));
    await planner.synced();
    planner.doc.getMap('plan').set('name', 'Original');
    await planner.acknowledged();

    const viewer = client(server, ROOT, server.token('park-1', 'viewer'));
    await viewer.synced();
    expect(viewer.doc.getMap('plan').get('name')).toBe('Original');
    expect(viewer.provider.authorizedScope).toBe('readonly');
    viewer.doc.getMap('plan').set('name', 'Forged');
    await waitFor(() => viewer.closedWith.includes('read-only'), 'the read-only refusal');

    const serverDoc = server.server.hocuspocus.documents.get(ROOT);
    expect(serverDoc?.getMap('plan').get('name')).toBe('Original');
    expect(planner.doc.getMap('plan').get('name')).toBe('Original');
    expect(server.logs.some((line) => line.includes('refused a message: read-only') && line.includes(`document=${ROOT}`))).toBe(true);
    // and it was not stored either: a fresh reader after a restart sees the original
    planner.destroy();
    viewer.destroy();
    await server.server.stop();
    const again = await start({}, server.dataDir);
    const reader = client(again, ROOT, again.token('park-1', 'viewer'));
    await reader.synced();
    expect(reader.doc.getMap('plan').get('name')).toBe('Original');
  });

  it('refuses expired, revoked, forged and tampered tokens, unknown documents and other projects, each with its reason', async () => {
    const server = await start();
    const { signToken } = await import('../../server/tokens.ts');
    const nowS = Math.floor(Date.now() / 1000);
    const expired = signToken({ project: 'park-1', role: 'planner', exp: nowS - 10, linkId: 'old' }, server.secret);
    const forged = signToken({ project: 'park-1', role: 'owner', exp: nowS + 3600, linkId: 'x' }, Buffer.from('not the server secret, but long enough'));
    const viewerToken = server.token('park-1', 'viewer');
    const [version, , signature] = viewerToken.split('.');
    const promoted = Buffer.from(JSON.stringify({ project: 'park-1', role: 'owner', exp: nowS + 3600, linkId: 'x' })).toString('base64url');
    const tampered = `${version}.${promoted}.${signature}`;

    const owner = server.token('park-1', 'owner');
    const minted = await getJson(`${server.server.url}/api/projects/park-1/links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${owner}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'planner', label: 'Li Wei' }),
    });
    expect(minted.status).toBe(201);
    const revokedLink = String(minted.body.token);
    const revoke = await getJson(`${server.server.url}/api/projects/park-1/links/${String(minted.body.linkId)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${owner}` } });
    expect(revoke).toEqual({ status: 200, body: { revoked: minted.body.linkId, disconnected: 0 } });

    const cases: [string, string, string][] = [
      ['expired', ROOT, expired],
      ['revoked', ROOT, revokedLink],
      ['forged', ROOT, forged],
      ['forged', ROOT, tampered],
      ['forged', ROOT, 'not-a-token'],
      ['missing-token', ROOT, ''],
      ['unknown-document', 'someone-elses/doc', owner],
      ['unknown-document', 'callfloor/park-1/walls/x', owner],
      ['wrong-project', 'callfloor/park-2', owner],
    ];
    const refused = cases.map(([, name, token]) => client(server, name, token));
    await waitFor(() => refused.every((made) => made.refusedWith.length > 0), 'every refusal');
    expect(refused.map((made) => made.refusedWith[0])).toEqual(cases.map(([reason]) => reason));
    expect(server.server.hocuspocus.getDocumentsCount()).toBe(0);

    // the server carries on serving a valid client
    const valid = client(server, ROOT, owner);
    await valid.synced();
  });

  it('cuts off a live connection when its link is revoked, and only owners manage links', async () => {
    const server = await start();
    const owner = server.token('park-1', 'owner');
    const post = (token: string, project = 'park-1') =>
      getJson(`${server.server.url}/api/projects/${project}/links`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ role: 'viewer', expiresInS: 600 }) });
    expect((await post(server.token('park-1', 'planner'))).body).toEqual({ error: 'not-owner' });
    expect((await post(owner, 'park-2')).body).toEqual({ error: 'wrong-project' });
    expect((await post('cf1.bad.token')).status).toBe(401);
    const link = await post(owner);
    expect(link.status).toBe(201);
    expect(link.body.role).toBe('viewer');

    const viewer = client(server, ROOT, String(link.body.token));
    await viewer.synced();
    const revoke = await getJson(`${server.server.url}/api/projects/park-1/links/${String(link.body.linkId)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${owner}` } });
    expect(revoke.body.disconnected).toBe(1);
    await waitFor(() => viewer.closedWith.includes('revoked'), 'the revoked link cut off');
    const listed = await getJson(`${server.server.url}/api/projects/park-1/links`, { headers: { Authorization: `Bearer ${owner}` } });
    expect(listed.body.links).toMatchObject([{ linkId: link.body.linkId, role: 'viewer', revoked: true }]);
  });
});

describe('the link API from another origin', () => {
  it('answers the browser\'s preflight and marks its answers readable by any origin; the owner token still decides', async () => {
    const server = await start();
    const url = `${server.server.url}/api/projects/park-1/links`;
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    const refused = await fetch(url, { headers: { Origin: 'http://127.0.0.1:4173', Authorization: `Bearer ${server.token('park-1', 'planner')}` } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    const listed = await fetch(url, { headers: { Authorization: `Bearer ${server.token('park-1', 'owner')}` } });
    expect(listed.status).toBe(200);
  });
});

describe('health and the app', () => {
  it('answers /health with the open documents and connections', async () => {
    const server = await start();
    const a = client(server, ROOT, server.token('park-1', 'planner'));
    await a.synced();
    const health = await getJson(`${server.server.url}/health`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, documents: 1, connections: 1, storage: 'sqlite' });
    expect(typeof health.body.uptimeS).toBe('number');
    const page = await fetch(`${server.server.url}/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
  });

  it('serves the built app and nothing outside its folder', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const appDir = join(makeDataDir(), 'dist');
    dataDirs.push(appDir);
    mkdirSync(join(appDir, 'assets'), { recursive: true });
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Callfloor</title>');
    writeFileSync(join(appDir, 'assets', 'main-abc.js'), 'console.log(1)');
    const server = await start({ appDir });
    const index = await fetch(`${server.server.url}/`);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('<title>Callfloor</title>');
    const script = await fetch(`${server.server.url}/assets/main-abc.js`);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toBe('console.log(1)');
    const outside = await fetch(`${server.server.url}/%2e%2e/secret.key`);
    expect(outside.status).toBe(404);
  });
});

describe('storage', () => {
  it('keeps what was acknowledged through a stop and through a crash', async () => {
    const dataDir = makeDataDir();
    const first = await start({}, dataDir);
    const token = first.token('park-1', 'planner');
    const writer = client(first, ROOT, token);
    const floorWriter = client(first, FLOOR, token);
    await Promise.all([writer.synced(), floorWriter.synced()]);
    writer.doc.getMap('plan').set('name', 'Stored');
    floorWriter.doc.getMap('floor').set('desk-7', { x: 3 });
    await Promise.all([writer.acknowledged(), floorWriter.acknowledged()]);
    writer.destroy();
    floorWriter.destroy();
    await first.server.stop();

    const second = await start({}, dataDir);
    const reader = client(second, ROOT, token);
    await reader.synced();
    expect(reader.doc.getMap('plan').get('name')).toBe('Stored');
    for (let i = 0; i < 20; i++) reader.doc.getMap('plan').set(`edit-${i}`, i);
    await reader.acknowledged();
    reader.destroy();
    // killed: no compaction, no close; only what was committed before each acknowledgement
    await second.server.crash();

    const third = await start({}, dataDir);
    const afterCrash = client(third, ROOT, token);
    const floorAfterCrash = client(third, FLOOR, token);
    await Promise.all([afterCrash.synced(), floorAfterCrash.synced()]);
    const plan = afterCrash.doc.getMap('plan').toJSON();
    expect(plan.name).toBe('Stored');
    expect(Object.keys(plan).filter((key) => key.startsWith('edit-')).length).toBe(20);
    expect(plan['edit-19']).toBe(19);
    expect(floorAfterCrash.doc.getMap('floor').get('desk-7')).toEqual({ x: 3 });
  });

  it('reports a failed write to the client as a refused save, logs it, and does not apply it', async () => {
    const { SqliteStore } = await import('../../server/storage.ts');
    const { join } = await import('node:path');
    const dataDir = makeDataDir();
    let failing = false;
    class FlakyStore extends SqliteStore {
      override async appendUpdate(name: string, update: Uint8Array): Promise<void> {
        if (failing) throw new Error('disk full');
        await super.appendUpdate(name, update);
      }
    }
    const server = await start({ store: new FlakyStore(join(dataDir, 'callfloor.sqlite')) }, dataDir);
    const token = server.token('park-1', 'planner');
    const writer = client(server, ROOT, token);
    const reader = client(server, ROOT, token);
    await Promise.all([writer.synced(), reader.synced()]);
    writer.doc.getMap('plan').set('kept', true);
    await writer.acknowledged();
    await waitFor(() => reader.doc.getMap('plan').get('kept') === true, 'the saved edit on the reader');
    failing = true;
    writer.doc.getMap('plan').set('lost', true);
    await waitFor(() => writer.closedWith.includes('storage-failed'), 'the refused save');
    expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(server.server.hocuspocus.documents.get(ROOT)?.getMap('plan').toJSON()).toEqual({ kept: true });
    expect(reader.doc.getMap('plan').toJSON()).toEqual({ kept: true });
    expect(server.logs.some((line) => line.includes('storage error while saving an update') && line.includes(`document=${ROOT}`) && line.includes('disk full'))).toBe(true);
  });
});

describe('limits', () => {
  it('refuses an oversized update with its reason and keeps serving the others', async () => {
    const server = await start({ maxUpdateBytes: 32 * 1024 });
    const token = server.token('park-1', 'planner');
    const big = client(server, ROOT, token);
    const a = client(server, ROOT, token);
    const b = client(server, ROOT, token);
    await Promise.all([big.synced(), a.synced(), b.synced()]);
    big.doc.getMap('plan').set('underlay', 'x'.repeat(100 * 1024));
    await waitFor(() => big.closedWith.includes('update-too-large'), 'the oversized refusal');
    expect(server.server.hocuspocus.documents.get(ROOT)?.getMap('plan').has('underlay')).toBe(false);
    expect(server.logs.some((line) => line.includes('refused a message: update-too-large') && line.includes('limit=32768'))).toBe(true);

    a.doc.getMap('plan').set('after', 'still served');
    await waitFor(() => b.doc.getMap('plan').get('after') === 'still served', 'another client served after the refusal');
    expect(b.doc.getMap('plan').has('underlay')).toBe(false);
  });

  it('refuses a connection that sends faster than its rate limit', async () => {
    const server = await start({ rateLimit: { perSecond: 1, burst: 8 } });
    const token = server.token('park-1', 'planner');
    const flood = client(server, ROOT, token);
    await flood.synced();
    for (let i = 0; i < 30; i++) flood.doc.getMap('plan').set(`n${i}`, i);
    await waitFor(() => flood.closedWith.includes('rate-limited'), 'the rate limit');
    const calm = client(server, ROOT, token);
    await calm.synced();
    expect((await getJson(`${server.server.url}/health`)).body.ok).toBe(true);
  });

  it('refuses a malformed update from a raw client', async () => {
    const server = await start();
    const token = server.token('park-1', 'planner');
    const { default: WebSocket } = await import('ws');
    const socket = new WebSocket(server.server.wsUrl);
    const replies: Uint8Array[] = [];
    socket.on('message', (data: Buffer) => replies.push(new Uint8Array(data)));
    await new Promise((resolve) => socket.once('open', resolve));
    // Hocuspocus wire format: varString document, varUint type (2 auth, 0 sync, 7 close), then the body
    socket.send(concat(varString(ROOT), [2, 0], varString(token)));
    await waitFor(() => replies.some((reply) => typeOf(reply) === 2), 'authenticated');
    socket.send(concat(varString(ROOT), [0, 2], varBytes([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])));
    await waitFor(() => replies.some((reply) => typeOf(reply) === 7), 'the close message');
    const close = replies.find((reply) => typeOf(reply) === 7) as Uint8Array;
    expect(new TextDecoder().decode(close)).toContain('malformed-update');
    socket.close();
    expect(server.server.hocuspocus.documents.get(ROOT)?.getMap('plan').size ?? 0).toBe(0);
  });
});

function varString(text: string): number[] {
  return varBytes([...new TextEncoder().encode(text)]);
}
function varBytes(bytes: number[]): number[] {
  const length: number[] = [];
  let rest = bytes.length;
  while (rest > 127) {
    length.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  return [...length, rest, ...bytes];
}
function concat(...parts: number[][]): Uint8Array {
  return Uint8Array.from(parts.flat());
}
/** the message type after the document name (names under 128 bytes) */
function typeOf(message: Uint8Array): number {
  return message[1 + (message[0] as number)] as number;
}

// The owner's share-link client: requests as server/httpApi.ts reads them, answers mapped as it
// sends them, refusals thrown with the server's reason word; and once against a real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinLinkOf, tokenClaims } from '../../../src/editor/collab/joinLink.ts';
import { createShareLinksClient, ShareLinksError } from '../../../src/editor/collab/shareLinksClient.ts';
import { makeDataDir, removeDataDir, startTestServer, type TestServer } from '../../server/serverHarness.ts';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each call and answers with the next scripted response. */
function stubFetch(answers: Array<{ status: number; body: unknown } | Error>) {
  const calls: Call[] = [];
  const fetchStub = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({
      url: String(input),
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    });
    const answer = answers.shift();
    if (!answer) throw new Error('no scripted answer left');
    if (answer instanceof Error) throw answer;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetch: fetchStub as typeof fetch };
}

// a token whose payload is {project:'park 1', role:'owner', exp, linkId}; the signature is not checked here
const OWNER = `cf1.${Buffer.from(JSON.stringify({ project: 'park 1', role: 'owner', exp: 2_000_000_000, linkId: 'own' })).toString('base64url')}.sig`;

describe('createShareLinksClient with a stubbed fetch', () => {
  it('lists the links with the owner token, keeping role, expiry, label and revoked, dropping project and createdAt', async () => {
    const stub = stubFetch([
      {
        status: 200,
        body: {
          links: [
            { linkId: 'a1', project: 'park 1', role: 'viewer', label: 'Board', createdAt: 1_700_000_000, expiresAt: 1_700_086_400, revoked: false },
            { linkId: 'b2', project: 'park 1', role: 'facility-manager', label: '', createdAt: 1_700_000_100, expiresAt: 1_700_604_900, revoked: true },
          ],
        },
      },
    ]);
    const client = createShareLinksClient({ httpBase: 'http://srv:4300/', ownerToken: OWNER, appUrl: 'http://app/', fetch: stub.fetch });
    const links = await client.list();
    expect(links).toEqual([
      { linkId: 'a1', role: 'viewer', expiresAt: 1_700_086_400, label: 'Board', revoked: false },
      { linkId: 'b2', role: 'facility-manager', expiresAt: 1_700_604_900, revoked: true },
    ]);
    // the project comes from the token; its space is encoded in the path
    expect(stub.calls).toEqual([{ url: 'http://srv:4300/api/projects/park%201/links', method: 'GET', headers: { Authorization: `Bearer ${OWNER}` }, body: undefined }]);
  });

  it('mints with role, expiry and label as JSON and returns the token with the link', async () => {
    const stub = stubFetch([{ status: 201, body: { token: 'cf1.x.y', linkId: 'n3', role: 'planner', expiresAt: 1_700_604_800 } }]);
    const client = createShareLinksClient({ httpBase: 'http://srv:4300', ownerToken: OWNER, appUrl: 'http://app/', projectId: 'p9', fetch: stub.fetch });
    const minted = await client.mint({ role: 'planner', expiresInS: 7 * 86_400, label: 'Ops team' });
    expect(minted).toEqual({ linkId: 'n3', role: 'planner', expiresAt: 1_700_604_800, label: 'Ops team', token: 'cf1.x.y' });
    expect(stub.calls[0]).toEqual({
      url: 'http://srv:4300/api/projects/p9/links',
      method: 'POST',
      headers: { Authorization: `Bearer ${OWNER}`, 'Content-Type': 'application/json' },
      body: { role: 'planner', expiresInS: 604_800, label: 'Ops team' },
    });
  });

  it('revokes with DELETE on the link', async () => {
    const stub = stubFetch([{ status: 200, body: { revoked: 'a/1', disconnected: 2 } }]);
    const client = createShareLinksClient({ httpBase: 'http://srv', ownerToken: OWNER, appUrl: 'http://app/', fetch: stub.fetch });
    await client.revoke('a/1');
    expect(stub.calls.map((c) => [c.method, c.url])).toEqual([['DELETE', 'http://srv/api/projects/park%201/links/a%2F1']]);
  });

  it('throws the server reason word, http-<status> without one, and unreachable when fetch fails', async () => {
    const stub = stubFetch([
      { status: 403, body: { error: 'not-owner' } },
      { status: 400, body: { error: 'bad-expiry' } },
      { status: 502, body: '<html>bad gateway</html>' },
      new TypeError('Failed to fetch'),
    ]);
    const client = createShareLinksClient({ httpBase: 'http://srv', ownerToken: OWNER, appUrl: 'http://app/', fetch: stub.fetch });
    await expect(client.list()).rejects.toThrow('not-owner');
    const expiry = await client.mint({ role: 'viewer', expiresInS: -1, label: '' }).catch((e: unknown) => e);
    expect(expiry).toBeInstanceOf(ShareLinksError);
    expect(expiry).toMatchObject({ message: 'bad-expiry', reason: 'bad-expiry', status: 400 });
    await expect(client.revoke('x')).rejects.toThrow('http-502');
    await expect(client.list()).rejects.toThrow('unreachable');
  });

  it('builds join URLs on the app address, with the server only when given', () => {
    const plain = createShareLinksClient({ httpBase: 'http://srv', ownerToken: OWNER, appUrl: 'https://plans.example.com/', fetch: stubFetch([]).fetch });
    expect(plain.joinUrl('cf1.abc-_.d_e')).toBe('https://plans.example.com/?join=cf1.abc-_.d_e');
    const apart = createShareLinksClient({
      httpBase: 'http://srv',
      ownerToken: OWNER,
      appUrl: 'https://cdn.example.com/callfloor/?join=old',
      serverParam: 'wss://sync.example.com',
      fetch: stubFetch([]).fetch,
    });
    expect(apart.joinUrl('cf1.t.s')).toBe('https://cdn.example.com/callfloor/?join=cf1.t.s&server=wss%3A%2F%2Fsync.example.com');
    // the page that opens it reads back the token and the server
    const opened = joinLinkOf(new URL(apart.joinUrl(OWNER)).search, { protocol: 'https:', host: 'cdn.example.com' });
    expect(opened).toMatchObject({ token: OWNER, serverUrl: 'wss://sync.example.com/', httpBase: 'https://sync.example.com', projectId: 'park 1' });
  });

  it('reads the project from the owner token, and refuses to start without one', () => {
    expect(() => createShareLinksClient({ httpBase: 'http://srv', ownerToken: 'garbage', appUrl: 'http://app/' })).toThrow(/no project id/);
  });
});

describe('createShareLinksClient against a real server', () => {
  let server: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeDataDir();
    server = await startTestServer(dataDir);
  });
  afterAll(async () => {
    await server.server.stop();
    removeDataDir(dataDir);
  });

  it('mints, lists and revokes; a planner token is refused as not-owner', async () => {
    const client = createShareLinksClient({ httpBase: server.server.url, ownerToken: server.token('park-1', 'owner'), appUrl: 'http://app.test/' });
    expect(await client.list()).toEqual([]);
    const before = Math.floor(Date.now() / 1000);
    const minted = await client.mint({ role: 'viewer', expiresInS: 86_400, label: 'Board' });
    expect(minted.role).toBe('viewer');
    expect(minted.token.startsWith('cf1.')).toBe(true);
    expect(tokenClaims(minted.token)).toEqual({ project: 'park-1', role: 'viewer', exp: minted.expiresAt });
    expect(minted.expiresAt - before).toBeGreaterThanOrEqual(86_400);
    expect(minted.expiresAt - before).toBeLessThanOrEqual(86_402);
    expect(client.joinUrl(minted.token)).toBe(`http://app.test/?join=${minted.token}`);
    const second = await client.mint({ role: 'facility-manager', expiresInS: 3600, label: '' });

    // the server orders by creation second, then by (random) link id: look the links up by id
    const byId = async () => new Map((await client.list()).map((l) => [l.linkId, l]));
    const listed = await byId();
    expect(listed.size).toBe(2);
    expect(listed.get(minted.linkId)).toEqual({ linkId: minted.linkId, role: 'viewer', expiresAt: minted.expiresAt, label: 'Board', revoked: false });
    expect(listed.get(second.linkId)).toEqual({ linkId: second.linkId, role: 'facility-manager', expiresAt: second.expiresAt, revoked: false });

    await client.revoke(minted.linkId);
    const after = await byId();
    expect(after.get(minted.linkId)?.revoked).toBe(true);
    expect(after.get(second.linkId)?.revoked).toBe(false);

    const planner = createShareLinksClient({ httpBase: server.server.url, ownerToken: server.token('park-1', 'planner'), appUrl: 'http://app.test/' });
    await expect(planner.list()).rejects.toThrow('not-owner');
    await expect(client.mint({ role: 'viewer', expiresInS: 0, label: '' })).rejects.toThrow('bad-expiry');
  });
});

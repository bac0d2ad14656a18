// Starts the Callfloor server in-process on a free port with a temporary data folder, and
// connects HocuspocusProvider clients to it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startServer, type RunningServer, type ServerOptions } from '../../server/collabServer.ts';
import { mintToken } from '../../server/shareLinks.ts';
import type { Role } from '../../server/roles.ts';

export interface TestServer {
  readonly server: RunningServer;
  readonly dataDir: string;
  readonly logs: string[];
  readonly secret: Buffer;
  /** a token signed with this data folder's secret */
  token(project: string, role: Role, expiresInS?: number): string;
}

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'callfloor-server-test-'));
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

export async function startTestServer(dataDir: string, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    appDir: null,
    maxUpdateBytes: 64 * 1024,
    rateLimit: { perSecond: 1000, burst: 1000 },
    compactAfterMs: 200,
    log: (line) => logs.push(line),
    ...options,
  });
  const secret = Buffer.from(readFileSync(server.secretFile, 'utf8').trim(), 'utf8');
  return {
    server,
    dataDir,
    logs,
    secret,
    token: (project, role, expiresInS = 3600) => mintToken(secret, project, role, expiresInS).token,
  };
}

export interface TestClient {
  readonly provider: HocuspocusProvider;
  readonly doc: Y.Doc;
  /** reasons the server gave when it refused the connection (permission denied) */
  readonly refusedWith: string[];
  /** reasons the server gave when it closed the document's connection */
  readonly closedWith: string[];
  synced(): Promise<void>;
  /** resolves when every local change was acknowledged by the server */
  acknowledged(): Promise<void>;
  destroy(): void;
}

export function connect(wsUrl: string, name: string, token: string, doc: Y.Doc = new Y.Doc()): TestClient {
  const refusedWith: string[] = [];
  const closedWith: string[] = [];
  const provider = new HocuspocusProvider({
    url: wsUrl,
    name,
    document: doc,
    token,
    WebSocketPolyfill: WebSocket,
    // a refused client must not keep coming back during a test
    maxAttempts: 1,
    onAuthenticationFailed: ({ reason }) => refusedWith.push(reason),
    onClose: ({ event }) => {
      if (event.reason) closedWith.push(event.reason);
    },
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    provider,
    doc,
    refusedWith,
    closedWith,
    synced: () => waitFor(() => provider.isSynced, `${name} synced`),
    acknowledged: () => waitFor(() => provider.isSynced && provider.unsyncedChanges === 0, `${name} acknowledged`),
    destroy: () => provider.destroy(),
  };
}

/** Polls `condition` every 10 ms; rejects with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

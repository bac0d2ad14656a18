// The Callfloor server: Hocuspocus (Yjs sync) and the built app on one HTTP port, documents in
// SQLite in a data folder (or in a Postgres database, --postgres), access by signed tokens.
// `startServer` is what `npm run server` runs and what the tests start in-process.
import { mkdirSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { abandonDataFolder, lockDataFolder } from './dataFolderLock.ts';
import { DocumentGuard, type AccessContext } from './documentGuard.ts';
import { handleApiRequest, sendJson } from './httpApi.ts';
import { consoleLogger, logLine, type Logger } from './log.ts';
import type { RateLimit } from './rateLimit.ts';
import { refusal } from './refusals.ts';
import { loadOrCreateSecret } from './secret.ts';
import { isAppBuilt, serveApp } from './staticApp.ts';
import { SqliteStore, type DocumentStore } from './storage.ts';
import { PostgresStore } from './postgresStorage.ts';

export const DATABASE_FILE = 'callfloor.sqlite';
export const SECRET_FILE = 'secret.key';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  /** the data folder: the SQLite file, the secret (unless secretFile says otherwise), server.pid */
  readonly dataDir: string;
  readonly secretFile?: string;
  /** Redis URL: several server instances share their live documents through it */
  readonly redisUrl?: string;
  /** Postgres URL: documents and links in that database (several instances may share it) instead of the SQLite file */
  readonly postgresUrl?: string;
  /** the built app to serve (null: none) */
  readonly appDir: string | null;
  /** the largest message a client may send, in bytes (an update of more is refused) */
  readonly maxUpdateBytes: number;
  readonly rateLimit: RateLimit;
  /** how long after an edit the document's state is compacted into its row (ms) */
  readonly compactAfterMs?: number;
  readonly log?: Logger;
  /** storage in place of the SQLite file (tests) */
  readonly store?: DocumentStore;
}

export interface RunningServer {
  readonly port: number;
  /** http://host:port */
  readonly url: string;
  /** ws://host:port: the address a HocuspocusProvider connects to */
  readonly wsUrl: string;
  readonly secretFile: string;
  readonly secretCreated: boolean;
  readonly appServed: boolean;
  readonly hocuspocus: Hocuspocus;
  /** Closes every connection, compacts every open document, closes storage. */
  stop(): Promise<void>;
  /** As a killed process: connections dropped, nothing compacted or closed (tests). */
  crash(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? consoleLogger;
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  const secretFile = resolve(options.secretFile ?? join(dataDir, SECRET_FILE));
  const { secret, created: secretCreated } = loadOrCreateSecret(secretFile);
  // Postgres is shared on purpose: no folder lock then (the folder holds only the secret)
  const folderLock = options.postgresUrl && !options.store ? { release() {} } : lockDataFolder(dataDir, databaseFile);
  let store: DocumentStore;
  try {
    store = options.store ?? (options.postgresUrl ? await PostgresStore.open(options.postgresUrl, { log }) : new SqliteStore(databaseFile));
  } catch (error) {
    folderLock.release();
    throw error;
  }

  const guard = new DocumentGuard({ store, secret, maxUpdateBytes: options.maxUpdateBytes, rateLimit: options.rateLimit, log });
  const extensions: Extension[] = [guard];
  if (options.redisUrl) extensions.unshift(await redisExtension(options.redisUrl));
  const compactAfterMs = options.compactAfterMs ?? 2000;
  const hocuspocus = new Hocuspocus({
    name: 'callfloor',
    quiet: true,
    debounce: compactAfterMs,
    maxDebounce: compactAfterMs * 5,
    extensions,
  });

  const startedAt = Date.now();
  const appServed = isAppBuilt(options.appDir);
  const cutOffLink = (linkId: string): number => {
    let count = 0;
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if ((connection.context as AccessContext | undefined)?.linkId === linkId) {
          connection.close(refusal('revoked'));
          count += 1;
        }
      }
    }
    return count;
  };

  const httpServer: HttpServer = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/health') {
      void Promise.resolve()
        .then(() => store.isHealthy())
        .catch(() => false)
        .then((ok) => {
          sendJson(response, ok ? 200 : 503, {
            ok,
            documents: hocuspocus.getDocumentsCount(),
            connections: hocuspocus.getConnectionsCount(),
            uptimeS: Math.round((Date.now() - startedAt) / 1000),
            storage: store.kind,
          });
        });
      return;
    }
    handleApiRequest(request, response, { secret, store, log, cutOffLink })
      .then((handled) => {
        if (!handled) serveApp(options.appDir, request, response);
      })
      .catch((error: unknown) => {
        log(logLine('error answering an HTTP request', { path: pathname, error: String(error) }));
        if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
        else response.destroy();
      });
  });

  // ws refuses (closing the whole socket) only far past the limit; up to there the guard refuses
  // one document's message with a reason and the socket's other documents carry on
  const webSocketServer = new WebSocketServer({ noServer: true, maxPayload: options.maxUpdateBytes * 4 + 64 * 1024 });
  webSocketServer.on('connection', (socket, request) => {
    socket.on('error', (error) => log(logLine('websocket error', { error: String(error) })));
    hocuspocus.handleConnection(socket, request);
  });
  httpServer.on('upgrade', (request, socket, head) => {
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) => webSocketServer.emit('connection', webSocket, request));
  });

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      httpServer.once('error', rejectListen);
      httpServer.listen(options.port, options.host, () => {
        httpServer.off('error', rejectListen);
        resolveListen();
      });
    });
  } catch (error) {
    await store.close();
    folderLock.release();
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;

  const dropEverything = async () => {
    guard.stop();
    for (const socket of webSocketServer.clients) socket.terminate();
    webSocketServer.close();
    httpServer.closeAllConnections();
    await new Promise<void>((resolveClose) => httpServer.close(() => resolveClose()));
  };

  let stopped = false;
  return {
    port,
    url: `http://${shownHost}:${port}`,
    wsUrl: `ws://${shownHost}:${port}`,
    secretFile,
    secretCreated,
    appServed,
    hocuspocus,
    async stop() {
      if (stopped) return;
      stopped = true;
      // compact first, while the documents are still loaded; then nothing touches storage
      await Promise.all([...hocuspocus.documents.values()].map((document) => guard.compact(document, document.name)));
      await dropEverything();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await store.close();
      folderLock.release();
    },
    async crash() {
      if (stopped) return;
      stopped = true;
      await dropEverything();
      abandonDataFolder(dataDir);
      // a killed process's database connections close with it (SQLite: its file is left as it is)
      if (store.kind === 'postgres') await store.close();
    },
  };
}

async function redisExtension(url: string): Promise<Extension> {
  const { Redis } = await import('@hocuspocus/extension-redis');
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`--redis wants a redis:// or rediss:// URL, not ${parsed.protocol}`);
  const db = parsed.pathname.length > 1 ? Number.parseInt(parsed.pathname.slice(1), 10) : undefined;
  return new Redis({
    host: parsed.hostname,
    port: parsed.port ? Number.parseInt(parsed.port, 10) : 6379,
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}

// The server a battery seed runs against: in-process (fast; its SQLite store is read directly
// to check what is stored) or, for the seeds that kill it, `tsx server/main.ts` as a child
// process (SIGKILL; what it stored is read by a fresh client). Either restarts on the same port
// and data folder, so the clients' sockets find it again by themselves.
import { join } from 'node:path';
import * as Y from 'yjs';
import { docsToPlan, floorDocGuid, rootDocGuid } from '../../../src/collab/planDoc.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { DATABASE_FILE } from '../../../server/collabServer.ts';
import type { Role } from '../../../server/roles.ts';
import { SqliteStore } from '../../../server/storage.ts';
import { PlanClient } from '../../../bench/collab/planClient.ts';
import { startServerProcess, type ServerProcess } from '../../../bench/collab/serverProcess.ts';
import { startTestServer, type TestServer } from '../../server/serverHarness.ts';

/** SQLite storage that counts its writes, so an unchanged store is not read again */
class CountingStore extends SqliteStore {
  writes = 0;
  override appendUpdate(name: string, update: Uint8Array) {
    this.writes += 1;
    return super.appendUpdate(name, update);
  }
  override compact(name: string, state: Uint8Array, contains: (update: Uint8Array) => boolean) {
    this.writes += 1;
    return super.compact(name, state, contains);
  }
}

const LIMITS = ['--rate', '5000', '--burst', '5000', '--max-update-bytes', String(4 * 1024 * 1024)];

export interface BatteryServer {
  readonly kind: 'in-process' | 'process';
  readonly wsUrl: string;
  token(project: string, role: Role): string;
  /**
   * The plan the server has stored for the project (floors: every floor of the plan). In-process:
   * read from its SQLite store; a server process: what a fresh client reads from it.
   */
  readStored(projectId: string, floorIds: readonly string[]): Promise<PlanDocument>;
  /** in-process only: the plan the server holds in memory (what it has applied), its stored documents for those it has not loaded */
  readLive?(projectId: string, floorIds: readonly string[]): Promise<PlanDocument>;
  /** stops cleanly and starts again */
  restart(): Promise<void>;
  /** dies (nothing compacted or closed) and starts again */
  crash(): Promise<void>;
  /** what the server logged (for a failure's report) */
  logs(): string;
  close(): Promise<void>;
}

export async function startBatteryServer(dataDir: string, kind: BatteryServer['kind']): Promise<BatteryServer> {
  return kind === 'in-process' ? startInProcess(dataDir) : startChild(dataDir);
}

async function startInProcess(dataDir: string): Promise<BatteryServer> {
  const file = join(dataDir, DATABASE_FILE);
  let store = new CountingStore(file);
  let lastRead: { store: CountingStore; writes: number; plan: PlanDocument } | null = null;
  let running: TestServer | null = await startTestServer(dataDir, { store, maxUpdateBytes: 4 * 1024 * 1024, rateLimit: { perSecond: 5000, burst: 5000 } });
  const port = running.server.port;
  const logs: string[] = [];
  const start = async () => {
    store = new CountingStore(file);
    running = await startTestServer(dataDir, { port, store, maxUpdateBytes: 4 * 1024 * 1024, rateLimit: { perSecond: 5000, burst: 5000 } });
  };
  const current = (): TestServer => {
    if (!running) throw new Error('the server is not running');
    return running;
  };
  const keepLogs = () => logs.push(...current().logs.splice(0));
  /** the project's plan from the documents `loaded` gives, else from the store */
  const readPlanOf = async (projectId: string, floorIds: readonly string[], loaded: (guid: string) => Y.Doc | undefined): Promise<PlanDocument> => {
    const made: Y.Doc[] = [];
    const read = async (guid: string) => {
      const doc = new Y.Doc({ guid });
      made.push(doc);
      // the server's documents are named, not given the guid docsToPlan checks: copied
      const live = loaded(guid);
      for (const part of live ? [Y.encodeStateAsUpdate(live)] : await store.readDocument(guid)) Y.applyUpdate(doc, part);
      return doc;
    };
    const root = await read(rootDocGuid(projectId));
    const floors = new Map<string, Y.Doc>();
    for (const floorId of floorIds) floors.set(floorId, await read(floorDocGuid(projectId, floorId)));
    try {
      return docsToPlan(root, floors);
    } finally {
      for (const doc of made) doc.destroy();
    }
  };
  return {
    kind: 'in-process',
    wsUrl: current().server.wsUrl,
    token: (project, role) => current().token(project, role),
    async readStored(projectId, floorIds) {
      if (lastRead && lastRead.store === store && lastRead.writes === store.writes) return lastRead.plan;
      const writes = store.writes;
      const plan = await readPlanOf(projectId, floorIds, () => undefined);
      lastRead = { store, writes, plan };
      return plan;
    },
    readLive: (projectId, floorIds) => readPlanOf(projectId, floorIds, (guid) => running?.server.hocuspocus.documents.get(guid)),
    async restart() {
      keepLogs();
      await current().server.stop();
      running = null;
      await start();
    },
    async crash() {
      keepLogs();
      await current().server.crash();
      running = null;
      // a killed process's file handles close with it; what was committed is on disk already
      await store.close();
      await start();
    },
    logs: () => [...logs, ...(running?.logs ?? [])].join('\n'),
    async close() {
      if (running) {
        keepLogs();
        await running.server.stop();
        running = null;
      }
    },
  };
}

async function startChild(dataDir: string): Promise<BatteryServer> {
  let running: ServerProcess | null = await startServerProcess({ dataDir, args: LIMITS });
  const port = running.port;
  let logs = '';
  const current = (): ServerProcess => {
    if (!running) throw new Error('the server is not running');
    return running;
  };
  const again = async (end: (server: ServerProcess) => Promise<void>) => {
    const server = current();
    await end(server);
    logs += server.output();
    running = null;
    running = await startServerProcess({ dataDir, port, args: LIMITS });
  };
  return {
    kind: 'process',
    wsUrl: current().wsUrl,
    token: (project, role) => current().token(project, role),
    async readStored(projectId) {
      const reader = await PlanClient.open({ url: current().wsUrl, projectId, token: current().token(projectId, 'viewer'), floors: 'all', maxRetryMs: 100 });
      try {
        return reader.readPlan();
      } finally {
        reader.destroy();
      }
    },
    restart: () => again((server) => server.stop()),
    crash: () => again((server) => server.kill()),
    logs: () => logs + (running?.output() ?? ''),
    async close() {
      if (running) {
        await running.stop();
        running = null;
      }
    },
  };
}

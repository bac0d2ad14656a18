// The kill test shared by the SQLite and Postgres servers: a real server process takes 50 edits,
// acknowledges them, is killed with SIGKILL and started again on the same storage; a fresh
// client reads every acknowledged edit back.
import { expect } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../bench/collab/serverProcess.ts';
import { connect, type TestClient } from './serverHarness.ts';

const ROOT = 'callfloor/killed-park';

export async function expectKillLosesNothingAcknowledged(dataDir: string, args: readonly string[] = [], onStart: (server: ServerProcess) => Promise<void> | void = () => undefined): Promise<void> {
  const clients: TestClient[] = [];
  const servers: ServerProcess[] = [];
  const start = async (): Promise<ServerProcess> => {
    const server = await startServerProcess({ dataDir, args });
    servers.push(server);
    await onStart(server);
    return server;
  };
  try {
    const first = await start();
    const token = first.token('killed-park', 'planner', 600);
    const writer = connect(first.wsUrl, ROOT, token);
    clients.push(writer);
    await writer.synced();
    for (let i = 0; i < 50; i++) writer.doc.getArray<number>('log').push([i]);
    await writer.acknowledged();
    writer.destroy();
    await first.kill();

    const second = await start();
    const reader = connect(second.wsUrl, ROOT, token);
    clients.push(reader);
    await reader.synced();
    expect(reader.doc.getArray<number>('log').toArray()).toEqual(Array.from({ length: 50 }, (_, i) => i));
  } finally {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.kill();
  }
}

// `npm run server -- --postgres <url>` as its own process, killed with SIGKILL and started again
// on the same database: every edit the server acknowledged before the kill is there after the
// restart (the SQLite version of this test is killRestart.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../server/shareLinks.ts';
import { availability, SERVICE_HOOK_MS, findPostgresBinaries, startPostgres, type TestPostgres } from './postgresHarness.ts';
import { connect, getJson, makeDataDir, removeDataDir, type TestClient } from './serverHarness.ts';

const ROOT = 'callfloor/killed-park';
const binaries = availability('Postgres', findPostgresBinaries());

let postgres: TestPostgres;
let children: ChildProcess[] = [];
let clients: TestClient[] = [];
let dataDir = '';

/** Starts the server process; resolves with its port once it says it is listening. */
function startProcess(folder: string, postgresUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--host', '127.0.0.1', '--data', folder, '--postgres', postgresUrl], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on 127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port && /storage: +postgres /.test(output)) {
        clearTimeout(timer);
        resolve({ child, port: Number(port) });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

describe.skipIf(!binaries.ok)('a server on Postgres killed with SIGKILL', () => {
  beforeAll(async () => {
    if (binaries.ok) postgres = await startPostgres(binaries.binDir);
  }, SERVICE_HOOK_MS);
  afterAll(async () => {
    await postgres?.destroy();
  }, SERVICE_HOOK_MS);
  afterEach(() => {
    for (const made of clients) made.destroy();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    if (dataDir) removeDataDir(dataDir);
    clients = [];
    children = [];
  });

  it('loses nothing acknowledged', async () => {
    const url = await postgres.createDatabase('callfloor_killed');
    dataDir = makeDataDir();
    const first = await startProcess(dataDir, url);
    expect((await getJson(`http://127.0.0.1:${first.port}/health`)).body).toMatchObject({ ok: true, storage: 'postgres' });
    const secret = Buffer.from(readFileSync(join(dataDir, 'secret.key'), 'utf8').trim(), 'utf8');
    const token = mintToken(secret, 'killed-park', 'planner', 600).token;
    const writer = connect(`ws://127.0.0.1:${first.port}`, ROOT, token);
    clients.push(writer);
    await writer.synced();
    for (let i = 0; i < 50; i++) writer.doc.getArray<number>('log').push([i]);
    await writer.acknowledged();
    writer.destroy();

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startProcess(dataDir, url);
    const reader = connect(`ws://127.0.0.1:${second.port}`, ROOT, token);
    clients.push(reader);
    await reader.synced();
    expect(reader.doc.getArray<number>('log').toArray()).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});

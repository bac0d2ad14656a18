// `npm run server -- --postgres <url>` as its own process, killed with SIGKILL and started again
// on the same database: every edit the server acknowledged before the kill is there after the
// restart (the SQLite version of this test is killRestart.test.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { availability, SERVICE_HOOK_MS, findPostgresBinaries, startPostgres, type TestPostgres } from './postgresHarness.ts';
import { expectKillLosesNothingAcknowledged } from './killScenario.ts';
import { getJson, makeDataDir, removeDataDir } from './serverHarness.ts';

const binaries = availability('Postgres', findPostgresBinaries());

let postgres: TestPostgres;
let dataDir = '';

describe.skipIf(!binaries.ok)('a server on Postgres killed with SIGKILL', () => {
  beforeAll(async () => {
    if (binaries.ok) postgres = await startPostgres(binaries.binDir);
  }, SERVICE_HOOK_MS);
  afterAll(async () => {
    await postgres?.destroy();
  }, SERVICE_HOOK_MS);
  afterEach(() => {
    if (dataDir) removeDataDir(dataDir);
  });

  it('loses nothing acknowledged', async () => {
    const url = await postgres.createDatabase('callfloor_killed');
    dataDir = makeDataDir();
    await expectKillLosesNothingAcknowledged(dataDir, ['--postgres', url], async (server) => {
      expect((await getJson(`${server.httpUrl}/health`)).body).toMatchObject({ ok: true, storage: 'postgres' });
    });
  }, 60_000);
});

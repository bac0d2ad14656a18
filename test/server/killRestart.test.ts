// `npm run server` as its own process, killed with SIGKILL and started again on the same data
// folder: every edit the server acknowledged before the kill is there after the restart.
import { afterEach, it } from 'vitest';
import { expectKillLosesNothingAcknowledged } from './killScenario.ts';
import { makeDataDir, removeDataDir } from './serverHarness.ts';

let dataDir = '';
afterEach(() => {
  if (dataDir) removeDataDir(dataDir);
});

it('loses nothing acknowledged when the server process is killed', async () => {
  dataDir = makeDataDir();
  await expectKillLosesNothingAcknowledged(dataDir);
}, 60_000);

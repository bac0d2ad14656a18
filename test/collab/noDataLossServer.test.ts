// "No data loss, proven" (issue 19), the server half: seeded steps over 2–3 clients on a real
// server (edits, offline and back, reloads from the offline copy, restarts, crashes, a SIGKILLed
// server process on every tenth seed); after every step the clients, the plan each followed and
// what the server stored agree with the model (test/collab/battery/serverBattery.ts). A failing
// seed prints itself with its steps.
//   CALLFLOOR_SERVER_BATTERY_SEEDS=200   more seeds (default 20 here; the lead's `battery:server`)
//   CALLFLOOR_SERVER_BATTERY_STEPS=300   longer step lists (default 100)
//   CALLFLOOR_SERVER_BATTERY_SEED=42     replay one seed
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeServerSeed, runServerSeed, ServerBatteryFailure, stepsOf } from './battery/serverBattery.ts';

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const STEPS = env('CALLFLOOR_SERVER_BATTERY_STEPS', 100);
const ONE_SEED = process.env['CALLFLOOR_SERVER_BATTERY_SEED'];
const seeds = ONE_SEED !== undefined ? [Number(ONE_SEED)] : Array.from({ length: env('CALLFLOOR_SERVER_BATTERY_SEEDS', 100) }, (_, i) => i + 1);
const CHUNK = 5;

async function runChecked(seed: number) {
  try {
    return await runServerSeed(seed, STEPS);
  } catch (error) {
    const message = error instanceof ServerBatteryFailure ? error.message : String(error);
    console.error(`${message}\n${describeServerSeed(seed, STEPS)}`);
    throw error;
  }
}

describe('no data loss on the server: seeded battery', () => {
  it('generates the same steps for the same seed, and every kind of step', () => {
    expect(stepsOf(7, 50)).toEqual(stepsOf(7, 50));
    expect(stepsOf(7, 50)).not.toEqual(stepsOf(8, 50));
    const kinds = new Set(seeds.slice(0, 10).flatMap((seed) => stepsOf(seed, STEPS).map((step) => step.kind)));
    if (ONE_SEED === undefined) expect([...kinds].sort()).toEqual(['crash', 'edit', 'offline', 'online', 'reload', 'restart']);
  });

  for (let start = 0; start < seeds.length; start += CHUNK) {
    const chunk = seeds.slice(start, start + CHUNK);
    it(`seeds ${chunk[0]}–${chunk.at(-1)} × ${STEPS} steps: clients, followed plans and storage agree with the model`, { timeout: 600_000 }, async () => {
      const totals = { edits: 0, offlineEdits: 0, reloads: 0, restarts: 0, crashes: 0 };
      for (const seed of chunk) {
        const result = await runChecked(seed);
        expect(result.steps).toBe(STEPS);
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
      }
      // the steps did what they say: the battery is not vacuous
      if (chunk.length >= 5 && STEPS >= 50) {
        expect(totals.edits).toBeGreaterThan(chunk.length * STEPS * 0.4);
        expect(totals.offlineEdits).toBeGreaterThan(0);
        expect(totals.reloads).toBeGreaterThan(0);
        expect(totals.restarts + totals.crashes).toBeGreaterThan(0);
      }
    });
  }
});

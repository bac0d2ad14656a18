// "No data loss, proven" (issue 19), the local half: seeded random step lists of edits, undo,
// redo, autosave, reloads, a second tab and storage faults (quota full, a write that stores
// something else, a write that stores nothing); after every step storage and every tab's save
// status agree with what was acknowledged (noDataLossBattery.ts). A failing seed prints itself.
//   CALLFLOOR_BATTERY_SEEDS=2000   more seeds (npm run battery)
//   CALLFLOOR_BATTERY_STEPS=300    longer step lists
//   CALLFLOOR_BATTERY_SEED=42      replay one seed
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BatteryFailure, describeSeed, generateSteps, runSeed } from './noDataLossBattery.ts';

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const STEPS = env('CALLFLOOR_BATTERY_STEPS', 100);
const ONE_SEED = process.env['CALLFLOOR_BATTERY_SEED'];
const seeds = ONE_SEED !== undefined ? [Number(ONE_SEED)] : Array.from({ length: env('CALLFLOOR_BATTERY_SEEDS', 100) }, (_, i) => i + 1);
const CHUNK = 25;

async function runChecked(seed: number) {
  try {
    return await runSeed(seed, STEPS);
  } catch (error) {
    const message = error instanceof BatteryFailure ? error.message : String(error);
    console.error(`${message}\n${describeSeed(seed, STEPS)}`);
    throw error;
  }
}

describe('no data loss: seeded battery', () => {
  it('generates the same steps for the same seed, and every kind of step', () => {
    expect(generateSteps(7, 50)).toEqual(generateSteps(7, 50));
    expect(generateSteps(7, 50)).not.toEqual(generateSteps(8, 50));
    const kinds = new Set(seeds.slice(0, 20).flatMap((s) => generateSteps(s, STEPS).map((step) => step.kind)));
    expect([...kinds].sort()).toEqual(['addDesk', 'addFloor', 'building', 'closeSecondTab', 'corruptNextWrite', 'deleteDesk', 'deleteFloor', 'flush', 'loseNextWrite', 'move', 'openSecondTab', 'quotaFull', 'redo', 'reload', 'renameZone', 'resolveStale', 'tick', 'undo'].sort());
  });

  for (let start = 0; start < seeds.length; start += CHUNK) {
    const chunk = seeds.slice(start, start + CHUNK);
    it(`seeds ${chunk[0]}–${chunk.at(-1)} × ${STEPS} steps: storage and save status agree with what was acknowledged`, { timeout: 120_000 }, async () => {
      let saves = 0;
      let failed = 0;
      for (const seed of chunk) {
        const result = await runChecked(seed);
        expect(result.steps).toBe(STEPS);
        saves += result.saves;
        failed += result.failedSaves;
      }
      // the faults did bite and saving went on: the battery is not vacuous
      if (chunk.length >= 10) {
        expect(saves).toBeGreaterThan(chunk.length * 5);
        expect(failed).toBeGreaterThan(0);
      }
    });
  }
});

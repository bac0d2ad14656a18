// The parallel full check (rules threads + the main thread taking floors from one counter) must
// give exactly what the single-threaded runRules gives, and fall back to it with one thread.
import { expectThreadedAsInline } from './threadedCheck.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { closeRulesThreads, runRulesInThreads } from '../../src/cli/parallelRules.ts';
import { generatePark } from '../../src/floorplan/generate/park.ts';
import { runRules } from '../../src/rules/runRules.ts';

afterAll(() => closeRulesThreads());

describe('runRulesInThreads', () => {
  const plan = generatePark({ seats: 1500, seed: 4 });

  it('gives the result of runRules, floor for floor, in both profiles', async () => {
    await expectThreadedAsInline(plan, 3);
  }, 60_000);

  it('checks here alone when a building cannot be copied to a thread, and the threads serve the next check', async () => {
    const before = process.env['CALLFLOOR_THREADS'];
    process.env['CALLFLOOR_THREADS'] = '3';
    try {
      // a function cannot be copied to another thread: posting that building fails
      const odd = structuredClone(plan);
      const last = odd.site.buildings[odd.site.buildings.length - 1]!;
      Object.assign(last, { note: () => 'not copyable' });
      expect(await runRulesInThreads(odd, { date: '2026-11-24' })).toEqual(runRules(structuredClone(plan), { date: '2026-11-24' }));
      expect(await runRulesInThreads(structuredClone(plan), { date: '2026-11-24' })).toEqual(runRules(structuredClone(plan), { date: '2026-11-24' }));
    } finally {
      if (before === undefined) delete process.env['CALLFLOOR_THREADS'];
      else process.env['CALLFLOOR_THREADS'] = before;
    }
  }, 60_000);

  it('checks on the calling thread alone when one thread is asked for', async () => {
    process.env['CALLFLOOR_THREADS'] = '1';
    try {
      expect(await runRulesInThreads(plan, { date: '2026-11-24' })).toEqual(runRules(plan, { date: '2026-11-24' }));
    } finally {
      delete process.env['CALLFLOOR_THREADS'];
    }
  });
});

// A check spread over rules threads must give exactly what runRules gives on this thread.
import { expect } from 'vitest';
import { runRulesInThreads } from '../../src/cli/parallelRules.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { runRules } from '../../src/rules/runRules.ts';

export async function expectThreadedAsInline(plan: PlanDocument, threads: number): Promise<void> {
  const before = process.env['CALLFLOOR_THREADS'];
  process.env['CALLFLOOR_THREADS'] = String(threads);
  try {
    for (const profile of ['gb', 'intl'] as const) {
      const threaded = await runRulesInThreads(structuredClone(plan), { profile, date: '2026-11-24' });
      expect(threaded).toEqual(runRules(structuredClone(plan), { profile, date: '2026-11-24' }));
    }
  } finally {
    if (before === undefined) delete process.env['CALLFLOOR_THREADS'];
    else process.env['CALLFLOOR_THREADS'] = before;
  }
}

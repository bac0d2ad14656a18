import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAMPLES_DIR } from '../fixtures/plans.ts';

// docs/samples.md promises exactly these failures on the sample park; anything else failing
// there is a regression in the generator or the rules.
describe('the sample park, checked end to end (gb, 2026-11-24)', () => {
  it('fails only the planted defects', async () => {
    const out: string[] = [];
    const code = await main(['check', `${SAMPLES_DIR}sample-park.callfloor.json`, '--date', '2026-11-24', '--json'], {
      stdout: (s) => out.push(s),
      stderr: () => undefined,
    });
    expect(code).toBe(1);
    const result = JSON.parse(out.join(''));
    const fails = result.findings
      .filter((f: { status: string }) => f.status === 'fail')
      .map((f: { ruleId: string; where: { elementIds: string[] } }) => `${f.ruleId} ${f.where.elementIds[0]}`)
      .sort();
    expect(fails).toEqual([
      expect.stringMatching(/^fire\.detector-coverage A-2F-k/),
      'fire.door-rating A-3F-d6',
      'fire.exit-signs A-4F-e9',
      expect.stringMatching(/^fire\.extinguisher-inspection B-2F-x/),
      expect.stringMatching(/^fire\.extinguisher-inspection C-2F-x/),
      expect.stringMatching(/^fire\.stair-enclosure B-3F-c/),
      'light.illuminance B-5F-z17',
      'light.illuminance B-5F-z42',
    ]);
    // 15 travel-distance "room reading" warnings, and the training floor without toilets
    const warns = result.findings.filter((f: { status: string }) => f.status === 'warn').map((f: { ruleId: string }) => f.ruleId);
    expect(warns.filter((r: string) => r === 'fire.travel-distance')).toHaveLength(15);
    expect(warns.filter((r: string) => r !== 'fire.travel-distance').sort()).toEqual(['space.toilet-fixtures', 'space.toilet-reach']);
    expect(result.analysis.floors).toHaveLength(16);
  }, 120_000);
});

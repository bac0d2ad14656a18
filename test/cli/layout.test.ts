import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { CHECK_DATE, planOf, rectangleFloor } from '../rules/layout/layoutFloors.ts';

const dir = mkdtempSync(join(tmpdir(), 'callfloor-layout-'));
const file = join(dir, 'plan.callfloor.json');
writeFileSync(file, serializePlan(planOf(rectangleFloor())));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['layout', ...args], { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('callfloor layout', () => {
  it('--json: seats, what binds and the check summary; --out writes the laid-out plan', async () => {
    const out = join(dir, 'out.callfloor.json');
    const r = await run([file, '--floor', 'T-3F', '--date', CHECK_DATE, '--json', '--out', out]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const v = json.variants[0];
    expect(json).toMatchObject({ floor: 'T-3F', building: 'T', currentSeats: 192, preexisting: [] });
    expect(v).toMatchObject({ id: 'most-seats', passes: true, newFailures: [], summary: { fail: 0 } });
    expect(v.binds[0]).toMatchObject({ ruleId: 'vent.fresh-air', limit: 'fresh-air', allows: v.seats });
    expect(v.binds[0].text.en).toBe(`fresh air limits zone 话务区 to ${v.seats} persons`);
    const written = parsePlan(readFileSync(out, 'utf8'));
    expect(written.ok).toBe(true);
    if (written.ok) expect(written.plan.site.buildings[0]!.floors[0]!.workstations.length).toBe(v.seats + 8);
  }, 30_000);

  it('prints a summary in the language asked for', async () => {
    const r = await run([file, '--floor', 'T-3F', '--date', CHECK_DATE, '--lang', 'zh', '--desk', '1.2x0.7']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/座位最多: \d+ 座/);
    expect(r.out).toMatch(/新风量限制分区「话务区」至 \d+ 人/);
  }, 30_000);

  it('exit 2 on a floor that is not there, a bad desk size or an unknown variant', async () => {
    expect((await run([file, '--floor', 'X-9F'])).code).toBe(2);
    expect((await run([file, '--floor', 'X-9F'])).err).toContain('no floor with id: X-9F');
    expect((await run([file, '--floor', 'T-3F', '--desk', 'wide'])).code).toBe(2);
    expect((await run([file, '--floor', 'T-3F', '--variants', 'cheapest'])).code).toBe(2);
    expect((await run([file])).code).toBe(2);
  });
});

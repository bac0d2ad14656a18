import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/cli/check.ts';
import { SAMPLES_DIR } from '../fixtures/plans.ts';
import { floorPlan } from './fixtures.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await checkCommand(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'callfloor-check-'));
function planFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('callfloor check', () => {
  it('exit 1 when any finding fails (the spec example fails the green ratio)', async () => {
    const r = await run([`${SAMPLES_DIR}example.callfloor.json`, '--date', '2026-05-20']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('site.green');
    expect(r.out).toMatch(/fail 14\s+警告 warn 3/); // the example draws no signs, emergency lights, sprinkler heads or toilets
  });

  it('exit 0 without fails', async () => {
    const clean = floorPlan({ exits: [{ id: 'a', at: [0, 5], width: 1.2, kind: 'stair' }, { id: 'b', at: [20, 5], width: 1.2, kind: 'stair' }] });
    const r = await run([planFile('clean.callfloor.json', clean), '--date', '2026-05-20']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('exit 2 for a missing file, an invalid plan or bad arguments', async () => {
    expect((await run([join(dir, 'missing.json')])).code).toBe(2);
    const bad = await run([planFile('bad.json', '{"format":"callfloor"}')]);
    expect(bad.code).toBe(2);
    expect(bad.err.length).toBeGreaterThan(0);
    expect((await run([`${SAMPLES_DIR}example.callfloor.json`, '--profile', 'us'])).code).toBe(2);
    expect((await run([`${SAMPLES_DIR}example.callfloor.json`, '--date', '20-05-2026'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('--json prints the RunResult', async () => {
    const r = await run([`${SAMPLES_DIR}example.callfloor.json`, '--json', '--profile', 'intl', '--date', '2026-05-20']);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(['analysis', 'capacity', 'date', 'findings', 'profile', 'summary']);
    expect(json.profile.base).toBe('intl');
    expect(json.date).toBe('2026-05-20');
    expect(Object.keys(json.summary).sort()).toEqual(['fail', 'na', 'pass', 'warn']);
    expect(Object.keys(json.analysis.site).sort()).toEqual(['coverage', 'far', 'gfa', 'greenRatio']);
    const floor = json.analysis.floors[0];
    expect(Object.keys(floor.workstations[0]).sort()).toEqual(['id', 'occupant', 'straight', 'walking', 'zone']);
    expect(Object.keys(floor.zones[0])).toEqual(expect.arrayContaining(['id', 'use', 'area', 'seats', 'illuminance', 'uniformity', 'lpd', 'freshAirPerPerson']));
    expect(json.findings[0]).toHaveProperty('key');
  });

  it('unknown profile overrides are reported on stderr', async () => {
    const plan = floorPlan({ exits: [{ id: 'a', at: [0, 5], width: 1.2, kind: 'stair' }, { id: 'b', at: [20, 5], width: 1.2, kind: 'stair' }] }, {}, { overrides: { 'gb.fire.nothing': 1 } });
    const r = await run([planFile('override.callfloor.json', plan), '--date', '2026-05-20']);
    expect(r.err).toContain('gb.fire.nothing');
  });
});

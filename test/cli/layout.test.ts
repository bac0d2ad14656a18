import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { generateTower } from '../../src/floorplan/generate/tower.ts';
import type { DemandProfile } from '../../src/floorplan/types.ts';
import { demandTarget } from '../../src/rules/demand/demandTargets.ts';
import { CHECK_DATE, planOf, rectangleFloor } from '../rules/layout/layoutFloors.ts';

const dir = mkdtempSync(join(tmpdir(), 'callfloor-layout-'));
const file = join(dir, 'plan.callfloor.json');
writeFileSync(file, serializePlan(planOf(rectangleFloor())));
const demand: DemandProfile = {
  id: 'd1', name: 'Hotline', scope: { floorId: 'T-3F' }, intervals: [{ start: '09:00', callsPerHour: 1200 }], ahtSeconds: 280,
  serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3, hoursOfOperation: { open: '08:00', close: '20:00' }, shiftHours: 8,
};
const demandPlan = { ...planOf(rectangleFloor()), demand: [demand] };
const demandFile = join(dir, 'demand.callfloor.json');
writeFileSync(demandFile, serializePlan(demandPlan));
const towerFile = join(dir, 'tower.callfloor.json');
writeFileSync(towerFile, serializePlan(generateTower({ storeys: 2 })));

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

  it('--services places luminaires and outlets: fresh air no longer binds, more seats, the written plan has them', async () => {
    const plain = JSON.parse((await run([file, '--floor', 'T-3F', '--date', CHECK_DATE, '--json'])).out);
    const out = join(dir, 'services.callfloor.json');
    const r = await run([file, '--floor', 'T-3F', '--date', CHECK_DATE, '--services', '--json', '--out', out]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out).variants[0];
    expect(v.passes).toBe(true);
    expect(v.binds.map((b: { limit: string }) => b.limit)).not.toContain('fresh-air');
    expect(v.seats).toBeGreaterThan(plain.variants[0].seats);
    expect(v.services.airTerminals).toBeGreaterThan(0);
    expect(v.services.freshAir).toBeGreaterThanOrEqual(v.seats * 33);
    const written = parsePlan(readFileSync(out, 'utf8'));
    if (!written.ok) throw new Error('written plan does not parse');
    const floor = written.plan.site.buildings[0]!.floors[0]!;
    expect(floor.airTerminals.filter((t) => t.id.startsWith('T-3F-ala-')).length).toBe(v.services.airTerminals);
    expect(floor.luminaires.filter((l) => l.id.startsWith('T-3F-all-')).length).toBe(v.services.luminaires);
    const text = await run([file, '--floor', 'T-3F', '--date', CHECK_DATE, '--services', '--lang', 'en']);
    expect(text.out).toMatch(/services: \d+ luminaires, \d+ fresh-air outlets \(\d+ m³\/h in all\)/);
  }, 60_000);

  it('compares the seats laid out with the seats the demand needs', async () => {
    const needed = demandTarget(demandPlan, { kind: 'floor', floorId: 'T-3F' })!;
    const r = await run([demandFile, '--floor', 'T-3F', '--date', CHECK_DATE, '--json']);
    const json = JSON.parse(r.out);
    const floorSeats = json.variants[0].seats + 8;
    expect(json.seatsNeeded).toBe(needed);
    expect(json.variants[0].demand).toMatchObject({ needed, balance: floorSeats - needed });
    const text = await run([demandFile, '--floor', 'T-3F', '--date', CHECK_DATE, '--lang', 'en']);
    expect(text.out).toContain(`needs ${needed}, layout gives ${floorSeats}: ${floorSeats >= needed ? `${floorSeats - needed} spare` : `short by ${needed - floorSeats}`}`);
  }, 60_000);

  it('--building lays out every floor, lowest first', async () => {
    const r = await run([towerFile, '--building', 'T', '--date', CHECK_DATE, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.floors.map((f: { floor: string }) => f.floor)).toEqual(['T-1F', 'T-2F']);
    expect(json.floors.every((f: { variants: { passes: boolean }[] }) => f.variants[0]!.passes)).toBe(true);
    expect(json.seats).toBe(json.floors.reduce((n: number, f: { variants: { floorSeats: number }[] }) => n + f.variants[0]!.floorSeats, 0));
    const text = await run([towerFile, '--building', 'T', '--date', CHECK_DATE, '--lang', 'en']);
    expect(text.out).toContain(`Building: ${json.seats} seats`);
    expect((await run([towerFile, '--building', 'X'])).code).toBe(2);
    expect((await run([towerFile, '--building', 'T', '--floor', 'T-1F'])).code).toBe(2);
    expect((await run([towerFile, '--building', 'T', '--zones', 'z'])).code).toBe(2);
  }, 60_000);
});

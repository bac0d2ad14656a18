import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { FLOOR, registerPlan } from '../rules/register/registerFixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'callfloor-register-'));
const file = join(dir, 'plan.callfloor.json');
writeFileSync(file, serializePlan(registerPlan()));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['register', file, ...args], { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('callfloor register', () => {
  it('--json: every device of the floor with its status as of --date; exit 1 when one is overdue', async () => {
    const { code, out } = await run(['--floor', FLOOR, '--date', '2026-05-31', '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ asOf: '2026-05-31', scope: { floor: FLOOR }, profile: 'gb', dueSoonDays: 7, counts: { overdue: 1, never: 4, 'due-soon': 1, ok: 2 } });
    expect(json.rows[0]).toMatchObject({ id: 's9', type: 'sprinkler', status: 'overdue', nextDue: '2026-05-20', floor: { id: FLOOR, name: '3F' }, zone: '休息区' });
    expect(json.intervals.extinguisher).toEqual({ days: 30, clause: 'GB 50444-2008 §5.2' });
  });

  it('exit 0 when nothing is overdue', async () => {
    const { code, out } = await run(['--building', 'A', '--date', '2026-05-15', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).rows).toHaveLength(9);
  });

  it('--csv writes the register CSV to stdout', async () => {
    const { code, out } = await run(['--floor', FLOOR, '--date', '2026-05-31', '--csv', '--lang', 'en']);
    expect(code).toBe(1);
    const lines = out.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('ID,Type,Rating,Building,Floor,Room / zone,Last inspected,Next due,Status,Open defects,Defect and action notes');
    expect(lines[1]).toBe('s9,Sprinkler,,A栋,3F,休息区,2026-04-20,2026-05-20,Overdue,0,');
  });

  it('prints a table by default', async () => {
    const { out } = await run(['--floor', FLOOR, '--date', '2026-05-31', '--lang', 'zh']);
    expect(out).toMatch(/^编号\s+类型/);
    expect(out).toContain('从未检查');
    expect(out).toMatch(/2026-05-31: 8 — 已逾期 1 · 从未检查 4 · 即将到期 1 · 正常 2/);
  });

  it('exit 2 for a building or floor not in the plan, a floor of another building, a bad date, both formats', async () => {
    const bad = await run(['--building', 'Z', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no building with id Z');
    expect((await run(['--floor', 'nope'])).code).toBe(2);
    const plan = registerPlan();
    plan.site.buildings.push({ ...structuredClone(plan.site.buildings[0]!), id: 'B', floors: [] });
    const other = join(dir, 'two.callfloor.json');
    writeFileSync(other, serializePlan(plan));
    const mismatch = await main(['register', other, '--building', 'B', '--floor', FLOOR], { stdout: () => undefined, stderr: () => undefined });
    expect(mismatch).toBe(2);
    expect((await run(['--date', '31/05/2026'])).code).toBe(2);
    expect((await run(['--json', '--csv'])).code).toBe(2);
  });
});

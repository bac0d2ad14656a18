// A plan built to fail each new check once (test/fixtures/failEveryRule.ts) fails it in
// `callfloor check` (JSON and the table) and in the compliance PDF, in both languages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { buildComplianceModel } from '../../src/export/model/complianceModel.ts';
import { ruleTitle } from '../../src/rules/ruleTitles.ts';
import { runRules } from '../../src/rules/runRules.ts';
import { pdfText } from '../export/pdfCheck.ts';
import { failEveryRulePlan } from '../fixtures/failEveryRule.ts';

const DATE = '2026-11-24';
const { plan, failures } = failEveryRulePlan();
const dir = mkdtempSync(join(tmpdir(), 'callfloor-fail-every-'));
const planPath = join(dir, 'fail-every.callfloor.json');
writeFileSync(planPath, serializePlan(plan));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(args, { stdout: (s) => out.push(s), stderr: () => undefined });
  return { code, out: out.join('') };
}

interface JsonFinding {
  ruleId: string;
  status: string;
  where: { buildingId?: string };
}

describe('a plan built to fail each new check once', () => {
  it('fails each in `callfloor check --json`, in the building built to fail it', async () => {
    const { code, out } = await run(['check', planPath, '--date', DATE, '--json']);
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as { findings: JsonFinding[] }).findings;
    expect(failures.length).toBeGreaterThanOrEqual(16);
    for (const f of failures) {
      const found = findings.filter((x) => x.ruleId === f.ruleId && x.where.buildingId === f.buildingId && x.status === f.status);
      expect(found.length, `${f.ruleId} ${f.status} in ${f.buildingId} (${f.change})`).toBeGreaterThan(0);
      // and the unchanged copies of the floor do not fail it
      const elsewhere = findings.filter((x) => x.ruleId === f.ruleId && x.status === 'fail' && x.where.buildingId !== f.buildingId);
      const builtToFailToo = failures.filter((g) => g.ruleId === f.ruleId).map((g) => g.buildingId);
      expect(elsewhere.filter((x) => !builtToFailToo.includes(x.where.buildingId!)).map((x) => x.where.buildingId), f.ruleId).toEqual(
        // the 1 m corridor leaves the floor's corridor services outside every zone
        f.ruleId === 'fire.detector-coverage' || f.ruleId === 'fire.sprinkler-spacing' || f.ruleId === 'fire.smoke-control' || f.ruleId === 'fire.emergency-lighting'
          ? elsewhere.filter((x) => x.where.buildingId === 'F11').map(() => 'F11')
          : [],
      );
    }
  }, 120_000);

  it('lists each failing rule id in the table the command prints', async () => {
    const { out } = await run(['check', planPath, '--date', DATE]);
    for (const f of failures) expect(out).toMatch(new RegExp(`${f.status === 'fail' ? 'FAIL' : 'WARN'}\\s+${f.ruleId.replace(/\./g, '\\.')}\\s`));
  }, 120_000);

  it('puts each among the findings of the compliance report of the building built to fail it', () => {
    const rules = runRules(plan, { date: DATE });
    const meta = { project: plan.name, revision: 1, contentHash: '0123456789abcdef', date: DATE, signOff: {} };
    for (const f of failures) {
      const model = buildComplianceModel(plan, rules, meta, { kind: 'building', buildingId: f.buildingId }, { locale: 'en' })!;
      const group = model.issueGroups.find((g) => g.ruleId === f.ruleId);
      expect(group, `${f.ruleId} in ${f.buildingId}`).toBeDefined();
    }
  }, 120_000);

  it('prints each in the compliance PDF, by its title, in Chinese and English', async () => {
    for (const [lang, locale] of [['zh', 'zh-CN'], ['en', 'en']] as const) {
      const pdf = join(dir, `fail-every-${lang}.pdf`);
      const { code } = await run(['report', planPath, '--kind', 'compliance', '--lang', lang, '--date', DATE, '--out', pdf]);
      expect(code).toBe(0);
      // pdftotext may break or space a title; compare without blanks
      const text = pdfText(pdf).replace(/\s+/g, '');
      for (const f of failures) expect(text, `${f.ruleId} (${locale})`).toContain(ruleTitle(f.ruleId, locale).replace(/\s+/g, ''));
    }
  }, 180_000);
});

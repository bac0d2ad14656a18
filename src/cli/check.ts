// `callfloor check <plan> [--profile gb|intl] [--date YYYY-MM-DD] [--json]`: runs every rule.
// Exit 0 with no fail, 1 with any fail, 2 for invalid input (bad arguments or an unloadable plan).
// Text: a table of findings (status, rule, clause, required, measured, where, message) and the
// summary; --json: the RunResult (docs/check-json.md).
import type { Locale } from '../floorplan/types.ts';
import { formatFinding, formatNumber } from '../rules/format.ts';
import { compareStatus, type Finding, type FindingStatus, type Quantity, type RunResult } from '../rules/results.ts';
import { runRulesInThreads } from './parallelRules.ts';
import { EXIT_FINDINGS, EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { renderTable } from './table.ts';

const USAGE = 'usage: callfloor check <plan> [--profile gb|intl] [--date YYYY-MM-DD] [--json]';

interface CheckArgs {
  path: string;
  profile?: 'gb' | 'intl';
  date?: string;
  json: boolean;
}

function parseArgs(args: string[]): CheckArgs | string {
  let path: string | undefined;
  let profile: 'gb' | 'intl' | undefined;
  let date: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--profile') {
      const v = args[++i];
      if (v !== 'gb' && v !== 'intl') return `--profile 只能是 gb 或 intl / must be gb or intl (got ${v ?? 'nothing'})`;
      profile = v;
    } else if (a === '--date') {
      const v = args[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return `--date 需为 YYYY-MM-DD / must be YYYY-MM-DD (got ${v ?? 'nothing'})`;
      date = v;
    } else if (a.startsWith('--')) return `未知选项 / unknown option: ${a}`;
    else if (path === undefined) path = a;
    else return `多余的参数 / unexpected argument: ${a}`;
  }
  if (!path) return '缺少方案文件路径 / no plan file given';
  return { path, profile, date, json };
}

const STATUS_LABEL: Record<FindingStatus, string> = { fail: 'FAIL', warn: 'WARN', pass: 'pass', 'n/a': 'n/a' };

function quantity(q: Quantity & { comparator?: string }): string {
  if (q.value === null) return '—';
  const v = typeof q.value === 'number' ? formatNumber(q.value) : q.value;
  return `${q.comparator ? `${q.comparator} ` : ''}${v}${q.unit && q.unit !== 'count' && q.unit !== 'rating' ? ` ${q.unit}` : ''}`;
}

function where(f: Finding): string {
  const parts = [f.where.buildingId, f.where.floorId].filter((x): x is string => !!x);
  const ids = f.where.elementIds.length > 3 ? [...f.where.elementIds.slice(0, 3), `+${f.where.elementIds.length - 3}`] : f.where.elementIds;
  return [parts.join('/'), ids.join(',')].filter((x) => x).join(' ');
}

export function renderCheckText(result: RunResult, locale: Locale): string {
  const rows = [...result.findings]
    .sort((a, b) => compareStatus(a.status, b.status))
    .map((f) => [STATUS_LABEL[f.status], f.ruleId, f.clause, quantity(f.required), quantity(f.measured), where(f), formatFinding(f, locale)]);
  const { fail, warn, pass, na } = result.summary;
  const lines = [
    `规则集 / profile: ${result.profile.base}${result.profile.openFloorReading ? ` (${result.profile.openFloorReading})` : ''}, 日期 / date: ${result.date}`,
    renderTable(['status', 'rule', 'clause', 'required', 'measured', 'where', 'message'], rows),
    '',
    `不合格 fail ${fail}  警告 warn ${warn}  合格 pass ${pass}  不适用 n/a ${na}`,
  ];
  return lines.join('\n');
}

export async function checkCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}`);
    return EXIT_INVALID;
  }
  const plan = await planOrExplain(parsed.path, io);
  if (!plan) return EXIT_INVALID;
  const result = await runRulesInThreads(plan, { profile: parsed.profile, date: parsed.date });
  for (const p of result.profile.problems) {
    io.stderr(`profile override ${p.id}: ${p.reason === 'unknown' ? '未知参数 / unknown parameter' : p.reason === 'wrong-type' ? '类型不符 / wrong value type' : `属于另一规则集 / belongs to the other profile`} — ignored`);
  }
  if (parsed.json) io.stdout(JSON.stringify(result, null, 2));
  else io.stdout(renderCheckText(result, plan.locale ?? 'zh-CN'));
  return result.summary.fail > 0 ? EXIT_FINDINGS : EXIT_OK;
}

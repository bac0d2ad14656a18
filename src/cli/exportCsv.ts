// `callfloor export-csv <plan> --kind workstations|zones|findings [--lang zh|en] [--scope …] --out file.csv`
// The workstation schedule carries walking and straight distances and statuses from a rule run;
// the findings list has one row per group of findings with one cause, then a row per finding.
import { writeFile } from 'node:fs/promises';
import { findingsCsv } from '../export/csv/findings.ts';
import { workstationScheduleCsv, zoneScheduleCsv } from '../export/csv/schedules.ts';
import { formatScope, parseScope, resolveScope } from '../export/model/scope.ts';
import { runRulesInThreads } from './parallelRules.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { languageOption } from './languageOption.ts';
import { parseOptions } from './report.ts';

export async function exportCsvCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(args, ['kind', 'lang', 'scope', 'out', 'date']);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const kind = o.get('kind');
  if (kind !== 'workstations' && kind !== 'zones' && kind !== 'findings') {
    io.stderr('--kind 须为 workstations、zones 或 findings / --kind must be workstations, zones or findings');
    return EXIT_INVALID;
  }
  const out = o.get('out');
  if (!out) {
    io.stderr('缺少 --out 输出文件 / --out file.csv is required');
    return EXIT_INVALID;
  }
  const scope = parseScope(o.get('scope'));
  if (!scope) {
    io.stderr('--scope 须为 park、building:<id> 或 floor:<id> / --scope must be park, building:<id> or floor:<id>');
    return EXIT_INVALID;
  }
  const lang = languageOption(o.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const plan = await planOrExplain(parsed.positional[0], io);
  if (!plan) return EXIT_INVALID;
  if (!resolveScope(plan, scope)) {
    io.stderr(`范围不存在 / scope not in the plan: ${formatScope(scope)}`);
    return EXIT_INVALID;
  }
  const locale = lang ?? plan.locale ?? 'zh-CN';
  const date = o.get('date');
  const rules = await runRulesInThreads(plan, date ? { date } : {});
  const csv =
    kind === 'workstations'
      ? workstationScheduleCsv(plan, { locale, scope, rules })
      : kind === 'zones'
        ? zoneScheduleCsv(plan, { locale, scope, rules })
        : findingsCsv(plan, { locale, scope, rules });
  try {
    await writeFile(out, csv, 'utf8');
  } catch (error) {
    io.stderr(`${out}: 无法写入 / cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return EXIT_INVALID;
  }
  io.stdout(`${out}: ${kind} ${formatScope(scope)} — ${csv.split('\r\n').length - 2} rows`);
  return EXIT_OK;
}

// `callfloor report <plan> --kind capacity|compliance|evacuation [--lang zh|en] [--scope park|building:<id>|floor:<id>] --out file.pdf`
// Optional: --date YYYY-MM-DD (check and report date), --revision N, --prepared/--checked/--reviewed/--approved NAME.
// `--kind evacuation` writes the evacuation plans (疏散示意图, one page per "you are here" mark):
// scope also as --floor F or --building B, --paper a3|a4 (default a3); it needs no rule run.
import { writeFile } from 'node:fs/promises';
import { reportMeta } from '../export/model/meta.ts';
import { formatScope, parseScope, resolveScope } from '../export/model/scope.ts';
import { runRulesInThreads } from './parallelRules.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { languageOption } from './languageOption.ts';

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

/** `--name value` pairs and positionals; a flag given without its value is an error. */
export function parseOptions(args: string[], known: readonly string[]): ParsedArgs | string {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!known.includes(name)) return `未知选项 / unknown option: --${name}`;
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return `--${name} 缺少值 / needs a value`;
    options.set(name, value);
  }
  return { positional, options };
}

const KNOWN = ['kind', 'lang', 'scope', 'out', 'date', 'revision', 'prepared', 'checked', 'reviewed', 'approved', 'profile', 'floor', 'building', 'paper'] as const;

export async function reportCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(args, KNOWN);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const kind = o.get('kind');
  if (kind !== 'capacity' && kind !== 'compliance' && kind !== 'evacuation') {
    io.stderr('--kind 须为 capacity、compliance 或 evacuation / --kind must be capacity, compliance or evacuation');
    return EXIT_INVALID;
  }
  const out = o.get('out');
  if (!out) {
    io.stderr('缺少 --out 输出文件 / --out file.pdf is required');
    return EXIT_INVALID;
  }
  const scope = parseScope(evacuationScopeText(o) ?? o.get('scope'));
  if (!scope) {
    io.stderr(`--scope 须为 park、building:<id> 或 floor:<id> / --scope must be park, building:<id> or floor:<id> (got ${o.get('scope')})`);
    return EXIT_INVALID;
  }
  const lang = languageOption(o.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const date = o.get('date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.stderr(`--date 须为 YYYY-MM-DD / --date must be YYYY-MM-DD (got ${date})`);
    return EXIT_INVALID;
  }
  const profile = o.get('profile');
  if (profile !== undefined && profile !== 'gb' && profile !== 'intl') {
    io.stderr('--profile 须为 gb 或 intl / --profile must be gb or intl');
    return EXIT_INVALID;
  }
  const paper = o.get('paper') ?? 'a3';
  if (paper !== 'a3' && paper !== 'a4') {
    io.stderr(`--paper 须为 a3 或 a4 / --paper must be a3 or a4 (got ${paper})`);
    return EXIT_INVALID;
  }
  if (kind !== 'evacuation' && (o.has('floor') || o.has('building') || o.has('paper'))) {
    io.stderr('--floor、--building、--paper 仅用于 --kind evacuation / --floor, --building and --paper are for --kind evacuation (use --scope)');
    return EXIT_INVALID;
  }
  const plan = await planOrExplain(parsed.positional[0], io);
  if (!plan) return EXIT_INVALID;
  if (!resolveScope(plan, scope)) {
    io.stderr(`范围不存在 / scope not in the plan: ${formatScope(scope)}`);
    return EXIT_INVALID;
  }
  const locale = lang ?? plan.locale ?? 'zh-CN';
  if (kind === 'evacuation') {
    const meta = await reportMeta(plan, { revision: o.get('revision') ?? null, ...(date ? { date } : {}) });
    const [{ loadNodeFonts }, { evacuationPdf }] = await Promise.all([import('../export/pdf/fontsNode.ts'), import('../export/pdf/evacuationPdf.ts')]);
    const bytes = await evacuationPdf(plan, { locale, scope, paper, meta, fonts: loadNodeFonts });
    return writeReport(out, bytes, `${kind} ${formatScope(scope)} ${paper.toUpperCase()} ${locale}`, io);
  }
  const rules = await runRulesInThreads(plan, { ...(profile ? { profile } : {}), ...(date ? { date } : {}) });
  const signOff = {
    ...(o.has('prepared') ? { preparedBy: o.get('prepared')! } : {}),
    ...(o.has('checked') ? { checkedBy: o.get('checked')! } : {}),
    ...(o.has('reviewed') ? { reviewedBy: o.get('reviewed')! } : {}),
    ...(o.has('approved') ? { approvedBy: o.get('approved')! } : {}),
  };
  const meta = await reportMeta(plan, { revision: o.get('revision') ?? null, ...(date ? { date } : {}), signOff });
  const { loadNodeFonts } = await import('../export/pdf/fontsNode.ts');
  const render = kind === 'capacity' ? (await import('../export/pdf/capacityPdf.ts')).capacityPdf : (await import('../export/pdf/compliancePdf.ts')).compliancePdf;
  const bytes = await render(plan, { locale, scope, meta, rules, fonts: loadNodeFonts });
  return writeReport(out, bytes, `${kind} ${formatScope(scope)} ${locale}`, io);
}

/** `--floor F` / `--building B` as a scope text (evacuation plans); undefined when neither is given. */
function evacuationScopeText(o: Map<string, string>): string | undefined {
  if (o.has('floor')) return `floor:${o.get('floor')!}`;
  if (o.has('building')) return `building:${o.get('building')!}`;
  return undefined;
}

async function writeReport(out: string, bytes: Uint8Array, what: string, io: CommandIO): Promise<number> {
  try {
    await writeFile(out, bytes);
  } catch (error) {
    io.stderr(`${out}: 无法写入 / cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return EXIT_INVALID;
  }
  io.stdout(`${out}: ${what} — ${(bytes.length / 1024).toFixed(0)} KB`);
  return EXIT_OK;
}

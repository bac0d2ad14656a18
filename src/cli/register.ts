// `callfloor register <plan> [--building B] [--floor F] [--date YYYY-MM-DD] [--json|--csv]
//   [--lang zh|en] [--profile gb|intl] [--pdf file.pdf]`
// The fire register of the park, a building or a floor as of a date (default today): a table,
// JSON (every row with its history, defects and actions) or CSV on stdout; --pdf also writes the
// register PDF an inspector signs. Exit 0: nothing overdue; 1: some device overdue; 2: bad input.
import { writeFile } from 'node:fs/promises';
import { todayIso } from '../export/model/meta.ts';
import type { ReportScope } from '../export/model/scope.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { resolveProfile } from '../rules/profiles/resolveProfile.ts';
import { buildRegister, type Register, type RegisterScope } from '../rules/register/register.ts';
import { DEFAULT_SORT, sortRows } from '../rules/register/registerView.ts';
import { ratingText, REGISTER_COLUMNS, registerWords } from '../rules/register/registerWords.ts';
import { EXIT_FINDINGS, EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { languageOption } from './languageOption.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { parseOptions } from './report.ts';
import { renderTable } from './table.ts';

const KNOWN = ['building', 'floor', 'date', 'lang', 'profile', 'pdf'] as const;
const FLAGS = ['--json', '--csv'] as const;

/** Says what is wrong with the scope, or null when the plan has it. */
function scopeProblem(plan: PlanDocument, scope: RegisterScope): string | null {
  const building = scope.buildingId ? plan.site.buildings.find((b) => b.id === scope.buildingId) : undefined;
  if (scope.buildingId && !building) return `建筑不存在 / no building with id ${scope.buildingId} (${plan.site.buildings.map((b) => b.id).join(', ')})`;
  if (scope.floorId) {
    const holder = plan.site.buildings.find((b) => b.floors.some((f) => f.id === scope.floorId));
    if (!holder) return `楼层不存在 / no floor with id ${scope.floorId}`;
    if (building && holder !== building) return `楼层 ${scope.floorId} 不在建筑 ${building.id} 中 / floor ${scope.floorId} is not in building ${building.id}`;
  }
  return null;
}

export function registerJson(register: Register, scope: RegisterScope, base: string): unknown {
  return {
    asOf: register.asOf,
    scope: scope.floorId ? { floor: scope.floorId } : scope.buildingId ? { building: scope.buildingId } : 'park',
    profile: base,
    dueSoonDays: register.policy.dueSoonDays,
    intervals: Object.fromEntries(Object.entries(register.policy.intervals).map(([type, i]) => [type, { days: i.days, clause: i.clause }])),
    counts: register.counts,
    rows: sortRows(register.rows, DEFAULT_SORT).map((r) => ({
      id: r.id,
      type: r.type,
      rating: r.rating,
      building: { id: r.buildingId, name: r.buildingName },
      floor: { id: r.floorId, name: r.floorName },
      zone: r.zoneName,
      at: r.at,
      lastInspected: r.lastInspected,
      nextDue: r.nextDue,
      status: r.status,
      daysSince: r.daysSince,
      intervalDays: r.intervalDays,
      openDefects: r.openDefects,
      history: r.history,
      defects: r.defects,
      actions: r.actions,
    })),
  };
}

export async function registerCommand(args: string[], io: CommandIO): Promise<number> {
  const json = args.includes('--json');
  const csv = args.includes('--csv');
  const parsed = parseOptions(args.filter((a) => !(FLAGS as readonly string[]).includes(a)), KNOWN);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  if (json && csv) {
    io.stderr('--json 与 --csv 只能选一个 / choose one of --json and --csv');
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const date = o.get('date') ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    io.stderr(`--date 须为 YYYY-MM-DD / --date must be YYYY-MM-DD (got ${date})`);
    return EXIT_INVALID;
  }
  const base = o.get('profile');
  if (base !== undefined && base !== 'gb' && base !== 'intl') {
    io.stderr('--profile 须为 gb 或 intl / --profile must be gb or intl');
    return EXIT_INVALID;
  }
  const lang = languageOption(o.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const plan = await planOrExplain(parsed.positional[0], io);
  if (!plan) return EXIT_INVALID;
  const scope: RegisterScope = { ...(o.has('building') ? { buildingId: o.get('building')! } : {}), ...(o.has('floor') ? { floorId: o.get('floor')! } : {}) };
  const problem = scopeProblem(plan, scope);
  if (problem) {
    io.stderr(problem);
    return EXIT_INVALID;
  }
  const profile = resolveProfile(plan, base);
  const register = buildRegister(plan, scope, { asOf: date, profile })!;
  const locale = lang ?? plan.locale ?? 'zh-CN';
  const reportScope: ReportScope = scope.floorId ? { kind: 'floor', floorId: scope.floorId } : scope.buildingId ? { kind: 'building', buildingId: scope.buildingId } : { kind: 'park' };

  if (json) io.stdout(JSON.stringify(registerJson(register, scope, profile.base), null, 2));
  else if (csv) io.stdout((await import('../export/csv/register.ts')).registerCsv(plan, { locale, scope: reportScope, asOf: date, profile })!);
  else {
    const w = registerWords(locale);
    const rows = sortRows(register.rows, DEFAULT_SORT);
    io.stdout(
      renderTable(
        REGISTER_COLUMNS.map((c) => w.columns[c]),
        rows.map((r) => [r.id, w.types[r.type], ratingText(r.type, r.rating, locale), r.buildingName, r.floorName, r.zoneName ?? '', r.lastInspected ?? '—', r.nextDue ?? '—', w.statuses[r.status], r.openDefects ? String(r.openDefects) : '']),
        REGISTER_COLUMNS.map((c) => (c === 'openDefects' ? 'right' : 'left')),
      ),
    );
    const c = register.counts;
    io.stdout(`${date}: ${rows.length} — ${(['overdue', 'never', 'due-soon', 'ok'] as const).map((s) => `${w.statuses[s]} ${c[s]}`).join(' · ')}`);
  }

  const pdf = o.get('pdf');
  if (pdf) {
    const [{ registerPdf }, { loadNodeFonts }, { reportMeta }] = await Promise.all([import('../export/pdf/registerPdf.ts'), import('../export/pdf/fontsNode.ts'), import('../export/model/meta.ts')]);
    const bytes = await registerPdf(plan, { locale, scope: reportScope, meta: await reportMeta(plan, { date }), fonts: loadNodeFonts, profile });
    try {
      await writeFile(pdf, bytes);
    } catch (error) {
      io.stderr(`${pdf}: 无法写入 / cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return EXIT_INVALID;
    }
    io.stderr(`${pdf}: register ${locale} — ${(bytes.length / 1024).toFixed(0)} KB`);
  }
  return register.counts.overdue > 0 ? EXIT_FINDINGS : EXIT_OK;
}

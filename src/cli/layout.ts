// `callfloor layout <plan> --floor F [--zones z1,z2] [--desk 1.4x0.7] [--desks-per-bench 6]
//   [--orientation x|y|both] [--profile gb|intl] [--date YYYY-MM-DD] [--variants most-seats,comfortable,fewest-changes]
//   [--out plan.json] [--json] [--lang zh|en]`
// Lays out the floor's work zones (or the zones named) with the most seats that pass every rule
// (src/rules/layout), prints seats, what binds and the check summary of the result, and with
// --out writes the plan with the layout of the first variant. Exit 0; 2 on bad input.
import { writeFile } from 'node:fs/promises';
import { serializePlan } from '../floorplan/format/serializePlan.ts';
import type { Locale, PlanDocument } from '../floorplan/types.ts';
import { autoLayout, type LayoutResult } from '../rules/layout/autoLayout.ts';
import { bindingText, nothingBinds } from '../rules/layout/describe.ts';
import { LAYOUT_VARIANTS, parseDeskSize, type LayoutOptions, type LayoutVariantId } from '../rules/layout/options.ts';
import { planWithDesks } from '../rules/layout/judge.ts';
import { deskInZones } from '../floorplan/commands/replaceWorkstations.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { languageOption } from './languageOption.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { parseOptions } from './report.ts';

const KNOWN = ['floor', 'zones', 'desk', 'desks-per-bench', 'orientation', 'profile', 'date', 'variants', 'out', 'lang'] as const;

const PROBLEMS: Record<string, string> = {
  noFloor: '楼层不存在 / no floor with id',
  noZones: '该楼层没有办公分区（work）；用 --zones 指定 / the floor has no work zone; name zones with --zones',
  badZone: '分区不存在 / no zone with id',
  badOptions: '选项无效 / bad layout options',
};

/** The plan with the first variant's desks in place of the target zones' desks. */
export function planWithLayout(plan: PlanDocument, result: LayoutResult): PlanDocument {
  const floor = plan.site.buildings.find((b) => b.id === result.buildingId)!.floors.find((f) => f.id === result.floorId)!;
  const zones = floor.zones.filter((z) => result.zoneIds.includes(z.id));
  const others = floor.workstations.filter((ws) => !deskInZones(ws, zones));
  return planWithDesks(plan, result.buildingId, result.floorId, [...others, ...result.variants[0]!.workstations]);
}

export function layoutJson(result: LayoutResult, zoneNames: Map<string, string>): unknown {
  return {
    floor: result.floorId,
    building: result.buildingId,
    zones: result.zoneIds,
    currentSeats: result.currentSeats,
    ms: result.ms,
    ruleRuns: result.ruleRuns,
    preexisting: result.preexisting.map((f) => ({ ruleId: f.ruleId, key: f.key, messageKey: f.messageKey })),
    variants: result.variants.map((v) => ({
      id: v.id,
      seats: v.seats,
      kept: v.kept,
      geometricSeats: v.geometricSeats,
      persons: v.persons,
      frame: v.frame,
      desksPerBench: v.desksPerBench,
      passes: v.passes,
      binds: v.bindings.map((b) => ({ ...b, text: { en: bindingText(b, 'en', zoneNames.get(b.zoneId ?? '')), 'zh-CN': bindingText(b, 'zh-CN', zoneNames.get(b.zoneId ?? '')) } })),
      summary: v.summary,
      newFailures: v.newFailures.map((f) => ({ ruleId: f.ruleId, key: f.key, messageKey: f.messageKey })),
      options: v.options,
    })),
  };
}

export async function layoutCommand(args: string[], io: CommandIO): Promise<number> {
  const json = args.includes('--json');
  const parsed = parseOptions(args.filter((a) => a !== '--json'), KNOWN);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const floorId = o.get('floor');
  if (!floorId) {
    io.stderr('须指定 --floor / --floor is required');
    return EXIT_INVALID;
  }
  const options: Partial<LayoutOptions> = {};
  if (o.has('desk')) {
    const size = parseDeskSize(o.get('desk')!);
    if (!size) {
      io.stderr(`--desk 须为 宽x深（米），如 1.4x0.7 / --desk must be width x depth in metres, e.g. 1.4x0.7 (got ${o.get('desk')})`);
      return EXIT_INVALID;
    }
    [options.deskWidth, options.deskDepth] = size;
    options.deskPitch = size[0];
  }
  if (o.has('desks-per-bench')) options.desksPerBench = Number(o.get('desks-per-bench'));
  if (o.has('orientation')) {
    const orientation = o.get('orientation');
    if (orientation !== 'x' && orientation !== 'y' && orientation !== 'both') {
      io.stderr('--orientation 须为 x、y 或 both / --orientation must be x, y or both');
      return EXIT_INVALID;
    }
    options.orientation = orientation;
  }
  const base = o.get('profile');
  if (base !== undefined && base !== 'gb' && base !== 'intl') {
    io.stderr('--profile 须为 gb 或 intl / --profile must be gb or intl');
    return EXIT_INVALID;
  }
  const date = o.get('date');
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
    io.stderr(`--date 须为 YYYY-MM-DD / --date must be YYYY-MM-DD (got ${date})`);
    return EXIT_INVALID;
  }
  const variants = (o.get('variants') ?? 'most-seats').split(',').map((s) => s.trim()) as LayoutVariantId[];
  if (!variants.every((v) => (LAYOUT_VARIANTS as readonly string[]).includes(v))) {
    io.stderr(`--variants 须取自 ${LAYOUT_VARIANTS.join(', ')} / --variants must be among ${LAYOUT_VARIANTS.join(', ')}`);
    return EXIT_INVALID;
  }
  const lang = languageOption(o.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const plan = await planOrExplain(parsed.positional[0], io);
  if (!plan) return EXIT_INVALID;
  const zoneIds = o.get('zones')?.split(',').map((s) => s.trim()).filter(Boolean);
  const result = autoLayout(plan, { floorId, zoneIds, options, variants, run: { ...(base ? { profile: base } : {}), ...(date ? { date } : {}) } });
  if ('problem' in result) {
    io.stderr(`${PROBLEMS[result.problem]}${result.detail ? `: ${result.detail}` : ''}`);
    return EXIT_INVALID;
  }
  const floor = plan.site.buildings.find((b) => b.id === result.buildingId)!.floors.find((f) => f.id === result.floorId)!;
  const zoneNames = new Map(floor.zones.map((z) => [z.id, z.name]));
  if (json) io.stdout(JSON.stringify(layoutJson(result, zoneNames), null, 2));
  else {
    const locale: Locale = lang ?? plan.locale ?? 'zh-CN';
    const zh = locale === 'zh-CN';
    io.stdout(zh ? `楼层 ${floor.name}（${floor.id}）：现有 ${result.currentSeats} 个工位` : `Floor ${floor.name} (${floor.id}): ${result.currentSeats} seats now`);
    for (const v of result.variants) {
      const s = v.summary;
      const names: Record<LayoutVariantId, [string, string]> = { 'most-seats': ['座位最多', 'most seats'], comfortable: ['最舒适', 'most comfortable'], 'fewest-changes': ['改动最少', 'fewest changes'] };
      io.stdout(`${zh ? names[v.id][0] : names[v.id][1]}: ${v.seats} ${zh ? '座' : 'seats'}${v.passes ? '' : zh ? '（未通过）' : ' (does not pass)'}`);
      for (const b of v.bindings) io.stdout(`  ${bindingText(b, locale, zoneNames.get(b.zoneId ?? ''))}`);
      if (v.bindings.length === 0) io.stdout(`  ${nothingBinds(locale)}`);
      io.stdout(`  ${zh ? '检查' : 'check'}: fail ${s.fail} · warn ${s.warn} · pass ${s.pass} · n/a ${s.na}${result.preexisting.length ? (zh ? `（其中 ${result.preexisting.length} 项不合格与布置无关）` : ` (${result.preexisting.length} failing findings do not depend on the layout)`) : ''}`);
    }
    io.stdout(zh ? `用时 ${result.ms} ms，规则检查 ${result.ruleRuns} 次` : `${result.ms} ms, ${result.ruleRuns} rule runs`);
  }
  const out = o.get('out');
  if (out) await writeFile(out, serializePlan(planWithLayout(plan, result)));
  return EXIT_OK;
}

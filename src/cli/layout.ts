// `callfloor layout <plan> --floor F | --building B [--zones z1,z2] [--desk 1.4x0.7] [--desks-per-bench 6]
//   [--orientation x|y|both] [--profile gb|intl] [--date YYYY-MM-DD] [--variants most-seats,comfortable,fewest-changes]
//   [--services] [--out plan.json] [--json] [--lang zh|en]`
// Lays out the floor's work zones (or the zones named) with the most seats that pass every rule
// (src/rules/layout), prints seats, what binds, the check summary of the result and, where the
// plan has demand profiles, the seats needed against the seats laid out; with --out writes the
// plan with the layout of the first variant. --services places the zones' luminaires and
// fresh-air outlets too. --building lays out every floor of the building, lowest first, in
// turn (each floor sees the floors below laid out: stair width). Exit 0; 2 on bad input.
import { writeFile } from 'node:fs/promises';
import { serializePlan } from '../floorplan/format/serializePlan.ts';
import type { Locale, PlanDocument } from '../floorplan/types.ts';
import type { RunOptions } from '../rules/types.ts';
import { autoLayout, type LayoutResult } from '../rules/layout/autoLayout.ts';
import { layoutBuilding, planWithLayout } from '../rules/layout/applyLayout.ts';
import { bindingText, demandText, nothingBinds } from '../rules/layout/describe.ts';
import { LAYOUT_VARIANTS, parseDeskSize, type LayoutOptions, type LayoutVariantId } from '../rules/layout/options.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { languageOption } from './languageOption.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { parseOptions } from './report.ts';

const KNOWN = ['floor', 'building', 'zones', 'desk', 'desks-per-bench', 'orientation', 'profile', 'date', 'variants', 'out', 'lang'] as const;

const PROBLEMS: Record<string, string> = {
  noFloor: '楼层不存在 / no floor with id',
  noBuilding: '楼栋不存在 / no building with id',
  noZones: '该楼层没有办公分区（work）；用 --zones 指定 / the floor has no work zone; name zones with --zones',
  badZone: '分区不存在 / no zone with id',
  badOptions: '选项无效 / bad layout options',
};

export { planWithLayout };

export function layoutJson(result: LayoutResult, zoneNames: Map<string, string>): unknown {
  return {
    floor: result.floorId,
    building: result.buildingId,
    zones: result.zoneIds,
    currentSeats: result.currentSeats,
    otherSeats: result.otherSeats,
    seatsNeeded: result.seatsNeeded,
    replacedServices: result.replacedServices,
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
      floorSeats: v.seats + result.otherSeats,
      demand: result.seatsNeeded === null ? null : { needed: result.seatsNeeded, balance: v.seats + result.otherSeats - result.seatsNeeded, text: { en: demandText(result.seatsNeeded, v.seats + result.otherSeats, 'en'), 'zh-CN': demandText(result.seatsNeeded, v.seats + result.otherSeats, 'zh-CN') } },
      services: v.services ? { luminaires: v.services.luminaires.length, airTerminals: v.services.airTerminals.length, freshAir: v.services.airTerminals.reduce((s, t) => s + t.freshAir, 0) } : null,
      binds: v.bindings.map((b) => ({ ...b, text: { en: bindingText(b, 'en', zoneNames.get(b.zoneId ?? '')), 'zh-CN': bindingText(b, 'zh-CN', zoneNames.get(b.zoneId ?? '')) } })),
      summary: v.summary,
      newFailures: v.newFailures.map((f) => ({ ruleId: f.ruleId, key: f.key, messageKey: f.messageKey })),
      options: v.options,
    })),
  };
}

export async function layoutCommand(args: string[], io: CommandIO): Promise<number> {
  const json = args.includes('--json');
  const services = args.includes('--services');
  const parsed = parseOptions(args.filter((a) => a !== '--json' && a !== '--services'), KNOWN);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const floorId = o.get('floor');
  const buildingId = o.get('building');
  if (!floorId === !buildingId) {
    io.stderr('须指定 --floor 或 --building（二选一）/ give --floor or --building (one of them)');
    return EXIT_INVALID;
  }
  if (buildingId && o.has('zones')) {
    io.stderr('--zones 不能与 --building 同用 / --zones does not go with --building');
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
  const run: RunOptions = { ...(base ? { profile: base } : {}), ...(date ? { date } : {}) };
  const locale: Locale = lang ?? plan.locale ?? 'zh-CN';
  if (buildingId) return buildingCommand(plan, buildingId, { options, variants, services, run }, { json, locale, out: o.get('out') }, io);
  const zoneIds = o.get('zones')?.split(',').map((s) => s.trim()).filter(Boolean);
  const result = autoLayout(plan, { floorId: floorId!, zoneIds, options, variants, services, run });
  if ('problem' in result) {
    io.stderr(`${PROBLEMS[result.problem]}${result.detail ? `: ${result.detail}` : ''}`);
    return EXIT_INVALID;
  }
  const floor = plan.site.buildings.find((b) => b.id === result.buildingId)!.floors.find((f) => f.id === result.floorId)!;
  const zoneNames = new Map(floor.zones.map((z) => [z.id, z.name]));
  if (json) io.stdout(JSON.stringify(layoutJson(result, zoneNames), null, 2));
  else {
    const zh = locale === 'zh-CN';
    io.stdout(zh ? `楼层 ${floor.name}（${floor.id}）：现有 ${result.currentSeats} 个工位` : `Floor ${floor.name} (${floor.id}): ${result.currentSeats} seats now`);
    for (const v of result.variants) {
      const s = v.summary;
      const names: Record<LayoutVariantId, [string, string]> = { 'most-seats': ['座位最多', 'most seats'], comfortable: ['最舒适', 'most comfortable'], 'fewest-changes': ['改动最少', 'fewest changes'] };
      io.stdout(`${zh ? names[v.id][0] : names[v.id][1]}: ${v.seats} ${zh ? '座' : 'seats'}${v.passes ? '' : zh ? '（未通过）' : ' (does not pass)'}`);
      for (const b of v.bindings) io.stdout(`  ${bindingText(b, locale, zoneNames.get(b.zoneId ?? ''))}`);
      if (v.bindings.length === 0) io.stdout(`  ${nothingBinds(locale)}`);
      if (v.services) io.stdout(`  ${servicesText(v.services, locale)}`);
      if (result.seatsNeeded !== null) io.stdout(`  ${demandText(result.seatsNeeded, v.seats + result.otherSeats, locale)}`);
      io.stdout(`  ${zh ? '检查' : 'check'}: fail ${s.fail} · warn ${s.warn} · pass ${s.pass} · n/a ${s.na}${result.preexisting.length ? (zh ? `（其中 ${result.preexisting.length} 项不合格与布置无关）` : ` (${result.preexisting.length} failing findings do not depend on the layout)`) : ''}`);
    }
    io.stdout(zh ? `用时 ${result.ms} ms，规则检查 ${result.ruleRuns} 次` : `${result.ms} ms, ${result.ruleRuns} rule runs`);
  }
  const out = o.get('out');
  if (out) await writeFile(out, serializePlan(planWithLayout(plan, result)));
  return EXIT_OK;
}

function servicesText(services: NonNullable<LayoutResult['variants'][number]['services']>, locale: Locale): string {
  const air = services.airTerminals.reduce((sum, t) => sum + t.freshAir, 0);
  return locale === 'zh-CN'
    ? `设备：${services.luminaires.length} 盏灯具，${services.airTerminals.length} 个新风口（共 ${air} m³/h）`
    : `services: ${services.luminaires.length} luminaires, ${services.airTerminals.length} fresh-air outlets (${air} m³/h in all)`;
}

/** --building: every floor in turn, lowest first; one line per floor, the building's total and its demand. */
async function buildingCommand(
  plan: PlanDocument,
  buildingId: string,
  request: Parameters<typeof layoutBuilding>[2],
  output: { json: boolean; locale: Locale; out: string | undefined },
  io: CommandIO,
): Promise<number> {
  const laid = layoutBuilding(plan, buildingId, request);
  if ('problem' in laid) {
    io.stderr(`${PROBLEMS[laid.problem]}: ${laid.detail ?? buildingId}`);
    return EXIT_INVALID;
  }
  const { locale } = output;
  const zh = locale === 'zh-CN';
  const building = plan.site.buildings.find((b) => b.id === buildingId)!;
  const floorOf = (id: string) => building.floors.find((f) => f.id === id)!;
  if (output.json) {
    io.stdout(JSON.stringify({
      building: buildingId,
      seats: laid.seats,
      seatsNeeded: laid.seatsNeeded,
      demand: laid.seatsNeeded === null ? null : { needed: laid.seatsNeeded, balance: laid.seats - laid.seatsNeeded, text: { en: demandText(laid.seatsNeeded, laid.seats, 'en'), 'zh-CN': demandText(laid.seatsNeeded, laid.seats, 'zh-CN') } },
      ms: laid.ms,
      floors: laid.floors.map(({ floorId, result }) => ('problem' in result ? { floor: floorId, problem: result.problem } : layoutJson(result, new Map(floorOf(floorId).zones.map((z) => [z.id, z.name]))))),
    }, null, 2));
  } else {
    io.stdout(zh ? `楼栋 ${building.name}（${building.id}）：逐层自动布置` : `Building ${building.name} (${building.id}): every floor laid out`);
    for (const { floorId, result } of laid.floors) {
      const floor = floorOf(floorId);
      if ('problem' in result) {
        io.stdout(`  ${floor.name}: ${zh ? '无办公分区，未布置' : 'no work zone, not laid out'}`);
        continue;
      }
      const v = result.variants[0]!;
      const names = new Map(floor.zones.map((z) => [z.id, z.name]));
      const binds = v.bindings.length ? v.bindings.map((b) => bindingText(b, locale, names.get(b.zoneId ?? ''))).join('; ') : nothingBinds(locale);
      io.stdout(`  ${floor.name}: ${v.seats + result.otherSeats} ${zh ? '座' : 'seats'}${v.passes ? '' : zh ? '（未通过）' : ' (does not pass)'} — ${binds}${result.seatsNeeded !== null ? ` — ${demandText(result.seatsNeeded, v.seats + result.otherSeats, locale)}` : ''}`);
    }
    io.stdout(zh ? `全楼 ${laid.seats} 座` : `Building: ${laid.seats} seats`);
    if (laid.seatsNeeded !== null) io.stdout(demandText(laid.seatsNeeded, laid.seats, locale));
    io.stdout(zh ? `用时 ${laid.ms} ms` : `${laid.ms} ms`);
  }
  if (output.out) await writeFile(output.out, serializePlan(laid.plan));
  return EXIT_OK;
}

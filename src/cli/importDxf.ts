// `callfloor import-dxf drawing.dxf --out plan.callfloor.json [--layers walls=A-WALL,columns=COLU …]
//  [--units mm|cm|m|in|ft] [--floor-name 3F] [--name …] [--lang zh|en]`
// A new one-building, one-floor plan from a CAD drawing: the same conversion the editor previews
// (walls from face lines, doors, windows, columns, the outline, named zones), checked by
// parsePlan before it is written; prints what it made and what it did not understand.
import { languageOption } from './languageOption.ts';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlan } from '../floorplan/format/parsePlan.ts';
import { describeProblem } from '../floorplan/format/problems.ts';
import { serializePlan } from '../floorplan/format/serializePlan.ts';
import { bounds, polygonArea } from '../floorplan/geometry/polygon.ts';
import { conversionNoteText, convertDrawing, guessLayerRoles, LAYER_ROLES, type LayerRole } from '../floorplan/underlay/convert/index.ts';
import { moveResult } from '../floorplan/underlay/convert/moveResult.ts';
import { planFromDrawing } from '../floorplan/underlay/convert/planFromDrawing.ts';
import { assumedMetresPerUnit } from '../floorplan/underlay/dxfUnits.ts';
import { readDxfBytes, type DxfLayer } from '../floorplan/underlay/dxfSegments.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { parseOptions } from './report.ts';

const UNITS: Record<string, number> = { mm: 0.001, cm: 0.01, dm: 0.1, m: 1, in: 0.0254, ft: 0.3048 };

const ROLE_NAMES: Record<LayerRole, string> = { walls: '墙 walls', columns: '柱 columns', windows: '窗 windows', doors: '门 doors', outline: '轮廓 outline', names: '房间名 names', ignore: '忽略 ignore' };

/** Where the building lies on the new plan: its lower-left corner this far (m) from the site's. */
const MARGIN = 20;

/** The roles given by --layers (role=LAYER,role=LAYER …) over the guesses, or why not. */
export function rolesFromOption(option: string | undefined, layers: readonly DxfLayer[]): LayerRole[] | string {
  const roles = guessLayerRoles(layers.map((l) => l.name));
  if (option === undefined) return roles;
  const given = new Map<number, LayerRole>();
  for (const part of option.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const role = (eq > 0 ? part.slice(0, eq).trim() : '') as LayerRole;
    const name = part.slice(eq + 1).trim();
    if (!LAYER_ROLES.includes(role)) return `--layers: 未知角色 / unknown role "${part.slice(0, Math.max(eq, 0)) || part}" (可用 / use: ${LAYER_ROLES.join(', ')})`;
    const index = layers.findIndex((l) => l.name === name) >= 0 ? layers.findIndex((l) => l.name === name) : layers.findIndex((l) => l.name.toLowerCase() === name.toLowerCase());
    if (index < 0) return `--layers: 图中没有图层 / no layer "${name}" in the drawing (有 / has: ${layers.slice(0, 30).map((l) => l.name).join(', ')}${layers.length > 30 ? ', …' : ''})`;
    given.set(index, role);
  }
  // a role named on the command line is held by the named layers only
  const named = new Set(given.values());
  return roles.map((r, i) => given.get(i) ?? (named.has(r) ? 'ignore' : r));
}

export async function importDxfCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(args, ['out', 'layers', 'units', 'floor-name', 'name', 'lang']);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const path = parsed.positional[0];
  if (!path) {
    io.stderr('缺少 DXF 文件路径 / no drawing.dxf given');
    return EXIT_INVALID;
  }
  const out = o.get('out');
  if (!out) {
    io.stderr('缺少 --out 输出文件 / --out plan.callfloor.json is required');
    return EXIT_INVALID;
  }
  const unitsText = o.get('units');
  if (unitsText !== undefined && !(unitsText.toLowerCase() in UNITS)) {
    io.stderr(`--units 须为 ${Object.keys(UNITS).join('、')} 之一 / --units must be one of ${Object.keys(UNITS).join(', ')} (got ${unitsText})`);
    return EXIT_INVALID;
  }
  const lang = languageOption(o.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const locale = lang ?? 'zh-CN';

  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) {
      io.stderr(`${path}: 是文件夹，不是 DXF 文件 / is a folder, not a DXF file`);
      return EXIT_INVALID;
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(code === 'ENOENT' ? `${path}: 文件不存在 / file not found` : `${path}: 无法读取 / cannot be read (${code ?? String(error)})`);
    return EXIT_INVALID;
  }
  const read = readDxfBytes(bytes);
  if (!read.ok) {
    io.stderr(`${path}: ${read.error.zh}\n${path}: ${read.error.en}`);
    return EXIT_INVALID;
  }
  const drawing = read.drawing;
  const roles = rolesFromOption(o.get('layers'), drawing.layers);
  if (typeof roles === 'string') {
    io.stderr(roles);
    return EXIT_INVALID;
  }
  const box = drawing.extent ?? drawing.bounds;
  if (!box) {
    io.stderr(`${path}: 图中没有可用的线条 / the drawing has no lines to convert`);
    return EXIT_INVALID;
  }
  const scale = unitsText !== undefined ? UNITS[unitsText.toLowerCase()]! : assumedMetresPerUnit(drawing.metresPerUnit, Math.max(box.maxX - box.minX, box.maxY - box.minY));
  // converted where it lies, then moved so the building's lower-left corner is MARGIN from the site's
  const placed = convertDrawing(drawing, { roles, placement: { origin: [-box.minX * scale, -box.minY * scale], scale, rotation: 0 }, locale });
  const frame = placed.footprint ?? placed.outline ?? placed.walls.flatMap((w) => [w.a, w.b]);
  const corner = frame.length ? bounds(frame) : { minX: 0, minY: 0 };
  const result = moveResult(placed, MARGIN - corner.minX, MARGIN - corner.minY);
  const floorName = o.get('floor-name') ?? '1F';
  const plan = planFromDrawing(result, { name: o.get('name') ?? basename(path).replace(/\.dxf$/i, ''), floorName, locale });
  const layerLines = LAYER_ROLES.filter((r) => r !== 'ignore')
    .map((r) => `  ${ROLE_NAMES[r]}: ${drawing.layers.filter((_, i) => roles[i] === r).map((l) => l.name).join(', ') || '—'}`);
  if (!plan) {
    io.stderr([`${path}: 没有找到墙，无法生成楼层 / no walls found: cannot make a floor`, '图层角色 / layer roles (改用 --layers walls=图层名 / set with --layers walls=LAYER):', ...layerLines].join('\n'));
    return EXIT_INVALID;
  }
  const text = serializePlan(plan);
  const check = parsePlan(text);
  if (!check.ok) {
    io.stderr([`${path}: 生成的方案无效 / the plan made is not valid:`, ...check.problems.slice(0, 20).map((p) => `  ${describeProblem(p)}`)].join('\n'));
    return EXIT_INVALID;
  }
  try {
    await writeFile(out, text, 'utf8');
  } catch (error) {
    io.stderr(`${out}: 无法写入 / cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return EXIT_INVALID;
  }
  const floor = plan.site.buildings[0]!.floors[0]!;
  const area = polygonArea(floor.outline).toFixed(1);
  const lines = [
    `${out}: 1 栋 building, 1 层 floor ${floor.name} (${floor.id}) — ${scale} m/单位 unit`,
    `  轮廓 outline ${area} m²${result.outline ? '' : '（按墙的范围 from the walls\' extent）'}; 墙 walls ${floor.walls.length}; 门 doors ${floor.doors.length}; 窗 windows ${floor.windows.length}; 柱 columns ${floor.columns.length}; 分区 zones ${floor.zones.length}`,
    '图层角色 / layer roles:',
    ...layerLines,
  ];
  if (result.notes.length) {
    lines.push('未转换 / not converted:');
    for (const n of result.notes) lines.push(`  ${conversionNoteText(n, 'zh-CN')} / ${conversionNoteText(n, 'en')}`);
  }
  const skipped = Object.entries(drawing.skipped);
  if (skipped.length) lines.push(`未读取的图元 / entities not read: ${skipped.map(([type, n]) => `${type} ${n}`).join(', ')}`);
  io.stdout(lines.join('\n'));
  return EXIT_OK;
}

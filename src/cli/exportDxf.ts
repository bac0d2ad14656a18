// `callfloor export-dxf <plan> --floor <id> --out file.dxf [--lang zh|en]`
// One floor as an AutoCAD / 天正 / LibreCAD drawing in millimetres (src/export/dxf/floorToDxf.ts).
import { writeFile } from 'node:fs/promises';
import { floorToDxf } from '../export/dxf/floorToDxf.ts';
import { allFloors, findFloor } from '../floorplan/queries/lookup.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { planOrExplain } from './loadPlanFile.ts';
import { languageOption } from './languageOption.ts';
import { parseOptions } from './report.ts';

/** The floor ids a user can pick from, so a wrong or missing --floor says what would have worked. */
function floorChoices(plan: PlanDocument): string {
  const ids = allFloors(plan).map((f) => f.floor.id);
  const shown = ids.slice(0, 20).join(', ');
  return ids.length === 0 ? '方案中没有楼层 / the plan has no floors' : `可选 / available: ${shown}${ids.length > 20 ? ', …' : ''}`;
}

export async function exportDxfCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseOptions(args, ['floor', 'out', 'lang']);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return EXIT_INVALID;
  }
  const o = parsed.options;
  const out = o.get('out');
  if (!out) {
    io.stderr('缺少 --out 输出文件 / --out file.dxf is required');
    return EXIT_INVALID;
  }
  const lang = languageOption(o.get('lang'), io);
  if (lang === null) return EXIT_INVALID;
  const plan = await planOrExplain(parsed.positional[0], io);
  if (!plan) return EXIT_INVALID;
  const floorId = o.get('floor');
  if (!floorId) {
    io.stderr(`缺少 --floor 楼层编号 / --floor <id> is required\n${floorChoices(plan)}`);
    return EXIT_INVALID;
  }
  const ref = findFloor(plan, floorId);
  if (!ref) {
    io.stderr(`楼层不存在 / floor not in the plan: ${floorId}\n${floorChoices(plan)}`);
    return EXIT_INVALID;
  }
  const text = floorToDxf(plan, floorId, lang ? { locale: lang } : {});
  try {
    await writeFile(out, text, 'utf8');
  } catch (error) {
    io.stderr(`${out}: 无法写入 / cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return EXIT_INVALID;
  }
  const f = ref.floor;
  io.stdout(`${out}: ${ref.building.name} ${f.name} (${f.id}) — ${f.workstations.length} 工位 / desks, ${f.walls.length} 墙 / walls, ${f.zones.length} 区域 / zones; 单位 mm / units mm`);
  return EXIT_OK;
}

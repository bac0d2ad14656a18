// `callfloor stats <plan> [--json]`: seats and areas per zone use, floor, building and site.
import { siteFigures } from '../floorplan/queries/areas.ts';
import { siteSeats, type UseFigures } from '../floorplan/queries/seats.ts';
import { ZONE_USES, type PlanDocument } from '../floorplan/types.ts';
import { EXIT_INVALID, EXIT_OK, type CommandIO } from './io.ts';
import { loadFailureLines, loadPlanFile } from './loadPlanFile.ts';
import { renderTable } from './table.ts';

const USE_ZH: Record<string, string> = {
  work: '话务区', management: '业务管理区', rest: '休息区', meeting: '会议室', training: '培训室', canteen: '食堂',
  dormitory: '宿舍', server: '机房', power: '电源机房', cabling: '综合布线机房', toilet: '卫生间', corridor: '走道', storage: '储藏',
};

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

function usesJson(u: UseFigures): Record<string, { area: number; seats: number }> {
  return Object.fromEntries(ZONE_USES.filter((k) => u[k].area > 0 || u[k].seats > 0).map((k) => [k, { area: round(u[k].area), seats: u[k].seats }]));
}

export function planStats(plan: PlanDocument): unknown {
  const s = siteSeats(plan);
  const site = siteFigures(plan);
  return {
    name: plan.name,
    site: {
      seats: s.seats,
      byRole: s.byRole,
      parcelArea: round(site.parcelArea),
      grossFloorArea: round(site.grossFloorArea),
      footprintArea: round(site.footprintArea),
      greenArea: round(site.greenArea),
      far: round(site.far, 3),
      coverage: round(site.coverage, 3),
      greenRatio: round(site.greenRatio, 3),
      byUse: usesJson(s.byUse),
    },
    buildings: s.buildings.map((b) => ({
      id: b.buildingId,
      name: b.name,
      seats: b.seats,
      grossArea: round(b.grossArea),
      byRole: b.byRole,
      byUse: usesJson(b.byUse),
      floors: b.floors.map((f) => ({
        id: f.floorId,
        name: f.name,
        level: f.level,
        seats: f.seats,
        unzonedSeats: f.unzoned,
        grossArea: round(f.grossArea),
        usableArea: round(f.usableArea),
        byUse: usesJson(f.byUse),
        zones: f.zones.map((z) => ({ id: z.zoneId, name: z.name, use: z.use, area: round(z.area), seats: z.seats })),
      })),
    })),
  };
}

export async function statsCommand(args: string[], io: CommandIO): Promise<number> {
  const path = args.find((a) => !a.startsWith('-'));
  const result = await loadPlanFile(path);
  if (!result.ok) {
    io.stderr(loadFailureLines(result).join('\n'));
    return EXIT_INVALID;
  }
  const plan = result.plan;
  if (args.includes('--json')) {
    io.stdout(JSON.stringify(planStats(plan), null, 2));
    return EXIT_OK;
  }
  const s = siteSeats(plan);
  const site = siteFigures(plan);
  const out: string[] = [];
  out.push(`${plan.name} — ${s.seats} 座 seats (agent ${s.byRole.agent}, leader ${s.byRole.leader}, supervisor ${s.byRole.supervisor})`);
  out.push(
    `用地 parcel ${round(site.parcelArea)} m²  建筑面积 GFA ${round(site.grossFloorArea)} m²  容积率 FAR ${round(site.far, 2)}  建筑密度 coverage ${round(site.coverage * 100)} %  绿地率 green ${round(site.greenRatio * 100)} %`,
  );
  out.push('');
  out.push('按楼层 / by floor');
  const floorRows: string[][] = [];
  for (const b of s.buildings) {
    for (const f of b.floors) {
      floorRows.push([b.name, f.name, String(f.level), String(f.seats), round(f.grossArea).toFixed(1), round(f.usableArea).toFixed(1), f.seats ? (f.grossArea / f.seats).toFixed(2) : '-']);
    }
    floorRows.push([b.name, '合计 total', '', String(b.seats), round(b.grossArea).toFixed(1), '', b.seats ? (b.grossArea / b.seats).toFixed(2) : '-']);
  }
  out.push(renderTable(['楼栋 building', '楼层 floor', 'level', '座位 seats', '建筑面积 gross m²', '使用面积 usable m²', 'm²/座 seat'], floorRows, ['left', 'left', 'right', 'right', 'right', 'right', 'right']));
  out.push('');
  out.push('按功能 / by zone use (site)');
  const useRows = ZONE_USES.filter((u) => s.byUse[u].area > 0 || s.byUse[u].seats > 0).map((u) => [
    `${USE_ZH[u] ?? u} ${u}`,
    round(s.byUse[u].area).toFixed(1),
    String(s.byUse[u].seats),
  ]);
  out.push(renderTable(['功能 use', '面积 area m²', '座位 seats'], useRows, ['left', 'right', 'right']));
  io.stdout(out.join('\n'));
  return EXIT_OK;
}

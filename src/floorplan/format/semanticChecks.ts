// Checks the schema cannot express: polygon validity, unique ids, references between
// elements, and a few cross-field limits. Runs on a schema-valid document.
import { polygonProblem } from '../geometry/polygon.ts';
import type { PlanDocument, Point } from '../types.ts';
import { FLOOR_COLLECTIONS } from '../types.ts';
import { formatPath, problem, type PlanProblem } from './problems.ts';

type Path = (string | number)[];

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3).replace(/0+$/, '');
}

export function polygonProblemMessage(path: Path, polygon: readonly Point[]): PlanProblem | null {
  const p = polygonProblem(polygon);
  if (!p) return null;
  switch (p.code) {
    case 'too-few-points':
      return problem(path, 'polygon-too-few-points', `多边形至少需要 3 个点，实际 ${p.count} 个`, `a polygon needs at least 3 points, found ${p.count}`);
    case 'not-finite':
      return problem([...path, p.index], 'polygon-not-finite', '坐标不是有限数字', 'coordinate is not a finite number');
    case 'duplicate-point':
      return problem([...path, p.index], 'polygon-duplicate-point', '与前一个点重合', 'repeats the previous point');
    case 'zero-area':
      return problem(path, 'polygon-zero-area', '面积为零（各点共线）', 'zero area (the points are collinear)');
    case 'self-intersecting': {
      const at = p.at ? `（约在 (${fmt(p.at[0])}, ${fmt(p.at[1])})）` : '';
      const atEn = p.at ? ` near (${fmt(p.at[0])}, ${fmt(p.at[1])})` : '';
      return problem(path, 'polygon-self-intersecting', `边界自相交${at}：第 ${p.edges[0]} 条边与第 ${p.edges[1]} 条边相交`, `self-intersecting${atEn}: edge ${p.edges[0]} crosses edge ${p.edges[1]}`);
    }
  }
}

function validDate(s: string): boolean {
  const d = new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
  if (Number.isNaN(d.getTime())) return false;
  // Reject rolled-over dates such as 2026-02-30.
  return s.length !== 10 || d.toISOString().slice(0, 10) === s;
}

export function semanticProblems(plan: PlanDocument): PlanProblem[] {
  const out: PlanProblem[] = [];
  const firstSeen = new Map<string, string>();
  const checkId = (idValue: string, path: Path): void => {
    const prev = firstSeen.get(idValue);
    if (prev !== undefined) {
      out.push(problem([...path, 'id'], 'duplicate-id', `id "${idValue}" 重复（首次出现于 ${prev}）`, `duplicate id "${idValue}" (first used at ${prev})`));
    } else firstSeen.set(idValue, formatPath(path));
  };
  const checkPolygon = (path: Path, polygon: readonly Point[]): void => {
    const p = polygonProblemMessage(path, polygon);
    if (p) out.push(p);
  };

  checkPolygon(['site', 'boundary'], plan.site.boundary);
  plan.site.green.forEach((g, i) => checkPolygon(['site', 'green', i], g));
  plan.site.buildings.forEach((b, bi) => {
    const bPath: Path = ['site', 'buildings', bi];
    checkId(b.id, bPath);
    checkPolygon([...bPath, 'footprint'], b.footprint);
    b.floors.forEach((f, fi) => {
      const fPath: Path = [...bPath, 'floors', fi];
      checkId(f.id, fPath);
      checkPolygon([...fPath, 'outline'], f.outline);
      if (f.clearHeight > f.height) {
        out.push(problem([...fPath, 'clearHeight'], 'clear-height-above-floor-height', `净高 ${fmt(f.clearHeight)} m 大于层高 ${fmt(f.height)} m`, `clear height ${fmt(f.clearHeight)} m exceeds the floor-to-floor height ${fmt(f.height)} m`));
      }
      for (const collection of FLOOR_COLLECTIONS) {
        (f[collection] as { id: string }[]).forEach((el, i) => checkId(el.id, [...fPath, collection, i]));
      }
      f.cores.forEach((c, i) => checkPolygon([...fPath, 'cores', i, 'polygon'], c.polygon));
      f.columns.forEach((c, i) => checkPolygon([...fPath, 'columns', i, 'polygon'], c.polygon));
      f.zones.forEach((z, i) => checkPolygon([...fPath, 'zones', i, 'polygon'], z.polygon));
      const wallIds = new Set(f.walls.map((w) => w.id));
      f.walls.forEach((w, i) => {
        if (w.a[0] === w.b[0] && w.a[1] === w.b[1]) {
          out.push(problem([...fPath, 'walls', i], 'wall-zero-length', '墙的起点与终点重合', 'the wall starts and ends at the same point'));
        }
      });
      f.doors.forEach((d, i) => {
        if (d.wall !== undefined && !wallIds.has(d.wall)) {
          out.push(problem([...fPath, 'doors', i, 'wall'], 'unknown-wall', `引用的墙 "${d.wall}" 在本层不存在`, `refers to wall "${d.wall}", which is not on this floor`));
        }
      });
      f.windows.forEach((w, i) => {
        if (w.head <= w.sill) {
          out.push(problem([...fPath, 'windows', i, 'head'], 'window-head-below-sill', `窗顶高度 ${fmt(w.head)} m 应高于窗台 ${fmt(w.sill)} m`, `head ${fmt(w.head)} m must be above the sill ${fmt(w.sill)} m`));
        }
      });
      f.extinguishers.forEach((x, i) => {
        if (x.lastInspected !== undefined && !validDate(x.lastInspected)) {
          out.push(problem([...fPath, 'extinguishers', i, 'lastInspected'], 'bad-date', `日期 "${x.lastInspected}" 不存在`, `"${x.lastInspected}" is not a real date`));
        }
      });
    });
  });
  (plan.reviews ?? []).forEach((r, i) => {
    if (r.due !== undefined && !validDate(r.due)) {
      out.push(problem(['reviews', i, 'due'], 'bad-date', `日期 "${r.due}" 不存在`, `"${r.due}" is not a real date`));
    }
  });
  return out;
}

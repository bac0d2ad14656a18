// Checks the schema cannot express: polygon validity, unique ids, references between
// elements, coordinates within ±100 km, and a few cross-field limits. Runs on a schema-valid document.
import { polygonProblem } from '../geometry/polygon.ts';
import type { PlanDocument, Point, Site } from '../types.ts';
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

/**
 * The farthest a coordinate may lie from the plan's origin (m). A park spans a few kilometres;
 * anything past 100 km is a unit or typing error (millimetres read as metres, a stray digit), and
 * far coordinates also cost the geometry its precision.
 */
export const MAX_COORDINATE = 100_000;

function coordinateProblem(path: Path, p: Point): PlanProblem | null {
  if (Math.abs(p[0]) <= MAX_COORDINATE && Math.abs(p[1]) <= MAX_COORDINATE) return null;
  const at = `(${fmt(p[0])}, ${fmt(p[1])})`;
  return problem(path, 'coordinate-out-of-range', `坐标 ${at} 超出 ±100 km 范围（单位应为米）`, `coordinate ${at} lies beyond ±100 km (units are metres)`);
}

/** Every point of a site (boundary, green, footprints, and each floor's outline and elements), checked against MAX_COORDINATE. */
function siteCoordinateProblems(site: Site, sitePath: Path, out: PlanProblem[]): void {
  const point = (path: Path, p: Point): void => {
    const found = coordinateProblem(path, p);
    if (found) out.push(found);
  };
  const polygon = (path: Path, ps: readonly Point[]): void => ps.forEach((p, i) => point([...path, i], p));
  polygon([...sitePath, 'boundary'], site.boundary);
  site.green.forEach((g, i) => polygon([...sitePath, 'green', i], g));
  site.buildings.forEach((b, bi) => {
    const bPath: Path = [...sitePath, 'buildings', bi];
    polygon([...bPath, 'footprint'], b.footprint);
    b.floors.forEach((f, fi) => {
      const fPath: Path = [...bPath, 'floors', fi];
      polygon([...fPath, 'outline'], f.outline);
      if (f.underlay) point([...fPath, 'underlay', 'origin'], f.underlay.origin);
      for (const collection of FLOOR_COLLECTIONS) {
        (f[collection] as unknown as Record<string, unknown>[]).forEach((el, i) => {
          const elPath: Path = [...fPath, collection, i];
          for (const key of ['at', 'a', 'b'] as const) if (isPoint(el[key])) point([...elPath, key], el[key]);
          if (Array.isArray(el['polygon'])) polygon([...elPath, 'polygon'], (el['polygon'] as unknown[]).filter(isPoint));
        });
      }
    });
  });
}

function isPoint(v: unknown): v is Point {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

export function semanticProblems(plan: PlanDocument): PlanProblem[] {
  const out: PlanProblem[] = [];
  siteCoordinateProblems(plan.site, ['site'], out);
  (plan.proposals ?? []).forEach((p, i) => {
    if (p.site) siteCoordinateProblems(p.site, ['proposals', i, 'site'], out);
  });
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

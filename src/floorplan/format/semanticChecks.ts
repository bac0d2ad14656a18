// Checks the schema cannot express: polygon validity, unique ids, references between
// elements, coordinates within ±100 km, and a few cross-field limits. Runs on a schema-valid document.
import { polygonProblem } from '../geometry/polygon.ts';
import type { FloorCollection, PlanDocument, Point, Site } from '../types.ts';
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

// Speed: a 150,000-seat park has about a million elements and every check below visits each.
// Nothing is allocated for an element that passes: paths are built only for a problem found.

function isFar(p: Point): boolean {
  return !(Math.abs(p[0]) <= MAX_COORDINATE && Math.abs(p[1]) <= MAX_COORDINATE);
}

function coordinateProblem(path: Path, p: Point): PlanProblem {
  const at = `(${fmt(p[0])}, ${fmt(p[1])})`;
  return problem(path, 'coordinate-out-of-range', `坐标 ${at} 超出 ±100 km 范围（单位应为米）`, `coordinate ${at} lies beyond ±100 km (units are metres)`);
}

/** Each point of a polygon (or list of points) beyond MAX_COORDINATE; `path` is the polygon's. */
function farPolygonPoints(polygon: readonly unknown[], path: () => Path, out: PlanProblem[]): void {
  // counts points only, as a polygon with stray non-points is numbered by its points
  let index = 0;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i];
    if (!isPoint(p)) continue;
    if (isFar(p)) out.push(coordinateProblem([...path(), index], p));
    index++;
  }
}

const ELEMENT_POINT_KEYS = ['at', 'a', 'b'] as const;

/** Every point of a site (boundary, green, footprints, and each floor's outline and elements), checked against MAX_COORDINATE. */
function siteCoordinateProblems(site: Site, sitePath: Path, out: PlanProblem[]): void {
  farPolygonPoints(site.boundary, () => [...sitePath, 'boundary'], out);
  site.green.forEach((g, i) => farPolygonPoints(g, () => [...sitePath, 'green', i], out));
  site.buildings.forEach((b, bi) => {
    const bPath: Path = [...sitePath, 'buildings', bi];
    farPolygonPoints(b.footprint, () => [...bPath, 'footprint'], out);
    b.floors.forEach((f, fi) => {
      const fPath: Path = [...bPath, 'floors', fi];
      farPolygonPoints(f.outline, () => [...fPath, 'outline'], out);
      if (f.underlay && isFar(f.underlay.origin)) out.push(coordinateProblem([...fPath, 'underlay', 'origin'], f.underlay.origin));
      for (const collection of FLOOR_COLLECTIONS) {
        const list: readonly Readonly<Record<string, unknown>>[] = f[collection];
        for (let i = 0; i < list.length; i++) {
          // every element, whatever its kind: a point field kept from a newer format is checked too
          const el = list[i]!;
          for (const key of ELEMENT_POINT_KEYS) {
            const p = el[key];
            if (isPoint(p) && isFar(p)) out.push(coordinateProblem([...fPath, collection, i, key], p));
          }
          const polygon = el['polygon'];
          if (Array.isArray(polygon)) farPolygonPoints(polygon, () => [...fPath, collection, i, 'polygon'], out);
        }
      }
    });
  });
}

function isPoint(v: unknown): v is Point {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

/** Where in `site` the holder of an id is: a building, a floor, or a floor's element. */
type IdVisitor = (holder: { id: string }, bi: number, fi: number, collection: FloorCollection | null, i: number) => void;

/** Visits every id of the active site in document order: each building, then each of its floors and that floor's elements. */
function forEachId(site: Site, visit: IdVisitor): void {
  const buildings = site.buildings;
  for (let bi = 0; bi < buildings.length; bi++) {
    const b = buildings[bi]!;
    visit(b, bi, -1, null, -1);
    for (let fi = 0; fi < b.floors.length; fi++) {
      const f = b.floors[fi]!;
      visit(f, bi, fi, null, -1);
      for (const collection of FLOOR_COLLECTIONS) {
        const list: readonly { id: string }[] = f[collection];
        for (let i = 0; i < list.length; i++) visit(list[i]!, bi, fi, collection, i);
      }
    }
  }
}

function idPath(bi: number, fi: number, collection: FloorCollection | null, i: number): Path {
  if (fi < 0) return ['site', 'buildings', bi];
  if (collection === null) return ['site', 'buildings', bi, 'floors', fi];
  return ['site', 'buildings', bi, 'floors', fi, collection, i];
}

function duplicateIdProblem(path: Path, idValue: string, firstPath: string): PlanProblem {
  return problem([...path, 'id'], 'duplicate-id', `id "${idValue}" 重复（首次出现于 ${firstPath}）`, `duplicate id "${idValue}" (first used at ${firstPath})`);
}

/**
 * The duplicate-id problems of the active site, by the ordinal of the id's visit in forEachId
 * order. Ids are tracked by their first holder object; the paths of first holders are worked out
 * only when some id repeats (a second walk), never for a plan whose ids are unique.
 */
function duplicateIds(site: Site): Map<number, PlanProblem> {
  const found = new Map<number, PlanProblem>();
  // the usual case first, the cheapest way V8 offers: a Set built from an array in one call
  const ids: string[] = [];
  forEachId(site, (holder) => {
    ids.push(holder.id);
  });
  if (new Set(ids).size === ids.length) return found;
  const firstHolder = new Map<string, { id: string }>();
  const repeats: { ordinal: number; path: Path; id: string; first: { id: string } }[] = [];
  let ordinal = 0;
  forEachId(site, (holder, bi, fi, collection, i) => {
    const first = firstHolder.get(holder.id);
    if (first === undefined) firstHolder.set(holder.id, holder);
    else repeats.push({ ordinal, path: idPath(bi, fi, collection, i), id: holder.id, first });
    ordinal++;
  });
  const firstPaths = new Map<{ id: string }, string>();
  for (const r of repeats) firstPaths.set(r.first, '');
  forEachId(site, (holder, bi, fi, collection, i) => {
    if (firstPaths.get(holder) === '') firstPaths.set(holder, formatPath(idPath(bi, fi, collection, i)));
  });
  for (const r of repeats) found.set(r.ordinal, duplicateIdProblem(r.path, r.id, firstPaths.get(r.first)!));
  return found;
}

export function semanticProblems(plan: PlanDocument): PlanProblem[] {
  const out: PlanProblem[] = [];
  siteCoordinateProblems(plan.site, ['site'], out);
  (plan.proposals ?? []).forEach((p, i) => {
    if (p.site) siteCoordinateProblems(p.site, ['proposals', i, 'site'], out);
  });
  const duplicates = duplicateIds(plan.site);
  // ids are visited in forEachId's order, so the n-th checkId call is the n-th id visited
  let idOrdinal = 0;
  const checkId = (): void => {
    const found = duplicates.get(idOrdinal++);
    if (found) out.push(found);
  };
  const checkPolygon = (polygon: readonly Point[], path: () => Path): void => {
    if (polygonProblem(polygon) === null) return;
    out.push(polygonProblemMessage(path(), polygon)!);
  };
  const dates = new Map<string, boolean>();
  const realDate = (s: string): boolean => {
    let valid = dates.get(s);
    if (valid === undefined) dates.set(s, (valid = validDate(s)));
    return valid;
  };

  checkPolygon(plan.site.boundary, () => ['site', 'boundary']);
  plan.site.green.forEach((g, i) => checkPolygon(g, () => ['site', 'green', i]));
  plan.site.buildings.forEach((b, bi) => {
    const bPath: Path = ['site', 'buildings', bi];
    checkId();
    checkPolygon(b.footprint, () => [...bPath, 'footprint']);
    b.floors.forEach((f, fi) => {
      const fPath: Path = [...bPath, 'floors', fi];
      checkId();
      checkPolygon(f.outline, () => [...fPath, 'outline']);
      if (f.clearHeight > f.height) {
        out.push(problem([...fPath, 'clearHeight'], 'clear-height-above-floor-height', `净高 ${fmt(f.clearHeight)} m 大于层高 ${fmt(f.height)} m`, `clear height ${fmt(f.clearHeight)} m exceeds the floor-to-floor height ${fmt(f.height)} m`));
      }
      for (const collection of FLOOR_COLLECTIONS) {
        if (duplicates.size === 0) idOrdinal += f[collection].length;
        else for (let i = 0; i < f[collection].length; i++) checkId();
      }
      for (let i = 0; i < f.cores.length; i++) checkPolygon(f.cores[i]!.polygon, () => [...fPath, 'cores', i, 'polygon']);
      for (let i = 0; i < f.columns.length; i++) checkPolygon(f.columns[i]!.polygon, () => [...fPath, 'columns', i, 'polygon']);
      for (let i = 0; i < f.zones.length; i++) checkPolygon(f.zones[i]!.polygon, () => [...fPath, 'zones', i, 'polygon']);
      const wallIds = new Set<string>();
      for (let i = 0; i < f.walls.length; i++) {
        const w = f.walls[i]!;
        wallIds.add(w.id);
        if (w.a[0] === w.b[0] && w.a[1] === w.b[1]) {
          out.push(problem([...fPath, 'walls', i], 'wall-zero-length', '墙的起点与终点重合', 'the wall starts and ends at the same point'));
        }
      }
      for (let i = 0; i < f.doors.length; i++) {
        const d = f.doors[i]!;
        if (d.wall !== undefined && !wallIds.has(d.wall)) {
          out.push(problem([...fPath, 'doors', i, 'wall'], 'unknown-wall', `引用的墙 "${d.wall}" 在本层不存在`, `refers to wall "${d.wall}", which is not on this floor`));
        }
      }
      for (let i = 0; i < f.windows.length; i++) {
        const w = f.windows[i]!;
        if (w.head <= w.sill) {
          out.push(problem([...fPath, 'windows', i, 'head'], 'window-head-below-sill', `窗顶高度 ${fmt(w.head)} m 应高于窗台 ${fmt(w.sill)} m`, `head ${fmt(w.head)} m must be above the sill ${fmt(w.sill)} m`));
        }
      }
      for (let i = 0; i < f.extinguishers.length; i++) {
        const x = f.extinguishers[i]!;
        if (x.lastInspected !== undefined && !realDate(x.lastInspected)) {
          out.push(problem([...fPath, 'extinguishers', i, 'lastInspected'], 'bad-date', `日期 "${x.lastInspected}" 不存在`, `"${x.lastInspected}" is not a real date`));
        }
      }
    });
  });
  (plan.reviews ?? []).forEach((r, i) => {
    if (r.due !== undefined && !realDate(r.due)) {
      out.push(problem(['reviews', i, 'due'], 'bad-date', `日期 "${r.due}" 不存在`, `"${r.due}" is not a real date`));
    }
  });
  return out;
}

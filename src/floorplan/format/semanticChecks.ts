// Checks the schema cannot express: polygon validity, unique ids, references between
// elements, coordinates within ±100 km, and a few cross-field limits. Runs on a schema-valid document.
import { polygonProblem } from '../geometry/polygon.ts';
import type { Floor, FloorCollection, PlanDocument, Point, Site } from '../types.ts';
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

// Speed: a 150,000-seat park has about a million elements, and the two checks that visit every
// one (coordinates, unique ids) are screened first: scanFloor reads a floor's elements once (as
// parsePlan's parser finishes the floor, while its elements are still in the processor's cache)
// and says whether any point lies far and hashes every id. Only a site with a far point, or ids
// whose hashes repeat, gets the exact walks that say where; a valid plan never does. Nothing is
// allocated for an element that passes: paths are built only for a problem found.

function isFar(p: Point): boolean {
  return !(Math.abs(p[0]) <= MAX_COORDINATE && Math.abs(p[1]) <= MAX_COORDINATE);
}

function isPoint(v: unknown): v is Point {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
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

/** Whether farPolygonPoints would find a point. */
function hasFarPoint(polygon: readonly unknown[]): boolean {
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i];
    if (isPoint(p) && isFar(p)) return true;
  }
  return false;
}

type Element = Readonly<Record<string, unknown>> & { readonly id: string };

/** Each point field of an element beyond MAX_COORDINATE: at, a, b, polygon, whatever its kind (a point field kept from a newer format is checked too). */
function farElementPoints(el: Element, path: () => Path, out: PlanProblem[]): void {
  const at = el['at'];
  if (at !== undefined && isPoint(at) && isFar(at)) out.push(coordinateProblem([...path(), 'at'], at));
  const a = el['a'];
  if (a !== undefined && isPoint(a) && isFar(a)) out.push(coordinateProblem([...path(), 'a'], a));
  const b = el['b'];
  if (b !== undefined && isPoint(b) && isFar(b)) out.push(coordinateProblem([...path(), 'b'], b));
  const polygon = el['polygon'];
  if (polygon !== undefined && Array.isArray(polygon)) farPolygonPoints(polygon, () => [...path(), 'polygon'], out);
}

/** Whether farElementPoints would find a point. */
function elementHasFarPoint(el: Element): boolean {
  const at = el['at'];
  if (at !== undefined && isPoint(at) && isFar(at)) return true;
  const a = el['a'];
  if (a !== undefined && isPoint(a) && isFar(a)) return true;
  const b = el['b'];
  if (b !== undefined && isPoint(b) && isFar(b)) return true;
  const polygon = el['polygon'];
  return polygon !== undefined && Array.isArray(polygon) && hasFarPoint(polygon);
}

function floorHasFarPoint(f: Floor): boolean {
  return hasFarPoint(f.outline) || (f.underlay !== undefined && isFar(f.underlay.origin));
}

/** Every point of a site beyond MAX_COORDINATE (boundary, green, footprints, and each floor's outline, underlay origin and elements), in document order. */
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
        const list: readonly Element[] = f[collection];
        for (let i = 0; i < list.length; i++) farElementPoints(list[i]!, () => [...fPath, collection, i], out);
      }
    });
  });
}

/** Two independent 32-bit hashes of a string (FNV-1a and a multiply-xorshift one), written at `at` and `at + 1`. */
function hashInto(s: string, to: Int32Array, at: number): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  to[at] = h1;
  to[at + 1] = h2;
}

/** What the semantic checks need of a floor's many elements, read in one pass over them. */
export interface FloorScan {
  /** some point of the floor (outline, underlay origin, an element's) lies beyond MAX_COORDINATE */
  far: boolean;
  /** hashInto pairs of the floor's id, then of its elements' ids */
  idHashes: Int32Array;
}

/** The screen of one floor: the ids of the floor and its elements hashed, and whether any of its points lies far. */
export function scanFloor(f: Floor): FloorScan {
  let count = 1;
  for (const collection of FLOOR_COLLECTIONS) count += f[collection].length;
  const idHashes = new Int32Array(2 * count);
  hashInto(f.id, idHashes, 0);
  let far = floorHasFarPoint(f);
  let at = 2;
  for (const collection of FLOOR_COLLECTIONS) {
    const list: readonly Element[] = f[collection];
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      hashInto(el.id, idHashes, at);
      at += 2;
      if (!far && elementHasFarPoint(el)) far = true;
    }
  }
  return { far, idHashes };
}

/** The scan of a floor: the one made while parsing, else one made now. */
type Scans = ReadonlyMap<Floor, FloorScan> | undefined;
function scanOf(f: Floor, scans: Scans): FloorScan {
  return scans?.get(f) ?? scanFloor(f);
}

function siteHasFarPoint(site: Site, scans: Scans): boolean {
  if (hasFarPoint(site.boundary) || site.green.some(hasFarPoint)) return true;
  return site.buildings.some((b) => hasFarPoint(b.footprint) || b.floors.some((f) => scanOf(f, scans).far));
}

/**
 * Whether two ids of the active site might be equal: both their hashes match (so, all but
 * certainly, they are). Typed arrays in sequential passes, no Set of a million strings and no
 * table of that size read at random: the hash pairs are dealt into 2,048 buckets by the top bits
 * of the first hash, then each bucket is looked through with a small table of its own.
 */
function idsMayRepeat(site: Site, scans: Scans): boolean {
  const lists: Int32Array[] = [];
  const buildingHashes = new Int32Array(2 * site.buildings.length);
  lists.push(buildingHashes);
  site.buildings.forEach((b, bi) => {
    hashInto(b.id, buildingHashes, 2 * bi);
    for (const f of b.floors) lists.push(scanOf(f, scans).idHashes);
  });
  const BUCKET_BITS = 11;
  const SHIFT = 32 - BUCKET_BITS;
  // starts[b]..starts[b + 1]: bucket b's pairs
  const starts = new Int32Array((1 << BUCKET_BITS) + 1);
  for (const list of lists) for (let i = 0; i < list.length; i += 2) starts[(list[i]! >>> SHIFT) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const n = starts[starts.length - 1]!;
  const first = new Int32Array(n);
  const second = new Int32Array(n);
  const fill = starts.slice(0, -1);
  for (const list of lists) {
    for (let i = 0; i < list.length; i += 2) {
      const at = fill[list[i]! >>> SHIFT]!++;
      first[at] = list[i]!;
      second[at] = list[i + 1]!;
    }
  }
  let largest = 0;
  for (let b = 0; b + 1 < starts.length; b++) largest = Math.max(largest, starts[b + 1]! - starts[b]!);
  let size = 16;
  while (size < 2 * largest) size *= 2;
  const mask = size - 1;
  // index + 1 of the pair held in each slot; the bucket's pairs share their top bits, so the low ones place them
  const table = new Int32Array(size);
  for (let b = 0; b + 1 < starts.length; b++) {
    const start = starts[b]!;
    const end = starts[b + 1]!;
    if (end - start < 2) continue;
    table.fill(0);
    for (let i = start; i < end; i++) {
      const h = first[i]!;
      let slot = (h ^ (h >>> 7)) & mask;
      for (let held = table[slot]!; held !== 0; held = table[slot]!) {
        if (first[held - 1] === h && second[held - 1] === second[i]) return true;
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }
  return false;
}

/** Visits every id of the active site in document order: each building, then each of its floors and that floor's elements. */
type IdVisitor = (holder: { id: string }, bi: number, fi: number, collection: FloorCollection | null, i: number) => void;
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
 * The duplicate-id problems of the active site, by the ordinal of the repeated id's visit in
 * forEachId order: the exact walk, made only when idsMayRepeat says so.
 */
function duplicateIds(site: Site): Map<number, PlanProblem> {
  const found = new Map<number, PlanProblem>();
  const firstOrdinal = new Map<string, number>();
  const repeats: { ordinal: number; first: number; path: Path; id: string }[] = [];
  let ordinal = 0;
  forEachId(site, (holder, bi, fi, collection, i) => {
    const first = firstOrdinal.get(holder.id);
    if (first === undefined) firstOrdinal.set(holder.id, ordinal);
    else repeats.push({ ordinal, first, path: idPath(bi, fi, collection, i), id: holder.id });
    ordinal++;
  });
  if (repeats.length === 0) return found;
  const firstPaths = new Map<number, string>();
  for (const r of repeats) firstPaths.set(r.first, '');
  ordinal = 0;
  forEachId(site, (_holder, bi, fi, collection, i) => {
    if (firstPaths.has(ordinal)) firstPaths.set(ordinal, formatPath(idPath(bi, fi, collection, i)));
    ordinal++;
  });
  for (const r of repeats) found.set(r.ordinal, duplicateIdProblem(r.path, r.id, firstPaths.get(r.first)!));
  return found;
}

/**
 * The semantic problems of a schema-valid plan. `scans`: scanFloor's result for floors the caller
 * has scanned already, as they stand in `plan` (parsePlan scans each as it parses it); any other
 * floor is scanned here.
 */
export function semanticProblems(plan: PlanDocument, scans?: ReadonlyMap<Floor, FloorScan>): PlanProblem[] {
  const out: PlanProblem[] = [];
  if (siteHasFarPoint(plan.site, scans)) siteCoordinateProblems(plan.site, ['site'], out);
  (plan.proposals ?? []).forEach((p, i) => {
    if (p.site && siteHasFarPoint(p.site, scans)) siteCoordinateProblems(p.site, ['proposals', i, 'site'], out);
  });
  const duplicates = idsMayRepeat(plan.site, scans) ? duplicateIds(plan.site) : new Map<number, PlanProblem>();
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

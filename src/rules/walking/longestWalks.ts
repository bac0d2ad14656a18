// Walks from many sample points when a rule needs only the worst point of each group (a zone's
// farthest point from an exit or an extinguisher, by status first; a floor's farthest seat from a
// rest zone) and, optionally, which walks exceed a limit. Most points need no walk of their own: a
// point that sees a neighbour walks at most the way to it plus the neighbour's walk (or any upper
// bound of it), and when that bound already ranks it below its group's worst (a status never falls
// as the walk grows), or level with it but shorter, and within the limit, the point can be neither
// the worst nor over the limit. It also walks at least the neighbour's walk (or any lower bound of
// it) less the way back: when that is over the limit, the point is over without a walk of its own
// (on a big floor most seats are over a rest limit, and each walk there costs most). Every walk
// that decides a result is measured exactly.
//
// In two rounds: one point per cell of twice the side is walked first; the first point of each
// cell is bounded from those, and walked only where its bounds leave it open; then every other
// point is bounded from the first points of the cells round it, walked or bounded. A point is
// bounded first from the first point of its own cell alone (one link); only where that leaves it
// a chance, from all nine round it (their links in order of the bound they may give).
import type { Point } from '../../floorplan/types.ts';
import type { FloorNavigation, NavField, NavResult } from './navigation.ts';

export interface LongestWalksOptions {
  /** side (m) of the cells in which one point is measured first */
  cell: number;
  /** walks over this must all be measured (their count is reported) */
  limit?: number;
  /**
   * How bad a walk of this length from point i is (its status), never less for a longer walk: a
   * point is the worst of its group by rank first, then by walk. Default: all walks rank alike.
   */
  rank?: (index: number, walking: number) => number;
  /** a remembering field answers every point while points × graph nodes is at most this */
  answerAllUpTo?: number;
}

/** Slack (m) for rounding: a bound this close to the longest walk is measured anyway. */
const SLACK = 1e-6;

export interface LongestWalks {
  /** per point: its exact walk, or null where bounds show it is not its group's worst */
  walks: (NavResult | null)[];
  /**
   * per point: its walk's length and target id where it has a walk (NaN and null elsewhere), as
   * the walk has them (read from here, thousands of walks carried across edits need not be)
   */
  walking: Float64Array;
  targetIds: (string | null)[];
  /** per point: 1 when its walk is over the limit (measured, or shown by a lower bound) */
  over: Uint8Array;
}

/**
 * A field that keeps its answers for later re-checks answers every point while points × graph
 * nodes stays under this (about what a walk costs grows with the nodes): the next re-check then
 * re-uses nearly all of them, which costs less than bounding them again (52 against 74 ms on a
 * 2,000-seat floor). Past it (floors of 5,000 seats and more) it walks only the points the bounds
 * leave open, as a check from nothing does: answering all 24,600 seats of a giant floor took
 * minutes.
 */
const ANSWER_ALL_UP_TO = 20e6;

/** A walk counts as over the limit past this relative tolerance (as the rules compare). */
const OVER = 1 + 1e-9;

/** The walks that decide each group's worst and the limit. `groups[i]` names the group of point i. */
export function longestWalks(points: readonly Point[], groups: readonly string[], field: NavField, nav: FloorNavigation, options: LongestWalksOptions): LongestWalks {
  const n = points.length;
  const limit = options.limit ?? Infinity;
  const overLimit = limit * OVER;
  const walks: (NavResult | null)[] = new Array<NavResult | null>(n).fill(null);
  const over = new Uint8Array(n);
  const walking = new Float64Array(n).fill(NaN);
  const targetIds = new Array<string | null>(n).fill(null);
  const result = { walks, over, walking, targetIds };
  if (n === 0) return result;
  if (field.remembers && n * nav.scene.nodeCount <= (options.answerAllUpTo ?? ANSWER_ALL_UP_TO)) {
    field.queryEach(points, walks, walking, targetIds);
    for (let i = 0; i < n; i++) if (walking[i]! > overLimit) over[i] = 1;
    return result;
  }
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = points[i]![0];
    ys[i] = points[i]![1];
  }
  // groups by number, in order of first appearance (looked up once a run of points in one group:
  // a grid lists a zone's points mostly together, and every seat may be in one group)
  const groupIds = new Map<string, number>();
  const groupOf = new Int32Array(n);
  let lastName: string | undefined;
  let lastId = -1;
  for (let i = 0; i < n; i++) {
    const name = groups[i]!;
    if (name !== lastName) {
      let id = groupIds.get(name);
      if (id === undefined) groupIds.set(name, (id = groupIds.size));
      lastName = name;
      lastId = id;
    }
    groupOf[i] = lastId;
  }
  const rank = options.rank;
  // per group: the worst measured so far, by rank, then walk (-Infinity: none yet)
  const worstRank = new Float64Array(groupIds.size).fill(-Infinity);
  const worstWalk = new Float64Array(groupIds.size).fill(-Infinity);
  // per point: bounds of its walk, above and below (both the walk once measured)
  const upper = new Float64Array(n).fill(Infinity);
  const lower = new Float64Array(n);
  const measure = (i: number, atMost?: number): void => {
    const r = field.query(points[i]!, atMost);
    walks[i] = r;
    const w = r.walking;
    walking[i] = w;
    targetIds[i] = r.targetId;
    upper[i] = w;
    lower[i] = w;
    const k = rank ? rank(i, w) : 0;
    const g = groupOf[i]!;
    if (k > worstRank[g]! || (k === worstRank[g]! && w > worstWalk[g]!)) {
      worstRank[g] = k;
      worstWalk[g] = w;
    }
  };

  const coarse = new CellTable(xs, ys, 2 * options.cell);
  const fine = new CellTable(xs, ys, options.cell);
  // the first point of each coarse cell (the first of some fine cell too), measured
  for (let i = 0; i < n; i++) if (coarse.isFirst(i)) measure(i);

  const withLimit = limit < Infinity;
  const linked = nav.linksAmong(points);
  // the neighbours of a point with a finite upper bound, in order of that bound plus the straight way to them
  const nearIndex = new Int32Array(9);
  const nearKey = new Float64Array(9);
  /** bounds point i from the first points of the 3 × 3 cells of `cells` round its own */
  const boundFrom = (i: number, cells: CellTable): void => {
    const px = xs[i]!;
    const py = ys[i]!;
    const { table, columns } = cells;
    const centre = cells.slotOf[i]!;
    let count = 0;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const j = table[centre + dx + columns * dy]!;
        if (j === -1 || j === i) continue;
        const u = upper[j]!;
        if (!Number.isFinite(u)) continue;
        const ddx = xs[j]! - px;
        const ddy = ys[j]! - py;
        const key = Math.sqrt(ddx * ddx + ddy * ddy) + u;
        let at = count++;
        for (; at > 0 && nearKey[at - 1]! > key; at--) {
          nearKey[at] = nearKey[at - 1]!;
          nearIndex[at] = nearIndex[at - 1]!;
        }
        nearKey[at] = key;
        nearIndex[at] = j;
      }
    }
    let best = Infinity;
    let least = 0;
    for (let m = 0; m < count; m++) {
      if (nearKey[m]! >= best) break;
      const j = nearIndex[m]!;
      const link = linked.link(i, j);
      if (!Number.isFinite(link)) continue;
      // walking(i) ≤ link + walking(j) ≤ link + upper(j); walking(i) ≥ walking(j) − linkBack ≥ lower(j) − linkBack
      best = Math.min(best, link + upper[j]!);
      if (withLimit) least = Math.max(least, lower[j]! - linked.linkBack(i, j));
    }
    upper[i] = best;
    lower[i] = least;
  };

  /**
   * bounds point i (not the first of its cell of `cells`) from that first point alone, by one link
   * (most points are then out of the running, and boundFrom's nine are not sorted nor linked);
   * false where that gives no bound
   */
  const boundFromOwnFirst = (i: number, cells: CellTable): boolean => {
    const f = cells.table[cells.slotOf[i]!]!;
    const u = upper[f]!;
    if (!Number.isFinite(u)) return false;
    const link = linked.link(i, f);
    if (!Number.isFinite(link)) return false;
    upper[i] = link + u;
    lower[i] = withLimit ? Math.max(0, lower[f]! - linked.linkBack(i, f)) : 0;
    return true;
  };

  // a point whose upper bound ranks it below its group's worst, or level with it but shorter,
  // cannot be the worst (a point whose lower bound is over the limit is over: it is walked only if
  // it may be the worst); its rank at its upper bound is found once per bound (NaN until then:
  // a bound from one neighbour that leaves the point a chance is tightened from all nine)
  const boundRank = new Float64Array(n).fill(NaN);
  const chance = (i: number): boolean => {
    const b = upper[i]!;
    if (b > limit && !(lower[i]! > overLimit)) return true;
    const g = groupOf[i]!;
    const top = worstRank[g]!;
    if (top === -Infinity) return true;
    let r = boundRank[i]!;
    if (r !== r) boundRank[i] = r = rank ? rank(i, b) : 0;
    return r > top || (r === top && b >= worstWalk[g]! - SLACK);
  };
  // measures the points of a round whose bounds leave them a chance, largest bound first (the
  // longest walks rise early, so fewer of the rest need measuring)
  const open: number[] = [];
  const measureOpen = (): void => {
    open.sort((a, b) => upper[b]! - upper[a]! || a - b);
    for (const i of open) if (chance(i)) measure(i, upper[i]!);
    open.length = 0;
  };
  // first round: the other first points of the fine cells, from the coarse cells' first points
  // (from their own coarse cell's first alone, then, where that leaves them a chance, from all:
  // how tight a bound is changes only which points are walked, never a result)
  for (let i = 0; i < n; i++) {
    if (walks[i] || !fine.isFirst(i)) continue;
    if (boundFromOwnFirst(i, coarse) && !chance(i)) continue;
    boundRank[i] = NaN;
    boundFrom(i, coarse);
    if (chance(i)) open.push(i);
  }
  measureOpen();
  // second round: every other point, from the fine cells' first points (measured or bounded),
  // its own cell's first alone, then all as above
  for (let i = 0; i < n; i++) {
    if (walks[i] || fine.isFirst(i)) continue;
    if (boundFromOwnFirst(i, fine) && !chance(i)) continue;
    boundRank[i] = NaN;
    boundFrom(i, fine);
    if (chance(i)) open.push(i);
  }
  measureOpen();
  for (let i = 0; i < n; i++) if (lower[i]! > overLimit) over[i] = 1;
  return result;
}

/**
 * Points filed in square cells: per cell its first point listed, in a flat table over the points'
 * box (nine look-ups per point: a hashed map of cells cost a sixth of the egress time), with one
 * empty cell of margin on every side, so the 3 × 3 neighbourhood never leaves the table.
 */
class CellTable {
  readonly table: Int32Array;
  readonly columns: number;
  /** per point: its cell's place in the table */
  readonly slotOf: Int32Array;

  constructor(xs: Float64Array, ys: Float64Array, side: number) {
    const n = xs.length;
    // the least and greatest cells from the least and greatest coordinates (x ↦ ⌊x / side⌋ never
    // falls as x grows), and no code after the loop: a constructor whose loop is optimized on the
    // fly (on-stack) while what follows it has never run kept deoptimizing there under load
    const minCx = Math.floor(least(xs) / side);
    const minCy = Math.floor(least(ys) / side);
    const columns = Math.floor(greatest(xs) / side) - minCx + 3;
    const table = new Int32Array(columns * (Math.floor(greatest(ys) / side) - minCy + 3)).fill(-1);
    const slotOf = new Int32Array(n);
    this.columns = columns;
    this.table = table;
    this.slotOf = slotOf;
    for (let i = 0; i < n; i++) {
      const at = Math.floor(xs[i]! / side) - minCx + 1 + columns * (Math.floor(ys[i]! / side) - minCy + 1);
      slotOf[i] = at;
      if (table[at] === -1) table[at] = i;
    }
  }

  isFirst(i: number): boolean {
    return this.table[this.slotOf[i]!] === i;
  }
}

function least(values: Float64Array): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! < m) m = values[i]!;
  return m;
}

function greatest(values: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}

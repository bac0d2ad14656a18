// Walks from many sample points when a rule needs only the worst point of each group (a zone's
// farthest point from an exit or an extinguisher, by status first; a floor's farthest seat from a
// rest zone) and, optionally, which walks exceed a limit. Most points need no walk of their own: a
// point that sees a measured neighbour walks at most the way to it plus its walk, and when that
// bound already ranks it below its group's worst (a status never falls as the walk grows), or level
// with it but shorter, and within the limit, the point can be neither the worst nor over the
// limit. It also walks at least the neighbour's walk less the way back: when that is over the
// limit, the point is over without a walk of its own (on a big floor most seats are over a rest
// limit, and each walk there costs most). Every walk that decides a result is measured exactly.
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
  const walks: (NavResult | null)[] = new Array<NavResult | null>(n).fill(null);
  const over = new Uint8Array(n);
  const result = { walks, over };
  const markOver = (i: number) => {
    if (walks[i]!.walking > limit * OVER) over[i] = 1;
  };
  if (n === 0) return result;
  if (field.remembers && n * nav.scene.nodeCount <= (options.answerAllUpTo ?? ANSWER_ALL_UP_TO)) {
    points.forEach((p, i) => {
      walks[i] = field.query(p);
      markOver(i);
    });
    return result;
  }
  const { cell } = options;
  // one representative per cell: the first point listed in it; cells in a flat table over the
  // points' box (nine look-ups per point: a hashed map of cells cost a sixth of the egress time)
  let minCx = Infinity;
  let minCy = Infinity;
  let maxCx = -Infinity;
  let maxCy = -Infinity;
  const cellX = new Int32Array(n);
  const cellY = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(points[i]![0] / cell);
    const cy = Math.floor(points[i]![1] / cell);
    cellX[i] = cx;
    cellY[i] = cy;
    if (cx < minCx) minCx = cx;
    if (cx > maxCx) maxCx = cx;
    if (cy < minCy) minCy = cy;
    if (cy > maxCy) maxCy = cy;
  }
  // one empty cell of margin on every side, so the 3 × 3 neighbourhood never leaves the table
  const columns = maxCx - minCx + 3;
  const table = new Int32Array(columns * (maxCy - minCy + 3)).fill(-1);
  const slot = (cx: number, cy: number): number => cx - minCx + 1 + columns * (cy - minCy + 1);
  const representatives: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = slot(cellX[i]!, cellY[i]!);
    if (table[at] === -1) {
      table[at] = i;
      representatives.push(i);
      walks[i] = field.query(points[i]!);
    }
  }
  const rank = options.rank ?? (() => 0);
  // per group: the worst measured so far, by rank, then walk
  const worst = new Map<string, { rank: number; walking: number }>();
  const raise = (i: number) => {
    const w = walks[i]!.walking;
    const r = rank(i, w);
    const top = worst.get(groups[i]!);
    if (!top || r > top.rank || (r === top.rank && w > top.walking)) worst.set(groups[i]!, { rank: r, walking: w });
  };
  for (const i of representatives) raise(i);

  // bounds from the measured neighbours in the 3 × 3 cells round each point: above, and (with a
  // limit) below, from the same neighbours
  const bound = new Float64Array(n).fill(Infinity);
  const lower = new Float64Array(n);
  const withLimit = limit < Infinity;
  // the measured neighbours of a point, in order of their walk plus the straight way to them
  const nearIndex = new Int32Array(9);
  const nearKey = new Float64Array(9);
  for (let i = 0; i < n; i++) {
    if (walks[i]) continue;
    const p = points[i]!;
    const centre = slot(cellX[i]!, cellY[i]!);
    let count = 0;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const j = table[centre + dx + columns * dy]!;
        if (j === -1) continue;
        const w = walks[j]!.walking;
        if (!Number.isFinite(w)) continue;
        const q = points[j]!;
        const ddx = q[0] - p[0];
        const ddy = q[1] - p[1];
        const key = Math.sqrt(ddx * ddx + ddy * ddy) + w;
        let at = count++;
        for (; at > 0 && nearKey[at - 1]! > key; at--) {
          nearKey[at] = nearKey[at - 1]!;
          nearIndex[at] = nearIndex[at - 1]!;
        }
        nearKey[at] = key;
        nearIndex[at] = j;
      }
    }
    for (let m = 0; m < count; m++) {
      if (nearKey[m]! >= bound[i]!) break;
      const j = nearIndex[m]!;
      const link = nav.link(p, points[j]!);
      if (!Number.isFinite(link)) continue;
      bound[i] = Math.min(bound[i]!, link + walks[j]!.walking);
      if (withLimit) lower[i] = Math.max(lower[i]!, walks[j]!.walking - nav.linkBack(p, points[j]!));
    }
  }

  // measure the points whose bound leaves them a chance, largest bound first (the longest walks
  // rise early, so fewer of the rest need measuring)
  // a point whose bound ranks it below its group's worst, or level with it but shorter, cannot be the worst
  // (a point whose lower bound is over the limit is over: it is walked only if it may be the worst)
  const chance = (i: number): boolean => {
    if (bound[i]! > limit && !(lower[i]! > limit * OVER)) return true;
    const top = worst.get(groups[i]!);
    if (!top) return true;
    const r = rank(i, bound[i]!);
    return r > top.rank || (r === top.rank && bound[i]! >= top.walking - SLACK);
  };
  const open: number[] = [];
  for (let i = 0; i < n; i++) if (!walks[i] && chance(i)) open.push(i);
  open.sort((a, b) => bound[b]! - bound[a]! || a - b);
  for (const i of open) {
    if (!chance(i)) continue;
    walks[i] = field.query(points[i]!, bound[i]!);
    raise(i);
  }
  for (let i = 0; i < n; i++) {
    if (walks[i]) markOver(i);
    else if (lower[i]! > limit * OVER) over[i] = 1;
  }
  return result;
}

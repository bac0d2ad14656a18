// Walks from many sample points when a rule needs only the worst point of each group (a zone's
// farthest point from an exit or an extinguisher, by status first; a floor's farthest seat from a
// rest zone) and, optionally, which walks exceed a limit. Most points need no walk of their own: a
// point that sees a measured neighbour walks at most the way to it plus its walk, and when that
// bound already ranks it below its group's worst (a status never falls as the walk grows), or level
// with it but shorter, and within the limit, the point can be neither the worst nor over the
// limit. Every walk that decides a result is measured exactly.
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
}

/** Slack (m) for rounding: a bound this close to the longest walk is measured anyway. */
const SLACK = 1e-6;

/**
 * Per point: its exact walk, or null where the bound shows it is not its group's worst (and not
 * over the limit). `groups[i]` names the group of point i.
 */
export function longestWalks(points: readonly Point[], groups: readonly string[], field: NavField, nav: FloorNavigation, options: LongestWalksOptions): (NavResult | null)[] {
  const n = points.length;
  const walks: (NavResult | null)[] = new Array<NavResult | null>(n).fill(null);
  if (n === 0) return walks;
  // a field that keeps its answers for later re-checks answers every point: the next re-check
  // re-uses nearly all of them, which costs less than bounding them again
  if (field.remembers) return points.map((p) => field.query(p));
  const { cell } = options;
  const limit = options.limit ?? Infinity;
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

  // bounds from the measured neighbours in the 3 × 3 cells round each point
  const bound = new Float64Array(n).fill(Infinity);
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
      if (Number.isFinite(link)) bound[i] = Math.min(bound[i]!, link + walks[j]!.walking);
    }
  }

  // measure the points whose bound leaves them a chance, largest bound first (the longest walks
  // rise early, so fewer of the rest need measuring)
  // a point whose bound ranks it below its group's worst, or level with it but shorter, cannot be the worst
  const chance = (i: number): boolean => {
    if (bound[i]! > limit) return true;
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
  return walks;
}

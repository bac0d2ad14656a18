// A walking-distance field to a fixed set of targets over the visibility graph of a NavScene:
// a multi-source Dijkstra from the targets, built once, then many point queries.
//
// Visibility tests are the cost, so edges are checked lazily. A node is queued under the best
// distance any settled node offers it ignoring obstacles (a lower bound); when it comes off the
// queue, the settled nodes it has not yet looked at are tried in order of that bound until one is
// visible. That one is the node's true distance unless a later, nearer node lowers the bound
// again, which queues it once more. Only edges that are tangent at their corner nodes are used:
// a shortest path bends round a corner only along those.
import FlatQueue from 'flatqueue';
import type { Point } from '../../floorplan/types.ts';
import type { NavScene } from './navScene.ts';

/** Where a target can be reached from: a free point beside it, and the distance between the two. */
export interface FieldSeed {
  x: number;
  y: number;
  cost: number;
  target: number;
}

export interface FieldAnswer {
  /** walking distance from the start point (not the query point) to the target */
  distance: number;
  target: number;
  /** from the start point's first hop to the target's seed */
  hops: Point[];
}

/** Settled points: seeds first, then nodes in the order they settled. */
interface Settled {
  x: number[];
  y: number[];
  distance: number[];
  /** node index, or -1 for a seed */
  node: number[];
}

/** How many unreachable start points are remembered, and how many of the nearest are tried per query. */
const MAX_DEAD_ENDS = 64;
const DEAD_ENDS_TRIED = 4;
/** How many of a query's smallest keys are kept in order during the first pass. */
const SHORTLIST = 16;
/** Width (m) of the first window of candidate keys a query looks at; each next window is 4× wider. */
const FIRST_WINDOW = 1;

/** Euclidean length; Math.hypot is several times slower and this runs millions of times. */
function length(dx: number, dy: number): number {
  return Math.sqrt(dx * dx + dy * dy);
}

export class DistanceField {
  private readonly scene: NavScene;
  readonly seeds: FieldSeed[];
  /** per node: walking distance to the nearest target (Infinity when unreachable) */
  readonly distance: Float64Array;
  /** per node: the previous hop toward the target: a node index, or -(seed index) - 1 */
  private readonly via: Int32Array;
  /** start points found unreachable: a point that sees one of them is unreachable too */
  private readonly deadEnds: Point[] = [];
  private readonly queue = new FlatQueue<number>();
  private cand = {
    x: new Float64Array(0),
    y: new Float64Array(0),
    distance: new Float64Array(0),
    node: new Int32Array(0),
    prevX: new Float64Array(0),
    prevY: new Float64Array(0),
    nextX: new Float64Array(0),
    nextY: new Float64Array(0),
  };
  /** a query's smallest keys, in order */
  private readonly shortlist = new Int32Array(SHORTLIST);
  private readonly shortlistKeys = new Float64Array(SHORTLIST);
  private keys = new Float64Array(0);

  constructor(scene: NavScene, seeds: FieldSeed[]) {
    this.scene = scene;
    this.seeds = seeds;
    const n = scene.nodeCount;
    this.distance = new Float64Array(n).fill(Infinity);
    this.via = new Int32Array(n).fill(0);
    this.settle();
    this.candidates();
  }

  private settle(): void {
    const { scene, seeds } = this;
    const n = scene.nodeCount;
    const nx = scene.nodeX;
    const ny = scene.nodeY;
    const bound = new Float64Array(n).fill(Infinity);
    // per node: the best visible offer among settled points already looked at, and how many were looked at
    const checked = new Float64Array(n).fill(Infinity);
    const checkedVia = new Int32Array(n).fill(0);
    const lookedAt = new Int32Array(n);
    const done = new Uint8Array(n);
    const settled: Settled = { x: [], y: [], distance: [], node: [] };
    const viaOfSettled: number[] = [];
    const queue = new FlatQueue<number>(); // the Dijkstra queue; this.queue serves bestVisible

    const offer = (sx: number, sy: number, d: number, fromNode: number) => {
      for (let v = 0; v < n; v++) {
        if (done[v]) continue;
        const c = d + length(nx[v]! - sx, ny[v]! - sy);
        if (c >= bound[v]!) continue;
        if (!scene.isTangent(v, sx, sy)) continue;
        if (fromNode >= 0 && !scene.isTangent(fromNode, nx[v]!, ny[v]!)) continue;
        bound[v] = c;
        queue.push(v, c);
      }
    };

    seeds.forEach((seed, i) => {
      settled.x.push(seed.x);
      settled.y.push(seed.y);
      settled.distance.push(seed.cost);
      settled.node.push(-1);
      viaOfSettled.push(-i - 1);
    });
    seeds.forEach((seed) => offer(seed.x, seed.y, seed.cost, -1));

    while (queue.length > 0) {
      const key = queue.peekValue()!;
      const v = queue.pop()!;
      if (done[v] || key !== bound[v]) continue;
      if (key < checked[v]!) {
        const best = this.bestVisible(v, settled, lookedAt[v]!, checked[v]!);
        lookedAt[v] = settled.x.length;
        if (best >= 0) {
          checked[v] = settled.distance[best]! + length(nx[v]! - settled.x[best]!, ny[v]! - settled.y[best]!);
          checkedVia[v] = viaOfSettled[best]!;
        }
        bound[v] = checked[v]!;
        // A visible offer worse than the bound waits its turn; nearer nodes settled meanwhile may beat it.
        if (checked[v]! > key) {
          if (Number.isFinite(checked[v]!)) queue.push(v, checked[v]!);
          continue;
        }
      }
      done[v] = 1;
      this.distance[v] = checked[v]!;
      this.via[v] = checkedVia[v]!;
      settled.x.push(nx[v]!);
      settled.y.push(ny[v]!);
      settled.distance.push(checked[v]!);
      settled.node.push(v);
      viaOfSettled.push(v);
      offer(nx[v]!, ny[v]!, checked[v]!, v);
    }
  }

  /**
   * Among settled points from index `from` on, the one giving node v the shortest visible,
   * tangent hop, if it beats `limit`; its index in `settled`, or -1.
   */
  private bestVisible(v: number, settled: Settled, from: number, limit: number): number {
    const { scene, queue } = this;
    const x = scene.nodeX[v]!;
    const y = scene.nodeY[v]!;
    queue.clear();
    for (let s = from; s < settled.x.length; s++) {
      const sx = settled.x[s]!;
      const sy = settled.y[s]!;
      const k = settled.distance[s]! + length(x - sx, y - sy);
      if (k >= limit || !scene.isTangent(v, sx, sy)) continue;
      const node = settled.node[s]!;
      if (node >= 0 && !scene.isTangent(node, x, y)) continue;
      queue.push(s, k);
    }
    while (queue.length > 0) {
      const s = queue.pop()!;
      if (scene.visible(x, y, settled.x[s]!, settled.y[s]!)) return s;
    }
    return -1;
  }

  private scratch(count: number): Float64Array {
    if (this.keys.length < count) this.keys = new Float64Array(count);
    return this.keys;
  }

  /**
   * Seeds and reachable nodes as query candidates: where they are, their distance, their node
   * (-1: seed), and their corner's neighbours for the tangency test (zero for seeds: always tangent).
   */
  private candidates(): void {
    const { scene, seeds, distance } = this;
    const count = seeds.length + distance.reduce((c, d) => (d < Infinity ? c + 1 : c), 0);
    const cand = {
      x: new Float64Array(count),
      y: new Float64Array(count),
      distance: new Float64Array(count),
      node: new Int32Array(count),
      prevX: new Float64Array(count),
      prevY: new Float64Array(count),
      nextX: new Float64Array(count),
      nextY: new Float64Array(count),
    };
    let i = 0;
    for (const seed of seeds) {
      cand.x[i] = seed.x;
      cand.y[i] = seed.y;
      cand.distance[i] = seed.cost;
      cand.node[i++] = -1;
    }
    for (let v = 0; v < distance.length; v++) {
      if (distance[v] === Infinity) continue;
      cand.x[i] = scene.nodeX[v]!;
      cand.y[i] = scene.nodeY[v]!;
      cand.distance[i] = distance[v]!;
      cand.node[i] = v;
      cand.prevX[i] = scene.nodePrevX[v]!;
      cand.prevY[i] = scene.nodePrevY[v]!;
      cand.nextX[i] = scene.nodeNextX[v]!;
      cand.nextY[i++] = scene.nodeNextY[v]!;
    }
    this.cand = cand;
  }

  /** The shortest walk from a strictly free start point to any target, or null when none is reachable. */
  walkFrom(x: number, y: number): FieldAnswer | null {
    const { scene, queue, cand, shortlist, shortlistKeys } = this;
    for (const [dx, dy] of this.nearestDeadEnds(x, y)) {
      if (scene.visible(x, y, dx, dy)) return null;
    }
    // Each candidate's key is a lower bound of the walk through it (exact when it is visible), so
    // the first visible candidate in key order is the answer. One pass computes the keys and keeps
    // the smallest few in order; they almost always hold the answer.
    const { x: cx, y: cy, distance: cd, prevX, prevY, nextX, nextY } = cand;
    const count = cx.length;
    const keys = this.scratch(count);
    let listed = 0;
    let cutoff = Infinity; // the largest key on a full shortlist
    for (let i = 0; i < count; i++) {
      const dx = x - cx[i]!;
      const dy = y - cy[i]!;
      const k = cd[i]! + Math.sqrt(dx * dx + dy * dy);
      keys[i] = k;
      if (k >= cutoff) continue;
      // A shortest path leaves a corner only along a tangent (both neighbours of the corner on one
      // side of the line); other candidates are hidden whenever they would be the answer. Tested
      // only here, where it saves visibility tests, since it branches unpredictably.
      if ((dx * prevY[i]! - dy * prevX[i]!) * (dx * nextY[i]! - dy * nextX[i]!) < 0) {
        keys[i] = Infinity;
        continue;
      }
      let j = listed < SHORTLIST ? listed++ : SHORTLIST - 1;
      for (; j > 0 && shortlistKeys[j - 1]! > k; j--) {
        shortlistKeys[j] = shortlistKeys[j - 1]!;
        shortlist[j] = shortlist[j - 1]!;
      }
      shortlistKeys[j] = k;
      shortlist[j] = i;
      if (listed === SHORTLIST) cutoff = shortlistKeys[SHORTLIST - 1]!;
    }
    let best = -1;
    let tested = 0;
    for (let j = 0; j < listed && best < 0; j++) {
      const i = shortlist[j]!;
      keys[i] = -Infinity; // looked at
      tested++;
      if (scene.visible(x, y, cand.x[i]!, cand.y[i]!)) best = i;
    }
    // Rarely, all of the shortlist is hidden: go on through the rest in windows of growing width,
    // so that only a few keys at a time enter the priority queue.
    let from = listed === SHORTLIST ? shortlistKeys[SHORTLIST - 1]! : Infinity;
    for (let width = FIRST_WINDOW; best < 0 && from < Infinity; width *= 4) {
      const to = from + width;
      queue.clear();
      let next = Infinity;
      for (let i = 0; i < count; i++) {
        const k = keys[i]!;
        if (k < from) continue;
        if (k < to) queue.push(i, k);
        else if (k < next) next = k;
      }
      while (queue.length > 0) {
        const i = queue.pop()!;
        tested++;
        if (scene.visible(x, y, cand.x[i]!, cand.y[i]!)) {
          best = i;
          break;
        }
      }
      from = next;
    }
    if (best < 0) {
      // Remember it only when it cost a search; the list stays short so checking it stays cheap.
      if (tested > 0 && this.deadEnds.length < MAX_DEAD_ENDS) this.deadEnds.push([x, y]);
      return null;
    }
    const walked = cand.distance[best]! + length(x - cand.x[best]!, y - cand.y[best]!);
    return { distance: walked, target: this.targetOf(best), hops: this.hopsFrom(best) };
  }

  private targetOf(candidate: number): number {
    let v = this.cand.node[candidate]!;
    if (v < 0) return this.seeds[candidate]!.target;
    while (this.via[v]! >= 0) v = this.via[v]!;
    return this.seeds[-this.via[v]! - 1]!.target;
  }

  /** The points from a candidate back to its target's seed. */
  private hopsFrom(candidate: number): Point[] {
    const hops: Point[] = [[this.cand.x[candidate]!, this.cand.y[candidate]!]];
    let v = this.cand.node[candidate]!;
    while (v >= 0) {
      const next = this.via[v]!;
      if (next < 0) {
        const seed = this.seeds[-next - 1]!;
        hops.push([seed.x, seed.y]);
      } else {
        hops.push([this.scene.nodeX[next]!, this.scene.nodeY[next]!]);
      }
      v = next;
    }
    return hops;
  }

  /** The recorded dead ends nearest to (x, y), at most DEAD_ENDS_TRIED of them. */
  private nearestDeadEnds(x: number, y: number): Point[] {
    if (this.deadEnds.length <= DEAD_ENDS_TRIED) return this.deadEnds;
    return [...this.deadEnds]
      .sort((p, q) => length(p[0] - x, p[1] - y) - length(q[0] - x, q[1] - y))
      .slice(0, DEAD_ENDS_TRIED);
  }
}

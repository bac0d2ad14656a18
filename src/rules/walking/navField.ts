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
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import { BOX_SLACK, keepsOrder, segmentMeetsBox, segmentMeetsRect, type NavScene } from './navScene.ts';
import { IndexedHeap } from './indexedHeap.ts';
import { CellGeometry, cellPastLimit, firstAtLeast, gapOf, NodeCells, SettledCells } from './settleCells.ts';
import { Shadows } from './shadows.ts';
import { coordinatesBox } from './coordinatesBox.ts';
import { ScratchArrays } from './scratchArrays.ts';

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
  /** the same points, flat (x, y): one array per first hop, shared by every walk through it */
  chain: Float64Array;
}

/** Distances of an earlier field (same targets, an earlier version of the floor) that may carry over. */
export interface CarriedNodes {
  from: DistanceField;
  /**
   * What becomes of the walk from (x, y), of length d to the target of that index, on the new
   * floor, given that the path on from its next hop (viaX, viaY) is still walkable: NODE_KEPT
   * (the walk holds: its path is walkable and nothing shorter opened), NODE_WALKABLE (its path is
   * walkable, but something shorter may have opened) or NODE_CHANGED.
   */
  keeps(x: number, y: number, d: number, target: number, viaX: number, viaY: number): number;
  /**
   * The boxes round what went since the earlier field (a way whose straight segment meets none of
   * them, visible now, was visible then); absent where unknown (nothing is then assumed of them).
   */
  opened?: readonly Box[];
}

/** CarriedNodes.keeps verdicts. */
export const NODE_CHANGED = 0;
export const NODE_WALKABLE = 1;
export const NODE_KEPT = 2;

/** Settled points: seeds first, then nodes in the order they settled (room for every seed and node). */
interface Settled {
  count: number;
  x: Float64Array;
  y: Float64Array;
  distance: Float64Array;
  /** node index, or -1 for a seed */
  node: Int32Array;
  /**
   * the order that breaks ties between equally short walks: seeds by index, then nodes by index
   * (the candidates' listing order), the same however the field was settled, so a field
   * re-settled after an edit keeps the paths a fresh one takes
   */
  rank: Int32Array;
  /** the hop a walk through it takes next, as `via` holds it: -(seed index) - 1, or the node itself */
  via: Int32Array;
}

/** How many unreachable start points are remembered, and how many of the nearest are tried per query. */
const MAX_DEAD_ENDS = 64;
const DEAD_ENDS_TRIED = 4;
/** Cell size (m) of the candidate buckets a query scans, and cells per side of their blocks. */
const CELL = 8;
const BLOCK = 4;
/** Width (m) of the first window past the smallest key possible, when nothing nearer bounds a query; each next window is 4× wider. */
const FIRST_WINDOW = 1;
/** Cell size (m) of the remembered answers near a start point, and how many rings of them round its own are looked at. */
const HINT_CELL = 2;
const HINT_RINGS = 4;
/** A cell's or block's bound is taken this much (m) under the gap to its box, for rounding. */
const GAP_SLACK = 1e-9;
/**
 * Relative margin (far above rounding) by which a squared way must pass a window's room to be
 * ruled out without its square root: such a key is over the bound whichever way it is rounded.
 */
const ROUGH_MARGIN = 1e-6;

/** Margin (m), far above rounding, round a cell of settled points taken to hold them. */
const CELL_MARGIN = 1e-6;

/** no boxes (flat) */
const NO_BOXES = new Float64Array(0);

/** settle()'s working arrays and search queue, kept for the next field (one field settles at a time) */
const sharedScratch = new ScratchArrays();
let spareSearchQueue: FlatQueue<number> | null = null;

export class DistanceField {
  private readonly scene: NavScene;
  readonly seeds: FieldSeed[];
  /**
   * per node: its distance in the earlier field it carried nodes from, where it was a node at the
   * same corner there (Infinity where not); null when nothing was carried
   */
  private earlier: Float64Array | null = null;
  /** per node: walking distance to the nearest target (Infinity when unreachable) */
  readonly distance: Float64Array;
  /** per node: the previous hop toward the target: a node index, or -(seed index) - 1 */
  private readonly via: Int32Array;
  /** start points found unreachable: a point that sees one of them is unreachable too */
  private readonly deadEnds: Point[] = [];
  private readonly nearDeadEnds: Point[] = [];
  /** bestOffer()'s queue of cells (-(cell) - 1) and settled points by key, while the field settles */
  private searchQueue: FlatQueue<number> | null = null;
  private cand = {
    x: new Float64Array(0),
    y: new Float64Array(0),
    distance: new Float64Array(0),
    node: new Int32Array(0),
    prevX: new Float64Array(0),
    prevY: new Float64Array(0),
    nextX: new Float64Array(0),
    nextY: new Float64Array(0),
    seed: new Int32Array(0),
    order: new Int32Array(0),
  };
  /** the candidates by cell, for the queries' windows (set by bucket(), from the constructor) */
  private cells!: CandidateCells;
  /** per HINT_CELL-m cell over the candidates: the place of the last answer from a point in it (-1: none) */
  private hintAt = new Int32Array(0);
  /** what the blocked tests of the query under way showed hidden, and the last of it alone */
  private readonly queryShadows = new LastShadows();
  /** visibility tests of the query under way */
  private tested = 0;
  /** a window's candidates (places in the cells) and their keys, grown as needed: this runs per query */
  private picked = new Int32Array(64);
  private pickedKeys = new Float64Array(64);
  /**
   * what candidates() may take over from the earlier field: its seeds and the nodes carried here
   * (`mapped`: per earlier node, the node it was carried to, else -1; `carried`: per node, 1 where
   * carried), distances and all; set by settle(), then let go
   */
  private kept: { from: DistanceField; mapped: Int32Array; carried: Uint8Array } | null = null;
  /** the settled points by cell while the field settles */
  private settledCells: SettledCells | null = null;
  /** the nodes in the order they settled (set by settle(), let go by candidates()) */
  private settleOrder: Int32Array | null = null;
  /** what the blocked tests of one search showed hidden, so its later candidates behind them need no test */
  private readonly shadows = new Shadows();
  /** while the field settles: the boxes round what went since the earlier field, flat (minX, minY, maxX, maxY) */
  private opened: Float64Array = NO_BOXES;

  constructor(scene: NavScene, seeds: FieldSeed[], carried?: CarriedNodes) {
    this.scene = scene;
    this.seeds = seeds;
    const n = scene.nodeCount;
    this.distance = new Float64Array(n).fill(Infinity);
    this.via = new Int32Array(n).fill(0);
    this.settle(carried && sameSeeds(carried.from.seeds, seeds) ? carried : undefined);
    this.candidates();
    this.bucket();
  }

  private settle(carried?: CarriedNodes): void {
    // the working arrays are kept for the next field (unless one settles inside this one's settling)
    const scratch = sharedScratch.lend();
    try {
      this.settleIn(scratch ?? new ScratchArrays(), scratch !== null, carried);
    } finally {
      scratch?.giveBack();
    }
  }

  /** settle() with its working arrays from `scratch`; `shared`: the search queue may be kept for the next field too */
  private settleIn(scratch: ScratchArrays, shared: boolean, carried?: CarriedNodes): void {
    const { scene, seeds } = this;
    const n = scene.nodeCount;
    const nx = scene.nodeX;
    const ny = scene.nodeY;
    const bound = scratch.float64(n, Infinity);
    // per node: the best visible offer among settled points already looked at, and how many were looked at
    const checked = scratch.float64(n, Infinity);
    const checkedVia = scratch.int32(n);
    const lookedAt = scratch.int32(n);
    // per node: an offer known before its search (a carried field's earlier hop), Infinity where none
    // or found hidden; the settled point it comes from, and 1 where it is known visible (its sight
    // test is made only when the offer is read, most never are)
    const hintKey = scratch.float64(n, Infinity);
    const hintVia = scratch.int32(n);
    const hintFrom = scratch.int32(n, -1);
    const hintSeen = scratch.uint8(n);
    // per node: the key of an offer known before its first search, visible or not (Infinity: none)
    const offerKnown = scratch.float64(n, Infinity);
    // per node: a walk it is known not to exceed (its earlier path, still walkable), Infinity where none
    const atMost = scratch.float64(n, Infinity);
    // per node: 1 where its earlier path is still walkable and its earlier hop is its hint or a
    // node settled again (its first searches then take the points settled from the start only
    // where their way to it crosses a box that opened: see bestOpened)
    const onlyOpened = scratch.uint8(n);
    const done = scratch.uint8(n);
    const capacity = seeds.length + n;
    const settled: Settled = {
      count: 0,
      x: scratch.float64(capacity),
      y: scratch.float64(capacity),
      distance: scratch.float64(capacity),
      node: scratch.int32(capacity),
      rank: scratch.int32(capacity),
      via: scratch.int32(capacity),
    };
    const rankOfVia = (via: number) => (via < 0 ? -via - 1 : seeds.length + via);
    // a fresh field's searches start from the hops earlier fields of this scene took (kept for the next)
    const knownHops = carried ? null : knownHopsOf(scene);
    const queue = new IndexedHeap(n, scratch); // the Dijkstra queue, a node at most once; this.queue serves bestVisible

    // per node: the settled point whose offer set its bound (the smallest key of all, visibility aside)
    const boundFrom = scratch.int32(n, -1);
    // nodes and settled points in cells, so offers and searches skip what cannot matter
    const geometry = cellGeometry(nx, ny, seeds);
    const cellOfNode = geometry.cellsOf(nx, ny, scratch);
    const settledCells = (this.settledCells = new SettledCells(geometry, cellOfNode, seeds, scratch));
    // the nodes left to offer to, by cell: made once the carried nodes have settled (they are left out)
    let nodeCells: NodeCells | null = null;
    // a search queues each cell and each settled point at most once: fixed room, typed arrays
    const room = geometry.count + capacity;
    const searchQueue = shared && spareSearchQueue && spareSearchQueue.capacity >= room ? spareSearchQueue : new FlatQueue<number>(room, Float64Array, Int32Array);
    if (shared) spareSearchQueue = searchQueue;
    this.searchQueue = searchQueue;
    // a point settles: into the list, its cell, and (a node) out of the nodes left to offer to
    const place = (x: number, y: number, d: number, node: number, via: number) => {
      const i = settled.count++;
      if (node >= 0) settledCells.addIn(cellOfNode[node]!, i, d);
      else settledCells.add(i, x, y, d);
      settled.x[i] = x;
      settled.y[i] = y;
      settled.distance[i] = d;
      settled.node[i] = node;
      settled.rank[i] = rankOfVia(via);
      settled.via[i] = via;
      if (node >= 0 && nodeCells) nodeCells.settled(node);
    };
    const { nodePrevX: prevX, nodePrevY: prevY, nodeNextX: nextX, nodeNextY: nextY } = scene;
    const settledRank = settled.rank;
    const cellCount = geometry.count;
    const lastColumn = geometry.nx - 1;
    const columnGaps = scratch.float64(geometry.nx);
    const rowGaps = scratch.float64(geometry.ny);
    // an offer from a settled point to the nodes whose bound it may lower (runs for every point
    // settled, over every node left: the arrays are locals and the tangency tests are
    // scene.isTangent written out, the same arithmetic)
    const offer = (sx: number, sy: number, d: number, fromNode: number, from: number) => {
      const b = bound;
      const xs = nx;
      const ys = ny;
      const { items, start: starts, end: ends, maxBound: worstOf } = nodeCells!;
      // fromNode's corner, for the second tangency test (v's direction seen from it)
      const fx = fromNode >= 0 ? xs[fromNode]! : 0;
      const fy = fromNode >= 0 ? ys[fromNode]! : 0;
      const fpx = fromNode >= 0 ? prevX[fromNode]! : 0;
      const fpy = fromNode >= 0 ? prevY[fromNode]! : 0;
      const fnx = fromNode >= 0 ? nextX[fromNode]! : 0;
      const fny = fromNode >= 0 ? nextY[fromNode]! : 0;
      geometry.offsets(sx, sy, columnGaps, rowGaps);
      for (let c = 0, gx = 0, gy = 0; c < cellCount; c++, gx === lastColumn ? ((gx = 0), gy++) : gx++) {
        // a cell none of whose bounds the offer can beat, even at the cell's edge, is skipped
        const worst = worstOf[c]!;
        if (!(worst > d)) continue;
        // the gap past the room by far more than rounding (on squares, no root) is skipped as the test below would
        const cdx = columnGaps[gx]!;
        const cdy = rowGaps[gy]!;
        const past = (worst - d) * (1 + ROUGH_MARGIN) + ROUGH_MARGIN;
        if (cdx * cdx + cdy * cdy > past * past || d + gapOf(cdx, cdy) >= worst) continue;
        let left = -Infinity;
        for (let j = starts[c]!, end = ends[c]!; j < end; j++) {
          const v = items[j]!;
          // most offers lose to the bound already there: rule them out without a square root
          const current = b[v]!;
          const room = current - d;
          if (room > 0) {
            const vx = xs[v]!;
            const vy = ys[v]!;
            const dx = vx - sx;
            const dy = vy - sy;
            const d2 = dx * dx + dy * dy;
            if (d2 <= room * room * (1 + 1e-9)) {
              const k = d + Math.sqrt(d2);
              if (k <= current) {
                // scene.isTangent(v, sx, sy), then scene.isTangent(fromNode, vx, vy)
                const tx = sx - vx;
                const ty = sy - vy;
                let tangent = (tx * prevY[v]! - ty * prevX[v]!) * (tx * nextY[v]! - ty * nextX[v]!) >= 0;
                if (tangent && fromNode >= 0) {
                  const ux = vx - fx;
                  const uy = vy - fy;
                  tangent = (ux * fpy - uy * fpx) * (ux * fny - uy * fnx) >= 0;
                }
                if (tangent) {
                  if (k < current) {
                    b[v] = k;
                    boundFrom[v] = from;
                    queue.set(v, k);
                    if (k > left) left = k;
                    continue;
                  }
                  if (boundFrom[v]! < 0 || settledRank[from]! < settledRank[boundFrom[v]!]!) boundFrom[v] = from; // an equal offer ranked first
                }
              }
            }
          }
          if (current > left) left = current;
        }
        worstOf[c] = left;
      }
    };

    seeds.forEach((seed, i) => place(seed.x, seed.y, seed.cost, -1, -i - 1));
    const offerFromSeeds = () => seeds.forEach((seed, i) => offer(seed.x, seed.y, seed.cost, -1, i));

    // Nodes of the earlier field whose walk still holds are settled from the start, each after the
    // node its walk goes through (nearest first), so every carried path is made of carried hops.
    // A node left whose earlier path is still walkable (every hop at its corner here, every leg
    // clear) walks no farther than it did: its searches need look no farther (atMost).
    let carriedCount = 0;
    // A node whose earlier path is still walkable first searches the points settled from the start
    // (seeds, carried nodes) only where its way to them crosses a box that opened (below this index
    // of `settled`; 0: all of them, as any other node): what it walked before beats every other one
    // (see bestOpened). Only where the corners keep their order, so ties rank as before.
    let openedBelow = 0;
    if (carried) {
      const from = carried.from;
      // the same corner in this scene (same position and neighbours), found once for every field
      const at = scene.nodesFrom(from.scene);
      // the earlier field's reachable nodes by distance, ties by index: its candidates, seeds left out
      const order = from.cand.node;
      const mapped = new Int32Array(from.distance.length).fill(-1);
      // per earlier node: 1 where its path is still walkable here (set only for nodes at a corner here)
      const walkable = scratch.uint8(from.distance.length);
      const settledIndexOf = scratch.int32(n, -1);
      const targets = from.nodeTargets();
      const earlier = (this.earlier = new Float64Array(n).fill(Infinity));
      for (let u = 0; u < at.length; u++) if (at[u]! >= 0) earlier[at[u]!] = from.distance[u]!;
      for (let i = 0; i < order.length; i++) {
        const u = order[i]!;
        if (u < 0) continue;
        const v = at[u]!;
        if (v < 0 || done[v]) continue;
        const oldVia = from.via[u]!;
        if (oldVia >= 0 && !walkable[oldVia]) continue;
        const via = oldVia < 0 ? oldVia : at[oldVia]!;
        const d = from.distance[u]!;
        const viaX = via < 0 ? seeds[-via - 1]!.x : nx[via]!;
        const viaY = via < 0 ? seeds[-via - 1]!.y : ny[via]!;
        const verdict = carried.keeps(nx[v]!, ny[v]!, d, targets[u]!, viaX, viaY);
        if (verdict === NODE_CHANGED) continue;
        walkable[u] = 1;
        if (verdict !== NODE_KEPT || (oldVia >= 0 && mapped[oldVia]! < 0)) {
          atMost[v] = d * (1 + 1e-9) + 1e-9;
          continue;
        }
        mapped[u] = v;
        settledIndexOf[v] = settled.count;
        done[v] = 1;
        this.distance[v] = d;
        this.via[v] = via;
        place(nx[v]!, ny[v]!, d, v, v);
        carriedCount++;
      }
      this.kept = { from, mapped, carried: done.slice() };
      if (carried.opened && keepsOrder(at)) {
        this.opened = flatBoxes(carried.opened);
        openedBelow = settled.count;
      }
      // A node left whose earlier walk went through a hop still settled (a carried node or a
      // seed) still has that hop's offer where it is visible and tangent: known beforehand, it
      // bounds the node's search for its nearest visible settled point, which then looks only at
      // what could beat it (the search finds the same answer either way).
      for (let u = 0; u < at.length; u++) {
        const v = at[u]!;
        if (v < 0 || done[v] || !(from.distance[u]! < Infinity)) continue;
        const oldVia = from.via[u]!;
        const via = oldVia < 0 ? oldVia : mapped[oldVia]!;
        if (oldVia >= 0 && via < 0) {
          onlyOpened[v] = walkable[u]!;
          continue;
        }
        const s = via < 0 ? -via - 1 : settledIndexOf[via]!;
        const sx = settled.x[s]!;
        const sy = settled.y[s]!;
        if (!scene.isTangent(v, sx, sy) || (via >= 0 && !scene.isTangent(via, nx[v]!, ny[v]!))) continue;
        const key = settled.distance[s]! + vectorLength(nx[v]! - sx, ny[v]! - sy);
        // an offer, visible or not: the nearest offer is no farther
        offerKnown[v] = key;
        hintKey[v] = key;
        hintVia[v] = settled.via[s]!;
        hintFrom[v] = s;
        // a walk found walkable (keeps() said so) leaves along a clear leg to that very hop: known visible
        hintSeen[v] = walkable[u]!;
        onlyOpened[v] = walkable[u]!;
      }
    }
    nodeCells = new NodeCells(geometry, cellOfNode, carried ? done : undefined, scratch);
    // the nodes left get their offers from every settled point, seeds included, at once
    // (offering from each carried node to all nodes would cost the square of the node count;
    // the seeds' own offers would mostly go to nodes carried since); a node whose earlier path is
    // walkable, from its hint and the points whose way to it crosses a box that opened
    if (carriedCount > 0) {
      for (let v = 0; v < n; v++) {
        if (done[v]) continue;
        if (openedBelow > 0 && onlyOpened[v]) {
          // the least offer, visibility aside, of the hint and what crosses a box that opened
          // (every point left out is beaten by the earlier hop, as bestOpened says)
          const hint = hintFrom[v]!;
          let best = hint >= 0 ? this.bestOpened(v, settled, openedBelow, hintKey[v]!, settled.rank[hint]!, false) : this.bestOpened(v, settled, openedBelow, Infinity, Infinity, false);
          if (best < 0) best = hint;
          if (best >= 0) {
            bound[v] = settled.distance[best]! + vectorLength(nx[v]! - settled.x[best]!, ny[v]! - settled.y[best]!);
            boundFrom[v] = best;
            queue.set(v, bound[v]!);
          }
          continue;
        }
        // an offer known (the earlier hop's, else the best in v's own cell) is one of those looked
        // for, so the nearest is no farther: what lies past it (with room for rounding) need not
        // be looked at, and the nearest is the same
        const known = offerKnown[v]! < Infinity ? offerKnown[v]! : this.offerInCell(v, settled, cellOfNode[v]!);
        const limit = known < Infinity ? known * (1 + 1e-9) + 1e-9 : Infinity;
        const best = this.nearestOffer(v, settled, limit, Infinity);
        if (best >= 0) {
          bound[v] = settled.distance[best]! + vectorLength(nx[v]! - settled.x[best]!, ny[v]! - settled.y[best]!);
          boundFrom[v] = best;
          queue.set(v, bound[v]!);
        }
      }
    } else offerFromSeeds();

    while (queue.length > 0) {
      const key = queue.peekKey();
      const v = queue.pop();
      if (done[v] || key !== bound[v]) continue;
      // the point that made the smallest offer, if v sees it, is v's answer: no other can beat its key
      const from = boundFrom[v]!;
      // if not, the search that follows knows it hidden, and what hid it (the shadows, from v)
      let blocked = -1;
      // the hint's point found hidden just now: the search below, which always follows, sets it aside
      // (a flag, not a store to hintKey: that rare store would meet the compiled code without a type)
      let hintHidden = false;
      // read here for both its uses (the second, rare, would meet the compiled code without a type)
      const hint = hintFrom[v]!;
      if (key < checked[v]! && from >= 0 && lookedAt[v] === 0) {
        // the earlier hop's point, known visible, needs no test; tested, it is known either way
        const isHint = from === hint;
        const seen = isHint && hintSeen[v] === 1 ? true : this.sees(settled, v, from);
        if (isHint) {
          if (seen) hintSeen[v] = 1;
          else hintHidden = true;
        }
        if (seen) {
          checked[v] = key;
          checkedVia[v] = settled.via[from]!;
        } else {
          blocked = from;
          this.shadows.reset(nx[v]!, ny[v]!);
          scene.shadowOfLastBlocker(this.shadows);
        }
      }
      // searched before and points settled since: one of them may tie with a walk ranked first
      const tieSince = key === checked[v]! && lookedAt[v]! > 0 && lookedAt[v]! < settled.count;
      if (key < checked[v]! || tieSince) {
        // a hint better than what was looked at counts as looked at, once seen visible: only what beats it is searched
        const hintBetter = !hintHidden && hintKey[v]! < Infinity && (hintKey[v]! < checked[v]! || (hintKey[v] === checked[v] && rankOfVia(hintVia[v]!) < rankOfVia(checkedVia[v]!)));
        if (hintBetter && (hintSeen[v] === 1 || this.sees(settled, v, hint))) {
          checked[v] = hintKey[v]!;
          checkedVia[v] = hintVia[v]!;
        }
        hintKey[v] = Infinity;
        // nothing known yet (a fresh field's first search): a node v walked through in an earlier
        // field of this scene is a visible, tangent hop, so its offer, when settled, is a limit
        // the search need only beat (the answer is the same: the least of every visible offer)
        if (knownHops && lookedAt[v] === 0 && checked[v] === Infinity) this.knownHop(v, knownHops, done, checked, checkedVia);
        const limitRank = Number.isFinite(checked[v]!) ? rankOfVia(checkedVia[v]!) : Infinity;
        // nothing past what v is known to walk at most can be its answer: the search looks no farther
        // (a node whose earlier path is walkable, atMost finite, searches first the points settled
        // since the start, then of the others those whose way to it crosses a box that opened)
        const firstOpened = openedBelow > 0 && lookedAt[v] === 0 && onlyOpened[v] === 1;
        const from = firstOpened ? openedBelow : lookedAt[v]!;
        const limit = checked[v]! <= atMost[v]! ? checked[v]! : atMost[v]!;
        const rankLimit = checked[v]! <= atMost[v]! ? limitRank : Infinity;
        let best = this.bestVisible(v, settled, from, limit, rankLimit, blocked);
        if (firstOpened) {
          const opened = best >= 0 ? this.bestOpened(v, settled, openedBelow, offerKey(settled, best, nx[v]!, ny[v]!), settled.rank[best]!, true) : this.bestOpened(v, settled, openedBelow, limit, rankLimit, true);
          if (opened >= 0) best = opened;
        }
        lookedAt[v] = settled.count;
        if (best >= 0) {
          checked[v] = settled.distance[best]! + vectorLength(nx[v]! - settled.x[best]!, ny[v]! - settled.y[best]!);
          checkedVia[v] = settled.via[best]!;
        }
        bound[v] = checked[v]!;
        nodeCells.raised(v, bound[v]!);
        // A visible offer worse than the bound waits its turn; nearer nodes settled meanwhile may beat it.
        if (checked[v]! > key) {
          if (Number.isFinite(checked[v]!)) queue.set(v, checked[v]!);
          continue;
        }
      }
      done[v] = 1;
      this.distance[v] = checked[v]!;
      this.via[v] = checkedVia[v]!;
      place(nx[v]!, ny[v]!, checked[v]!, v, v);
      offer(nx[v]!, ny[v]!, checked[v]!, v, settled.count - 1);
    }
    this.settledCells = null;
    this.searchQueue = null;
    this.opened = NO_BOXES;
    if (knownHops) rememberHops(knownHops, this.via, this.distance);
    // a copy: the scratch arrays go to the next field
    this.settleOrder = settled.node.slice(seeds.length, settled.count);
  }

  /**
   * Node v's least offer (then least ranked) from the settled nodes it walked through in earlier
   * fields of the scene (each visible from v, and tangent both ways: the scene's geometry alone
   * says so), into checked[v] and checkedVia[v]; left as they are where none is settled. The key
   * is the one bestOffer() works out for the same point.
   */
  private knownHop(v: number, hops: Int32Array, done: Uint8Array, checked: Float64Array, checkedVia: Int32Array): void {
    const { nodeX, nodeY } = this.scene;
    const x = nodeX[v]!;
    const y = nodeY[v]!;
    for (let k = KNOWN_HOPS * v; k < KNOWN_HOPS * (v + 1); k++) {
      const u = hops[k]!;
      if (u < 0) break;
      if (!done[u]) continue;
      const dx = x - nodeX[u]!;
      const dy = y - nodeY[u]!;
      const key = this.distance[u]! + Math.sqrt(dx * dx + dy * dy);
      if (key < checked[v]! || (key === checked[v] && u < checkedVia[v]!)) {
        checked[v] = key;
        checkedVia[v] = u;
      }
    }
  }

  /**
   * bestVisible() (nearestOffer() where not `visible`) over the settled points below index `below`
   * (the seeds and carried nodes) whose straight way to v meets a box that opened (this.opened);
   * the shadows found so far from v kept.
   *
   * Why the others need no look for a node v whose earlier path is still walkable, searched first:
   * such a point s has the distance it had in the earlier field, at the same corner (the same
   * tangency), so it offers v the very key it offered then; its way to v meets no box that opened,
   * so if v sees it now, v saw it then (elsewhere nothing opened). v's earlier hop h beat that
   * offer then (a smaller key, or an equal one ranked first: the corners keep their order, so
   * ranks compare as they did), and h offers v no more now (its path is walkable, so it walks no
   * farther) and is still seen (its leg was found clear). h is v's known hint (a seed or carried
   * node) or a node settled since the start (searched, or offered when it settles). Every point
   * left out is beaten by h, so the best of the rest is the best of all.
   */
  private bestOpened(v: number, settled: Settled, below: number, limit: number, limitRank: number, visible: boolean): number {
    const { scene, shadows, opened } = this;
    const queue = this.searchQueue!;
    const cells = this.settledCells!;
    const { geometry, start: listStart, end: listEnd, items: listItems, minDistance, columnGaps, rowGaps } = cells;
    const { rank, x: settledX, y: settledY, distance: settledDistance, node: settledNode } = settled;
    const { nodePrevX: prevX, nodePrevY: prevY, nodeNextX: nextX, nodeNextY: nextY } = scene;
    const x = scene.nodeX[v]!;
    const y = scene.nodeY[v]!;
    const vpx = prevX[v]!;
    const vpy = prevY[v]!;
    const vnx = nextX[v]!;
    const vny = nextY[v]!;
    queue.clear();
    geometry.offsets(x, y, columnGaps, rowGaps);
    const lastColumn = geometry.nx - 1;
    const { minX: cellX, minY: cellY, size } = geometry;
    for (let c = 0, gx = 0, gy = 0; c < minDistance.length; c++, gx === lastColumn ? ((gx = 0), gy++) : gx++) {
      // a cell's points in settled order: none below `below`, or surely past the limit, it is skipped
      const first = listStart[c]!;
      const end = listEnd[c]!;
      if (first === end || listItems[first]! >= below) continue;
      if (cellPastLimit(minDistance[c]!, columnGaps[gx]!, rowGaps[gy]!, limit)) continue;
      // nor one whose points' ways from v all miss the boxes: the box round v and the cell (its
      // points lie in it, a margin far above rounding added) meets none of them
      const cx = cellX + gx * size;
      const cy = cellY + gy * size;
      if (!boxesMeetBox(Math.min(x, cx - CELL_MARGIN), Math.min(y, cy - CELL_MARGIN), Math.max(x, cx + size + CELL_MARGIN), Math.max(y, cy + size + CELL_MARGIN), opened)) continue;
      // the offers as bestOffer() works them out
      for (let j = first; j < end; j++) {
        const s = listItems[j]!;
        if (s >= below) break;
        const sx = settledX[s]!;
        const sy = settledY[s]!;
        const room = limit - settledDistance[s]!;
        if (!(room > 0)) continue;
        const tx = sx - x;
        const ty = sy - y;
        if (!((tx * vpy - ty * vpx) * (tx * vny - ty * vnx) >= 0)) continue;
        const dx = x - sx;
        const dy = y - sy;
        const d2 = dx * dx + dy * dy;
        if (d2 > room * room * (1 + 1e-9)) continue;
        const k = settledDistance[s]! + Math.sqrt(d2);
        if (k > limit || (k === limit && rank[s]! >= limitRank)) continue;
        const node = settledNode[s]!;
        if (node >= 0 && !((dx * prevY[node]! - dy * prevX[node]!) * (dx * nextY[node]! - dy * nextX[node]!) >= 0)) continue;
        if (!segmentMeetsBoxes(x, y, sx, sy, opened)) continue;
        queue.push(s, k);
      }
    }
    let best = -1;
    let bestKey = Infinity;
    while (queue.length > 0) {
      const key = queue.values[0]!;
      if (best >= 0 && key > bestKey) break;
      const id = queue.pop()!;
      if (best >= 0 && rank[id]! >= rank[best]!) continue;
      if (visible) {
        if (shadows.hides(settledX[id]!, settledY[id]!)) continue;
        const node = settledNode[id]!;
        if (!(node >= 0 ? scene.nodesVisible(v, node) : scene.visible(x, y, settledX[id]!, settledY[id]!))) {
          scene.shadowOfLastBlocker(shadows);
          continue;
        }
      }
      bestKey = key;
      best = id;
    }
    return best;
  }

  /**
   * Whether node v sees settled point s (a sight test). A method, not a function made per field:
   * a call site meeting a new function each field gave up its compiled code.
   */
  private sees(settled: Settled, v: number, s: number): boolean {
    const { scene } = this;
    const node = settled.node[s]!;
    return node >= 0 ? scene.nodesVisible(v, node) : scene.visible(scene.nodeX[v]!, scene.nodeY[v]!, settled.x[s]!, settled.y[s]!);
  }

  /**
   * Among settled points from index `from` on, the one giving node v the shortest visible,
   * tangent hop, if it beats `limit` (or ties with it and ranks before `limitRank`); its index in
   * `settled`, or -1. `blocked`: a settled point v was just found not to see (-1: none), whose
   * blocker the shadows hold, seen from v.
   */
  private bestVisible(v: number, settled: Settled, from: number, limit: number, limitRank: number, blocked: number): number {
    return this.bestOffer(v, settled, from, limit, limitRank, true, blocked);
  }

  /** Among all settled points, the one giving node v the shortest tangent hop (visible or not) that beats `limit` as bestVisible says; -1 if none. */
  private nearestOffer(v: number, settled: Settled, limit: number, limitRank: number): number {
    return this.bestOffer(v, settled, 0, limit, limitRank, false, -1);
  }

  /**
   * The smallest key of the tangent offers to node v from the settled points in cell c (Infinity
   * if none), worked out as bestOffer() does: one of the offers nearestOffer() looks for.
   */
  private offerInCell(v: number, settled: Settled, c: number): number {
    const { start, end, items } = this.settledCells!;
    const { x: settledX, y: settledY, distance: settledDistance, node: settledNode } = settled;
    const { nodePrevX: prevX, nodePrevY: prevY, nodeNextX: nextX, nodeNextY: nextY } = this.scene;
    const x = this.scene.nodeX[v]!;
    const y = this.scene.nodeY[v]!;
    let best = Infinity;
    for (let j = start[c]!, stop = end[c]!; j < stop; j++) {
      const s = items[j]!;
      const sx = settledX[s]!;
      const sy = settledY[s]!;
      const tx = sx - x;
      const ty = sy - y;
      if (!((tx * prevY[v]! - ty * prevX[v]!) * (tx * nextY[v]! - ty * nextX[v]!) >= 0)) continue;
      const node = settledNode[s]!;
      const dx = x - sx;
      const dy = y - sy;
      if (node >= 0 && !((dx * prevY[node]! - dy * prevX[node]!) * (dx * nextY[node]! - dy * nextX[node]!) >= 0)) continue;
      const k = settledDistance[s]! + Math.sqrt(dx * dx + dy * dy);
      if (k < best) best = k;
    }
    return best;
  }

  /**
   * Settled points from index `from` on, taken in order of the walk through them (their distance
   * plus the straight hop), cells best-first: of those that offer a tangent hop under `limit` (or
   * equal to it and ranked before `limitRank`) and, when `visible`, that v sees, the shortest,
   * ties to the first ranked.
   */
  private bestOffer(v: number, settled: Settled, from: number, limit: number, limitRank: number, visible: boolean, blocked: number): number {
    const { scene, shadows } = this;
    const queue = this.searchQueue!;
    const cells = this.settledCells!;
    const { geometry, start: listStart, end: listEnd, items: listItems, minDistance, last } = cells;
    const { rank, x: settledX, y: settledY, distance: settledDistance, node: settledNode } = settled;
    const { nodePrevX: prevX, nodePrevY: prevY, nodeNextX: nextX, nodeNextY: nextY } = scene;
    const x = scene.nodeX[v]!;
    const y = scene.nodeY[v]!;
    // v's corner, for scene.isTangent(v, …) written out (the same arithmetic): it runs per point looked at
    const vpx = prevX[v]!;
    const vpy = prevY[v]!;
    const vnx = nextX[v]!;
    const vny = nextY[v]!;
    queue.clear();
    const { columnGaps, rowGaps } = cells;
    geometry.offsets(x, y, columnGaps, rowGaps);
    const lastColumn = geometry.nx - 1;
    for (let c = 0, gx = 0, gy = 0; c < last.length; c++, gx === lastColumn ? ((gx = 0), gy++) : gx++) {
      if (last[c]! < from) continue;
      // a cell surely past the limit is ruled out without its gap's square root
      const least = minDistance[c]!;
      const dx = columnGaps[gx]!;
      const dy = rowGaps[gy]!;
      if (cellPastLimit(least, dx, dy, limit)) continue;
      const k = least + gapOf(dx, dy);
      if (k <= limit) queue.push(-c - 1, k);
    }
    if (blocked < 0) shadows.reset(x, y);
    let best = -1;
    let bestKey = Infinity;
    while (queue.length > 0) {
      // past the answer's key nothing can tie with it (the head's key read from the queue's
      // array: peekValue(), number or undefined, handed back a boxed number each time)
      const key = queue.values[0]!;
      if (best >= 0 && key > bestKey) break;
      const id = queue.pop()!;
      if (id < 0) {
        // a cell comes off: its points go in with their own keys
        const c = -id - 1;
        for (let j = firstAtLeast(listItems, listStart[c]!, listEnd[c]!, from), end = listEnd[c]!; j < end; j++) {
          const s = listItems[j]!;
          const sx = settledX[s]!;
          const sy = settledY[s]!;
          const room = limit - settledDistance[s]!;
          if (!(room > 0)) continue;
          // v's tangency first: it rules out about half, and costs no square root
          const tx = sx - x;
          const ty = sy - y;
          if (!((tx * vpy - ty * vpx) * (tx * vny - ty * vnx) >= 0)) continue;
          const dx = x - sx;
          const dy = y - sy;
          const d2 = dx * dx + dy * dy;
          if (d2 > room * room * (1 + 1e-9)) continue;
          const k = settledDistance[s]! + Math.sqrt(d2);
          if (k > limit || (k === limit && rank[s]! >= limitRank)) continue;
          const node = settledNode[s]!;
          // scene.isTangent(node, x, y)
          if (node >= 0) {
            const ux = x - sx;
            const uy = y - sy;
            if (!((ux * prevY[node]! - uy * prevX[node]!) * (ux * nextY[node]! - uy * nextX[node]!) >= 0)) continue;
          }
          queue.push(s, k);
        }
        continue;
      }
      if (best >= 0 && rank[id]! >= rank[best]!) continue;
      if (visible) {
        if (id === blocked || shadows.hides(settled.x[id]!, settled.y[id]!)) continue;
        const node = settled.node[id]!;
        if (!(node >= 0 ? scene.nodesVisible(v, node) : scene.visible(x, y, settled.x[id]!, settled.y[id]!))) {
          scene.shadowOfLastBlocker(shadows);
          continue;
        }
      }
      bestKey = key;
      best = id;
    }
    return best;
  }

  /**
   * Seeds and reachable nodes as query candidates: where they are, their distance, their node
   * (-1: seed) or seed, and their corner's neighbours for the tangency test (zero for seeds: always
   * tangent). Sorted by distance (lowerBoundFromBox and mayOpen stop at the first too far), then
   * listing order; `order` keeps the listing rank (seeds by index, then nodes by index) that breaks ties.
   */
  private candidates(): void {
    const { scene, seeds, distance } = this;
    const sorted = this.keptInOrder() ?? this.sortedAfresh();
    this.settleOrder = null;
    const count = sorted.length;
    // the arrays share two buffers (one allocation each, not ten)
    const floats = new Float64Array(7 * count);
    const ints = new Int32Array(3 * count);
    const cand = {
      x: floats.subarray(0, count),
      y: floats.subarray(count, 2 * count),
      distance: floats.subarray(2 * count, 3 * count),
      node: ints.subarray(0, count),
      prevX: floats.subarray(3 * count, 4 * count),
      prevY: floats.subarray(4 * count, 5 * count),
      nextX: floats.subarray(5 * count, 6 * count),
      nextY: floats.subarray(6 * count, 7 * count),
      seed: ints.subarray(count, 2 * count).fill(-1),
      order: ints.subarray(2 * count, 3 * count),
    };
    for (let i = 0; i < count; i++) {
      const id = sorted[i]!;
      if (id < 0) {
        const seed = seeds[-id - 1]!;
        cand.order[i] = -id - 1;
        cand.distance[i] = seed.cost;
        cand.x[i] = seed.x;
        cand.y[i] = seed.y;
        cand.node[i] = -1;
        cand.seed[i] = -id - 1;
        continue;
      }
      cand.order[i] = seeds.length + id;
      cand.distance[i] = distance[id]!;
      cand.x[i] = scene.nodeX[id]!;
      cand.y[i] = scene.nodeY[id]!;
      cand.node[i] = id;
      cand.prevX[i] = scene.nodePrevX[id]!;
      cand.prevY[i] = scene.nodePrevY[id]!;
      cand.nextX[i] = scene.nodeNextX[id]!;
      cand.nextY[i] = scene.nodeNextY[id]!;
    }
    this.cand = cand;
  }

  /** Seeds (-(index) - 1) and reachable nodes, by distance, then listing order (seeds by index, then nodes by index). */
  private sortedAfresh(): Int32Array {
    const { seeds, distance } = this;
    const merged = this.mergedInOrder();
    if (merged) return merged;
    const ids: number[] = [];
    for (let i = 0; i < seeds.length; i++) ids.push(-i - 1);
    for (let v = 0; v < distance.length; v++) if (distance[v] !== Infinity) ids.push(v);
    // ids are listed in listing order: a stable sort by distance keeps it between equals
    const key = (id: number) => (id < 0 ? seeds[-id - 1]!.cost : distance[id]!);
    return Int32Array.from(ids.sort((a, b) => key(a) - key(b)));
  }

  /**
   * sortedAfresh()'s order without a sort of every node: a Dijkstra from nothing settles its
   * nodes by distance, so their settling order needs only its runs of equal distances put in
   * index order, then the seeds (by cost, then index) merged in, a seed before a node of the same
   * distance. With every key finite the stable sort's order is this one: by key, then listing
   * order. Null where a key is not finite or the nodes did not settle by distance (a field that
   * carried nodes settles those first).
   */
  private mergedInOrder(): Int32Array | null {
    const { seeds, distance } = this;
    const settled = this.settleOrder;
    this.settleOrder = null;
    if (!settled) return null;
    for (const seed of seeds) if (!Number.isFinite(seed.cost)) return null;
    const nodes = settled; // settle()'s own copy, let go above
    for (let i = 0; i < nodes.length; i++) {
      const d = distance[nodes[i]!]!;
      if (!Number.isFinite(d) || (i > 0 && d < distance[nodes[i - 1]!]!)) return null;
    }
    // runs of equal distances in index order (insertion sort: runs are short)
    for (let i = 1; i < nodes.length; i++) {
      const v = nodes[i]!;
      const d = distance[v]!;
      let j = i;
      for (; j > 0 && distance[nodes[j - 1]!] === d && nodes[j - 1]! > v; j--) nodes[j] = nodes[j - 1]!;
      nodes[j] = v;
    }
    const seedOrder = seeds.map((_, i) => i).sort((a, b) => seeds[a]!.cost - seeds[b]!.cost || a - b);
    const out = new Int32Array(seeds.length + nodes.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k++) {
      if (j === nodes.length || (i < seedOrder.length && seeds[seedOrder[i]!]!.cost <= distance[nodes[j]!]!)) out[k] = -seedOrder[i++]! - 1;
      else out[k] = nodes[j++]!;
    }
    return out;
  }

  /**
   * sortedAfresh()'s order, merged from two runs: the earlier field's candidates carried here
   * (seeds and carried nodes: the same distances, already in order) and the nodes settled anew
   * (few, sorted). Null where nothing was carried, or where the carried run is not in this
   * field's listing order (its nodes renumbered out of order between equal distances).
   */
  private keptInOrder(): Int32Array | null {
    const { kept, seeds, distance } = this;
    this.kept = null;
    if (!kept) return null;
    const { from, mapped, carried } = kept;
    const { node: oldNode, seed: oldSeed, distance: oldDistance } = from.cand;
    const rank = (id: number) => (id < 0 ? -id - 1 : seeds.length + id);
    const run = new Int32Array(oldNode.length);
    let runCount = 0;
    for (let i = 0; i < oldNode.length; i++) {
      const u = oldNode[i]!;
      const id = u < 0 ? -oldSeed[i]! - 1 : mapped[u]!;
      if (u >= 0 && id < 0) continue;
      if (runCount > 0) {
        const prev = run[runCount - 1]!;
        if (oldDistance[i] === (prev < 0 ? seeds[-prev - 1]!.cost : distance[prev]) && rank(id) < rank(prev)) return null;
      }
      run[runCount++] = id;
    }
    const fresh: number[] = [];
    for (let v = 0; v < distance.length; v++) if (distance[v] !== Infinity && !carried[v]) fresh.push(v);
    fresh.sort((a, b) => distance[a]! - distance[b]! || a - b);
    const out = new Int32Array(runCount + fresh.length);
    const key = (id: number) => (id < 0 ? seeds[-id - 1]!.cost : distance[id]!);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k++) {
      if (j === fresh.length || (i < runCount && (key(run[i]!) < distance[fresh[j]!]! || (key(run[i]!) === distance[fresh[j]!]! && rank(run[i]!) < rank(fresh[j]!))))) out[k] = run[i++]!;
      else out[k] = fresh[j++]!;
    }
    return out;
  }

  /**
   * Candidates in CELL-m cells (counting sort: by distance within a cell), copied in that order
   * so a cell's candidates lie together; each cell with its smallest distance, and each block of
   * BLOCK × BLOCK cells with the smallest of its cells'.
   */
  private bucket(): void {
    const { x, y, distance, prevX, prevY, nextX, nextY, order } = this.cand;
    const count = x.length;
    let { minX, minY, maxX, maxY } = coordinatesBox(x, y, count);
    if (count === 0) minX = minY = maxX = maxY = 0;
    const nx = Math.floor((maxX - minX) / CELL) + 1;
    const ny = Math.floor((maxY - minY) / CELL) + 1;
    // each candidate's cell, worked out once
    const cellOf = new Int32Array(count);
    const start = new Int32Array(nx * ny + 1);
    for (let i = 0; i < count; i++) {
      const c = Math.floor((x[i]! - minX) / CELL) + nx * Math.floor((y[i]! - minY) / CELL);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < nx * ny; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, nx * ny);
    // the arrays share two buffers (one allocation each, not nine)
    const floats = new Float64Array(7 * count);
    const ints = new Int32Array(2 * count);
    const cells: CandidateCells = {
      minX, minY, nx, ny, start,
      item: ints.subarray(0, count),
      x: floats.subarray(0, count),
      y: floats.subarray(count, 2 * count),
      distance: floats.subarray(2 * count, 3 * count),
      prevX: floats.subarray(3 * count, 4 * count),
      prevY: floats.subarray(4 * count, 5 * count),
      nextX: floats.subarray(5 * count, 6 * count),
      nextY: floats.subarray(6 * count, 7 * count),
      order: ints.subarray(count, 2 * count),
      minDistance: new Float64Array(nx * ny).fill(Infinity),
      minDistanceAll: count > 0 ? distance[0]! : Infinity,
      maxDistance: count > 0 ? distance[count - 1]! : -Infinity,
      maxX, maxY,
      hintNx: Math.floor((maxX - minX) / HINT_CELL) + 1,
      hintNy: Math.floor((maxY - minY) / HINT_CELL) + 1,
      blocksX: Math.ceil(nx / BLOCK),
      blockMin: new Float64Array(Math.ceil(nx / BLOCK) * Math.ceil(ny / BLOCK)).fill(Infinity),
    };
    for (let i = 0; i < count; i++) {
      const c = cellOf[i]!;
      const j = fill[c]!++;
      cells.item[j] = i;
      cells.x[j] = x[i]!;
      cells.y[j] = y[i]!;
      cells.distance[j] = distance[i]!;
      cells.prevX[j] = prevX[i]!;
      cells.prevY[j] = prevY[i]!;
      cells.nextX[j] = nextX[i]!;
      cells.nextY[j] = nextY[i]!;
      cells.order[j] = order[i]!;
      if (distance[i]! < cells.minDistance[c]!) cells.minDistance[c] = distance[i]!;
    }
    // a block's least distance is the least of its cells'
    for (let gy = 0, c = 0; gy < ny; gy++) {
      const row = cells.blocksX * Math.floor(gy / BLOCK);
      for (let gx = 0; gx < nx; gx++, c++) {
        const b = row + Math.floor(gx / BLOCK);
        if (cells.minDistance[c]! < cells.blockMin[b]!) cells.blockMin[b] = cells.minDistance[c]!;
      }
    }
    this.cells = cells;
    this.hintAt = new Int32Array(cells.hintNx * cells.hintNy).fill(-1);
  }

  /**
   * The shortest walk from a strictly free start point to any target, or null when none is
   * reachable. `atMost`: a bound the walk is known not to exceed (it only saves work).
   *
   * Each candidate's key (its distance plus the straight way to it) is a lower bound of the walk
   * through it, exact when it is visible, so the answer is the first visible candidate in key
   * order (of equal keys the first listed), along a tangent at its corner: a shortest path leaves
   * a corner only along one, and other candidates are hidden whenever they would be the answer.
   * The candidates are looked at in windows of keys, each taking only the cells that can hold a
   * key in it: the first up to the largest key (seen from here, untested) of the earlier answers
   * nearby, since in a desk row most points share their answer, or `atMost` if less; then ever
   * wider. A window decides the answer when it holds a visible candidate, since every smaller key
   * was in it or in an earlier one: which windows are taken changes only the work.
   */
  walkFrom(x: number, y: number, atMost = Infinity): FieldAnswer | null {
    const { scene, cells } = this;
    for (const [dx, dy] of this.nearestDeadEnds(x, y)) {
      if (scene.visible(x, y, dx, dy)) return null;
    }
    this.queryShadows.reset(x, y);
    this.tested = 0;
    // past this every key is in the window
    const all = cells.maxDistance + farthestCorner(x, y, cells);
    let from = -Infinity;
    let to = Math.min(this.hintedBound(x, y), atMost * (1 + 1e-9) + 1e-9);
    for (let width = FIRST_WINDOW; ; width *= 4) {
      if (to === Infinity) to = this.lowestKey(x, y) + width;
      if (to >= all) to = Infinity;
      const best = this.window(x, y, from, to);
      if (best >= 0) return this.answer(x, y, best);
      if (to === Infinity) break;
      from = to;
      to = from + width;
    }
    // Remember it only when it cost a search; the list stays short so checking it stays cheap.
    if (this.tested > 0 && this.deadEnds.length < MAX_DEAD_ENDS) this.deadEnds.push([x, y]);
    return null;
  }

  /**
   * The largest key from (x, y), along a tangent, of the earlier answers remembered in the hint
   * cells nearest it (its own cell's, else the nearest ring within HINT_RINGS holding any: one
   * answer near enough, in a desk row, is most often the answer, and a window up to the largest of
   * a whole ring took in a tenth more candidates); Infinity when there are none.
   */
  private hintedBound(x: number, y: number): number {
    const { cells, hintAt } = this;
    const { x: cx, y: cy, distance: cd, prevX, prevY, nextX, nextY, hintNx, hintNy } = cells;
    const hx = Math.floor((x - cells.minX) / HINT_CELL);
    const hy = Math.floor((y - cells.minY) / HINT_CELL);
    let bound = -Infinity;
    // its own cell, then rings further out until one holds an answer
    for (let ring = 0; ring <= HINT_RINGS && bound === -Infinity; ring++) {
      for (let gy = Math.max(0, hy - ring); gy <= Math.min(hintNy - 1, hy + ring); gy++) {
        // the ring's cells only: its top and bottom rows whole, the ends of the rows between
        const step = gy === hy - ring || gy === hy + ring ? 1 : 2 * ring;
        for (let gx = hx - ring; gx <= hx + ring; gx += step) {
          if (gx < 0 || gx >= hintNx) continue;
          const j = hintAt[gx + hintNx * gy]!;
          if (j < 0) continue;
          const dx = x - cx[j]!;
          const dy = y - cy[j]!;
          if ((dx * prevY[j]! - dy * prevX[j]!) * (dx * nextY[j]! - dy * nextX[j]!) < 0) continue;
          const k = cd[j]! + Math.sqrt(dx * dx + dy * dy);
          if (k > bound) bound = k;
        }
      }
    }
    return bound === -Infinity ? Infinity : bound;
  }

  /**
   * The first visible candidate (its place in the cells) of key over `from` and at most `to`, in
   * key order, of equal keys the first listed; -1 if none is.
   */
  private window(x: number, y: number, from: number, to: number): number {
    const { cells, scene, queryShadows: shadows } = this;
    const { minX, minY, nx, ny, start, blocksX, blockMin, minDistance } = cells;
    const { x: cx, y: cy, distance: cd, prevX, prevY, nextX, nextY, order } = cells;
    const blocksY = blockMin.length / blocksX;
    const blockSide = BLOCK * CELL;
    // a later window of the query skips what the blocked tests of earlier ones showed hidden
    const shaded = this.tested > 0;
    let picked = this.picked;
    let pickedKeys = this.pickedKeys;
    let count = 0;
    // only blocks within the bound less the smallest distance of all can hold a key under it
    // (with a metre to spare for rounding: the gaps decide)
    const reach = to - cells.minDistanceAll + 1;
    const bx0 = Math.max(0, Math.floor((x - reach - minX) / blockSide));
    const bx1 = Math.min(blocksX - 1, Math.floor((x + reach - minX) / blockSide));
    const by0 = Math.max(0, Math.floor((y - reach - minY) / blockSide));
    const by1 = Math.min(blocksY - 1, Math.floor((y + reach - minY) / blockSide));
    // a cell or candidate whose squared way is past (room + margin)² is past the room by far more
    // than rounding: ruled out without a square root (those nearer are decided as they always were)
    const margin = ROUGH_MARGIN * (1 + Math.abs(to));
    for (let by = by0; by <= by1; by++) {
      for (let bx = bx0; bx <= bx1; bx++) {
        if (!(blockMin[bx + blocksX * by]! + gapToBox(x, y, minX + bx * blockSide, minY + by * blockSide, blockSide) <= to)) continue;
        const gyEnd = Math.min((by + 1) * BLOCK, ny);
        const gxEnd = Math.min((bx + 1) * BLOCK, nx);
        for (let gy = by * BLOCK; gy < gyEnd; gy++) {
          // gapToBox's own steps, the row's part once
          const y0 = minY + gy * CELL;
          const gapY = y < y0 ? y0 - y : y > y0 + CELL ? y - y0 - CELL : 0;
          for (let gx = bx * BLOCK, c = gx + nx * gy; gx < gxEnd; gx++, c++) {
            const least = minDistance[c]!;
            // the gap only adds: a cell whose least distance is over the bound holds no key under it
            if (!(least <= to)) continue;
            const x0 = minX + gx * CELL;
            const gapX = x < x0 ? x0 - x : x > x0 + CELL ? x - x0 - CELL : 0;
            const gap2 = gapX * gapX + gapY * gapY;
            const cellRoom = to - least + margin;
            if (gap2 > cellRoom * cellRoom) continue;
            const whole = Math.sqrt(gap2);
            const gap = whole > GAP_SLACK ? whole - GAP_SLACK : 0;
            if (!(least + gap <= to)) continue;
            // a cell lists its candidates in order of distance: past the first whose distance
            // plus the gap exceeds the bound, none can come under it
            for (let j = start[c]!, end = start[c + 1]!; j < end; j++) {
              const d = cd[j]!;
              if (!(d + gap <= to)) break;
              const dx = x - cx[j]!;
              const dy = y - cy[j]!;
              const d2 = dx * dx + dy * dy;
              const room = to - d + margin;
              if (d2 > room * room) continue;
              // the tangency before the root: it rules out about half of what is left
              if ((dx * prevY[j]! - dy * prevX[j]!) * (dx * nextY[j]! - dy * nextX[j]!) < 0) continue;
              const k = d + Math.sqrt(d2);
              if (k <= from || k > to) continue;
              if (shaded && shadows.hides(cx[j]!, cy[j]!)) continue;
              if (count === picked.length) {
                const grown = new Int32Array(2 * count);
                grown.set(picked);
                const grownKeys = new Float64Array(2 * count);
                grownKeys.set(pickedKeys);
                this.picked = picked = grown;
                this.pickedKeys = pickedKeys = grownKeys;
              }
              picked[count] = j;
              pickedKeys[count] = k;
              count++;
            }
          }
        }
      }
    }
    // The first in key order is tested; when blocked, it goes, and so does every other its
    // blocker's wedge hides: the few blockers near the point hide most of the rest, so one pass
    // per test (dropping those, finding the next first) costs less than keeping them in order.
    const wedge = shadows.last;
    let blocked = false;
    for (;;) {
      let first = -1;
      let firstKey = Infinity;
      let firstOrder = 0;
      let kept = 0;
      for (let t = 0; t < count; t++) {
        const m = picked[t]!;
        if (blocked && wedge.hides(cx[m]!, cy[m]!)) continue;
        const k = pickedKeys[t]!;
        picked[kept] = m;
        pickedKeys[kept] = k;
        // by key, then by listing order
        // (the rank is read and compared at one place for both tests: a tie, rare, then finds
        // those operations' types known, and the compiled code does not give up at its first tie)
        if (k <= firstKey) {
          const rank = order[m]!;
          if (rank < firstOrder || k < firstKey) {
            first = kept;
            firstKey = k;
            firstOrder = rank;
          }
        }
        kept++;
      }
      count = kept;
      if (first < 0) return -1;
      const j = picked[first]!;
      this.tested++;
      if (scene.visible(x, y, cx[j]!, cy[j]!)) return j;
      wedge.reset(x, y);
      scene.shadowOfLastBlocker(shadows);
      blocked = true;
      count--;
      picked[first] = picked[count]!;
      pickedKeys[first] = pickedKeys[count]!;
    }
  }

  /** The smallest key a candidate can have from (x, y), by blocks. */
  private lowestKey(x: number, y: number): number {
    const { minX, minY, blocksX, blockMin } = this.cells;
    const blockSide = BLOCK * CELL;
    let lowest = Infinity;
    for (let b = 0; b < blockMin.length; b++) {
      const k = blockMin[b]! + gapToBox(x, y, minX + (b % blocksX) * blockSide, minY + Math.floor(b / blocksX) * blockSide, blockSide);
      if (k < lowest) lowest = k;
    }
    return lowest;
  }

  /**
   * A lower bound of the walking distance from any free point of the box to a target: every walk
   * leaves through some candidate (a node or a seed) it can see, so it is at least the smallest
   * candidate distance plus that candidate's distance from the box, visibility ignored.
   */
  lowerBoundFromBox(minX: number, minY: number, maxX: number, maxY: number): number {
    const { x: cx, y: cy, distance: cd } = this.cand;
    let best = Infinity;
    // candidates are sorted by distance: none past the current best can beat it
    for (let i = 0; i < cx.length && cd[i]! < best; i++) {
      const dx = cx[i]! < minX ? minX - cx[i]! : cx[i]! > maxX ? cx[i]! - maxX : 0;
      const dy = cy[i]! < minY ? minY - cy[i]! : cy[i]! > maxY ? cy[i]! - maxY : 0;
      const k = cd[i]! + Math.sqrt(dx * dx + dy * dy);
      if (k < best) best = k;
    }
    return best;
  }

  /**
   * Whether a walk from (x, y) of at most `bound` may go where the earlier field (the one this
   * field carried its nodes from) could not: through a candidate under the bound, visible and
   * tangent, that is a node new or nearer than it was there, or whose straight way from (x, y)
   * crosses one of `opened` (boxes where obstacles went). Any other candidate under the bound
   * was no nearer before and, its way crossing nothing that opened, was visible before if it is
   * now: so it offered a walk no longer then.
   */
  mayOpen(x: number, y: number, bound: number, opened: readonly Box[]): boolean {
    const { cand, scene } = this;
    const { x: cx, y: cy, distance: cd } = cand;
    // nodes new or nearer than before: few, each tried whatever its way from (x, y)
    for (const i of this.nearerCandidates()) {
      if (cd[i]! > bound) break;
      if (this.offers(i, x, y, bound) && scene.visible(x, y, cx[i]!, cy[i]!)) return true;
    }
    // the others only where their way from (x, y) crosses a box that opened: such a way is at
    // least the way to the box plus the way from it, so only the candidates whose distance plus
    // their way to the box fits in what the bound leaves are looked at (any one of them decides:
    // the order they are looked at in changes only the work)
    for (const box of opened) {
      const { order, keys, ends, width } = this.byBox(box);
      const room = bound - boxGap(box, x, y) + ROOM_SLACK * (1 + bound);
      // a key at most the room lies in the room's bucket or an earlier one
      const end = ends[bucketOf(room, width, order.length)]!;
      for (let j = 0; j < end; j++) {
        if (!(keys[j]! <= room)) continue;
        const i = order[j]!;
        if (segmentMeetsBox(x, y, cx[i]!, cy[i]!, box) && this.offers(i, x, y, bound) && scene.visible(x, y, cx[i]!, cy[i]!)) return true;
      }
    }
    return false;
  }

  private readonly boxOrders = new Map<Box, BoxOrder>();

  /** candidates by their distance plus their way to the box (grown by BOX_SLACK), in buckets of keys */
  private byBox(box: Box): BoxOrder {
    let known = this.boxOrders.get(box);
    if (known) return known;
    const { x: cx, y: cy, distance: cd } = this.cand;
    const count = cx.length;
    const all = new Float64Array(count);
    let largest = 0;
    for (let i = 0; i < count; i++) {
      all[i] = cd[i]! + boxGap(box, cx[i]!, cy[i]!);
      if (all[i]! > largest) largest = all[i]!;
    }
    // about one candidate a bucket
    const width = largest / (count + 1) || 1;
    const ends = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) ends[bucketOf(all[i]!, width, count)]!++;
    for (let b = 1; b <= count; b++) ends[b]! += ends[b - 1]!;
    const order = new Int32Array(count);
    const keys = new Float64Array(count);
    for (let i = count - 1; i >= 0; i--) {
      const j = --ends[bucketOf(all[i]!, width, count)]!;
      order[j] = i;
      keys[j] = all[i]!;
    }
    // ends[b] now starts bucket b: shift to where it ends
    ends.copyWithin(0, 1);
    ends[count] = count;
    known = { order, keys, ends, width };
    this.boxOrders.set(box, known);
    return known;
  }

  /** Candidate i offers (x, y) a walk of at most `bound`, along a tangent at its corner. */
  private offers(i: number, x: number, y: number, bound: number): boolean {
    const { x: cx, y: cy, distance: cd, prevX, prevY, nextX, nextY } = this.cand;
    const dx = x - cx[i]!;
    const dy = y - cy[i]!;
    if (cd[i]! + Math.sqrt(dx * dx + dy * dy) > bound) return false;
    return (dx * prevY[i]! - dy * prevX[i]!) * (dx * nextY[i]! - dy * nextX[i]!) >= 0;
  }

  private nearer: number[] | null = null;

  /** candidates (in order) that are nodes new or nearer than in the earlier field (all nodes when nothing was carried) */
  private nearerCandidates(): number[] {
    if (this.nearer) return this.nearer;
    const { earlier, distance } = this;
    const { node } = this.cand;
    const out: number[] = [];
    for (let i = 0; i < node.length; i++) {
      const v = node[i]!;
      if (v >= 0 && (earlier === null || distance[v]! < earlier[v]!)) out.push(i);
    }
    return (this.nearer = out);
  }

  /** The answer through the candidate at place j of the cells; remembered as the hint of (x, y)'s cell. */
  private answer(x: number, y: number, j: number): FieldAnswer {
    const { cand, cells } = this;
    const hx = Math.floor((x - cells.minX) / HINT_CELL);
    const hy = Math.floor((y - cells.minY) / HINT_CELL);
    if (hx >= 0 && hx < cells.hintNx && hy >= 0 && hy < cells.hintNy) this.hintAt[hx + cells.hintNx * hy] = j;
    const best = cells.item[j]!;
    const walked = cand.distance[best]! + vectorLength(x - cand.x[best]!, y - cand.y[best]!);
    return new LazyAnswer(walked, this.targetOf(best), this, best);
  }

  private targetsOfNodes: Int32Array | null = null;

  /** per reachable node: the index of the target it walks to (-1 where unreachable), worked out once */
  nodeTargets(): Int32Array {
    if (this.targetsOfNodes) return this.targetsOfNodes;
    const { via, distance, seeds } = this;
    const out = new Int32Array(distance.length).fill(-1);
    // a node's target is its previous hop's: follow each chain to the first node already known
    const chain: number[] = [];
    for (let v = 0; v < out.length; v++) {
      if (out[v]! >= 0 || distance[v] === Infinity) continue;
      chain.length = 0;
      let u = v;
      while (via[u]! >= 0 && out[u]! < 0) {
        chain.push(u);
        u = via[u]!;
      }
      const target = out[u]! >= 0 ? out[u]! : seeds[-via[u]! - 1]!.target;
      out[u] = target;
      for (const w of chain) out[w] = target;
    }
    return (this.targetsOfNodes = out);
  }

  private targetOf(candidate: number): number {
    const v = this.cand.node[candidate]!;
    return v < 0 ? this.seeds[this.cand.seed[candidate]!]!.target : this.nodeTargets()[v]!;
  }

  private chains: (Float64Array | undefined)[] = [];

  /** hopsFrom(candidate) flat (x, y), one array per candidate: walks carried over keep it, so it is shared */
  chainFrom(candidate: number): Float64Array {
    let chain = this.chains[candidate];
    if (chain) return chain;
    const hops = this.hopsFrom(candidate);
    chain = new Float64Array(2 * hops.length);
    hops.forEach((h, i) => {
      chain![2 * i] = h[0];
      chain![2 * i + 1] = h[1];
    });
    this.chains[candidate] = chain;
    return chain;
  }

  /** The points from a candidate back to its target's seed. */
  hopsFrom(candidate: number): Point[] {
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
    const all = this.deadEnds;
    if (all.length <= DEAD_ENDS_TRIED) return all;
    // the few nearest, kept in order without sorting (or copying) the whole list
    const near = this.nearDeadEnds;
    near.length = 0;
    const dist: number[] = [];
    for (const p of all) {
      const d = vectorLength(p[0] - x, p[1] - y);
      if (near.length === DEAD_ENDS_TRIED && d >= dist[DEAD_ENDS_TRIED - 1]!) continue;
      if (near.length < DEAD_ENDS_TRIED) {
        near.push(p);
        dist.push(d);
      }
      let at = near.length - 1;
      for (; at > 0 && dist[at - 1]! > d; at--) {
        near[at] = near[at - 1]!;
        dist[at] = dist[at - 1]!;
      }
      near[at] = p;
      dist[at] = d;
    }
    return near;
  }

}

/** Relative room left for rounding when candidates are ruled out by their way to a box. */
const ROOM_SLACK = 1e-9;

/** The bucket of a key (0 to last): never before that of a smaller key. */
function bucketOf(key: number, width: number, last: number): number {
  return Math.max(0, Math.min(last, Math.floor(key / width)));
}

/** Candidates grouped by bucket of key (bucket b: keys in [b·width, (b + 1)·width), the first open below, the last above), buckets in order. */
interface BoxOrder {
  /** candidate at each place, and its key */
  order: Int32Array;
  keys: Float64Array;
  /** per bucket, the place past its last candidate */
  ends: Int32Array;
  width: number;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Distance from (x, y) to the box grown by BOX_SLACK (0 inside). */
function boxGap(b: Box, x: number, y: number): number {
  const dx = x < b.minX - BOX_SLACK ? b.minX - BOX_SLACK - x : x > b.maxX + BOX_SLACK ? x - b.maxX - BOX_SLACK : 0;
  const dy = y < b.minY - BOX_SLACK ? b.minY - BOX_SLACK - y : y > b.maxY + BOX_SLACK ? y - b.maxY - BOX_SLACK : 0;
  return Math.sqrt(dx * dx + dy * dy);
}


/** Candidates in cells: each cell's at [start[c], start[c + 1]) of the arrays, by distance. */
export interface CandidateCells {
  minX: number;
  minY: number;
  nx: number;
  ny: number;
  start: Int32Array;
  /** the candidate (index in the field's distance order) at each place */
  item: Int32Array;
  x: Float64Array;
  y: Float64Array;
  distance: Float64Array;
  prevX: Float64Array;
  prevY: Float64Array;
  nextX: Float64Array;
  nextY: Float64Array;
  order: Int32Array;
  /** per cell, the smallest distance in it (Infinity when empty) */
  minDistance: Float64Array;
  /** the smallest and largest distance of all, and the far corner of the candidates' box */
  minDistanceAll: number;
  maxDistance: number;
  maxX: number;
  maxY: number;
  /** columns and rows of the hint cells */
  hintNx: number;
  hintNy: number;
  /** blocks of BLOCK × BLOCK cells, per row; per block, the smallest distance in it */
  blocksX: number;
  blockMin: Float64Array;
}

/**
 * Distance from (x, y) to the square of this side at (x0, y0), less GAP_SLACK (0 inside): never
 * more than the computed distance to a point filed in it, so a bound from it is never above a key.
 */
function gapToBox(x: number, y: number, x0: number, y0: number, side: number): number {
  const dx = x < x0 ? x0 - x : x > x0 + side ? x - x0 - side : 0;
  const dy = y < y0 ? y0 - y : y > y0 + side ? y - y0 - side : 0;
  const gap = Math.sqrt(dx * dx + dy * dy);
  return gap > GAP_SLACK ? gap - GAP_SLACK : 0;
}

/** Shadows that also keep the last wedge added on its own (reset it before the blocker's is added). */
class LastShadows extends Shadows {
  readonly last = new Shadows();

  override add(x0: number, y0: number, x1: number, y1: number): void {
    super.add(x0, y0, x1, y1);
    this.last.add(x0, y0, x1, y1);
  }
}

/** The distance from (x, y) to the farthest corner of the cells' candidates' box. */
function farthestCorner(x: number, y: number, cells: CandidateCells): number {
  const dx = Math.max(Math.abs(x - cells.minX), Math.abs(x - cells.maxX));
  const dy = Math.max(Math.abs(y - cells.minY), Math.abs(y - cells.maxY));
  return Math.sqrt(dx * dx + dy * dy);
}

/** Cells over the nodes and seeds, about 24 to a cell (fewer, larger cells: an offer and a search run over every cell). */
function cellGeometry(nx: Float64Array, ny: Float64Array, seeds: readonly FieldSeed[]): CellGeometry {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const take = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  for (let v = 0; v < nx.length; v++) take(nx[v]!, ny[v]!);
  for (const s of seeds) take(s.x, s.y);
  if (minX === Infinity) minX = minY = maxX = maxY = 0;
  return new CellGeometry(minX, minY, maxX, maxY, nx.length + seeds.length, 24);
}

/** How many hops of earlier fields are kept per node (knownHopsOf). */
const KNOWN_HOPS = 4;
const knownHops = new WeakMap<NavScene, Int32Array>();

/** Per node of the scene, KNOWN_HOPS slots: the nodes it walked through in the scene's fields so far, -1 past the last. */
function knownHopsOf(scene: NavScene): Int32Array {
  let hops = knownHops.get(scene);
  if (!hops) knownHops.set(scene, (hops = new Int32Array(KNOWN_HOPS * scene.nodeCount).fill(-1)));
  return hops;
}

/**
 * Each reachable node's hop, where a node (via ≥ 0), into its slots unless there already; the
 * oldest goes when they are full. (An unreachable node has no hop: its via means nothing.)
 */
function rememberHops(hops: Int32Array, via: Int32Array, distance: Float64Array): void {
  for (let v = 0; v < via.length; v++) {
    const u = via[v]!;
    if (u < 0 || distance[v] === Infinity) continue;
    const first = KNOWN_HOPS * v;
    let k = first;
    while (k < first + KNOWN_HOPS && hops[k]! >= 0 && hops[k] !== u) k++;
    if (k < first + KNOWN_HOPS && hops[k] === u) continue;
    if (k === first + KNOWN_HOPS) k--;
    // newest first: shift the others down
    for (; k > first; k--) hops[k] = hops[k - 1]!;
    hops[first] = u;
  }
}

function sameSeeds(a: readonly FieldSeed[], b: readonly FieldSeed[]): boolean {
  return a.length === b.length && a.every((s, i) => s.x === b[i]!.x && s.y === b[i]!.y && s.cost === b[i]!.cost && s.target === b[i]!.target);
}

/** An answer whose hops are built only when read: most callers want the distance and the target alone. */
class LazyAnswer implements FieldAnswer {
  private built: Point[] | null = null;
  constructor(
    readonly distance: number,
    readonly target: number,
    private readonly field: DistanceField,
    private readonly candidate: number,
  ) {}
  get hops(): Point[] {
    return (this.built ??= this.field.hopsFrom(this.candidate));
  }
  get chain(): Float64Array {
    return this.field.chainFrom(this.candidate);
  }
}

/** boxes flat: minX, minY, maxX, maxY by turns */
function flatBoxes(boxes: readonly Box[]): Float64Array {
  const flat = new Float64Array(4 * boxes.length);
  boxes.forEach((b, k) => flat.set([b.minX, b.minY, b.maxX, b.maxY], 4 * k));
  return flat;
}

/** Whether the segment (ax, ay)–(bx, by) meets one of the boxes (flat), each as segmentMeetsBox() finds it. */
function segmentMeetsBoxes(ax: number, ay: number, bx: number, by: number, boxes: Float64Array): boolean {
  for (let k = 0; k < boxes.length; k += 4) if (segmentMeetsRect(ax, ay, bx, by, boxes[k]!, boxes[k + 1]!, boxes[k + 2]!, boxes[k + 3]!)) return true;
  return false;
}

/** The key settled point s offers the point (x, y), as bestOffer() works it out. */
function offerKey(settled: Settled, s: number, x: number, y: number): number {
  const dx = x - settled.x[s]!;
  const dy = y - settled.y[s]!;
  return settled.distance[s]! + Math.sqrt(dx * dx + dy * dy);
}

/** Whether the box (minX, minY)–(maxX, maxY) meets one of the boxes (flat), each grown by BOX_SLACK. */
function boxesMeetBox(minX: number, minY: number, maxX: number, maxY: number, boxes: Float64Array): boolean {
  for (let k = 0; k < boxes.length; k += 4) {
    if (!(boxes[k]! - BOX_SLACK > maxX || boxes[k + 2]! + BOX_SLACK < minX || boxes[k + 1]! - BOX_SLACK > maxY || boxes[k + 3]! + BOX_SLACK < minY)) return true;
  }
  return false;
}

// Walking distance on a floor (egress analysis): the shortest path through free space from any
// point to the nearest of a set of targets (exits, doors), for the fire, reach and access rules.
// Free space and its obstacles: freeSpace.ts; the indexed geometry and the visibility graph:
// navScene.ts; the distance field over it: navField.ts.
import { vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { LinkCache } from './linkCache.ts';
import { DistanceField, NODE_CHANGED, NODE_KEPT, NODE_WALKABLE, type CarriedNodes, type FieldAnswer, type FieldSeed } from './navField.ts';
import { NavScene, OBSTACLE_MARGIN } from './navScene.ts';

export interface NavTarget {
  id: string;
  /** an exit or a door: a point on a wall, a core or the outline */
  at: Point;
  width: number;
}

export interface NavResult {
  /** shortest path length through free space; Infinity when unreachable */
  walking: number;
  /** straight-line distance to the target the walking path reaches (to the nearest target when unreachable) */
  straight: number;
  /** straight-line distance to the nearest target, ignoring obstacles */
  nearestStraight: number;
  /** target reached by the shortest walking path */
  targetId: string | null;
  /** the polyline from the query point to the target (empty when unreachable) */
  path: Point[];
  /** where the target reached lies (null when unreachable) */
  targetAt: Point | null;
}

export interface NavField {
  /** `atMost`: a bound the walking distance from p is known not to exceed (it only saves work) */
  query(p: Point, atMost?: number): NavResult;
  /**
   * query(points[i]) into results[i] for every i, in order, with its walk's length and target id
   * in walking[i] and targetIds[i] (read from the answers kept, not from each result object)
   */
  queryEach(points: readonly Point[], results: (NavResult | null)[], walking: Float64Array, targetIds: (string | null)[]): void;
  /** every answer is kept for the next update: answering all points then costs least over a run of edits */
  readonly remembers: boolean;
}

export interface FloorNavigation {
  floor: Floor;
  /** true when p is inside the outline and outside every obstacle (walls with door openings cut, cores, desks) */
  isFree(p: Point): boolean;
  /** isFree at p and at the four points r away along the axes */
  isFreeAround(p: Point, r: number): boolean;
  /** Distance field to a fixed set of targets, built once, queried many times (thousands of occupant points). */
  field(targets: NavTarget[]): NavField;
  /**
   * How much longer a walk from `a` can be than one from `b` when `a` sees `b`: walking(a) ≤
   * link(a, b) + walking(b) for every field. Infinity when the straight way between them is blocked.
   */
  link(a: Point, b: Point): number;
  /** link(b, a), from the same measurement as link(a, b): walking(a) ≥ walking(b) − linkBack(a, b) */
  linkBack(a: Point, b: Point): number;
  /**
   * link and linkBack between the points of one list, by index: each point's start and its links
   * are looked up once per list, not once per link (the bounds ask for thousands). The same values
   * as link(points[i], points[j]), from the same cache.
   */
  linksAmong(points: readonly Point[]): PointLinks;
  /** how many incremental updates lie between this navigation and one built from nothing */
  readonly generation: number;
  /** @internal the indexed geometry (the next update re-uses its unchanged parts) */
  readonly scene: NavScene;
  /** @internal the fields asked for so far, by their targets, with their answers (for the next update) */
  readonly fields: Map<string, FieldEntry>;
  /** @internal links measured so far, by their two points (for the next update) */
  readonly links: LinkCache;
  /** @internal ids of the points walked from, shared with the updates built from this navigation */
  readonly pointIds: PointIds;
  /** Stops re-using the previous navigation's answers and lets it go (call when a check is done). */
  seal(): void;
}

export interface NavigationOptions {
  /** desks block walking (default true) */
  includeDesks?: boolean;
  /** keep every answer, for a later update to re-use (default: only when this is an update) */
  remember?: boolean;
}

/** A box (m) round obstacles that came or went between two versions of a floor. */
export interface ChangedBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The obstacles that differ from the floor an earlier navigation was built for. */
export interface NavigationUpdate {
  previous: FloorNavigation;
  /** boxes round obstacles of the previous floor that are gone or moved */
  removed: ChangedBox[];
  /** boxes round obstacles of this floor that are new or moved */
  added: ChangedBox[];
}

/** link and linkBack by index into a list of points (FloorNavigation.linksAmong). */
export interface PointLinks {
  link(i: number, j: number): number;
  linkBack(i: number, j: number): number;
}

/** @internal */
export interface FieldEntry {
  targets: NavTarget[];
  /** the Dijkstra over this navigation's scene, built when a query first needs it */
  distanceField(): DistanceField;
  /** answers by query point's id (by identity: re-checks pass the same point objects for what did not change) */
  answers: Answers;
  /** the earlier answers that may still hold (null once sealed) */
  reuse: Reuse | null;
  /** whether the Dijkstra has been built */
  isBuilt(): boolean;
  /** builds the Dijkstra now when it would otherwise hold on to a chain of earlier fields (called at seal) */
  compact(): void;
}

/** A query point this close (m) to a changed box is answered afresh (its start point may move). */
const NEAR_CHANGE = 0.05;
/** A change this close (m) to a target may move the target's seeds: that field is built afresh. */
const NEAR_TARGET = 1;

/** A point on an edge as drawn lies this far inside the grown obstacle; snapping looks this far. */
const START_SNAP = 3 * OBSTACLE_MARGIN;
/** A target off free space (inside a wall, just outside the outline) still counts within this distance (m). */
const TARGET_REACH = 0.5;
/** A target inside a wall reaches both faces: faces up to this much farther than the nearest one count (m). */
const TARGET_FACE_SPREAD = 0.06;
/** Seeds of one target closer than this (m) are one seed. */
const SEED_MERGE = 0.01;

export function buildFloorNavigation(floor: Floor, options: NavigationOptions = {}, update?: NavigationUpdate): FloorNavigation {
  let usable = update;
  const scene = new NavScene(
    floor,
    { includeDesks: options.includeDesks ?? true },
    usable ? { previous: usable.previous.scene, boxes: [...usable.removed, ...usable.added] } : undefined,
  );
  const generation = usable ? usable.previous.generation + 1 : 0;
  const remember = options.remember ?? !!usable;
  // walking(p) = |p − start(p)| + the field's distance from start(p), and the field's distance
  // from start(a) is at most |start(a) − start(b)| plus that from start(b) when they see each other
  const linkBetween = (ax: number, ay: number, sax: number, say: number, bx: number, by: number, sbx: number, sby: number): number => {
    if (!scene.visible(sax, say, sbx, sby)) return Infinity;
    return vectorLength(sax - ax, say - ay) + vectorLength(sbx - sax, sby - say) - vectorLength(bx - sbx, by - sby);
  };
  // link(a, b) = |a − sa| + |sa − sb| − |b − sb|, and link(b, a) swaps the ends
  const backFrom = (forward: number, ax: number, ay: number, sax: number, say: number, bx: number, by: number, sbx: number, sby: number): number =>
    forward + 2 * (vectorLength(bx - sbx, by - sby) - vectorLength(ax - sax, ay - say));
  // a link from before the change holds when the change is clear of both ends and the way between
  const linkFromBefore = (a: Point, b: Point): number | undefined => {
    const value = usable?.previous.links.valueOf(a, b);
    return value !== undefined && linkUnchanged(usable!, a, b) ? value : undefined;
  };
  const fields = new Map<string, FieldEntry>();
  const pointIds = usable && !usable.previous.pointIds.overgrown(usable.previous.fields) ? usable.previous.pointIds : new PointIds();
  // kept always: the fields of a floor bound the same grid points from the same neighbours, and
  // walk from the same occupant and grid points to several target sets: each point's start is
  // found once, filed by its link id (one look-up by identity serves its links and its walks)
  const links = new LinkCache((p) => startPoint(scene, p));
  /** the last list linksAmong was given, with its points' ids as far as they were looked up */
  let lastList: { points: readonly Point[]; ids: Int32Array } | null = null;
  /** the link between the points of ids a and b (p and q), measured once */
  const linkOf = (a: number, p: Point, b: number, q: Point): number => {
    const entry = links.entryOf(a, b);
    if (entry !== -1) return links.valueAt(entry);
    const value = linkFromBefore(p, q) ??
      (links.hasStart(a, p) && links.hasStart(b, q) ? linkBetween(p[0], p[1], links.startX[a]!, links.startY[a]!, q[0], q[1], links.startX[b]!, links.startY[b]!) : Infinity);
    links.add(a, b, value);
    return value;
  };
  /** linkBack from the link (a, b), when finite (one carried from before may not have had its starts looked up yet) */
  const backOf = (forward: number, a: number, p: Point, b: number, q: Point): number =>
    Number.isFinite(forward) && links.hasStart(a, p) && links.hasStart(b, q)
      ? backFrom(forward, p[0], p[1], links.startX[a]!, links.startY[a]!, q[0], q[1], links.startX[b]!, links.startY[b]!)
      : Infinity;
  return {
    floor,
    generation,
    scene,
    fields,
    links,
    pointIds,
    seal() {
      usable = undefined;
      for (const entry of fields.values()) {
        entry.reuse = null;
        entry.compact();
      }
    },
    isFree: (p) => scene.isFree(p[0], p[1]),
    isFreeAround: (p, r) => scene.isFreeAround(p[0], p[1], r),
    link(p, q) {
      return linkOf(links.idOf(p), p, links.idOf(q), q);
    },
    linkBack(p, q) {
      const a = links.idOf(p);
      const b = links.idOf(q);
      return backOf(linkOf(a, p, b, q), a, p, b, q);
    },
    linksAmong(points) {
      // each point's id looked up once per list (id + 1; 0: not yet); the analyses often pass the
      // same points in the same order again (the seats), so a point at the place it held in the
      // last list takes its id from there without a look-up
      const ids = new Int32Array(points.length);
      const last = lastList;
      if (last) {
        const n = Math.min(points.length, last.points.length);
        for (let i = 0; i < n; i++) if (points[i] === last.points[i]) ids[i] = last.ids[i]!;
      }
      // a copy: the caller's array may change after its links are read
      lastList = { points: points.slice(), ids };
      const idAt = (i: number): number => {
        let id = ids[i]! - 1;
        if (id === -1) ids[i] = (id = links.idOf(points[i]!)) + 1;
        return id;
      };
      const link = (i: number, j: number): number => linkOf(idAt(i), points[i]!, idAt(j), points[j]!);
      return {
        link,
        linkBack: (i, j) => backOf(link(i, j), idAt(i), points[i]!, idAt(j), points[j]!),
      };
    },
    field(targets) {
      const key = targetsKey(targets);
      let built: DistanceField | null = null;
      const before = usable ? usable.previous.fields.get(key) : undefined;
      const test = usable && before && !usable.added.concat(usable.removed).some((b) => targets.some((t) => boxDistance(b, t.at[0], t.at[1]) < NEAR_TARGET))
        ? new ChangeTest(usable.added, usable.removed, before, scene, () => distanceField(), pointIds)
        : null;
      // the earlier field, until this one is built from it (then let go: no chain of old fields)
      let from = test && before ? { test, before } : null;
      const distanceField = (): DistanceField => {
        if (built) return built;
        const seeds = targets.flatMap((target, i) => targetSeeds(scene, target, i));
        // nodes whose walk the change cannot alter keep their distance: the Dijkstra settles only the rest
        const link = from;
        const carried = link ? new CarriedByTest(link.before.distanceField(), link.test, targets) : undefined;
        built = new DistanceField(scene, seeds, carried);
        from = null;
        return built;
      };
      const entry: FieldEntry = {
        targets, distanceField, answers: new Answers(pointIds, targets, before ? before.answers.count : 0), reuse: test,
        isBuilt: () => built !== null,
        // an unbuilt field waits on the earlier one; if that too is unbuilt, the waits would chain
        compact: () => {
          if (!built && from && !from.before.isBuilt()) distanceField();
        },
      };
      fields.set(key, entry);
      // the targets' places, flat (every walk looks for the nearest), taken when the seeds are
      let places: Float64Array | null = null;
      const fresh = (p: Point, atMost = Infinity): NavResult => {
        const field = distanceField();
        return walk(links, field, targets, (places ??= targetPlaces(targets)), p, atMost);
      };
      /** the place of p's answer among the field's answers, answered now if it was not yet */
      const answerPlace = (p: Point, atMost?: number): number => {
        const { reuse, answers } = entry;
        // most points: the next earlier answer, carried on its numbers alone
        const next = reuse ? reuse.carryNext(p, answers) : -1;
        if (next >= 0) return next;
        // p's place among the earlier answers where it comes next there (re-checks ask in much
        // the same order), and then its id from there: no look-up by identity
        const earlier = reuse ? reuse.placeNext(p) : -1;
        const id = earlier >= 0 && reuse!.sharesIds ? reuse!.idAt(earlier) : pointIds.idOf(p);
        const known = answers.placeOf(id);
        if (known >= 0) return known;
        if (!(reuse && reuse.carry(p, id, earlier, answers))) answers.add(id, p, fresh(p, atMost));
        return answers.count - 1;
      };
      return {
        remembers: remember,
        query(p, atMost) {
          return remember ? entry.answers.results[answerPlace(p, atMost)]! : fresh(p, atMost);
        },
        queryEach(points, results, walking, targetIds) {
          if (!remember) {
            for (let i = 0; i < points.length; i++) {
              const r = fresh(points[i]!);
              results[i] = r;
              walking[i] = r.walking;
              targetIds[i] = r.targetId;
            }
            return;
          }
          for (let i = 0; i < points.length; i++) {
            // the points asked in the earlier order whose answers stand, carried in one loop; the
            // point that ends such a run is answered one by one, as query() does
            const { reuse } = entry;
            if (reuse && (i = reuse.carryRun(points, i, entry.answers, results, walking, targetIds)) === points.length) break;
            // the length and target from the answers' own arrays: the result object itself (one
            // of thousands carried, scattered in memory) is not read
            const k = answerPlace(points[i]!);
            const { answers } = entry;
            results[i] = answers.results[k]!;
            walking[i] = answers.walkingAt(k);
            targetIds[i] = answers.targetIdAt(k);
          }
        },
      };
    },
  };
}

/**
 * Small ids for the points walked from, by identity, shared by a navigation and the updates built
 * from it: a point kept across an edit keeps its id, which an update reads from the earlier
 * answers (found in the order they were asked) instead of filing the point in a Map per field
 * (the inserts took about 5 % of a desk re-check). Ids are never reused, so points gone
 * pile up: an update starts afresh once they outnumber the points its navigation answered.
 */
export class PointIds {
  private readonly ids = new Map<Point, number>();
  /** ids given so far */
  count = 0;

  /** p's id, given on first sight */
  idOf(p: Point): number {
    let id = this.ids.get(p);
    if (id === undefined) {
      id = this.count++;
      this.ids.set(p, id);
    }
    return id;
  }

  /** p's id, -1 where it has none */
  find(p: Point): number {
    return this.ids.get(p) ?? -1;
  }

  /** whether the ids given are many more than the points answered in these fields (then an update starts afresh) */
  overgrown(fields: ReadonlyMap<string, FieldEntry>): boolean {
    let answered = 0;
    for (const entry of fields.values()) answered += entry.answers.count;
    return this.count > 2 * answered + PointIds.ROOM;
  }

  /** ids given beyond twice the points answered before starting afresh */
  static readonly ROOM = 4096;
}

/** How an answer may be carried to the next update: not at all (unreachable), measured here (carried as a CarriedResult), carried already. */
const NOT_CARRIED = 0;
const MEASURED = 1;
const CARRIED = 2;

/** Answers.numbers: per answer, NUMBERS of them, at these offsets. */
const NUMBERS = 5;
const AT_X = 0;
const AT_Y = 1;
const WALKING = 2;
const TO_X = 3;
const TO_Y = 4;

/**
 * A field's answers, in the order first asked, with their points' ids (so that the next update,
 * asking in much the same order, finds most of them and their ids without a look-up), and each
 * id's place. What the next update's change test reads of an answer (its length, where its
 * target lies, how it may be carried) is kept in flat arrays beside it: most answers are carried
 * on those numbers alone, their objects never read.
 */
class Answers {
  /** per place: the point and its answer (made as long as the earlier field's answers, and written by place: not grown by push) */
  readonly points: Point[];
  readonly results: NavResult[];
  /** per place: the answer's target, by its index in `targets` (-1: none) */
  targetOf: Int32Array;
  /** answers given */
  count = 0;

  /**
   * the answer's target id at that place, as the answer has it (a field re-uses earlier answers
   * only for the very same targets, ids in the same order: an index kept is the same target's)
   */
  targetIdAt(place: number): string | null {
    const t = this.targetOf[place]!;
    return t < 0 ? null : this.targets[t]!.id;
  }

  /** the walk's length of the answer at that place */
  walkingAt(place: number): number {
    return this.numbers[NUMBERS * place + WALKING]!;
  }
  /** per place: the point's id, how it may be carried */
  ids: Int32Array;
  carries: Uint8Array;
  /**
   * per place, NUMBERS apart (side by side: a carried answer's are read and copied together): the
   * point's coordinates, the walk's length, its target's coordinates (AT_X, AT_Y, WALKING, TO_X, TO_Y)
   */
  numbers: Float64Array;
  /** per point id: its place + 1 (0: not answered) */
  private places = new Int32Array(0);

  /** `expected`: about how many answers will be given (the earlier field's count) */
  constructor(
    readonly pointIds: PointIds,
    /** the field's targets */
    private readonly targets: readonly NavTarget[],
    expected = 0,
  ) {
    const room = Math.max(expected, 64);
    this.points = new Array<Point>(room);
    this.results = new Array<NavResult>(room);
    this.targetOf = new Int32Array(room);
    this.ids = new Int32Array(room);
    this.carries = new Uint8Array(room);
    this.numbers = new Float64Array(NUMBERS * room);
  }

  /** where the point of this id lies in `points`, -1 if it was not answered */
  placeOf(id: number): number {
    return id < this.places.length ? this.places[id]! - 1 : -1;
  }

  /** where p lies in `points`, -1 if it was not answered */
  placeOfPoint(p: Point): number {
    const id = this.pointIds.find(p);
    return id < 0 ? -1 : this.placeOf(id);
  }

  /** p's answer (p, of that id, not answered yet) */
  add(id: number, p: Point, answer: NavResult): void {
    const k = this.append(id, p, answer);
    const at = answer.targetAt;
    this.targetOf[k] = answer instanceof WalkResult || answer instanceof CarriedResult ? answer.targetIndex : -1;
    const { numbers } = this;
    const n = NUMBERS * k;
    numbers[n + AT_X] = p[0];
    numbers[n + AT_Y] = p[1];
    numbers[n + WALKING] = answer.walking;
    numbers[n + TO_X] = at ? at[0] : NaN;
    numbers[n + TO_Y] = at ? at[1] : NaN;
    this.carries[k] = answer instanceof CarriedResult ? CARRIED : answer instanceof WalkResult ? MEASURED : NOT_CARRIED;
  }

  /** p's answer, carried from `place` among the earlier answers: the numbers kept beside it copied from there */
  addCarried(id: number, p: Point, answer: NavResult, earlier: Answers, place: number): void {
    const k = this.append(id, p, answer);
    this.targetOf[k] = earlier.targetOf[place]!;
    const { numbers } = this;
    const from = earlier.numbers;
    const n = NUMBERS * k;
    const m = NUMBERS * place;
    numbers[n] = from[m]!;
    numbers[n + 1] = from[m + 1]!;
    numbers[n + 2] = from[m + 2]!;
    numbers[n + 3] = from[m + 3]!;
    numbers[n + 4] = from[m + 4]!;
    this.carries[k] = CARRIED;
  }

  /** files p (of that id) and its answer at the next place, returned; the numbers beside it are the caller's to write */
  private append(id: number, p: Point, answer: NavResult): number {
    if (id >= this.places.length) {
      const grown = new Int32Array(Math.max(this.pointIds.count, 2 * this.places.length, 1024));
      grown.set(this.places);
      this.places = grown;
    }
    const k = this.count;
    if (k === this.ids.length) this.grow();
    this.places[id] = k + 1;
    this.ids[k] = id;
    this.points[k] = p;
    this.results[k] = answer;
    this.count = k + 1;
    return k;
  }

  private grow(): void {
    const room = 2 * this.ids.length;
    this.ids = grownTo(this.ids, new Int32Array(room));
    this.carries = grownTo(this.carries, new Uint8Array(room));
    this.targetOf = grownTo(this.targetOf, new Int32Array(room));
    this.numbers = grownTo(this.numbers, new Float64Array(NUMBERS * room));
  }
}

/** `to`, holding `from` at its start */
function grownTo<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The earlier answers a field may re-use (its ChangeTest), reached through the field's entry only:
 * a closure in field() naming the test would keep it (and through it every earlier field) in the
 * scope its other closures share for as long as they live.
 */
interface Reuse {
  /** the earlier answers' place of p where p comes next among them (no look-up), else -1 */
  placeNext(p: Point): number;
  /** whether the earlier answers' points have the ids of this navigation's */
  readonly sharesIds: boolean;
  /** the id of the earlier answers' point at that place */
  idAt(place: number): number;
  /**
   * The previous answer for p (of that id; at that place among the earlier answers, -1: look it
   * up) when it still holds, added to `into` (the field's answers now); else null.
   */
  carry(p: Point, id: number, place: number, into: Answers): NavResult | null;
  /**
   * Carries the answers of points[from], points[from + 1], … while each point comes next among
   * the earlier answers (placeNext), is not answered yet, and its earlier walk no changed box comes
   * near (carried as carry() would, without the path tests): each into `into` and into results,
   * walking and targetIds at its index. Returns the index of the first point not carried.
   */
  carryRun(points: readonly Point[], from: number, into: Answers, results: (NavResult | null)[], walking: Float64Array, targetIds: (string | null)[]): number;
  /**
   * p's earlier answer carried into `into` when p comes next among the earlier answers
   * (placeNext), is not answered yet, and no changed box comes near its walk (carried as carry()
   * would, without the path tests); its place in `into`, else -1 (nothing done).
   */
  carryNext(p: Point, into: Answers): number;
}

/**
 * The targets as a string, exactly (ids, then each number's 64 bits as four UTF-16 units): an
 * earlier field is re-used only for the very same targets. Printing the numbers in decimal cost
 * half a millisecond a field, a few per re-check.
 */
function targetsKey(targets: readonly NavTarget[]): string {
  const numbers = new Float64Array(3 * targets.length);
  targets.forEach((t, i) => {
    numbers[3 * i] = t.at[0];
    numbers[3 * i + 1] = t.at[1];
    numbers[3 * i + 2] = t.width;
  });
  const units = new Uint16Array(numbers.buffer);
  let bits = '';
  for (let from = 0; from < units.length; from += KEY_CHUNK) bits += String.fromCharCode(...units.subarray(from, from + KEY_CHUNK));
  return `${targets.map((t) => t.id).join('\u0000')}\u0001${bits}`;
}

/** UTF-16 units turned into a string per call (well under the engines' argument limits). */
const KEY_CHUNK = 4096;

/** No changed box comes within NEAR_CHANGE of the box round a and b (so neither their starts nor the way between can differ). */
function linkUnchanged(update: NavigationUpdate, a: Point, b: Point): boolean {
  const minX = Math.min(a[0], b[0]) - NEAR_CHANGE;
  const maxX = Math.max(a[0], b[0]) + NEAR_CHANGE;
  const minY = Math.min(a[1], b[1]) - NEAR_CHANGE;
  const maxY = Math.max(a[1], b[1]) + NEAR_CHANGE;
  const clear = (box: ChangedBox) => box.maxX < minX || box.minX > maxX || box.maxY < minY || box.minY > maxY;
  return update.added.every(clear) && update.removed.every(clear);
}

function boxDistance(b: ChangedBox, x: number, y: number): number {
  const dx = x < b.minX ? b.minX - x : x > b.maxX ? x - b.maxX : 0;
  const dy = y < b.minY ? b.minY - y : y > b.maxY ? y - b.maxY : 0;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Legs of a path closer than this (m) to a changed box are tested for visibility again. */
const LEG_MARGIN = 1e-3;
/** ChangeTest verdicts: an added box may touch the path; a removed box may open a shorter way. */
const IN_ELLIPSE = 1;
const MAY_OPEN = 2;

/** A walk's length with room for rounding: anything up to it may be as short. */
function slack(walking: number): number {
  return walking * (1 + 1e-9) + 1e-9;
}

/**
 * The nodes an earlier field may carry over, judged by the change's test. One class, not an object
 * literal with a function made per field: settleIn's call to keeps() then always meets the same
 * function, and its compiled code is not given up when the next field comes.
 */
class CarriedByTest implements CarriedNodes {
  /** the targets' coordinates, x and y by turns (targets of several shapes made keeps() read them through several maps) */
  private readonly targetAt: Float64Array;

  constructor(
    readonly from: DistanceField,
    private readonly test: ChangeTest,
    targets: readonly NavTarget[],
  ) {
    this.targetAt = new Float64Array(2 * targets.length);
    for (let i = 0; i < targets.length; i++) {
      this.targetAt[2 * i] = targets[i]!.at[0];
      this.targetAt[2 * i + 1] = targets[i]!.at[1];
    }
  }

  get opened(): readonly ChangedBox[] {
    return this.test.opened;
  }

  keeps(x: number, y: number, d: number, target: number, viaX: number, viaY: number): number {
    return this.test.keepsNode(x, y, d, this.targetAt[2 * target]!, this.targetAt[2 * target + 1]!, viaX, viaY);
  }
}

/**
 * Whether a walk measured before the change still holds after it:
 *  - its path is still walkable: every point x of a path of length L from p to target t has
 *    |p − x| + |x − t| ≤ L, so an added box farther than that from p and t (summed) is never
 *    touched; where one is nearer, the path itself (its legs from the start point to the target's
 *    seed) is walkable when every leg that comes near a changed box is still clear in the new
 *    scene (elsewhere the scene's edges are the ones they were);
 *  - no new path is shorter: one would have to cross a removed box B (elsewhere nothing opened), so
 *    it is at least dist(p, B) plus the least walk out of B, which the previous field bounds
 *    from below (the walk on from the last point in B was possible before the change).
 * Then the walking distance is unchanged: the old path is still walkable and nothing is shorter.
 */
class ChangeTest {
  /** the changed boxes, flat (minX, minY, maxX, maxY): the added ones first, then the removed ones */
  private readonly boxes: Float64Array;
  private readonly addedCount: number;
  /** per removed box, the earlier field's lower bound of a walk out of it (found when first needed) */
  private removedBounds: Float64Array | null = null;
  /**
   * What screen() judges (x, y, walking, tx, ty, near), written here by its callers: a call not
   * inlined boxes each number it is passed, and the answers screened are thousands a re-check.
   */
  private readonly probe = new Float64Array(6);

  constructor(
    private readonly added: readonly ChangedBox[],
    private readonly removed: readonly ChangedBox[],
    private readonly before: FieldEntry,
    private readonly scene: NavScene,
    /** the field being built for the changed floor */
    private readonly current: () => DistanceField,
    /** the ids of the changed floor's navigation */
    pointIds: PointIds,
  ) {
    this.sharesIds = before.answers.pointIds === pointIds;
    this.addedCount = added.length;
    this.boxes = new Float64Array(4 * (added.length + removed.length));
    [...added, ...removed].forEach((b, k) => this.boxes.set([b.minX, b.minY, b.maxX, b.maxY], 4 * k));
  }

  readonly sharesIds: boolean;

  /** the boxes round the desks that went: only a way crossing one of them may have opened */
  get opened(): readonly ChangedBox[] {
    return this.removed;
  }

  /**
   * The boxes' verdict on a walk of length `walking` from (x, y) to a target at (tx, ty) (read
   * from the probe): -1 when it may have changed whatever its path (a changed box within `near` of
   * (x, y), or an infinite walk), else the sum of IN_ELLIPSE (an added box may touch its path: see
   * whether the path does) and MAY_OPEN (a removed box may open a shorter way: see whether it
   * does). Each box's distance as boxDistance() finds it, written out (no number returned by a call).
   */
  private screen(): number {
    const { probe, boxes, addedCount } = this;
    const x = probe[0]!;
    const y = probe[1]!;
    const walking = probe[2]!;
    const tx = probe[3]!;
    const ty = probe[4]!;
    const near = probe[5]!;
    if (!Number.isFinite(walking)) return -1;
    const limit = slack(walking);
    let verdict = 0;
    const count = boxes.length >> 2;
    for (let k = 0; k < count; k++) {
      const minX = boxes[4 * k]!;
      const minY = boxes[4 * k + 1]!;
      const maxX = boxes[4 * k + 2]!;
      const maxY = boxes[4 * k + 3]!;
      const dx = x < minX ? minX - x : x > maxX ? x - maxX : 0;
      const dy = y < minY ? minY - y : y > maxY ? y - maxY : 0;
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d < near) return -1;
      if (k < addedCount) {
        const ex = tx < minX ? minX - tx : tx > maxX ? tx - maxX : 0;
        const ey = ty < minY ? minY - ty : ty > maxY ? ty - maxY : 0;
        if (d + Math.sqrt(ex * ex + ey * ey) <= limit) verdict |= IN_ELLIPSE;
      } else {
        const bounds = (this.removedBounds ??= this.boundsOfRemoved());
        if (d + bounds[k - addedCount]! <= limit) verdict |= MAY_OPEN;
      }
    }
    return verdict;
  }

  /** per removed box, the earlier field's lower bound of a walk out of it */
  private boundsOfRemoved(): Float64Array {
    const field = this.before.distanceField();
    return Float64Array.from(this.removed, (b) => field.lowerBoundFromBox(b.minX, b.minY, b.maxX, b.maxY));
  }

  /** screen() of a walk of length `walking` from (x, y) to a target at (tx, ty), a changed box within `near` of (x, y) changing it */
  private screenWalk(x: number, y: number, walking: number, tx: number, ty: number, near: number): number {
    const { probe } = this;
    probe[0] = x;
    probe[1] = y;
    probe[2] = walking;
    probe[3] = tx;
    probe[4] = ty;
    probe[5] = near;
    return this.screen();
  }

  /**
   * A node's walk of length d (to the target at tx, ty), given that the path on from its next hop
   * (viaX, viaY) is still walkable: its path is too when its first leg is clear (NODE_WALKABLE),
   * and the walk holds when besides nothing may open a shorter way (NODE_KEPT); else NODE_CHANGED.
   */
  keepsNode(x: number, y: number, d: number, tx: number, ty: number, viaX: number, viaY: number): number {
    const verdict = this.screenWalk(x, y, d, tx, ty, 0);
    if (verdict < 0) return NODE_CHANGED;
    if (verdict & IN_ELLIPSE && this.nearLeg(x, y, viaX, viaY) && !this.scene.visible(x, y, viaX, viaY)) return NODE_CHANGED;
    return verdict & MAY_OPEN ? NODE_WALKABLE : NODE_KEPT;
  }

  /** chains of hops (shared by the walks through the same first hop) found clear */
  private readonly clearChains = new Map<Float64Array, boolean>();

  /**
   * Every leg of the path (from the start point to the first hop, then along the chain of hops to
   * the target's seed) that comes near a changed box is still clear.
   */
  private stillClear(sx: number, sy: number, chain: Float64Array): boolean {
    if (chain.length < 2) return false;
    if (this.nearLeg(sx, sy, chain[0]!, chain[1]!) && !this.scene.visible(sx, sy, chain[0]!, chain[1]!)) return false;
    let clear = this.clearChains.get(chain);
    if (clear === undefined) {
      clear = true;
      for (let k = 0; k + 3 < chain.length && clear; k += 2) {
        const ax = chain[k]!;
        const ay = chain[k + 1]!;
        const bx = chain[k + 2]!;
        const by = chain[k + 3]!;
        if (this.nearLeg(ax, ay, bx, by) && !this.scene.visible(ax, ay, bx, by)) clear = false;
      }
      this.clearChains.set(chain, clear);
    }
    return clear;
  }

  /** the leg's box comes within LEG_MARGIN of a changed box */
  private nearLeg(ax: number, ay: number, bx: number, by: number): boolean {
    const minX = Math.min(ax, bx) - LEG_MARGIN;
    const maxX = Math.max(ax, bx) + LEG_MARGIN;
    const minY = Math.min(ay, by) - LEG_MARGIN;
    const maxY = Math.max(ay, by) + LEG_MARGIN;
    // the added boxes, then the removed ones, read from their flat copy
    const { boxes } = this;
    for (let k = 0; k < boxes.length; k += 4) if (!(boxes[k + 2]! < minX || boxes[k]! > maxX || boxes[k + 3]! < minY || boxes[k + 1]! > maxY)) return true;
    return false;
  }

  /** where the next query point is likely to lie among the earlier answers: re-checks ask in much the same order */
  private cursor = 0;

  placeNext(p: Point): number {
    const i = this.cursor;
    const { points } = this.before.answers;
    // or the one after: the point there was new (or gone), and the rest come as they came
    return points[i] === p ? i : points[i + 1] === p ? i + 1 : -1;
  }

  idAt(place: number): number {
    return this.before.answers.ids[place]!;
  }

  /** the earlier answers' place of p (of that id), `place` when found by the cursor, else looked up; -1 if p was not answered */
  private previousPlace(p: Point, id: number, place: number): number {
    let i = place;
    if (i < 0) {
      const earlier = this.before.answers;
      i = this.sharesIds ? earlier.placeOf(id) : earlier.placeOfPoint(p);
      if (i < 0) return -1;
    }
    this.cursor = i + 1;
    return i;
  }

  /**
   * The previous answer for a query point, when it still holds (carried without the field that
   * measured it), added to `into`. The test reads the earlier answer's numbers from the flat
   * arrays beside it: an answer carried before, whose walk no changed box comes near, is carried
   * again without its object being read.
   */
  carry(p: Point, id: number, place: number, into: Answers): NavResult | null {
    const earlier = this.before.answers;
    const i = this.previousPlace(p, id, place);
    if (i < 0) return null;
    const carries = earlier.carries[i]!;
    if (carries === NOT_CARRIED) return null;
    // the point's coordinates as they were kept: the same point object (p is found by identity)
    const { probe } = this;
    const { numbers } = earlier;
    const n = NUMBERS * i;
    probe[0] = numbers[n + AT_X]!;
    probe[1] = numbers[n + AT_Y]!;
    const length = numbers[n + WALKING]!;
    probe[2] = length;
    probe[3] = numbers[n + TO_X]!;
    probe[4] = numbers[n + TO_Y]!;
    probe[5] = NEAR_CHANGE;
    const verdict = this.screen();
    if (verdict < 0) return null;
    if (verdict !== 0 && !this.stillStands(p, earlier.results[i] as CarriedResult | WalkResult, verdict, length)) return null;
    const old = earlier.results[i]!;
    const result = carries === CARRIED ? old : new CarriedResult(old as WalkResult, p);
    into.addCarried(id, p, result, earlier, i);
    return result;
  }

  carryRun(points: readonly Point[], from: number, into: Answers, results: (NavResult | null)[], walking: Float64Array, targetIds: (string | null)[]): number {
    let i = from;
    for (; i < points.length; i++) {
      const k = this.carryNext(points[i]!, into);
      if (k < 0) break;
      results[i] = into.results[k]!;
      walking[i] = into.walkingAt(k);
      targetIds[i] = into.targetIdAt(k);
    }
    return i;
  }

  carryNext(p: Point, into: Answers): number {
    // the earlier answers' points have other ids: p is looked up (carry())
    if (!this.sharesIds) return -1;
    const earlier = this.before.answers;
    const { points: before } = earlier;
    // p where placeNext() finds it: at the cursor or just after
    let j = this.cursor;
    if (before[j] !== p) {
      if (before[j + 1] !== p) return -1;
      j++;
    }
    const id = earlier.ids[j]!;
    const how = earlier.carries[j]!;
    if (how === NOT_CARRIED || into.placeOf(id) >= 0) return -1;
    // any verdict of screen() but 0 (a box near the point, or near enough to the walk to touch or
    // shorten it) is left to carry() and its path tests
    const { numbers } = earlier;
    const n = NUMBERS * j;
    if (this.screenWalk(numbers[n + AT_X]!, numbers[n + AT_Y]!, numbers[n + WALKING]!, numbers[n + TO_X]!, numbers[n + TO_Y]!, NEAR_CHANGE) !== 0) return -1;
    const old = earlier.results[j]!;
    into.addCarried(id, p, how === CARRIED ? old : new CarriedResult(old as WalkResult, p), earlier, j);
    this.cursor = j + 1;
    return into.count - 1;
  }

  /**
   * Whether a walk from p of length `walking` the boxes' verdict leaves in doubt still holds: its
   * path is still clear where an added box may touch it, and the new field offers no shorter way
   * through what opened (from the start point, which the query point reaches straight).
   */
  private stillStands(p: Point, old: CarriedResult | WalkResult, verdict: number, walking: number): boolean {
    if (verdict & IN_ELLIPSE && !this.stillClear(old.startX, old.startY, old.chain)) return false;
    if (verdict & MAY_OPEN) {
      const sx = old.startX;
      const sy = old.startY;
      if (this.current().mayOpen(sx, sy, slack(walking) - vectorLength(sx - p[0], sy - p[1]), this.removed)) return false;
    }
    return true;
  }
}

/**
 * The free points a target is entered from. A target in free space is its own seed; one on an
 * edge (an exit on the outline or a core) is entered from the free side next to it; one inside a
 * wall from both faces of the wall.
 */
function targetSeeds(scene: NavScene, target: NavTarget, index: number): FieldSeed[] {
  const [x, y] = target.at;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
  if (scene.isStrictlyFree(x, y)) return [{ x, y, cost: 0, target: index }];
  const nearest = scene.nearestEdgeDistance(x, y, TARGET_REACH);
  if (nearest === Infinity) return [];
  const reach = scene.isFree(x, y) ? nearest + START_SNAP : Math.min(nearest + TARGET_FACE_SPREAD, TARGET_REACH);
  const seeds: FieldSeed[] = [];
  for (const c of scene.snapCandidates(x, y, reach)) {
    if (seeds.some((s) => vectorLength(s.x - c.x, s.y - c.y) < SEED_MERGE)) continue;
    seeds.push({ x: c.x, y: c.y, cost: c.distance, target: index });
  }
  return seeds;
}

/** Where a walk from p starts: p itself in open space, or a point a hair off the edge p lies on. */
function startPoint(scene: NavScene, p: Point): Point | null {
  if (!scene.isFree(p[0], p[1])) return null;
  if (scene.isStrictlyFree(p[0], p[1])) return p;
  const snapped = scene.snapCandidates(p[0], p[1], START_SNAP)[0];
  return snapped ? [snapped.x, snapped.y] : null;
}

/** The targets' places (x, y), flat. */
function targetPlaces(targets: readonly NavTarget[]): Float64Array {
  const places = new Float64Array(2 * targets.length);
  targets.forEach((t, k) => {
    places[2 * k] = t.at[0];
    places[2 * k + 1] = t.at[1];
  });
  return places;
}

/**
 * The walk from p to the nearest of the field's targets (`places`: theirs, flat, targetPlaces).
 * p's start is looked up in `links` here (its start filed by its link id), not through a function
 * made per navigation: a call site that met a new such function each navigation gave up its
 * compiled code again and again.
 */
function walk(links: LinkCache, field: DistanceField, targets: NavTarget[], places: Float64Array, p: Point, atMost = Infinity): NavResult {
  // Nearest by squared distance, measured once: the same length as the smallest Math.hypot.
  const px = p[0];
  const py = p[1];
  let nearest = -1;
  let nearest2 = Infinity;
  for (let k = 0; k < places.length; k += 2) {
    const dx = places[k]! - px;
    const dy = places[k + 1]! - py;
    const d2 = dx * dx + dy * dy;
    if (d2 < nearest2) {
      nearest2 = d2;
      nearest = k;
    }
  }
  const nearestStraight = nearest >= 0 ? vectorLength(places[nearest]! - px, places[nearest + 1]! - py) : Infinity;
  const start = links.startPointOf(links.idOf(p), p);
  const answer = start ? field.walkFrom(start[0], start[1], atMost - vectorLength(start[0] - p[0], start[1] - p[1])) : null;
  if (!start || !answer) return { walking: Infinity, straight: nearestStraight, nearestStraight, targetId: null, path: [], targetAt: null };
  const target = targets[answer.target]!;
  const walking = vectorLength(start[0] - p[0], start[1] - p[1]) + answer.distance;
  return new WalkResult(walking, vectorLength(target.at[0] - p[0], target.at[1] - p[1]), nearestStraight, target, p, start, answer);
}

/** The polyline of a walk: the query point, its start point when apart, the chain of hops, the target. */
function pathOf(from: Point, startX: number, startY: number, chain: Float64Array, target: Point): Point[] {
  const line: Point[] = [[from[0], from[1]]];
  // the start point is the query point itself in open space
  if (startX !== from[0] || startY !== from[1]) line.push([startX, startY]);
  for (let k = 0; k + 1 < chain.length; k += 2) line.push([chain[k]!, chain[k + 1]!]);
  const last = line[line.length - 1]!;
  if (last[0] !== target[0] || last[1] !== target[1]) line.push([target[0], target[1]]);
  return line;
}

/** A walk whose polyline is built only when read (the heat maps): the rules need the lengths alone. */
class WalkResult implements NavResult {
  readonly targetId: string;
  readonly targetAt: Point;
  private built: Point[] | null = null;
  constructor(
    readonly walking: number,
    readonly straight: number,
    readonly nearestStraight: number,
    private readonly target: NavTarget,
    private readonly from: Point,
    private readonly start: Point,
    private readonly answer: FieldAnswer,
  ) {
    this.targetId = target.id;
    this.targetAt = target.at;
  }

  /** the target's index in the field's targets */
  get targetIndex(): number {
    return this.answer.target;
  }

  /** where the walk starts (the query point itself in open space) */
  get startX(): number {
    return this.start[0];
  }
  get startY(): number {
    return this.start[1];
  }
  /** the hops from the start point to the target's seed, flat (x, y), shared by the walks through the same first hop */
  get chain(): Float64Array {
    return this.answer.chain;
  }

  get path(): Point[] {
    if (this.built) return this.built;
    const { from, start, target } = this;
    const line: Point[] = [[from[0], from[1]]];
    if (start !== from) line.push(start);
    line.push(...this.answer.hops);
    const last = line[line.length - 1]!;
    if (last[0] !== target.at[0] || last[1] !== target.at[1]) line.push([target.at[0], target.at[1]]);
    this.built = line;
    return line;
  }
}

/**
 * A walk carried over from an earlier update: its numbers and its path, kept as points (the
 * change test showed the path still walkable and nothing shorter). Holding the field that
 * measured it would keep every earlier scene alive.
 */
class CarriedResult implements NavResult {
  readonly walking: number;
  readonly straight: number;
  readonly nearestStraight: number;
  readonly targetId: string | null;
  readonly targetAt: Point;
  /** the target's index in the field's targets (those of the field that measured it: the same ids in the same order) */
  readonly targetIndex: number;
  readonly startX: number;
  readonly startY: number;
  /** the hops from the start point to the target's seed, flat (x, y) (shared with the walks through the same first hop) */
  readonly chain: Float64Array;
  constructor(
    measured: WalkResult,
    private readonly from: Point,
  ) {
    this.walking = measured.walking;
    this.straight = measured.straight;
    this.nearestStraight = measured.nearestStraight;
    this.targetId = measured.targetId;
    this.targetAt = measured.targetAt;
    this.targetIndex = measured.targetIndex;
    this.startX = measured.startX;
    this.startY = measured.startY;
    this.chain = measured.chain;
  }

  get path(): Point[] {
    return pathOf(this.from, this.startX, this.startY, this.chain, this.targetAt);
  }
}

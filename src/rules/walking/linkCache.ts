// The links a navigation has measured between points (navigation.ts: link, linksAmong), kept for
// the other fields of the floor and for the next update: each point that takes part gets a small
// id (by identity), and each id a chain of its links in one typed array (per link: the other
// point's id, the next link of the chain, the value), newest first. Most points have one to four
// links, measured together, so a look-up reads a few neighbouring entries; a table hashed by pair
// missed the cache on most look-ups. A Map of per-point lists of { to, value } objects cost an
// object per link (86 MB on a 20,000-seat park, much of its collector's time).
import type { Point } from '../../floorplan/types.ts';

const FIRST_LINKS = 1 << 12;
const FIRST_IDS = 1 << 10;
/** A link's entry: the other point's id, the next entry of the chain (NONE: last), the value. */
const ENTRY = 3;
const NONE = -1;

/** A point's start, by id: not looked up yet, found (in startX, startY), or none (the point is not free). */
const START_UNKNOWN = 0;
const START_FOUND = 1;
const START_NONE = 2;

export class LinkCache {
  // a Map, not a WeakMap: the points linked are kept as long as their links (as the lists of
  // links were), and a Map's look-ups and inserts cost less
  private readonly ids = new Map<Point, number>();
  private idCount = 0;
  private startKind = new Uint8Array(FIRST_IDS);
  /** per id: where its walks start (valid where hasStart said so) */
  startX = new Float64Array(FIRST_IDS);
  startY = new Float64Array(FIRST_IDS);
  /** per id: its start as startOf gave it (valid where hasStart was asked; null: none) */
  private starts: (Point | null)[] = [];
  /** per id: its newest link's entry (NONE: no link from it yet) */
  private newest = new Int32Array(FIRST_IDS).fill(NONE);
  /** the links' entries, ENTRY numbers each */
  private entries = new Float64Array(ENTRY * FIRST_LINKS);
  /** how many links are kept */
  size = 0;

  /** `startOf`: where a walk from a point starts (null when the point is not free) */
  constructor(private readonly startOf: (p: Point) => Point | null) {}

  /** p's id, given on first sight */
  idOf(p: Point): number {
    let id = this.ids.get(p);
    if (id === undefined) {
      id = this.idCount++;
      if (id === this.newest.length) this.growIds();
      this.ids.set(p, id);
    }
    return id;
  }

  /** whether p (whose id is `id`) has a start; its coordinates are then startX[id], startY[id] */
  hasStart(id: number, p: Point): boolean {
    let kind = this.startKind[id]!;
    if (kind === START_UNKNOWN) {
      const s = this.startOf(p);
      kind = s ? START_FOUND : START_NONE;
      this.startKind[id] = kind;
      this.starts[id] = s;
      if (s) {
        this.startX[id] = s[0];
        this.startY[id] = s[1];
      }
    }
    return kind === START_FOUND;
  }

  /** where a walk from p (whose id is `id`) starts, found once per point (null: p is not free) */
  startPointOf(id: number, p: Point): Point | null {
    this.hasStart(id, p);
    return this.starts[id]!;
  }

  /** the entry holding the link from id a to id b, or -1 (NONE) when none is kept */
  entryOf(a: number, b: number): number {
    const { entries } = this;
    for (let e = this.newest[a]!; e !== NONE; e = entries[ENTRY * e + 1]!) if (entries[ENTRY * e] === b) return e;
    return NONE;
  }

  valueAt(entry: number): number {
    return this.entries[ENTRY * entry + 2]!;
  }

  /** keeps the link from id a to id b (not kept yet) */
  add(a: number, b: number, value: number): void {
    const e = this.size++;
    if (ENTRY * this.size > this.entries.length) {
      const grown = new Float64Array(2 * this.entries.length);
      grown.set(this.entries);
      this.entries = grown;
    }
    const at = ENTRY * e;
    this.entries[at] = b;
    this.entries[at + 1] = this.newest[a]!;
    this.entries[at + 2] = value;
    this.newest[a] = e;
  }

  /** the link from a to b when kept, else undefined (the next update's look-up) */
  valueOf(a: Point, b: Point): number | undefined {
    const ia = this.ids.get(a);
    const ib = this.ids.get(b);
    if (ia === undefined || ib === undefined) return undefined;
    const e = this.entryOf(ia, ib);
    return e === NONE ? undefined : this.valueAt(e);
  }

  private growIds(): void {
    const n = 2 * this.newest.length;
    const kind = new Uint8Array(n);
    kind.set(this.startKind);
    this.startKind = kind;
    const x = new Float64Array(n);
    x.set(this.startX);
    this.startX = x;
    const y = new Float64Array(n);
    y.set(this.startY);
    this.startY = y;
    const newest = new Int32Array(n).fill(NONE);
    newest.set(this.newest);
    this.newest = newest;
  }
}

// Which fields of a floor each part of its check (a floor rule, the capacity, the analysis
// figures) read, so that a re-check after an edit re-runs only the parts whose inputs the edit
// changed (floorMemory.ts). The reads are recorded as the check runs, not declared by hand.
//
// Every reader gets views of its own: each part, and each analysis of the floor's context (its
// getters and methods: navigation, egress, grid…), sees the context and the floor through views
// bound to it. A field read through a view counts for the view's owner; an analysis asked for
// through a view counts for its owner too, and brings along what that analysis read. An analysis
// built once and asked for by ten rules thus counts its reads for all ten; and work an analysis
// does later, lazily (a distance field built on the first walk), reads through the views it was
// built with, so it counts for the analysis, whichever rule set it off.
//
// Why a part re-run on unchanged inputs gives the same findings: a part is a pure function of the
// profile, the date, the building's facts, what it reads outside the floor (all in the memory's
// settings) and the floor fields it reads; if none of those changed, it reads the same values,
// takes the same path and gives the same findings (and the same reads).
import type { Building, Floor } from '../floorplan/types.ts';
import type { FloorContext } from './context.ts';

/** Read when a part enumerates the floor's fields (a spread, JSON): it then reads every field. */
export const EVERY_FIELD = '*';

/** A context that can hand on the analyses it built and take on earlier ones (contextCache.ts). */
export interface BuiltAnalyses {
  built(name: string): unknown;
  adopt(name: string, value: unknown): void;
}

/** What one reader (an analysis, or a part) read: floor fields, and the analyses it asked for. */
interface Reader {
  fields: Set<string>;
  asked: Set<string>;
}

export class FloorReads {
  /** per reader (an analysis by its name, a part by its id prefixed `part:`): what it read */
  private readonly readers = new Map<string, Reader>();
  /** readers at work, innermost last: reads through the floor seen another way (the building's list of floors) count for the innermost */
  private readonly working: Reader[] = [];
  /** the check that took this one's reads on (carryFrom): an earlier floor read during it counts there */
  private successor: FloorReads | null = null;
  private readonly viewsByContext = new WeakMap<FloorContext, Map<string, FloorContext>>();
  /** what each view has given, kept for the check (see contextView) */
  private readonly given: Map<string | symbol, unknown>[] = [];

  /** an earlier check's context to take unchanged analyses from, and the floor fields changed since */
  private carry: { from: BuiltAnalyses; previous: FloorReads; same: ReadonlySet<string>; tried: Set<string> } | null = null;

  /**
   * Builds on the earlier check of the same floor (same settings; `same`: the floor fields that
   * are the very objects they were, as in a plan updated by patches): its analyses keep what they
   * read there (the same records: lazy work in them still counts), and an analysis it built that
   * read only fields in `same` is taken over as it is. The same objects, not equal copies: rules
   * match elements by identity (a zone found at a point against the floor's zones).
   */
  carryFrom(previous: FloorReads, from: BuiltAnalyses, same: ReadonlySet<string>): void {
    // the earlier check's floor, read now (an analysis built from it), counts for the reader at work here
    previous.successor = this;
    for (const [name, reader] of previous.readers) if (!name.startsWith('part:')) this.readers.set(name, reader);
    this.carry = { from, previous, same, tried: new Set() };
  }

  /** Lets go of the earlier check once this one is done (else every check would hold the one before). */
  done(): void {
    this.carry = null;
    // what views kept holds the check's link to the one before it
    for (const given of this.given) given.clear();
    this.given.length = 0;
  }

  /** Gives `ctx` the earlier check's `name` when nothing it read changed. */
  private carryOver(ctx: FloorContext, name: string): void {
    const carry = this.carry;
    if (!carry || carry.tried.has(name)) return;
    carry.tried.add(name);
    const value = carry.from.built(name);
    const adopt = (ctx as Partial<BuiltAnalyses>).adopt;
    if (value === undefined || typeof adopt !== 'function') return;
    const fields = new Set<string>();
    for (const reader of carry.previous.closure([name])) for (const key of carry.previous.readers.get(reader)?.fields ?? []) fields.add(key);
    if (fields.size === 0) return;
    for (const key of fields) if (!carry.same.has(key)) return;
    adopt.call(ctx, name, value);
  }

  /** The floor as the context holds it: reads count for the reader at work (see contextView for the usual way in). */
  floorView(floor: Floor): Floor {
    return this.boundFloor(floor, () => this.atWork());
  }

  /** The building, with `view` standing for `floor` in its list of floors (rules that sum over the building's floors read this one too). */
  buildingView(building: Building, floor: Floor, view: Floor): Building {
    let floors: Floor[] | null = null;
    return new Proxy(building, {
      get: (target, key) => {
        if (key !== 'floors') return Reflect.get(target, key);
        floors ??= target.floors.map((f) => (f === floor ? view : f));
        return floors;
      },
    });
  }

  /**
   * Runs one part of the check on its own view of `ctx` and returns what it read: floor fields
   * (EVERY_FIELD when it read them all), those of the analyses it asked for included.
   */
  run<T>(id: string, ctx: FloorContext, part: (ctx: FloorContext) => T): { value: T; reads: Set<string> } {
    const owner = `part:${id}`;
    const reader: Reader = { fields: new Set(), asked: new Set() };
    this.readers.set(owner, reader);
    const value = this.at(reader, () => part(this.contextView(ctx, owner)));
    const reads = new Set(reader.fields);
    for (const name of this.closure(reader.asked)) for (const key of this.readers.get(name)?.fields ?? []) reads.add(key);
    return { value, reads };
  }

  private reader(name: string): Reader {
    let own = this.readers.get(name);
    if (!own) this.readers.set(name, (own = { fields: new Set(), asked: new Set() }));
    return own;
  }

  private atWork(): Reader | undefined {
    for (let at: FloorReads | null = this; at; at = at.successor) {
      const reader = at.working[at.working.length - 1];
      if (reader) return reader;
    }
    return undefined;
  }

  private at<T>(reader: Reader, work: () => T): T {
    this.working.push(reader);
    try {
      return work();
    } finally {
      this.working.pop();
    }
  }

  private boundFloor(floor: Floor, owner: () => Reader | undefined): Floor {
    const note = (key: string) => owner()?.fields.add(key);
    return new Proxy(floor, {
      get: (target, key) => {
        if (typeof key === 'string') note(key);
        return Reflect.get(target, key);
      },
      has: (target, key) => {
        if (typeof key === 'string') note(key);
        return Reflect.has(target, key);
      },
      ownKeys: (target) => {
        note(EVERY_FIELD);
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (typeof key === 'string') note(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  }

  /**
   * The context as `owner` sees it: its floor bound to the owner, and each analysis built on a
   * view of its own. What a getter gives is kept for the view (a context's analyses and plain
   * figures hold for the whole check), so a rule asking a thousand times pays once.
   */
  private contextView(ctx: FloorContext, owner: string): FloorContext {
    let views = this.viewsByContext.get(ctx);
    if (!views) this.viewsByContext.set(ctx, (views = new Map()));
    const known = views.get(owner);
    if (known) return known;
    const mine = this.reader(owner);
    const given = new Map<string | symbol, unknown>();
    this.given.push(given);
    const view: FloorContext = new Proxy(ctx, {
      get: (target, key, receiver) => {
        const kept = given.get(key);
        if (kept !== undefined) return kept;
        if (key === 'floor') {
          const floor = this.boundFloor(target.floor, () => mine);
          given.set(key, floor);
          return floor;
        }
        if (typeof key !== 'string' || Object.prototype.hasOwnProperty.call(target, key)) return Reflect.get(target, key, receiver);
        const kind = accessorKind(target, key);
        if (kind === 'other') return Reflect.get(target, key, receiver);
        mine.asked.add(key);
        const analysis = this.reader(key);
        let value: unknown;
        if (kind === 'getter') {
          this.carryOver(target, key);
          value = this.at(analysis, () => Reflect.get(target, key, this.contextView(ctx, key)));
        } else {
          const own = Reflect.get(target, key, receiver) as (...args: unknown[]) => unknown;
          value = (...args: unknown[]) => this.at(analysis, () => own.apply(this.contextView(ctx, key), args));
        }
        if (value !== undefined) given.set(key, value);
        return value;
      },
    });
    views.set(owner, view);
    return view;
  }

  /** The analyses named and those they asked for, transitively. */
  private closure(names: Iterable<string>): Set<string> {
    const out = new Set<string>();
    const stack = [...names];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (out.has(next)) continue;
      out.add(next);
      for (const asked of this.readers.get(next)?.asked ?? []) stack.push(asked);
    }
    return out;
  }
}

const kinds = new WeakMap<object, Map<string, 'getter' | 'method' | 'other'>>();

/** Whether `key` is a getter or a method of the object's class (looked up once per class). */
function accessorKind(target: object, key: string): 'getter' | 'method' | 'other' {
  const proto = Object.getPrototypeOf(target) as object;
  let byKey = kinds.get(proto);
  if (!byKey) kinds.set(proto, (byKey = new Map()));
  let kind = byKey.get(key);
  if (kind === undefined) {
    kind = 'other';
    for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      const d = Object.getOwnPropertyDescriptor(p, key);
      if (!d) continue;
      kind = d.get ? 'getter' : typeof d.value === 'function' && key !== 'constructor' ? 'method' : 'other';
      break;
    }
    byKey.set(key, kind);
  }
  return kind;
}

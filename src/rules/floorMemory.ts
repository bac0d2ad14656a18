// What a long-lived checker (the rules worker) remembers of each floor between checks, so that a
// re-check does only what the edit can change:
//  - a floor identical to last time (by identity, else by content: the worker may get a fresh
//    copy of the plan each time) keeps its findings, capacity and analysis;
//  - a part of the check (a floor rule, the capacity, the analysis figures) that read none of the
//    floor fields that changed keeps its findings (floorReads.ts records what each part read);
//  - where only some desks changed, the parts that re-run re-use the walks whose paths and bounds
//    the change cannot touch (walking/navigation.ts, reusableAnswer);
//  - anything else is checked afresh.
// Settings (profile, date, the building's facts) and what floor rules read outside the floor
// (the plan's inspections, the building's other floors' areas) are part of what must match.
import { floorGrossArea } from '../floorplan/queries/areas.ts';
import type { Building, Floor, PlanDocument } from '../floorplan/types.ts';
import type { FloorContext } from './context.ts';
import type { FloorCache, RunCache } from './contextCache.ts';
import { sameData } from '../floorplan/sameData.ts';
import { deskDelta, type DeskDelta } from './walking/floorDelta.ts';
import { EVERY_FIELD, FloorReads } from './floorReads.ts';
import type { FloorCapacity } from './results.ts';
import type { Finding } from './types.ts';

/** A floor's share of a check. */
export interface FloorOutcome<Analysis> {
  findings: Finding[];
  capacity: FloorCapacity;
  analysis: Analysis;
}

/** One floor rule of a check, run on its own (so it can keep its findings while its inputs hold). */
export interface FloorPart {
  id: string;
  run(ctx: FloorContext): Finding[];
}

/** A floor's check in parts: its rules in report order, the capacity and the analysis figures. */
export interface FloorCheck<Analysis> {
  parts: readonly FloorPart[];
  capacity(ctx: FloorContext): FloorCapacity;
  analysis(ctx: FloorContext): Analysis;
}

/**
 * What changed on the floor since this memory's last check of it (the change feed, from the
 * edit's patches): the element ids and the floor's collections. Only a shortcut: the memory
 * checks it against the floors themselves (unchanged collections are the same objects in an
 * immer-updated plan) and compares by content where it cannot tell.
 */
export interface FloorChange {
  ids: ReadonlySet<string>;
  collections: ReadonlySet<string>;
}

interface PartMemory<T> {
  value: T;
  reads: Set<string>;
}

interface Remembered<Analysis> {
  settings: string;
  /** what floor rules read outside the floor */
  outside: Outside;
  floor: Floor;
  outcome: FloorOutcome<Analysis>;
  /** per part (rule id, then capacity and analysis): its result and the floor fields it read; null when not recorded */
  parts: Map<string, PartMemory<unknown>> | null;
  /** kept for the most recently checked floors only: their walks are large */
  context: FloorCache | null;
  reads: FloorReads | null;
}

/** What floor rules read of the plan outside their floor and outside the settings key (guarded by test/rules/floorReads.test.ts). */
interface Outside {
  inspections: PlanDocument['inspections'];
  /** gross area of each of the building's floors (fire.detector-coverage sums them) */
  areas: string;
}

const CAPACITY = '\u0000capacity';
const ANALYSIS = '\u0000analysis';

export class FloorMemory<Analysis = unknown> {
  private readonly floors = new Map<string, Remembered<Analysis>>();
  /** floor keys whose context is kept, oldest first */
  private readonly withContext: string[] = [];

  /** `contexts`: how many floors keep their walks for desk-level re-use */
  constructor(private readonly contexts = 4) {}

  /**
   * The outcome of one floor: remembered, computed in part or with re-used walks, or computed
   * afresh. `check` as parts lets each rule keep its findings while its inputs hold; as one
   * function, the floor is remembered whole only. `changed`: what the edit changed (optional).
   */
  outcome(
    run: RunCache,
    building: Building,
    floor: Floor,
    check: FloorCheck<Analysis> | ((ctx: FloorContext) => FloorOutcome<Analysis>),
    changed?: FloorChange,
  ): FloorOutcome<Analysis> {
    const key = `${building.id}\u0000${floor.id}`;
    const before = this.floors.get(key);
    // reads are recorded through views of the floor and of its building (rules summing over the
    // building's floors read this one too); the building's facts must be built from the view
    // (a frozen plan, as the editor's store holds, cannot be seen through such views: checked whole)
    const reads = typeof check === 'function' || Object.isFrozen(building) || Object.isFrozen(floor) ? null : new FloorReads();
    const floorView = reads ? reads.floorView(floor) : floor;
    const buildingView = reads ? reads.buildingView(building, floor, floorView) : building;
    const settings = run.settingsKey(buildingView);
    const outside = outsideOf(run.plan, building);
    const comparable = before && before.settings === settings && sameOutside(before.outside, outside);
    const fields = comparable ? changedFields(before.floor, floor, changed) : null;
    if (before && fields && fields.size === 0) return before.outcome;
    const delta = before && fields && onlyDesks(fields) ? desksChanged(before.floor, floor, changed) : null;
    const keep = this.contexts > 0;
    const link = delta && before?.context ? { previous: before.context, delta } : keep ? ('remember' as const) : undefined;
    // analyses carried over from the earlier check keep what they read there, and those that read
    // nothing changed are taken over as they are
    const linked = link !== undefined && link !== 'remember';
    const carried = reads !== null && fields !== null && before?.reads && before.context ? before : null;
    if (reads && carried) reads.carryFrom(carried.reads!, carried.context!, sameFields(carried.floor, floor));
    const ctx = run.floor(buildingView, floorView, link);
    // parts keep their results only when every read went through the views
    const tracked = reads && (!linked || carried) && ctx.floor === floorView && ctx.facts.building === buildingView ? reads : null;
    let outcome: FloorOutcome<Analysis>;
    let parts: Map<string, PartMemory<unknown>> | null = null;
    if (typeof check === 'function' || !tracked) {
      outcome = typeof check === 'function' ? check(ctx) : whole(check, ctx);
    } else {
      const previous = before && fields && before.parts ? before.parts : null;
      parts = new Map();
      const part = <T>(id: string, compute: (view: FloorContext) => T): T => {
        const kept = previous?.get(id);
        if (kept && untouched(kept.reads, fields!)) {
          parts!.set(id, kept);
          return kept.value as T;
        }
        const fresh = tracked.run(id, ctx, compute);
        parts!.set(id, fresh);
        return fresh.value;
      };
      const findings: Finding[] = [];
      for (const p of check.parts) findings.push(...part(p.id, (view) => p.run(view)));
      outcome = { findings, capacity: part(CAPACITY, (view) => check.capacity(view)), analysis: part(ANALYSIS, (view) => check.analysis(view)) };
    }
    ctx.seal();
    reads?.done();
    this.floors.set(key, { settings, outside, floor, outcome, parts, context: keep ? ctx : null, reads: keep ? tracked : null });
    if (keep) this.keepContext(key);
    return outcome;
  }

  private keepContext(key: string): void {
    const at = this.withContext.indexOf(key);
    if (at >= 0) this.withContext.splice(at, 1);
    this.withContext.push(key);
    while (this.withContext.length > this.contexts) {
      const old = this.floors.get(this.withContext.shift()!);
      if (old) {
        old.context = null;
        old.reads = null;
      }
    }
  }

  /** Forgets floors no longer in the plan. */
  retain(keys: ReadonlySet<string>): void {
    for (const key of [...this.floors.keys()]) if (!keys.has(key)) this.floors.delete(key);
  }
}

function whole<Analysis>(check: FloorCheck<Analysis>, ctx: FloorContext): FloorOutcome<Analysis> {
  return { findings: check.parts.flatMap((p) => p.run(ctx)), capacity: check.capacity(ctx), analysis: check.analysis(ctx) };
}

function outsideOf(plan: PlanDocument, building: Building): Outside {
  return { inspections: plan.inspections, areas: building.floors.map((f) => `${f.id}:${floorGrossArea(building, f)}`).join('|') };
}

function sameOutside(a: Outside, b: Outside): boolean {
  return a.areas === b.areas && sameData(a.inspections, b.inspections);
}

/**
 * The floor's fields whose data differ. Unchanged fields of an immer-updated plan are the same
 * objects; others are compared by content (a fresh copy of the plan). The change feed's
 * collections, when given, are where a difference is looked for first; it is not trusted alone.
 */
function changedFields(before: Floor, after: Floor, _changed?: FloorChange): Set<string> {
  const out = new Set<string>();
  if (before === after) return out;
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] !== b[key] && !sameData(a[key], b[key])) out.add(key);
  }
  return out;
}

/** The floor's fields that are the very objects they were (an immer-updated plan shares what an edit did not touch). */
function sameFields(before: Floor, after: Floor): Set<string> {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const out = new Set<string>();
  for (const key of Object.keys(b)) if (a[key] === b[key]) out.add(key);
  return out;
}

function onlyDesks(fields: ReadonlySet<string>): boolean {
  for (const f of fields) if (f !== 'workstations') return false;
  return true;
}

/**
 * The desks that changed, given that nothing else on the floor did. With the change feed's ids,
 * only those desks are compared, provided every other desk is the very object it was (an
 * immer-updated plan); otherwise every desk is compared (deskDelta).
 */
function desksChanged(before: Floor, after: Floor, changed?: FloorChange): DeskDelta | null {
  if (changed && before.workstations.length === after.workstations.length) {
    const ids = changed.ids;
    let shared = true;
    // where the ids are the same, place by place, the desks of either list with a changed id sit at the same places
    const named: number[] = [];
    for (let i = 0; i < after.workstations.length && shared; i++) {
      const w = after.workstations[i]!;
      if (before.workstations[i]!.id !== w.id) shared = false;
      else if (ids.has(w.id)) named.push(i);
      else if (before.workstations[i] !== w) shared = false;
    }
    if (shared) {
      const pick = (f: Floor): Floor => ({ ...f, workstations: named.map((i) => f.workstations[i]!) });
      return deskDelta(pick(before), pick(after));
    }
  }
  return deskDelta(before, after);
}

function untouched(reads: ReadonlySet<string>, fields: ReadonlySet<string>): boolean {
  if (reads.has(EVERY_FIELD)) return false;
  for (const f of fields) if (reads.has(f)) return false;
  return true;
}

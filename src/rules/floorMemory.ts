// What a long-lived checker (the rules worker) remembers of each floor between checks, so that a
// re-check does only what the edit can change:
//  - a floor identical to last time (by content: the worker gets a fresh copy of the plan each
//    time) keeps its findings, capacity and analysis;
//  - a floor where only some desks changed re-uses the walks whose paths and bounds the change
//    cannot touch (navigation.ts, reusableAnswer);
//  - anything else is checked afresh.
// Settings (profile, date, the building's facts) are part of what must match.
import type { Building, Floor } from '../floorplan/types.ts';
import type { FloorCapacity } from './capacity.ts';
import type { FloorContext, RunContext } from './context.ts';
import { deskDelta } from './analysis/floorDelta.ts';
import type { Finding } from './types.ts';

/** A floor's share of a check. */
export interface FloorOutcome<Analysis> {
  findings: Finding[];
  capacity: FloorCapacity;
  analysis: Analysis;
}

interface Remembered<Analysis> {
  settings: string;
  floor: Floor;
  outcome: FloorOutcome<Analysis>;
  /** kept for the most recently checked floors only: their walks are large */
  context: FloorContext | null;
}

export class FloorMemory<Analysis = unknown> {
  private readonly floors = new Map<string, Remembered<Analysis>>();
  /** floor keys whose context is kept, oldest first */
  private readonly withContext: string[] = [];

  /** `contexts`: how many floors keep their walks for desk-level re-use */
  constructor(private readonly contexts = 4) {}

  /** The outcome of one floor: remembered, computed with re-used walks, or computed afresh. */
  outcome(run: RunContext, building: Building, floor: Floor, compute: (ctx: FloorContext) => FloorOutcome<Analysis>): FloorOutcome<Analysis> {
    const key = `${building.id}\u0000${floor.id}`;
    const settings = run.settingsKey(building);
    const before = this.floors.get(key);
    const delta = before && before.settings === settings ? deskDelta(before.floor, floor) : null;
    if (before && delta && delta.changed === 0) return before.outcome;
    const keep = this.contexts > 0;
    const ctx = delta && before?.context
      ? run.floor(building, floor, { previous: before.context, delta })
      : run.floor(building, floor, keep ? 'remember' : undefined);
    const outcome = compute(ctx);
    ctx.seal();
    this.floors.set(key, { settings, floor, outcome, context: keep ? ctx : null });
    if (keep) this.keepContext(key);
    return outcome;
  }

  private keepContext(key: string): void {
    const at = this.withContext.indexOf(key);
    if (at >= 0) this.withContext.splice(at, 1);
    this.withContext.push(key);
    while (this.withContext.length > this.contexts) {
      const old = this.floors.get(this.withContext.shift()!);
      if (old) old.context = null;
    }
  }

  /** Forgets floors no longer in the plan. */
  retain(keys: ReadonlySet<string>): void {
    for (const key of [...this.floors.keys()]) if (!keys.has(key)) this.floors.delete(key);
  }
}

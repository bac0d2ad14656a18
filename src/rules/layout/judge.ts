// Judging a candidate layout with the rules engine: the floor's rules (runFloorRules on a copy of
// the plan holding the candidate's desks) and the building's rules (stair width carries this
// floor's persons). A failing finding counts against a layout only when the floor without the
// laid-out desks does not fail it already ("pre-existing": a layout cannot mend an overdue
// extinguisher). Walks are remembered between the checks of one candidate (FloorMemory), so a
// re-check after removing desks costs a fraction of the first.
import type { Building, Floor, PlanDocument, Workstation } from '../../floorplan/types.ts';
import { RunCache } from '../contextCache.ts';
import { FloorMemory } from '../floorMemory.ts';
import { ProfileReader } from '../profiles/reader.ts';
import { resolveProfile } from '../profiles/resolveProfile.ts';
import { RULES } from '../registry.ts';
import { appliesTo } from '../rule.ts';
import { runFloorRules, today, type FloorAnalysis, type FloorRunResult } from '../runRules.ts';
import type { Finding, RunOptions } from '../types.ts';

export interface Verdict {
  result: FloorRunResult;
  /** failing findings of the floor's rules the floor without the layout does not have */
  newFloorFails: Finding[];
}

/** The floor's luminaires and fresh-air outlets when the layout places its own (services.ts). */
export type FloorServices = Pick<Floor, 'luminaires' | 'airTerminals'>;

/** The plan with the floor's workstations (and, given, its luminaires and outlets) replaced (shallow copies down to that floor). */
export function planWithDesks(plan: PlanDocument, buildingId: string, floorId: string, desks: Workstation[], services?: FloorServices | null): PlanDocument {
  return {
    ...plan,
    site: {
      ...plan.site,
      buildings: plan.site.buildings.map((b) => (b.id !== buildingId ? b : { ...b, floors: b.floors.map((f) => (f.id !== floorId ? f : { ...f, workstations: desks, ...(services ?? {}) })) })),
    },
  };
}

export class LayoutJudge {
  readonly opts: RunOptions;
  readonly shiftOverlap: number;
  private baselineFloor: Set<string> = new Set();
  private baselineBuilding: Set<string> = new Set();
  /** failing findings of the floor with only the desks outside the target zones */
  preexisting: Finding[] = [];
  /** full rule runs made so far */
  runs = 0;
  /** the floor's luminaires and outlets while the layout places its own (null: the floor's own); the baseline keeps the floor's */
  services: FloorServices | null = null;

  readonly read: ProfileReader;

  constructor(
    readonly plan: PlanDocument,
    readonly buildingId: string,
    readonly floorId: string,
    /** desks of the floor outside the target zones: they stay */
    readonly others: Workstation[],
    opts: RunOptions,
  ) {
    this.opts = { ...opts, date: opts.date ?? today() };
    this.read = new ProfileReader(resolveProfile(plan, opts.profile));
    this.shiftOverlap = this.read.num('occupancy.shiftOverlap');
  }

  /** Checks the floor with no desks in the target zones: what fails then is not the layout's doing. */
  baseline(): FloorRunResult {
    const plan = planWithDesks(this.plan, this.buildingId, this.floorId, this.others);
    const result = runFloorRules(plan, this.buildingId, this.floorId, this.opts);
    this.runs++;
    const building = this.buildingFails(plan);
    this.baselineFloor = new Set(result.findings.filter((f) => f.status === 'fail').map((f) => f.key));
    this.baselineBuilding = new Set(building.map((f) => f.key));
    this.preexisting = [...result.findings.filter((f) => f.status === 'fail'), ...building];
    return result;
  }

  /** A full check of the floor with these desks in the target zones. */
  floor(desks: Workstation[], memory: FloorMemory<FloorAnalysis>): Verdict {
    const plan = planWithDesks(this.plan, this.buildingId, this.floorId, [...this.others, ...desks], this.services);
    const result = runFloorRules(plan, this.buildingId, this.floorId, this.opts, memory);
    this.runs++;
    return { result, newFloorFails: result.findings.filter((f) => f.status === 'fail' && !this.baselineFloor.has(f.key)) };
  }

  /** New failing findings of the building's rules (stair width) with these desks. Cheap: no walks. */
  building(desks: Workstation[]): Finding[] {
    const plan = planWithDesks(this.plan, this.buildingId, this.floorId, [...this.others, ...desks], this.services);
    return this.buildingFails(plan).filter((f) => !this.baselineBuilding.has(f.key));
  }

  private buildingFails(plan: PlanDocument): Finding[] {
    const ctx = new RunCache(plan, resolveProfile(plan, this.opts.profile), this.opts.date!);
    const building = plan.site.buildings.find((b) => b.id === this.buildingId) as Building;
    const facts = ctx.buildingFacts(building);
    return RULES.filter((r) => r.scope === 'building' && appliesTo(r, ctx.read.base)).flatMap((r) => (r.scope === 'building' ? r.check(ctx, facts) : [])).filter((f) => f.status === 'fail');
  }
}

// What a rule sees: the plan, the resolved profile, the check date, each building's facts and,
// per floor, analyses built lazily once and shared by every rule of that floor (zones of points,
// persons, rooms, compartments, walking distances, illuminance, reach).
// Types only: contextCache.ts computes and memoizes them. The analyses whose results a context
// holds (egress, reach, sprinklers) take explicit inputs (floorInputs.ts) instead of a context, so
// that nothing under src/rules imports in a circle.
import type { Building, Floor, PlanDocument } from '../floorplan/types.ts';
import type { BuildingFacts } from './buildingFacts.ts';
import type { FloorEgress } from './walking/egress.ts';
import type { ZoneLighting } from './analysis/illuminance.ts';
import type { ExtinguisherReach, RestReach } from './walking/reach.ts';
import type { SprinklerCredit, SprinklerJudgement } from './analysis/sprinklerLayout.ts';
import type { FloorInputs } from './floorInputs.ts';
import type { ResolvedProfile } from './profiles/parameter.ts';
import type { ProfileReader } from './profiles/reader.ts';

export type { BuildingFacts } from './buildingFacts.ts';
export type { FloorInputs } from './floorInputs.ts';
export type { ProfileReader } from './profiles/reader.ts';

/** One check of a plan: what building and site rules see. */
export interface RunContext {
  readonly plan: PlanDocument;
  readonly profile: ResolvedProfile;
  /** ISO date of the check */
  readonly date: string;
  readonly read: ProfileReader;
  buildingFacts(building: Building): BuildingFacts;
  /** The run's context of a floor (the one its floor rules see). */
  floor(building: Building, floor: Floor): FloorContext;
  /**
   * A context of the floor of its own, not the run's: for a building rule reading other floors
   * (their persons). The run's floor contexts carry links for re-using walks that only the
   * floor's own check may set (floorMemory.ts).
   */
  standaloneFloor(facts: BuildingFacts, floor: Floor): FloorContext;
  /** Keys of the findings the plan's reviews accept (the sprinkler credit reads them). */
  readonly acceptedKeys: ReadonlySet<string>;
}

/** One floor of a check: what floor rules see. Analyses are computed on first use. */
export interface FloorContext extends FloorInputs {
  readonly run: RunContext;
  readonly egress: FloorEgress;
  readonly lighting: Map<string, ZoneLighting>;
  readonly extinguisherReach: ExtinguisherReach;
  readonly restReach: RestReach;
  /** gb: the floor's sprinkler layout judged against GB 50084 (what fire.sprinkler-spacing reports) */
  readonly sprinklerJudgements: SprinklerJudgement[];
  /**
   * Whether the floor earns the sprinkler credit (GB 50016 Table 5.5.17 note, Table 5.3.1 note 1):
   * the building is marked sprinklered and the layout passes fire.sprinkler-spacing or its failing
   * findings are reviewed as accepted (analysis/sprinklerLayout.ts). The one input the sprinkler
   * factors of gb rules read; intl reads the building's mark.
   */
  readonly sprinklerCredit: SprinklerCredit;
}

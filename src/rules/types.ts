// The one shape every rule speaks is declared with the rest of the result vocabulary in
// results.ts (shared/docs/architecture.md §Findings); the rules import it from here.
import type { ProfileBase } from '../floorplan/types.ts';

export type { Comparator, Finding, FindingLocation, FindingStatus, Quantity, Requirement, RuleArea } from './results.ts';

export interface RunOptions {
  profile?: ProfileBase;
  /** ISO date the check is made on (inspection ages); default today */
  date?: string;
}

// The one shape every rule speaks (shared/docs/architecture.md §Findings), used by the editor,
// the 3D markers, the PDF and the command line.
import type { Point, ProfileBase } from '../floorplan/types.ts';

export type RuleArea = 'fire' | 'lighting' | 'ventilation' | 'space' | 'zoning' | 'site';
export type FindingStatus = 'pass' | 'fail' | 'warn' | 'n/a';
export type Comparator = '<=' | '>=' | '<' | '>' | '=' | 'in';

export interface Quantity {
  value: number | string | null;
  /** 'm', 'm²', 'lx', 'W/m²', 'm³/h·p', 'days', 'persons', 'count', '' … */
  unit: string;
}

export interface Requirement extends Quantity {
  comparator: Comparator;
}

export interface FindingLocation {
  buildingId?: string;
  floorId?: string;
  elementIds: string[];
  point?: Point;
}

export interface Finding {
  ruleId: string;
  area: RuleArea;
  status: FindingStatus;
  measured: Quantity;
  required: Requirement;
  /** e.g. 'GB 50016-2014 §5.5.17' */
  clause: string;
  /** i18n key under `rules.` in src/i18n, e.g. 'fire.travel-distance.fail' */
  messageKey: string;
  messageParams: Record<string, string | number>;
  where: FindingLocation;
  /** stable across runs: ruleId|building|floor|elements — reviews refer to it */
  key: string;
}

export interface RunOptions {
  profile?: ProfileBase;
  /** ISO date the check is made on (inspection ages); default today */
  date?: string;
}

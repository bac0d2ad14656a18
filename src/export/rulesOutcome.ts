// What the report models read from the rules engine. It mirrors the result of runRules
// (src/rules/runRules.ts); declared here so the export code builds and is tested on hand-made
// results, independent of how the engine computes them.
import type { ZoneUse } from '../floorplan/types.ts';
import type { Finding } from '../rules/types.ts';

export interface StatusCounts {
  fail: number;
  warn: number;
  pass: number;
  na: number;
}

export interface WorkstationAnalysis {
  id: string;
  zone: string | null;
  occupant: [number, number];
  /** walking distance to the nearest exit (m); Infinity or null when unreachable */
  walking: number | null;
  straight: number | null;
}

export interface ZoneAnalysis {
  id: string;
  use: ZoneUse;
  area: number;
  seats: number;
  illuminance?: number | null;
  uniformity?: number | null;
  lpd?: number | null;
  freshAirPerPerson?: number | null;
}

export interface FloorAnalysis {
  id: string;
  buildingId: string;
  seats: number;
  maxWalking: number | null;
  maxStraight: number | null;
  workstations: WorkstationAnalysis[];
  zones: ZoneAnalysis[];
}

/** One limit on the number of persons a floor may hold (exit width, fresh air, area per person …). */
export interface CapacityLimit {
  /** 'exit-width', 'exit-count', 'zones', 'area-per-seat', 'volume-per-person', 'fresh-air' */
  id: string;
  persons: number;
  /** what is missing for the present persons, in `unit` (0 when none) */
  shortfall?: number;
  unit?: string;
}

export interface FloorCapacity {
  floorId: string;
  seats: number;
  /** the smallest limit: the most persons the floor may hold */
  compliant: number | null;
  binding: CapacityLimit | null;
  limits: CapacityLimit[];
}

export interface RulesOutcome {
  findings: Finding[];
  summary: StatusCounts;
  capacity?: { floors: FloorCapacity[] };
  analysis?: {
    site?: { gfa: number; far: number; coverage: number; greenRatio: number };
    floors: FloorAnalysis[];
  };
}

/** Turns a finding into one sentence in the report's language. */
export type FindingFormatter = (finding: Finding, locale: 'zh-CN' | 'en') => string;

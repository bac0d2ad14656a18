// The one vocabulary of check results: a finding (measured against required, with its status),
// the order statuses are shown and ranked in, counting them, and the result of a run as the
// engine produces it. The panel, the exports, the command line and the proposals comparison
// read these shapes as they are (docs/check-json.md is the same shape as JSON).
import type { Point, ZoneUse } from '../floorplan/types.ts';
import type { RoleCounts } from '../floorplan/queries/seats.ts';
import type { OverrideProblem, ProfileBaseId } from './profiles/parameter.ts';

// ---------------------------------------------------------------------------------------------
// Findings

export const RULE_AREAS = ['fire', 'lighting', 'ventilation', 'space', 'zoning', 'site'] as const;
export type RuleArea = (typeof RULE_AREAS)[number];

/** The one order of statuses: worst first. Lists, tables and filters show them in it. */
export const STATUS_ORDER = ['fail', 'warn', 'pass', 'n/a'] as const;
export type FindingStatus = (typeof STATUS_ORDER)[number];

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

/** What one rule found about one thing: what was measured, what is required, and the status. */
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

// ---------------------------------------------------------------------------------------------
// Status order and counting

/** Place in STATUS_ORDER: 0 is the worst. */
const RANK = Object.fromEntries(STATUS_ORDER.map((s, i) => [s, i])) as Record<FindingStatus, number>;

/** For sorting worst first (fail, warn, pass, n/a); 0 for the same status. */
export function compareStatus(a: FindingStatus, b: FindingStatus): number {
  return RANK[a] - RANK[b];
}

/** The worse of two statuses (fail > warn > pass > n/a); `a` may be missing (nothing yet). */
export function worstStatus(a: FindingStatus | undefined, b: FindingStatus): FindingStatus {
  return a === undefined || RANK[b] < RANK[a] ? b : a;
}

/** Findings by status; 'n/a' is counted as `na` (a plain key in JSON and CSS). */
export interface StatusCounts {
  fail: number;
  warn: number;
  pass: number;
  na: number;
}

export type StatusCountKey = keyof StatusCounts;

export function statusCountKey(status: FindingStatus): StatusCountKey {
  return status === 'n/a' ? 'na' : status;
}

/** The count keys in the one status order. */
export const STATUS_COUNT_KEYS: readonly StatusCountKey[] = STATUS_ORDER.map(statusCountKey);

export function emptyCounts(): StatusCounts {
  return { fail: 0, warn: 0, pass: 0, na: 0 };
}

export function addStatus(counts: StatusCounts, status: FindingStatus): void {
  counts[statusCountKey(status)]++;
}

export function countStatuses(findings: readonly { status: FindingStatus }[]): StatusCounts {
  const counts = emptyCounts();
  for (const f of findings) addStatus(counts, f.status);
  return counts;
}

export function totalCount(counts: StatusCounts): number {
  return counts.fail + counts.warn + counts.pass + counts.na;
}

/** The worst status among the findings naming each element. */
export function worstStatusByElement(findings: readonly Finding[]): Map<string, FindingStatus> {
  const worst = new Map<string, FindingStatus>();
  for (const f of findings) for (const id of f.where.elementIds) worst.set(id, worstStatus(worst.get(id), f.status));
  return worst;
}

// ---------------------------------------------------------------------------------------------
// Capacity: how many persons each limit allows, which binds first, the shortfall

export interface CapacityLimit {
  /** 'exit-width', 'exit-count', 'zones', 'area-per-seat', 'volume-per-person', 'fresh-air' */
  id: string;
  /** persons the limit allows; null: no limit from it */
  allows: number | null;
  /** unit of `have`, `needed`, `shortfall` */
  unit: string;
  /** what the plan provides (exit width m, exits, zone area m², outdoor air m³/h …) */
  have: number;
  /** what the current persons need */
  needed: number;
  /** needed − have when short, else 0 */
  shortfall: number;
  clause: string;
}

export interface CapacityFigures {
  seats: number;
  byRole: RoleCounts;
  persons: number;
  /** compliant capacity: the fewest persons any limit allows (null: nothing limits) */
  capacity: number | null;
  /** the id of the limit that binds first */
  binding: string | null;
  limits: CapacityLimit[];
}

export interface ZoneCapacity extends CapacityFigures {
  id: string;
  name: string;
  use: string;
  area: number;
  /** zone area ÷ seats (null without seats) */
  areaPerSeat: number | null;
}

export interface FloorCapacity extends CapacityFigures {
  id: string;
  buildingId: string;
  name: string;
  level: number;
  zoneArea: number;
  netArea: number;
  grossArea: number;
  netAreaPerSeat: number | null;
  grossAreaPerSeat: number | null;
  zones: ZoneCapacity[];
}

export interface BuildingCapacity extends CapacityFigures {
  id: string;
  name: string;
  zoneArea: number;
  netArea: number;
  grossArea: number;
  floors: FloorCapacity[];
}

export interface SiteCapacity extends CapacityFigures {
  zoneArea: number;
  netArea: number;
  grossArea: number;
  buildings: BuildingCapacity[];
}

// ---------------------------------------------------------------------------------------------
// Analysis figures (walking distances, zone figures)

export interface WorkstationAnalysis {
  id: string;
  zone: string | null;
  occupant: [number, number];
  /** walking distance to the nearest exit (null: unreachable) */
  walking: number | null;
  /** straight-line distance to the nearest exit */
  straight: number | null;
}

export interface ZoneAnalysis {
  id: string;
  use: ZoneUse;
  area: number;
  seats: number;
  persons: number;
  enclosed: boolean;
  /** average maintained illuminance on the zone's reference plane (lx), the light.illuminance figure */
  illuminance: number;
  /** U0 of the point-by-point grid (null without luminaires) */
  uniformity: number | null;
  /** W/m² */
  lpd: number;
  /** m³/h per person (null without persons) */
  freshAirPerPerson: number | null;
}

export interface FloorAnalysis {
  id: string;
  buildingId: string;
  seats: number;
  persons: number;
  maxWalking: number | null;
  maxStraight: number | null;
  workstations: WorkstationAnalysis[];
  zones: ZoneAnalysis[];
}

export interface Analysis {
  site: { gfa: number; far: number; coverage: number; greenRatio: number };
  floors: FloorAnalysis[];
}

// ---------------------------------------------------------------------------------------------
// A run

export interface ProfileInfo {
  base: ProfileBaseId;
  /** gb open-floor reading in force */
  openFloorReading?: string;
  overridden: string[];
  problems: OverrideProblem[];
}

/** A full check of the plan (`check --json`). */
export interface RunResult {
  date: string;
  profile: ProfileInfo;
  findings: Finding[];
  summary: StatusCounts;
  capacity: SiteCapacity;
  analysis: Analysis;
}

/** A re-check of one floor: its floor rules, capacity and analysis. */
export interface FloorRunResult {
  date: string;
  profile: ProfileInfo;
  findings: Finding[];
  summary: StatusCounts;
  capacity: FloorCapacity;
  analysis: FloorAnalysis;
}

// ---------------------------------------------------------------------------------------------
// What a report reads of a run: the same shape, narrowed to the fields reports print, so a
// RunResult is one as it is and a test can hand-make one. Capacity and analysis may be missing
// (a report of findings alone); zone figures a report does not need may be left out.

export type ReportedCapacityLimit = Pick<CapacityLimit, 'id' | 'allows' | 'unit' | 'shortfall'>;

export type ReportedFloorCapacity = Pick<FloorCapacity, 'id' | 'seats' | 'capacity' | 'binding'> & { limits: readonly ReportedCapacityLimit[] };

export type ReportedZoneAnalysis = Pick<ZoneAnalysis, 'id' | 'use' | 'area' | 'seats'> &
  Partial<Pick<ZoneAnalysis, 'illuminance' | 'uniformity' | 'lpd' | 'freshAirPerPerson'>>;

export type ReportedFloorAnalysis = Pick<FloorAnalysis, 'id' | 'buildingId' | 'seats' | 'maxWalking' | 'maxStraight' | 'workstations'> & {
  zones: readonly ReportedZoneAnalysis[];
};

export interface ReportedRun {
  findings: readonly Finding[];
  capacity?: { buildings: readonly { floors: readonly ReportedFloorCapacity[] }[] };
  analysis?: { floors: readonly ReportedFloorAnalysis[] };
}

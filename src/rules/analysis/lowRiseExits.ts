// GB 55037-2022 §7.4.1-2 / GB 50016 §5.5.8-2, Table 5.5.8: a public building of few small storeys
// may have one exit (one stair) on every storey. Whether a building meets the table reads all of
// its storeys (each storey's area, the persons above the ground floor), so it is worked out once
// per building and check, and a remembered floor's findings depend on it (RunCache.settingsKey).
import { floorGrossArea } from '../../floorplan/queries/areas.ts';
import type { BuildingFacts, RunContext } from '../context.ts';

/** Why the table does or does not allow one exit: the first condition that fails. */
export type LowRiseVerdict = 'allowed' | 'storeys' | 'undrawn' | 'area' | 'persons';

export interface LowRiseExits {
  verdict: LowRiseVerdict;
  storeys: number;
  maxStoreys: number;
  /** the largest gross area of a drawn storey (m²) */
  largestStorey: number;
  maxStoreyArea: number;
  /** persons on the storeys above the ground floor (the table's 2nd + 3rd, or 2nd for grade 4) */
  upperPersons: number;
  maxUpperPersons: number;
  /** local parameter ids of the three limits, for clauses */
  ids: { storeys: string; area: string; persons: string };
}

/** Storeys above ground: the building's own count where the plan gives one, never fewer than the floors drawn. */
export function buildingStoreys(facts: BuildingFacts): number {
  return Math.max(facts.building.storeys ?? 0, facts.storeys);
}

const memo = new WeakMap<RunContext, Map<string, LowRiseExits>>();

function gradeSuffix(grade: number): string {
  return grade <= 2 ? 'g12' : grade === 3 ? 'g3' : 'g4';
}

function judge(run: RunContext, facts: BuildingFacts): LowRiseExits {
  const { read } = run;
  const g = gradeSuffix(facts.grade);
  const ids = { storeys: `fire.exits.lowRise.maxStoreys.${g}`, area: 'fire.exits.lowRise.maxStoreyArea', persons: `fire.exits.lowRise.maxUpperPersons.${g}` };
  const out: LowRiseExits = {
    verdict: 'allowed', storeys: buildingStoreys(facts), maxStoreys: read.num(ids.storeys), largestStorey: 0,
    maxStoreyArea: read.num(ids.area), upperPersons: 0, maxUpperPersons: read.num(ids.persons), ids,
  };
  // The table is for buildings of two or three storeys: a single-storey building is §5.5.8-1's
  // case (≤ 200 m², ≤ 50 persons); read literally, the table would drop its 50-person limit.
  if (out.storeys < 2 || out.storeys > out.maxStoreys) return { ...out, verdict: 'storeys' };
  const { building } = facts;
  const above = building.floors.filter((f) => f.level >= 1);
  for (const f of above) out.largestStorey = Math.max(out.largestStorey, floorGrossArea(building, f));
  out.largestStorey = Math.round(out.largestStorey * 10) / 10;
  // every storey must be known: a storey not drawn has unknown area and persons
  for (let level = 1; level <= out.storeys; level++) {
    if (!above.some((f) => f.level === level)) return { ...out, verdict: 'undrawn' };
  }
  if (out.largestStorey > out.maxStoreyArea + 1e-9) return { ...out, verdict: 'area' };
  // A context of its own (not the run's): the run's floor contexts carry links for re-use that
  // must be set by whoever checks that floor.
  for (const f of above) if (f.level >= 2) out.upperPersons += run.standaloneFloor(facts, f).occupancy.persons;
  if (out.upperPersons > out.maxUpperPersons) return { ...out, verdict: 'persons' };
  return out;
}

/** Table 5.5.8 for the building (gb profile only). */
export function lowRiseExits(run: RunContext, facts: BuildingFacts): LowRiseExits {
  let byBuilding = memo.get(run);
  if (!byBuilding) memo.set(run, (byBuilding = new Map()));
  const known = byBuilding.get(facts.building.id);
  if (known) return known;
  const judged = judge(run, facts);
  byBuilding.set(facts.building.id, judged);
  return judged;
}

/** What floor findings read of other storeys, for the settings a remembered floor must match ('' outside gb). */
export function lowRiseExitsKey(run: RunContext, facts: BuildingFacts): string {
  if (run.read.base !== 'gb') return '';
  const r = lowRiseExits(run, facts);
  return `${r.verdict}:${r.storeys}:${r.largestStorey}:${r.upperPersons}`;
}

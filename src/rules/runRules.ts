// Runs every rule of the profile over a plan (or one floor of it) and gathers findings, the
// summary, capacity and the analysis figures (the `check --json` output, docs/check-json.md).
import type { Building, Floor, PlanDocument, Zone } from '../floorplan/types.ts';
import { siteFigures } from '../floorplan/queries/areas.ts';
import { sumCapacity, floorCapacity } from './capacity.ts';
import type { FloorContext, RunContext } from './context.ts';
import { RunCache } from './contextCache.ts';
import { FloorMemory, type FloorChange, type FloorCheck, type FloorOutcome } from './floorMemory.ts';
import { makeFinding } from './finding.ts';
import { resolveProfile } from './profiles/resolveProfile.ts';
import { RULES } from './registry.ts';
import { appliesTo, type Rule } from './rule.ts';
import { finiteOrNull, seatFigures } from './analysis/seatFigures.ts';
import { freshAirByZone } from './rules/ventilation/freshAir.ts';
import { countStatuses, type BuildingCapacity, type Finding, type FloorAnalysis, type FloorCapacity, type FloorRunResult, type ProfileInfo, type RunResult } from './results.ts';
import type { RunOptions } from './types.ts';

// What a run returns is declared with the rest of the result vocabulary (results.ts).
export type { FloorAnalysis, FloorRunResult, RunResult } from './results.ts';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function runContext(plan: PlanDocument, opts: RunOptions): RunCache {
  const profile = resolveProfile(plan, opts.profile);
  return new RunCache(plan, profile, opts.date ?? today());
}

function profileInfo(ctx: RunContext): ProfileInfo {
  const info: ProfileInfo = { base: ctx.profile.base, overridden: [...ctx.profile.overridden], problems: ctx.profile.problems };
  if (ctx.read.has('fire.openFloorReading')) info.openFloorReading = ctx.read.str('fire.openFloorReading');
  return info;
}

/** A rule that throws reports itself as n/a with the error, and the other rules still run. */
function safely(rule: Rule, where: { buildingId?: string; floorId?: string }, run: () => Finding[]): Finding[] {
  try {
    return run();
  } catch (error) {
    return [makeFinding(rule.id, rule.area, {
      status: 'n/a', variant: 'error', measured: { value: null, unit: '' }, required: { value: null, unit: '', comparator: '=' },
      clause: '', params: { message: error instanceof Error ? error.message : String(error) }, ...where,
    })];
  }
}

function floorRuleFindings(ctx: FloorContext): Finding[] {
  const base = ctx.read.base;
  return RULES.filter((r) => r.scope === 'floor' && appliesTo(r, base)).flatMap((r) =>
    safely(r, { buildingId: ctx.buildingId, floorId: ctx.floorId }, () => (r.scope === 'floor' ? r.check(ctx) : [])),
  );
}

export function floorAnalysis(ctx: FloorContext): FloorAnalysis {
  const egress = ctx.egress;
  const { workstations, maxWalking, maxStraight } = seatFigures(egress.lineage, egress.seats);
  let freshAir: Map<Zone, number> | null = null;
  const zones = ctx.floor.zones.map((z) => {
    const occ = ctx.occupancy.zones.get(z.id)!;
    const light = ctx.lighting.get(z.id)!;
    return {
      id: z.id,
      use: z.use,
      area: finiteOrNull(occ.area) ?? 0,
      seats: occ.seats.length,
      persons: occ.persons,
      enclosed: ctx.enclosures.get(z.id)?.enclosed ?? false,
      illuminance: finiteOrNull(light.average, 1) ?? 0,
      uniformity: light.uniformity === null ? null : finiteOrNull(light.uniformity, 3),
      lpd: finiteOrNull(light.powerDensity) ?? 0,
      freshAirPerPerson: occ.persons > 0 ? finiteOrNull((freshAir ??= freshAirByZone(ctx)).get(z)! / occ.persons) : null,
    };
  });
  return {
    id: ctx.floorId,
    buildingId: ctx.buildingId,
    seats: ctx.floor.workstations.length,
    persons: ctx.occupancy.persons,
    maxWalking: maxWalking === null ? null : finiteOrNull(maxWalking),
    maxStraight: maxStraight === null ? null : finiteOrNull(maxStraight),
    workstations,
    zones,
  };
}

function findFloor(plan: PlanDocument, buildingId: string, floorId: string): { building: Building; floor: Floor } | null {
  const building = plan.site.buildings.find((b) => b.id === buildingId);
  const floor = building?.floors.find((f) => f.id === floorId);
  return building && floor ? { building, floor } : null;
}

function floorOutcome(ctx: FloorContext): FloorOutcome<FloorAnalysis> {
  return { findings: floorRuleFindings(ctx), capacity: floorCapacity(ctx), analysis: floorAnalysis(ctx) };
}

const floorChecks = new Map<string, FloorCheck<FloorAnalysis>>();

/** A floor's check in parts (each floor rule on its own), for a memory that keeps the findings of rules whose inputs held. */
function floorCheck(base: ProfileInfo['base']): FloorCheck<FloorAnalysis> {
  let check = floorChecks.get(base);
  if (!check) {
    const parts = RULES.filter((r) => r.scope === 'floor' && appliesTo(r, base)).map((r) => ({
      id: r.id,
      run: (ctx: FloorContext) => safely(r, { buildingId: ctx.buildingId, floorId: ctx.floorId }, () => (r.scope === 'floor' ? r.check(ctx) : [])),
    }));
    floorChecks.set(base, (check = { parts, capacity: floorCapacity, analysis: floorAnalysis }));
  }
  return check;
}

/** One floor's findings, capacity and analysis: through the memory when there is one. `changed`: what the edit changed on the floor. */
function checkFloor(ctx: RunCache, building: Building, floor: Floor, memory?: FloorMemory<FloorAnalysis>, changed?: FloorChange): FloorOutcome<FloorAnalysis> {
  return memory ? memory.outcome(ctx, building, floor, floorCheck(ctx.read.base), changed) : floorOutcome(ctx.floor(building, floor));
}

/**
 * `memory`: what a long-lived checker (the worker) keeps between checks of versions of the same
 * plan, so unchanged floors and walks are not measured again (floorMemory.ts).
 */
export function runRules(plan: PlanDocument, opts: RunOptions = {}, memory?: FloorMemory<FloorAnalysis>): RunResult {
  return runRulesWith(plan, opts, (ctx, building, floor) => checkFloor(ctx, building, floor, memory), memory);
}

/** The floors a full check visits, in its order (each building's floors by level). */
export function floorsInCheckOrder(plan: PlanDocument): { buildingId: string; floorId: string; seats: number }[] {
  return plan.site.buildings.flatMap((b) =>
    [...b.floors].sort((x, y) => x.level - y.level).map((f) => ({ buildingId: b.id, floorId: f.id, seats: f.workstations.length })),
  );
}

/** A floor's share of a full check as computed elsewhere (another thread): see floorsInCheckOrder. */
export type FloorOutcomeOf = (ctx: RunCache, building: Building, floor: Floor) => FloorOutcome<FloorAnalysis>;

function siteRuleFindings(ctx: RunCache): Finding[] {
  const base = ctx.read.base;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.scope === 'site' && appliesTo(rule, base)) findings.push(...safely(rule, {}, () => rule.check(ctx)));
  }
  return findings;
}

function buildingRuleFindings(ctx: RunCache, building: Building): Finding[] {
  const base = ctx.read.base;
  const facts = ctx.buildingFacts(building);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.scope === 'building' && appliesTo(rule, base)) findings.push(...safely(rule, { buildingId: building.id }, () => rule.check(ctx, facts)));
  }
  return findings;
}

/** The findings of a full check's site rules and of each building's rules. */
export interface PlanRuleFindings {
  site: Finding[];
  buildings: Map<Building, Finding[]>;
}

/** The site and building rules of a full check on their own (for a check whose floors are done elsewhere meanwhile). */
export function planRuleFindings(plan: PlanDocument, opts: RunOptions): PlanRuleFindings {
  const ctx = runContext(plan, opts);
  const site = siteRuleFindings(ctx);
  const buildings = new Map<Building, Finding[]>();
  for (const building of plan.site.buildings) {
    buildings.set(building, buildingRuleFindings(ctx, building));
    ctx.releaseFloors(building);
  }
  return { site, buildings };
}

/**
 * A full check whose floors come from `outcomeOf` (computed here, remembered, or computed by
 * other threads); site and building rules (unless given, done beforehand) and the totals are done here.
 */
export function runRulesWith(plan: PlanDocument, opts: RunOptions, outcomeOf: FloorOutcomeOf, memory?: FloorMemory<FloorAnalysis>, ruled?: PlanRuleFindings): RunResult {
  const ctx = runContext(plan, opts);
  const findings: Finding[] = [];
  const floors: FloorAnalysis[] = [];
  const buildings: BuildingCapacity[] = [];
  findings.push(...(ruled ? ruled.site : siteRuleFindings(ctx)));
  for (const building of plan.site.buildings) {
    findings.push(...(ruled?.buildings.get(building) ?? buildingRuleFindings(ctx, building)));
    const floorCaps: FloorCapacity[] = [];
    for (const floor of [...building.floors].sort((a, b) => a.level - b.level)) {
      const outcome = outcomeOf(ctx, building, floor);
      findings.push(...outcome.findings);
      floors.push(outcome.analysis);
      floorCaps.push(outcome.capacity);
    }
    buildings.push({ id: building.id, name: building.name, ...sumCapacity(floorCaps), floors: floorCaps });
    // site and building rules ran before the floors: nothing reads this building's floors again
    ctx.releaseFloors(building);
  }
  memory?.retain(new Set(plan.site.buildings.flatMap((b) => b.floors.map((f) => `${b.id}\u0000${f.id}`))));
  const site = siteFigures(plan);
  return {
    date: ctx.date,
    profile: profileInfo(ctx),
    findings,
    summary: countStatuses(findings),
    capacity: { ...sumCapacity(buildings), buildings },
    analysis: {
      site: { gfa: Math.round(site.grossFloorArea * 100) / 100, far: site.far, coverage: site.coverage, greenRatio: site.greenRatio },
      floors,
    },
  };
}

/** Re-check only one floor (after an edit): its floor rules, capacity and analysis. Building and site rules are not run. */
export function runFloorRules(plan: PlanDocument, buildingId: string, floorId: string, opts: RunOptions = {}, memory?: FloorMemory<FloorAnalysis>, changed?: FloorChange): FloorRunResult {
  const ref = findFloor(plan, buildingId, floorId);
  if (!ref) throw new Error(`no floor ${floorId} in building ${buildingId}`);
  const ctx = runContext(plan, opts);
  const outcome = checkFloor(ctx, ref.building, ref.floor, memory, changed);
  return {
    date: ctx.date,
    profile: profileInfo(ctx),
    findings: outcome.findings,
    summary: countStatuses(outcome.findings),
    capacity: outcome.capacity,
    analysis: outcome.analysis,
  };
}

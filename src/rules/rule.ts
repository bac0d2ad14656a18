// A rule is data (id, area, the profile parameters it reads) plus a pure check over one scope:
// a floor, a building, or the site. Floor rules can be re-run for the one floor an edit touched.
import type { BuildingFacts, FloorContext, RunContext } from './context.ts';
import { makeFinding, type FindingInput } from './finding.ts';
import type { ProfileBaseId } from './profiles/parameter.ts';
import type { Finding, RuleArea } from './types.ts';

interface RuleData {
  id: string;
  area: RuleArea;
  /**
   * Parameter ids (without the profile prefix) the rule reads, per profile. A profile missing
   * here: the rule does not apply under it and emits nothing.
   */
  parameters: Partial<Record<ProfileBaseId, readonly string[]>>;
}

export interface FloorRule extends RuleData {
  scope: 'floor';
  check(ctx: FloorContext): Finding[];
}

export interface BuildingRule extends RuleData {
  scope: 'building';
  check(ctx: RunContext, building: BuildingFacts): Finding[];
}

export interface SiteRule extends RuleData {
  scope: 'site';
  check(ctx: RunContext): Finding[];
}

export type Rule = FloorRule | BuildingRule | SiteRule;

export function appliesTo(rule: Rule, base: ProfileBaseId): boolean {
  return rule.parameters[base] !== undefined;
}

/** A finding of a floor rule, located on the floor. */
export function floorFinding(rule: RuleData, ctx: FloorContext, input: Omit<FindingInput, 'buildingId' | 'floorId'>): Finding {
  return makeFinding(rule.id, rule.area, input, ctx.buildingId, ctx.floorId);
}

export function buildingFinding(rule: RuleData, building: BuildingFacts, input: Omit<FindingInput, 'buildingId' | 'floorId'>): Finding {
  return makeFinding(rule.id, rule.area, input, building.building.id);
}

export function siteFinding(rule: RuleData, input: FindingInput): Finding {
  return makeFinding(rule.id, rule.area, input);
}

// A profile parameter: one threshold (or switch) as data, with the clause it comes from, so that
// reports print it beside the measured value and plans can override it by id.
export type ParameterValue = number | string | boolean;

export interface Parameter {
  /** e.g. 'gb.fire.travel.hall' */
  id: string;
  value: ParameterValue;
  /** 'm', 'm²', 'lx', '×', 'persons', '' … */
  unit: string;
  /** e.g. 'GB 50016-2014 §5.5.17-4' */
  clause: string;
  /** a violation is only a warning: a 宜 clause, a recommended standard, an unverified value */
  advisory?: boolean;
  note?: string;
}

export type ProfileBaseId = 'gb' | 'intl';

/** The fields of a profile table entry besides its id and value. */
export type ParameterExtra = Partial<Omit<Parameter, 'id' | 'value'>>;

/**
 * An entry of a profile table with its literal id and default value (what parameterIds.ts derives
 * the ids from). Overrides may change the value but not its kind (resolveProfile.ts).
 */
export interface DeclaredParameter<Id extends string, V extends ParameterValue> extends Parameter {
  readonly id: Id;
  value: V;
}

export interface OverrideProblem {
  id: string;
  /** unknown: in no profile; wrong-type: e.g. a string for a number; other-profile: an id of the profile not in use */
  reason: 'unknown' | 'wrong-type' | 'other-profile';
}

export interface ResolvedProfile {
  base: ProfileBaseId;
  /** every parameter of the base, overrides applied */
  parameters: ReadonlyMap<string, Parameter>;
  /** ids whose value came from the plan's overrides */
  overridden: ReadonlySet<string>;
  problems: OverrideProblem[];
}

/** A parameter by id; a missing id is a bug in a rule, not bad input. */
export function parameter(profile: ResolvedProfile, id: string): Parameter {
  const p = profile.parameters.get(id);
  if (!p) throw new Error(`profile ${profile.base} has no parameter ${id}`);
  return p;
}

export function hasParameter(profile: ResolvedProfile, id: string): boolean {
  return profile.parameters.has(id);
}

export function numberParameter(profile: ResolvedProfile, id: string): number {
  const p = parameter(profile, id);
  if (typeof p.value !== 'number') throw new Error(`parameter ${id} is not a number`);
  return p.value;
}

export function stringParameter(profile: ResolvedProfile, id: string): string {
  return String(parameter(profile, id).value);
}

export function booleanParameter(profile: ResolvedProfile, id: string): boolean {
  return parameter(profile, id).value === true;
}

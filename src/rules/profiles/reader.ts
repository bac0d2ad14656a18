// Parameters of the profile in use by their local id (without the profile prefix): rules read
// 'fire.travel.hall' under either profile.
//
// Ids are typed (parameterIds.ts): an id written as a literal must be one a profile declares, and
// `num`, `str` and `bool` take only ids whose value is of that kind, so a typo fails the type
// check. An id computed from a family (`light.u0.${zone.use}`) must name at least one declared id;
// one built from a plain string is not checked by the compiler. Either is looked up when read, and
// a missing id throws (a bug in the rule; guard such families with `has`).
// A reader of either base (the default, what rules get) takes the ids of both profiles: whether
// the profile in use has the id is known only when the rule runs (a rule's `parameters` list per
// profile, rule.ts, is checked against the profiles by test/rules/profiles/reader.test.ts). A
// ProfileReader<'gb'> (from `read.as('gb')`) takes that base's ids only.
import { parameter, type Parameter, type ParameterValue, type ProfileBaseId, type ResolvedProfile } from './parameter.ts';
import type { LocalParameterId } from './parameterIds.ts';

/**
 * The id argument of a read: `I` when it names at least one declared id of base `B` with a value
 * of kind `V` (a literal id, a family such as `light.u0.${ZoneUse}`, or a computed string), else
 * the declared ids (so that the error lists them).
 */
export type ParameterIdArg<I extends string, B extends ProfileBaseId, V extends ParameterValue = ParameterValue> =
  [Extract<LocalParameterId<B, V>, I>] extends [never] ? LocalParameterId<B, V> : I;

export class ProfileReader<B extends ProfileBaseId = ProfileBaseId> {
  constructor(readonly profile: ResolvedProfile) {}
  get base(): B {
    return this.profile.base as B;
  }
  /** This reader typed for `base` when that is the profile in use (it then takes that base's ids only), else null. */
  as<Base extends B>(base: Base): ProfileReader<Base> | null {
    return this.profile.base === base ? new ProfileReader<Base>(this.profile) : null;
  }
  id<I extends string>(local: ParameterIdArg<I, B>): string {
    return this.fullId(local);
  }
  has<I extends string>(local: ParameterIdArg<I, B>): boolean {
    return this.profile.parameters.has(this.fullId(local));
  }
  param<I extends string>(local: ParameterIdArg<I, B>): Parameter {
    return this.lookup(local);
  }
  num<I extends string>(local: ParameterIdArg<I, B, number>): number {
    const v = this.lookup(local).value;
    if (typeof v !== 'number') throw new Error(`parameter ${this.fullId(local)} is not a number`);
    return v;
  }
  str<I extends string>(local: ParameterIdArg<I, B, string>): string {
    return String(this.lookup(local).value);
  }
  bool<I extends string>(local: ParameterIdArg<I, B, boolean>): boolean {
    return this.lookup(local).value === true;
  }
  clause<I extends string>(local: ParameterIdArg<I, B>): string {
    return this.lookup(local).clause;
  }
  advisory<I extends string>(local: ParameterIdArg<I, B>): boolean {
    return this.lookup(local).advisory === true;
  }

  private fullId(local: string): string {
    return `${this.profile.base}.${local}`;
  }
  private lookup(local: string): Parameter {
    return parameter(this.profile, this.fullId(local));
  }
}

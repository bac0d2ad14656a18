// The parameter ids rules may read, derived from the profile tables (gb.ts, intl.ts): a typo in an
// id, or asking a number of a switch, fails the type check instead of throwing during a check
// (how reads use them: reader.ts). Ids are local, without the profile prefix.
import type { GB_PARAMETERS } from './gb.ts';
import type { INTL_PARAMETERS } from './intl.ts';
import type { ParameterValue, ProfileBaseId } from './parameter.ts';

interface Declared {
  gb: (typeof GB_PARAMETERS)[number];
  intl: (typeof INTL_PARAMETERS)[number];
}

/**
 * Local id of a parameter that profile `B` declares, with a value of kind `V`. For a union of
 * bases (the default) it is the union of their ids: a rule that runs under both profiles may name
 * an id of either, and whether the profile in use has it is checked when the rule reads it (or by
 * `has`). A reader typed for one base (`ProfileReader<'gb'>`, reader.ts) takes that base's ids only.
 */
export type LocalParameterId<B extends ProfileBaseId = ProfileBaseId, V extends ParameterValue = ParameterValue> =
  B extends ProfileBaseId ? LocalOf<Declared[B], B, V> : never;

type LocalOf<P, B extends string, V> = P extends { id: `${B}.${infer L}`; value: infer Value } ? (Value extends V ? L : never) : never;

// Guard: an entry whose id is not a literal (built from a plain string) would widen every id to
// `string` and silently switch the checking off.
type LiteralIds<T> = string extends T ? false : true;
const idsAreLiteral: LiteralIds<LocalParameterId<'gb'>> & LiteralIds<LocalParameterId<'intl'>> = true;
void idsAreLiteral;

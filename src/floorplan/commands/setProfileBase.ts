// Choose the rule set a plan is checked under (GB or international). The plan's overrides are
// kept as they are: those of the other set are reported by resolveProfile, not applied, and count
// again when the user switches back.
import { PROFILE_BASES, type ProfileBase } from '../types.ts';
import { refuse, type Command } from './command.ts';

export interface SetProfileBaseArgs {
  base: ProfileBase;
}

export const setProfileBase: Command<SetProfileBaseArgs> = {
  type: 'profile/set-base',
  labelKey: 'ruleSet.command',
  apply(draft, { base }) {
    if (!PROFILE_BASES.includes(base)) return refuse('ruleSet.refused.unknown');
    // a plan without a profile is checked under GB (resolveProfile): choosing GB changes nothing
    if ((draft.profile?.base ?? 'gb') === base) return undefined;
    draft.profile = { base, overrides: draft.profile?.overrides ?? {} };
    return undefined;
  },
};

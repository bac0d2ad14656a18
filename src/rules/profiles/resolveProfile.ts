// The profile a check runs under: the base's parameters with the plan's overrides applied.
// Override keys are parameter ids ('gb.fire.travel.hall'); the base prefix may be left out
// ('fire.travel.hall'). Unknown ids and values of the wrong type are reported, never applied.
import type { PlanDocument } from '../../floorplan/types.ts';
import { GB_PARAMETERS } from './gb.ts';
import { INTL_PARAMETERS } from './intl.ts';
import type { OverrideProblem, Parameter, ProfileBaseId, ResolvedProfile } from './parameter.ts';

export const PROFILE_PARAMETERS: Record<ProfileBaseId, readonly Parameter[]> = {
  gb: GB_PARAMETERS,
  intl: INTL_PARAMETERS,
};

function otherBase(base: ProfileBaseId): ProfileBaseId {
  return base === 'gb' ? 'intl' : 'gb';
}

export function resolveProfile(plan: Pick<PlanDocument, 'profile'>, base?: ProfileBaseId): ResolvedProfile {
  const chosen: ProfileBaseId = base ?? plan.profile?.base ?? 'gb';
  const parameters = new Map<string, Parameter>(PROFILE_PARAMETERS[chosen].map((p) => [p.id, p]));
  const otherIds = new Set(PROFILE_PARAMETERS[otherBase(chosen)].map((p) => p.id));
  const overridden = new Set<string>();
  const problems: OverrideProblem[] = [];
  for (const [key, value] of Object.entries(plan.profile?.overrides ?? {})) {
    const id = parameters.has(key) ? key : parameters.has(`${chosen}.${key}`) ? `${chosen}.${key}` : null;
    if (id === null) {
      const inOther = otherIds.has(key) || otherIds.has(`${otherBase(chosen)}.${key}`);
      problems.push({ id: key, reason: inOther ? 'other-profile' : 'unknown' });
      continue;
    }
    const current = parameters.get(id)!;
    if (typeof value !== typeof current.value || (typeof value === 'number' && !Number.isFinite(value))) {
      problems.push({ id: key, reason: 'wrong-type' });
      continue;
    }
    parameters.set(id, { ...current, value });
    overridden.add(id);
  }
  return { base: chosen, parameters, overridden, problems };
}

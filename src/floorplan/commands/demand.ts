// Demand profiles of the plan (`demand`): add, edit, remove — each one undoable step. A profile
// whose inputs cannot be computed is refused with the first problem's reason, and a scope must
// name a floor, building or tenant the plan has.
import { demandProblems } from '../queries/demandInputs.ts';
import { findBuilding, findFloor } from '../queries/lookup.ts';
import type { DemandProfile, DemandScope, PlanDocument } from '../types.ts';
import { refuse, type Command, type CommandOutcome } from './command.ts';
import { firstFreeId } from './idSpace.ts';

/** The refusal of a profile: 'demand.problems.<key>', or null when it may be stored. */
function profileRefusal(plan: PlanDocument, profile: DemandProfile): CommandOutcome | null {
  const problem = demandProblems(profile)[0];
  if (problem) return refuse(`demand.problems.${problem.key}`);
  const { floorId, buildingId, tenantId } = profile.scope ?? {};
  if (floorId && !findFloor(plan, floorId)) return refuse('demand.refused.noScope', [floorId]);
  if (buildingId && !findBuilding(plan, buildingId)) return refuse('demand.refused.noScope', [buildingId]);
  if (tenantId && !plan.tenants?.some((t) => t.id === tenantId)) return refuse('demand.refused.noScope', [tenantId]);
  return null;
}

/** A stored copy without empty optional fields (the file keeps only what was given). */
function cleaned(profile: DemandProfile): DemandProfile {
  const scope: DemandScope = {};
  if (profile.scope?.buildingId) scope.buildingId = profile.scope.buildingId;
  if (profile.scope?.floorId) scope.floorId = profile.scope.floorId;
  if (profile.scope?.tenantId) scope.tenantId = profile.scope.tenantId;
  return {
    id: profile.id,
    name: profile.name.trim(),
    scope,
    intervals: profile.intervals.map((iv) => ({ start: iv.start, callsPerHour: iv.callsPerHour })),
    ahtSeconds: profile.ahtSeconds,
    serviceLevel: { percent: profile.serviceLevel.percent, seconds: profile.serviceLevel.seconds },
    shrinkage: profile.shrinkage,
    ...(profile.maxOccupancy !== undefined ? { maxOccupancy: profile.maxOccupancy } : {}),
    hoursOfOperation: { open: profile.hoursOfOperation.open, close: profile.hoursOfOperation.close },
    shiftHours: profile.shiftHours,
    ...(profile.shiftOverlapHours ? { shiftOverlapHours: profile.shiftOverlapHours } : {}),
  };
}

/** An id no profile has: demand-1, demand-2 … (in this peer's id space when shared) */
export function nextDemandId(plan: PlanDocument): string {
  return firstFreeId('demand-', new Set((plan.demand ?? []).map((p) => p.id)));
}

export interface AddDemandArgs {
  /** the id is given by the caller (nextDemandId) so it can select the new profile */
  profile: DemandProfile;
}

export const addDemand: Command<AddDemandArgs> = {
  type: 'demand/add',
  labelKey: 'demand.commands.add',
  apply(draft, { profile }) {
    if (!profile || typeof profile.id !== 'string' || profile.id === '') return refuse('demand.refused.noId');
    if (draft.demand?.some((p) => p.id === profile.id)) return refuse('demand.refused.idTaken', [profile.id]);
    const refusal = profileRefusal(draft, profile);
    if (refusal) return refusal;
    draft.demand = [...(draft.demand ?? []), cleaned(profile)];
    return undefined;
  },
};

export interface EditDemandArgs {
  id: string;
  /** the fields to change (the id stays) */
  changes: Partial<Omit<DemandProfile, 'id'>>;
}

export const editDemand: Command<EditDemandArgs> = {
  type: 'demand/edit',
  labelKey: 'demand.commands.edit',
  apply(draft, { id, changes }) {
    const index = draft.demand?.findIndex((p) => p.id === id) ?? -1;
    if (index < 0) return refuse('demand.refused.notFound', [id]);
    const current = draft.demand![index]!;
    // plain copy of the draft entry, so the check below reads values, not the draft
    const next: DemandProfile = { ...JSON.parse(JSON.stringify(current)), ...changes, id };
    // an optional field given as undefined is cleared
    for (const key of ['maxOccupancy', 'shiftOverlapHours'] as const) if (key in changes && changes[key] === undefined) delete next[key];
    const refusal = profileRefusal(draft, next);
    if (refusal) return refusal;
    const stored = cleaned(next);
    if (JSON.stringify(stored) === JSON.stringify(cleaned(JSON.parse(JSON.stringify(current))))) return undefined;
    draft.demand![index] = stored;
    return undefined;
  },
};

export interface RemoveDemandArgs {
  id: string;
}

export const removeDemand: Command<RemoveDemandArgs> = {
  type: 'demand/remove',
  labelKey: 'demand.commands.remove',
  apply(draft, { id }) {
    const index = draft.demand?.findIndex((p) => p.id === id) ?? -1;
    if (index < 0) return refuse('demand.refused.notFound', [id]);
    draft.demand!.splice(index, 1);
    if (draft.demand!.length === 0) delete draft.demand;
    return undefined;
  },
};

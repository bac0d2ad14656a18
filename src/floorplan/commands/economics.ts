// Named, undoable edits of the park's economics: tenants, phases, the phase of a building or a
// floor (docs/economics.md). Cost parameters are set by proposals' `setCosts`, which keeps the
// optional amounts (cleanCostParameters).
import { findFloor } from '../queries/lookup.ts';
import type { Phase, PlanDocument, Tenant } from '../types.ts';
import { refuse, type Command, type CommandOutcome } from './command.ts';
import { firstFreeId } from './idSpace.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function realDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Why a tenant cannot be stored as it is, or null. */
export function tenantProblem(plan: PlanDocument, t: Tenant): string | null {
  if (!t.id) return 'economics.refused.noId';
  if (t.name.trim() === '') return 'economics.refused.noName';
  if (t.seats !== undefined && !(Number.isInteger(t.seats) && t.seats >= 0)) return 'economics.refused.badSeats';
  if (t.rentPerSeatMonth !== undefined && !(Number.isFinite(t.rentPerSeatMonth) && t.rentPerSeatMonth >= 0)) return 'economics.refused.badRent';
  if ((t.leaseStart !== undefined && !realDay(t.leaseStart)) || (t.leaseEnd !== undefined && !realDay(t.leaseEnd))) return 'economics.refused.badDate';
  if (t.leaseStart && t.leaseEnd && t.leaseEnd < t.leaseStart) return 'economics.refused.endBeforeStart';
  if ((t.floorIds ?? []).some((id) => !findFloor(plan, id))) return 'economics.refused.unknownFloor';
  const zones = new Set(plan.site.buildings.flatMap((b) => b.floors.flatMap((f) => f.zones.map((z) => z.id))));
  if ((t.zoneIds ?? []).some((id) => !zones.has(id))) return 'economics.refused.unknownZone';
  return null;
}

function phaseProblem(p: Phase): string | null {
  if (!p.id) return 'economics.refused.noId';
  if (p.name.trim() === '') return 'economics.refused.noName';
  if ((p.start !== undefined && !realDay(p.start)) || (p.end !== undefined && !realDay(p.end))) return 'economics.refused.badDate';
  if (p.start && p.end && p.end < p.start) return 'economics.refused.endBeforeStart';
  return null;
}

/** The object without its undefined fields and with trimmed names and no empty id lists (what the file holds). */
function tidy<T extends { name: string }>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = k === 'name' && typeof v === 'string' ? v.trim() : v;
  }
  return out as T;
}

export interface AddTenantArgs {
  tenant: Tenant;
}

export const addTenant: Command<AddTenantArgs> = {
  type: 'economics/add-tenant',
  labelKey: 'economics.commands.addTenant',
  apply(draft, { tenant }) {
    const list = draft.tenants ?? [];
    if (list.some((t) => t.id === tenant.id)) return refuse('economics.refused.duplicateId', [tenant.id]);
    const problem = tenantProblem(draft, tenant);
    if (problem) return refuse(problem, [tenant.id]);
    draft.tenants = [...list, tidy(tenant)];
    return undefined;
  },
};

export interface EditTenantArgs {
  id: string;
  /** fields to change; `undefined` clears an optional field */
  props: Partial<Omit<Tenant, 'id'>>;
}

export const editTenant: Command<EditTenantArgs> = {
  type: 'economics/edit-tenant',
  labelKey: 'economics.commands.editTenant',
  apply(draft, { id, props }) {
    const list = draft.tenants ?? [];
    const index = list.findIndex((t) => t.id === id);
    if (index < 0) return refuse('economics.refused.notFound', [id]);
    const next = tidy({ ...list[index]!, ...props, id });
    const problem = tenantProblem(draft, next);
    if (problem) return refuse(problem, [id]);
    list[index] = next;
    return undefined;
  },
};

export interface RemoveByIdArgs {
  id: string;
}

export const removeTenant: Command<RemoveByIdArgs> = {
  type: 'economics/remove-tenant',
  labelKey: 'economics.commands.removeTenant',
  apply(draft, { id }) {
    const list = draft.tenants ?? [];
    const index = list.findIndex((t) => t.id === id);
    if (index < 0) return refuse('economics.refused.notFound', [id]);
    list.splice(index, 1);
    if (list.length === 0) delete draft.tenants;
    return undefined;
  },
};

export interface AddPhaseArgs {
  phase: Phase;
}

export const addPhase: Command<AddPhaseArgs> = {
  type: 'economics/add-phase',
  labelKey: 'economics.commands.addPhase',
  apply(draft, { phase }) {
    const list = draft.phases ?? [];
    if (list.some((p) => p.id === phase.id)) return refuse('economics.refused.duplicateId', [phase.id]);
    const problem = phaseProblem(phase);
    if (problem) return refuse(problem, [phase.id]);
    draft.phases = [...list, tidy(phase)];
    return undefined;
  },
};

export interface EditPhaseArgs {
  id: string;
  props: Partial<Omit<Phase, 'id'>>;
}

export const editPhase: Command<EditPhaseArgs> = {
  type: 'economics/edit-phase',
  labelKey: 'economics.commands.editPhase',
  apply(draft, { id, props }) {
    const list = draft.phases ?? [];
    const index = list.findIndex((p) => p.id === id);
    if (index < 0) return refuse('economics.refused.notFound', [id]);
    const next = tidy({ ...list[index]!, ...props, id });
    const problem = phaseProblem(next);
    if (problem) return refuse(problem, [id]);
    list[index] = next;
    return undefined;
  },
};

/** Removes a phase and every building's and floor's reference to it (they become unphased). */
export const removePhase: Command<RemoveByIdArgs> = {
  type: 'economics/remove-phase',
  labelKey: 'economics.commands.removePhase',
  apply(draft, { id }) {
    const list = draft.phases ?? [];
    const index = list.findIndex((p) => p.id === id);
    if (index < 0) return refuse('economics.refused.notFound', [id]);
    list.splice(index, 1);
    if (list.length === 0) delete draft.phases;
    for (const b of draft.site.buildings) {
      if (b.phase === id) delete b.phase;
      for (const f of b.floors) if (f.phase === id) delete f.phase;
    }
    return undefined;
  },
};

function knownPhase(draft: PlanDocument, phaseId: string | null): CommandOutcome {
  if (phaseId !== null && !(draft.phases ?? []).some((p) => p.id === phaseId)) return refuse('economics.refused.unknownPhase', [phaseId]);
  return undefined;
}

export interface SetBuildingPhaseArgs {
  buildingId: string;
  /** null: no phase */
  phaseId: string | null;
}

export const setBuildingPhase: Command<SetBuildingPhaseArgs> = {
  type: 'economics/set-building-phase',
  labelKey: 'economics.commands.setPhase',
  apply(draft, { buildingId, phaseId }) {
    const building = draft.site.buildings.find((b) => b.id === buildingId);
    if (!building) return refuse('economics.refused.notFound', [buildingId]);
    const unknown = knownPhase(draft, phaseId);
    if (unknown) return unknown;
    if (phaseId === null) delete building.phase;
    else building.phase = phaseId;
    return undefined;
  },
};

export interface SetFloorPhaseArgs {
  floorId: string;
  /** null: the building's phase */
  phaseId: string | null;
}

export const setFloorPhase: Command<SetFloorPhaseArgs> = {
  type: 'economics/set-floor-phase',
  labelKey: 'economics.commands.setPhase',
  apply(draft, { floorId, phaseId }) {
    const ref = findFloor(draft, floorId);
    if (!ref) return refuse('economics.refused.notFound', [floorId]);
    const unknown = knownPhase(draft, phaseId);
    if (unknown) return unknown;
    if (phaseId === null) delete ref.floor.phase;
    else ref.floor.phase = phaseId;
    return undefined;
  },
};

/** An id not used by any tenant or phase: `${prefix}N` (in this peer's id space when shared). */
export function newEconomicsId(plan: PlanDocument, prefix: 'tenant-' | 'phase-'): string {
  return firstFreeId(prefix, new Set([...(plan.tenants ?? []).map((t) => t.id), ...(plan.phases ?? []).map((p) => p.id)]));
}

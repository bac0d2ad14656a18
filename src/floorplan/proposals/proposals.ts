// Reading the proposals of a plan: the active layout lives in `site` (named by `activeProposal`),
// the others in `proposals`. These helpers give one list of all of them and a plan per proposal.
import type { PlanDocument, Site } from '../types.ts';
import { firstFreeId } from '../commands/idSpace.ts';

/** Name given to the active layout of a plan that never named it. */
export const DEFAULT_ACTIVE_ID = 'proposal-1';

export interface ProposalEntry {
  id: string;
  name: string;
  note?: string;
  site: Site;
  active: boolean;
}

/**
 * The name the active layout goes by: the one the user gave it, else the plan's name (the same
 * fallback the proposal commands store when the layout first moves into the list).
 */
export function activeLayoutName(plan: PlanDocument): string {
  return plan.activeProposal?.name ?? (plan.name || DEFAULT_ACTIVE_ID);
}

/** The active layout first, then the stored alternatives in file order. */
export function listProposals(plan: PlanDocument, defaultName?: string): ProposalEntry[] {
  const active = plan.activeProposal;
  const first: ProposalEntry = {
    id: active?.id ?? DEFAULT_ACTIVE_ID,
    name: active?.name ?? defaultName ?? activeLayoutName(plan),
    site: plan.site,
    active: true,
    ...(active?.note ? { note: active.note } : {}),
  };
  const others = (plan.proposals ?? []).map((p) => ({ id: p.id, name: p.name, site: p.site, active: false, ...(p.note ? { note: p.note } : {}) }));
  return [first, ...others];
}

/** The plan as it would be with the given proposal active (for rule runs and views of it). */
export function planOfProposal(plan: PlanDocument, proposalId: string): PlanDocument | null {
  const entry = listProposals(plan).find((p) => p.id === proposalId);
  if (!entry) return null;
  return { ...plan, site: entry.site };
}

/**
 * Arguments of createProposal for a new proposal `name` made from the current layout: the current
 * layout keeps the name it is listed under (it used to be renamed to a default "Proposal 1").
 */
export function newProposalArgs(plan: PlanDocument, name: string): { id: string; name: string; activeName: string } {
  return { id: newProposalId(plan), name, activeName: activeLayoutName(plan) };
}

/** An id not used by any proposal of the plan: `proposal-N` (`proposal-N~tag` in a peer's id space). */
export function newProposalId(plan: PlanDocument): string {
  return firstFreeId('proposal-', new Set(listProposals(plan).map((p) => p.id)));
}

// Reading the proposals of a plan: the active layout lives in `site` (named by `activeProposal`),
// the others in `proposals`. These helpers give one list of all of them and a plan per proposal.
import type { PlanDocument, Site } from '../types.ts';

/** Name given to the active layout of a plan that never named it. */
export const DEFAULT_ACTIVE_ID = 'proposal-1';

export interface ProposalEntry {
  id: string;
  name: string;
  note?: string;
  site: Site;
  active: boolean;
}

/** The active layout first, then the stored alternatives in file order. */
export function listProposals(plan: PlanDocument, defaultName = plan.name): ProposalEntry[] {
  const active = plan.activeProposal;
  const first: ProposalEntry = {
    id: active?.id ?? DEFAULT_ACTIVE_ID,
    name: active?.name ?? defaultName,
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

/** An id not used by any proposal of the plan: `proposal-N`. */
export function newProposalId(plan: PlanDocument): string {
  const taken = new Set(listProposals(plan).map((p) => p.id));
  for (let n = 1; ; n++) if (!taken.has(`proposal-${n}`)) return `proposal-${n}`;
}

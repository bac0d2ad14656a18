// Compares every proposal of a plan: each layout is run through the given rules runner (the
// caller passes runRules, so this module stays free of the rules engine).
import type { PlanDocument } from '../types.ts';
import { compareProposals, proposalFigures, type Comparison, type ProposalRun } from './compare.ts';
import { DEFAULT_COSTS } from './costs.ts';
import { listProposals } from './proposals.ts';

export function comparePlanProposals(plan: PlanDocument, runRules: (plan: PlanDocument) => ProposalRun): Comparison {
  const costs = plan.costs ?? DEFAULT_COSTS;
  const figures = listProposals(plan).map((p) => proposalFigures(p.id, p.name, runRules({ ...plan, site: p.site }), costs));
  return compareProposals(figures, costs.currency);
}

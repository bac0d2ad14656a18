// Compares every proposal of a plan: each layout is run through the given rules runner (the
// caller passes runRules, so this module stays free of the rules engine).
import type { PlanDocument } from '../types.ts';
import { compareProposals, proposalFigures, type Comparison, type ProposalFigures, type ProposalRun } from './compare.ts';
import { DEFAULT_COSTS } from './costs.ts';
import { proposalInvestment } from '../economics/proposalInvestment.ts';
import { listProposals } from './proposals.ts';

/** How far a comparison is: `done` of `total` proposals have been run through the rules. */
export interface CompareProgress {
  done: number;
  total: number;
}

/**
 * The comparison one proposal at a time: yields the progress before each rules run (and once
 * all are done), returns the comparison. Callers that must stay responsive (the in-thread
 * fallback of the app) give the event loop a turn between steps; a worker posts each step.
 */
export function* comparePlanSteps(plan: PlanDocument, runRules: (plan: PlanDocument) => ProposalRun): Generator<CompareProgress, Comparison, void> {
  const costs = plan.costs ?? DEFAULT_COSTS;
  const proposals = listProposals(plan);
  const total = proposals.length;
  const figures: ProposalFigures[] = [];
  for (const [i, p] of proposals.entries()) {
    yield { done: i, total };
    const layout = { ...plan, site: p.site };
    figures.push({ ...proposalFigures(p.id, p.name, runRules(layout), costs), investment: proposalInvestment(layout) });
  }
  yield { done: total, total };
  return compareProposals(figures, costs.currency);
}

export function comparePlanProposals(plan: PlanDocument, runRules: (plan: PlanDocument) => ProposalRun, onProgress?: (progress: CompareProgress) => void): Comparison {
  const steps = comparePlanSteps(plan, runRules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

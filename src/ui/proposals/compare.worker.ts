/// <reference lib="webworker" />
// The proposals comparison in a module worker, so running the rules engine once per layout
// (seconds on a park) never freezes the page. Spoken through src/workers/rpc.ts: the app sends the
// plan; the worker sends progress before each layout's rules run and then the comparison. DOM-free except the
// worker global; the work itself is handleCompareRequest, testable in Node.
import type { Comparison, ProposalRun } from '../../floorplan/proposals/compare.ts';
import { comparePlanSteps, type CompareProgress } from '../../floorplan/proposals/comparePlan.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import { runRules } from '../../rules/runRules.ts';
import { serveRpc } from '../../workers/rpc.ts';

export interface CompareRequest {
  id: number;
  plan: PlanDocument;
}

export type CompareMessage =
  | { id: number; progress: CompareProgress }
  | { id: number; result: Comparison }
  | { id: number; error: string };

/**
 * The work of one request, apart from the worker global: posts a progress message before each
 * layout is checked and returns the final message (the comparison, or the error).
 */
export function handleCompareRequest(
  request: CompareRequest,
  post: (message: CompareMessage) => void = () => {},
  rules: (plan: PlanDocument) => ProposalRun = (plan) => runRules(plan),
): CompareMessage {
  const { id, plan } = request;
  try {
    const steps = comparePlanSteps(plan, rules);
    for (;;) {
      const step = steps.next();
      if (step.done) return { id, result: step.value };
      post({ id, progress: step.value });
    }
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  serveRpc<PlanDocument, Comparison, CompareProgress>(self, (plan, ctx) => {
    const answer = handleCompareRequest({ id: 0, plan }, (message) => {
      if ('progress' in message) ctx.progress(message.progress);
    });
    if ('error' in answer) throw new Error(answer.error);
    if (!('result' in answer)) throw new Error('the comparison gave no result');
    return answer.result;
  });
}

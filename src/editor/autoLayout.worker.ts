/// <reference lib="webworker" />
// Auto-layout in a module worker (seconds of rule runs never freeze the page), spoken to through
// src/workers/rpc.ts: the app sends {plan, request}; the worker sends progress before each stage
// and then the result or the problem with the input. Cancelling is terminating the worker
// (autoLayoutClient.ts). The work itself is handleLayoutRequest, testable in Node.
import type { PlanDocument } from '../floorplan/types.ts';
import { autoLayout, type LayoutProblem, type LayoutProgress, type LayoutRequest, type LayoutResult } from '../rules/layout/autoLayout.ts';
import { serveRpc } from '../workers/rpc.ts';
import { setIdSpace } from '../floorplan/commands/idSpace.ts';

export interface LayoutWorkerRequest {
  id: number;
  plan: PlanDocument;
  request: LayoutRequest;
  /** the page's id space (a shared project's tag), so the layout's new ids are this peer's */
  idSpace?: string | null;
}

export type LayoutWorkerMessage =
  | { id: number; progress: LayoutProgress }
  | { id: number; result: LayoutResult }
  | { id: number; problem: LayoutProblem }
  | { id: number; error: string };

export function handleLayoutRequest({ id, plan, request, idSpace }: LayoutWorkerRequest, post: (m: LayoutWorkerMessage) => void = () => {}): LayoutWorkerMessage {
  try {
    if (idSpace !== undefined) setIdSpace(idSpace);
    const result = autoLayout(plan, request, (progress) => post({ id, progress }));
    return 'problem' in result ? { id, problem: result } : { id, result };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  serveRpc<Omit<LayoutWorkerRequest, 'id'>, LayoutResult | LayoutProblem, LayoutProgress>(self, (body, ctx) => {
    const answer = handleLayoutRequest({ ...body, id: 0 }, (message) => {
      if ('progress' in message) ctx.progress(message.progress);
    });
    if ('error' in answer) throw new Error(answer.error);
    if ('problem' in answer) return answer.problem;
    if ('result' in answer) return answer.result;
    throw new Error('the auto-layout gave no answer');
  });
}

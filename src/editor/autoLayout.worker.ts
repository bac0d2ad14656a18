/// <reference lib="webworker" />
// Auto-layout in a module worker (seconds of rule runs never freeze the page). The app posts
// {id, plan, request}; the worker answers {id, progress} before each stage and then
// {id, result} (or {id, problem} / {id, error}). Cancelling is terminating the worker
// (autoLayoutClient.ts). The work itself is handleLayoutRequest, testable in Node.
import type { PlanDocument } from '../floorplan/types.ts';
import { autoLayout, type LayoutProblem, type LayoutProgress, type LayoutRequest, type LayoutResult } from '../rules/layout/autoLayout.ts';

export interface LayoutWorkerRequest {
  id: number;
  plan: PlanDocument;
  request: LayoutRequest;
}

export type LayoutWorkerMessage =
  | { id: number; progress: LayoutProgress }
  | { id: number; result: LayoutResult }
  | { id: number; problem: LayoutProblem }
  | { id: number; error: string };

export function handleLayoutRequest({ id, plan, request }: LayoutWorkerRequest, post: (m: LayoutWorkerMessage) => void = () => {}): LayoutWorkerMessage {
  try {
    const result = autoLayout(plan, request, (progress) => post({ id, progress }));
    return 'problem' in result ? { id, problem: result } : { id, result };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
    const post = (message: LayoutWorkerMessage) => self.postMessage(message);
    post(handleLayoutRequest(event.data, post));
  };
}

// Runs an auto-layout off the main thread: one module worker per run, terminated when the run is
// cancelled or answered (a run holds its plan; nothing is kept between runs). Where there is no
// Worker (Node, tests) it runs in-thread after one turn of the event loop.
import { idSpace } from '../floorplan/commands/idSpace.ts';
import type { PlanDocument } from '../floorplan/types.ts';
import type { LayoutProblem, LayoutProgress, LayoutRequest, LayoutResult } from '../rules/layout/autoLayout.ts';
import { rpcClient, type WorkerLike } from '../workers/rpc.ts';

export interface LayoutRun {
  /** the result, or the problem with the input; rejects on an error or when cancelled (AbortError) */
  done: Promise<LayoutResult | LayoutProblem>;
  cancel(): void;
}

function aborted(): Error {
  return new DOMException('auto-layout cancelled', 'AbortError');
}

export function startAutoLayout(plan: PlanDocument, request: LayoutRequest, onProgress?: (p: LayoutProgress) => void, createWorker?: () => WorkerLike): LayoutRun {
  if (typeof Worker === 'undefined' && !createWorker) {
    let cancelled = false;
    const done = new Promise<LayoutResult | LayoutProblem>((resolve, reject) => {
      setTimeout(() => {
        if (cancelled) return reject(aborted());
        void import('../rules/layout/autoLayout.ts').then(({ autoLayout }) => {
          try {
            resolve(autoLayout(plan, request, onProgress));
          } catch (error) {
            reject(error);
          }
        }, reject);
      }, 0);
    });
    return { done, cancel: () => (cancelled = true) };
  }
  const rpc = rpcClient<{ plan: PlanDocument; request: LayoutRequest; idSpace: string | null }, LayoutResult | LayoutProblem, LayoutProgress>(
    () => (createWorker ? createWorker() : new Worker(new URL('./autoLayout.worker.ts', import.meta.url), { type: 'module' })),
    { name: 'auto-layout worker' },
  );
  let cancelled = false;
  const done = rpc
    .call({ plan, request, idSpace: idSpace() }, { ...(onProgress ? { onProgress } : {}) })
    .catch((error: unknown) => {
      throw cancelled ? aborted() : error;
    })
    .finally(() => rpc.close());
  return {
    done,
    cancel: () => {
      cancelled = true;
      rpc.restart('cancelled');
    },
  };
}

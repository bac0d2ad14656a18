// Runs an auto-layout off the main thread: one module worker per run, terminated when the run is
// cancelled or answered (a run holds its plan; nothing is kept between runs). Where there is no
// Worker (Node, tests) it runs in-thread after one turn of the event loop.
import type { PlanDocument } from '../floorplan/types.ts';
import type { LayoutProblem, LayoutProgress, LayoutRequest, LayoutResult } from '../rules/layout/autoLayout.ts';
import type { LayoutWorkerMessage } from './autoLayout.worker.ts';

export interface LayoutRun {
  /** the result, or the problem with the input; rejects on an error or when cancelled (AbortError) */
  done: Promise<LayoutResult | LayoutProblem>;
  cancel(): void;
}

let nextId = 1;

function aborted(): Error {
  return new DOMException('auto-layout cancelled', 'AbortError');
}

export function startAutoLayout(plan: PlanDocument, request: LayoutRequest, onProgress?: (p: LayoutProgress) => void, createWorker?: () => Worker): LayoutRun {
  const id = nextId++;
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
  const worker = createWorker ? createWorker() : new Worker(new URL('./autoLayout.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve: (r: LayoutResult | LayoutProblem) => void; reject: (e: unknown) => void } | null = null;
  const done = new Promise<LayoutResult | LayoutProblem>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => {
    worker.terminate();
    settle = null;
  };
  worker.onmessage = (e: MessageEvent<LayoutWorkerMessage>) => {
    const m = e.data;
    if (m.id !== id || !settle) return;
    if ('progress' in m) onProgress?.(m.progress);
    else if ('result' in m) {
      settle.resolve(m.result);
      finish();
    } else if ('problem' in m) {
      settle.resolve(m.problem);
      finish();
    } else {
      settle.reject(new Error(m.error));
      finish();
    }
  };
  worker.onerror = (e) => {
    settle?.reject(new Error(e.message || 'auto-layout worker failed'));
    finish();
  };
  worker.postMessage({ id, plan, request });
  return {
    done,
    cancel: () => {
      settle?.reject(aborted());
      finish();
    },
  };
}

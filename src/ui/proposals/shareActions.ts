// What the proposals panel hands out: the comparison (rules run per layout, in a worker), the
// proposal pack (the plan file that opens in presentation mode) and the proposal PDF.
import { serializePlan } from '../../floorplan/format/serializePlan.ts';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import type { CompareProgress } from '../../floorplan/proposals/comparePlan.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import type { ExportFile } from '../export/exportActions.ts';
import type { CompareMessage, CompareRequest } from './compare.worker.ts';

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'callfloor';
}

export interface ComparePlanOptions {
  /** called before each layout's rules run and once at the end */
  onProgress?: (progress: CompareProgress) => void;
  /** aborting stops the work (the worker is terminated) and rejects with an AbortError */
  signal?: AbortSignal;
  /** makes the worker; the default is the module worker next to this file */
  createWorker?: () => Worker;
}

const createCompareWorker = (): Worker => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });

let nextRequestId = 1;

function abortError(): Error {
  return new DOMException('comparison aborted', 'AbortError');
}

/** In-thread comparison (Node, or where a worker cannot be made): one layout per turn of the event loop. */
export async function comparePlanInline(plan: PlanDocument, options: ComparePlanOptions = {}): Promise<Comparison> {
  const { onProgress, signal } = options;
  const [{ runRules }, { comparePlanSteps }] = await Promise.all([import('../../rules/runRules.ts'), import('../../floorplan/proposals/comparePlan.ts')]);
  const steps = comparePlanSteps(plan, (p) => runRules(p));
  for (;;) {
    if (signal?.aborted) throw abortError();
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    // let the progress label paint before the next (synchronous) rules run
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * Compares the plan's proposals off the main thread: a module worker runs the rules for every
 * layout and reports its progress; the page stays responsive meanwhile. Falls back to the
 * in-thread comparison where there is no Worker (Node) or the worker cannot start.
 */
export function comparePlan(plan: PlanDocument, options: ComparePlanOptions = {}): Promise<Comparison> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  if (!options.createWorker && typeof Worker === 'undefined') return comparePlanInline(plan, options);
  return new Promise<Comparison>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = (options.createWorker ?? createCompareWorker)();
    } catch {
      comparePlanInline(plan, options).then(resolve, reject);
      return;
    }
    const id = nextRequestId++;
    let heard = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<CompareMessage>) => {
      const message = event.data;
      if (message.id !== id) return; // not ours: a stale answer
      heard = true;
      if ('progress' in message) {
        onProgress?.(message.progress);
        return;
      }
      finish();
      if ('result' in message) resolve(message.result);
      else reject(new Error(message.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // the worker never started (no module workers, a blocked script): compare here instead
      if (!heard) comparePlanInline(plan, options).then(resolve, reject);
      else reject(new Error(event.message || 'comparison worker failed'));
    };
    try {
      worker.postMessage({ id, plan } satisfies CompareRequest);
    } catch {
      finish();
      comparePlanInline(plan, options).then(resolve, reject);
    }
  });
}

export function proposalPack(plan: PlanDocument): ExportFile {
  const pack: PlanDocument = { ...plan, presentation: true };
  return { name: `${safeName(plan.name)}_proposals.callfloor.json`, blob: new Blob([serializePlan(pack)], { type: 'application/json' }) };
}

export async function proposalPdfFile(plan: PlanDocument, locale: Locale): Promise<ExportFile> {
  const { exportProposalPdf } = await import('../../export/proposal/proposalPdfBrowser.ts');
  const bytes = await exportProposalPdf(plan, locale);
  return { name: `${safeName(plan.name)}_proposals_${locale}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
}

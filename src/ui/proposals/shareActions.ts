// What the proposals panel hands out: the comparison (rules run per layout, in a worker), the
// proposal pack (the plan file that opens in presentation mode) and the proposal PDF.
import type { SceneServices } from '../../editor/SceneServices.tsx';
import type { EditorStore } from '../../editor/store.ts';
import { serializePlan } from '../../floorplan/format/serializePlan.ts';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import type { CompareProgress } from '../../floorplan/proposals/comparePlan.ts';
import type { Locale, PlanDocument } from '../../floorplan/types.ts';
import type { ExportFile } from '../export/exportActions.ts';
import { rpcClient, WorkerError, type WorkerLike } from '../../workers/rpc.ts';

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'callfloor';
}

export interface ComparePlanOptions {
  /** called before each layout's rules run and once at the end */
  onProgress?: (progress: CompareProgress) => void;
  /** aborting stops the work (the worker is terminated) and rejects with an AbortError */
  signal?: AbortSignal;
  /** makes the worker; the default is the module worker next to this file */
  createWorker?: () => WorkerLike;
}

const createCompareWorker = (): Worker => new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });

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
 * in-thread comparison where there is no Worker (Node) or the worker cannot start. Each
 * comparison has a worker of its own, stopped when it answers or is aborted.
 */
export async function comparePlan(plan: PlanDocument, options: ComparePlanOptions = {}): Promise<Comparison> {
  const { onProgress, signal } = options;
  if (signal?.aborted) throw abortError();
  if (!options.createWorker && typeof Worker === 'undefined') return comparePlanInline(plan, options);
  let heard = false;
  let started = true;
  const rpc = rpcClient<PlanDocument, Comparison, CompareProgress>(
    () => {
      try {
        return (options.createWorker ?? createCompareWorker)();
      } catch (error) {
        started = false;
        throw error;
      }
    },
    { name: 'comparison worker' },
  );
  const onAbort = () => rpc.restart('aborted');
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await rpc.call(plan, {
      onProgress: (progress) => {
        heard = true;
        onProgress?.(progress);
      },
    });
  } catch (error) {
    if (signal?.aborted) throw abortError();
    // the worker never started (no module workers, a blocked script): compare here instead
    const neverRan = !started || (error instanceof WorkerError && error.code === 'crashed' && !heard) || !(error instanceof WorkerError);
    if (neverRan) return comparePlanInline(plan, options);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    rpc.close();
  }
}

export function proposalPack(plan: PlanDocument): ExportFile {
  const pack: PlanDocument = { ...plan, presentation: true };
  return { name: `${safeName(plan.name)}_proposals.callfloor.json`, blob: new Blob([serializePlan(pack)], { type: 'application/json' }) };
}

/** `editor`: the store whose live 3D view the PDF's building images are captured from, by `scene`. */
export async function proposalPdfFile(editor: EditorStore, plan: PlanDocument, locale: Locale, scene: Pick<SceneServices, 'captureBuildingViews'>): Promise<ExportFile> {
  const { exportProposalPdf } = await import('./proposalPdfBrowser.ts');
  const bytes = await exportProposalPdf(editor, plan, locale, scene);
  return { name: `${safeName(plan.name)}_proposals_${locale}.pdf`, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }) };
}

// The messages between the page and the rules worker (rules.worker.ts), apart from the engine so
// the page can speak them without loading it.
import type { Patch } from 'immer';
import type { PlanDocument } from '../floorplan/types.ts';
import type { RunOptions } from './types.ts';

export interface RulesRequest {
  revision: number;
  /** the whole plan: the worker's copy starts afresh from it */
  plan?: PlanDocument;
  /** the edits since the worker's copy: patches turning revision `from` into `revision` */
  patches?: { from: number; list: Patch[] };
  opts?: RunOptions;
  /** re-check only this floor */
  floorId?: string;
}

/** The code of the error a request gets when the worker's copy is not the one its patches start from. */
export const RESYNC = 'resync';

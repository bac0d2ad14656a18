// Shared by the role-scope tests (test/collab/roleScope.test.ts, test/server/roleScope*.test.ts):
// a one-floor plan with one of each fire device, and a client that runs real commands on its
// plan and writes them into its copy of the documents, catching the updates it would send.
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import * as Y from 'yjs';
import { applyPatchesToDocs } from '../../src/collab/patchesToDoc.ts';
import { docsToPlan, type PlanDocs } from '../../src/collab/planDoc.ts';
import type { PlanPatch } from '../../src/floorplan/changes.ts';
import type { Command } from '../../src/floorplan/commands/command.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { floorPlan, seatAt } from '../rules/fixtures.ts';

enablePatches();

export const PROJECT = 'p';
export const BUILDING = 'B';
export const FLOOR = 'F1';

/** One floor: two desks, a wall, a plain door, and one device of each fire register type. */
export function registerPlan(): PlanDocument {
  return floorPlan({
    id: FLOOR,
    walls: [{ id: 'w1', a: [0, 0], b: [20, 0], kind: 'solid' }],
    doors: [
      { id: 'dr1', at: [5, 0], width: 1, fireRating: 'A' },
      { id: 'dr2', at: [8, 0], width: 0.9 },
    ],
    workstations: [seatAt('d1', [3, 3]), seatAt('d2', [5, 3])],
    luminaires: [{ id: 'l1', at: [2, 2], mount: 3, flux: 3000, power: 30, emergency: true }],
    extinguishers: [{ id: 'x1', at: [1, 1], rating: '3A' }],
    detectors: [{ id: 'det1', at: [4, 4] }],
    sprinklers: [{ id: 'sp1', at: [6, 4] }],
    smokeExhausts: [{ id: 'se1', at: [8, 4] }],
    exitSigns: [{ id: 'sg1', at: [10, 1], kind: 'exit' }],
    hydrants: [{ id: 'hy1', at: [12, 1] }],
  });
}

/** An update a client sent, and the document it was sent on. */
export interface SentUpdate {
  readonly doc: 'root' | 'floor';
  readonly floorId?: string;
  readonly update: Uint8Array;
}

/**
 * A client holding its own plan and documents: `run` applies a command as the store does (immer
 * patches), writes the revision into the documents and returns the updates that left them.
 */
export class Client {
  plan: PlanDocument;
  /** inverse patches of each run, for undo */
  private readonly undoStack: PlanPatch[][] = [];

  constructor(readonly docs: PlanDocs) {
    this.plan = docsToPlan(docs.root, docs.floors);
  }

  run<Args>(command: Command<Args>, args: Args): SentUpdate[] {
    let refused: unknown;
    const [next, patches, inverse] = produceWithPatches(this.plan, (draft) => {
      const outcome = command.apply(draft, args);
      if (outcome) refused = outcome.refused;
    });
    if (refused) throw new Error(`${command.type} refused: ${JSON.stringify(refused)}`);
    if (patches.length === 0) throw new Error(`${command.type} changed nothing`);
    this.undoStack.push(inverse as PlanPatch[]);
    return this.write(next, patches);
  }

  undo(): SentUpdate[] {
    const inverse = this.undoStack.pop();
    if (!inverse) throw new Error('nothing to undo');
    return this.write(undefined, inverse as Patch[]);
  }

  private write(next: PlanDocument | undefined, patches: readonly Patch[]): SentUpdate[] {
    return this.capture(() => {
      const after = applyPatchesToDocs(this.docs, this.plan, patches as PlanPatch[], 'me');
      this.plan = next ?? after;
    });
  }

  /** The updates `change` makes in the documents, each with its document. */
  capture(change: () => void): SentUpdate[] {
    const sent: SentUpdate[] = [];
    const listeners: [Y.Doc, (update: Uint8Array) => void][] = [[this.docs.root, (update) => sent.push({ doc: 'root', update })]];
    for (const [floorId, doc] of this.docs.floors) listeners.push([doc, (update) => sent.push({ doc: 'floor', floorId, update })]);
    for (const [doc, listener] of listeners) doc.on('update', listener);
    try {
      change();
    } finally {
      for (const [doc, listener] of listeners) doc.off('update', listener);
    }
    return sent;
  }
}

/** A command made up for a test: any edit of the draft. */
export function edit(type: string, apply: (draft: PlanDocument) => void): Command<undefined> {
  return { type, labelKey: 'test', apply: (draft) => void apply(draft) };
}

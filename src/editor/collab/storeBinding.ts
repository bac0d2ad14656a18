// The editor store and a shared project's Yjs documents kept equal, both ways (docs/collaboration.md):
// - every revision of the store's plan that did not come from the documents is written into them
//   (only what differs, by record key) with this person's origin;
// - every transaction on the documents with another origin (a colleague's edit arriving through the
//   provider, the offline copy loading, this person's undo) is turned into patches and applied to
//   the store outside its history, re-running a drag in progress on top of it;
// - undo and redo go to the per-person shared undo (SharedUndo), one step per command or drag.
// The binding keeps `mirror`, the plan the documents hold as far as the store knows, so a write is
// always the difference between what the documents hold and what the store holds.
import type * as Y from 'yjs';
import { docEventsToPatches } from '../../collab/docEventsToPatches.ts';
import { FLOOR_MAP, PLAN_MAP, type PlanDocs } from '../../collab/docLayout.ts';
import { writePlanChange } from '../../collab/patchesToDoc.ts';
import { SharedUndo } from '../../collab/sharedUndo.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import { HISTORY_LIMIT } from '../history.ts';
import type { EditorState, EditorStore } from '../store.ts';

export interface StoreBindingOptions {
  /** the origin of this person's transactions (what their undo tracks) */
  origin: object;
  /** a floor document appeared (a floor was added here or by a colleague): load and sync it */
  onFloorDocument?(floorId: string, doc: Y.Doc): void;
}

export interface StoreBinding {
  readonly undo: SharedUndo;
  /** detaches from the store and the documents (the documents stay as they are) */
  stop(): void;
}

type DeepObserver = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void;

/**
 * Binds `store` to `docs`. The store's plan must be what the documents hold (it was just loaded
 * from them with docsToPlan, or written into them).
 */
export function bindStoreToDocs(store: EditorStore, docs: PlanDocs, options: StoreBindingOptions): StoreBinding {
  const { origin } = options;
  const undo = new SharedUndo(docs, origin, HISTORY_LIMIT);
  let mirror: PlanDocument = store.getState().plan;
  /** the interaction whose writes go into the current undo step */
  let stepInteraction: number | null = null;
  const watched = new Map<Y.Doc, () => void>();

  const observe = (map: Y.Map<unknown>, floorId: string | null): (() => void) => {
    const handler: DeepObserver = (events, transaction) => {
      if (transaction.origin === origin) return;
      store.getState().applyRemote((plan) => {
        const change = docEventsToPatches(docs, plan, events, floorId);
        // the first call is against the store's plan: what the documents hold now
        if (plan === store.getState().plan) mirror = change.plan;
        return change;
      });
      watchNewFloors();
    };
    map.observeDeep(handler);
    return () => map.unobserveDeep(handler);
  };

  function watchNewFloors(): void {
    for (const [floorId, doc] of docs.floors) {
      if (watched.has(doc)) continue;
      watched.set(doc, observe(doc.getMap(FLOOR_MAP), floorId));
      options.onFloorDocument?.(floorId, doc);
    }
    undo.trackNewDocuments();
  }

  const write = (plan: PlanDocument): void => {
    if (plan === mirror) return;
    // mirror moves first: a remote change applied while this write is going out (a synchronous
    // network answering at once) sets it to its own result, which must not be overwritten here
    const before = mirror;
    mirror = plan;
    writePlanChange(docs, before, plan, origin);
    watchNewFloors();
  };

  const onChange = (state: EditorState, previous: EditorState): void => {
    const ended = previous.interaction !== null && state.interaction === null;
    const cancelled = ended && previous.interaction!.id === stepInteraction && state.history.undo.at(-1) === previous.history.undo.at(-1);
    if (state.plan !== mirror) {
      const continues = (state.interaction !== null && state.interaction.id === stepInteraction) || cancelled;
      if (!continues) {
        undo.beginStep();
        stepInteraction = state.interaction?.id ?? null;
      }
      write(state.plan);
    }
    if (cancelled) {
      undo.discardStep();
      // its writes reached the others and ended the shared redo branch (Yjs clears it on a new
      // change): the editor's redo follows, so the undo button never offers what cannot be redone
      store.getState().dropRedo();
    }
    if (ended) stepInteraction = null;
    // another plan loaded into a shared project replaces its content (written above); its history starts afresh
    if (state.loads !== previous.loads) undo.clear();
  };

  watched.set(docs.root, observe(docs.root.getMap(PLAN_MAP), null));
  watchNewFloors();
  const unsubscribe = store.subscribe(onChange);
  store.getState().setHistoryOwner({ undo: () => undo.undo(), redo: () => undo.redo() });

  return {
    undo,
    stop() {
      unsubscribe();
      store.getState().setHistoryOwner(null);
      for (const stop of watched.values()) stop();
      watched.clear();
      undo.destroy();
    },
  };
}

// The editor store seen through the persistence session's PlanHost interface.
import type { EditorStore } from '../../editor/store.ts';
import type { PlanHost } from '../../persistence/projectSession.ts';

export function editorHost(store: EditorStore): PlanHost {
  return {
    getPlan: () => store.getState().plan,
    getChangeCount: () => store.getState().revision,
    load: (plan) => store.getState().load(plan),
    hasEdits: () => store.getState().history.undo.length > 0,
    subscribe(listener) {
      // Selection, hover and camera changes are not edits: react to the plan's counter only.
      let seen = store.getState().revision;
      return store.subscribe((state) => {
        if (state.revision === seen) return;
        seen = state.revision;
        listener();
      });
    },
  };
}

// The first time a person joins a shared project (no name kept in this browser yet), ask for the
// name the others will see. The session keeps the name (actions.setName); EditNameButton changes it.
import { useState } from 'react';
import { useCollab, useCollabState } from '../../editor/collab/CollabContext.tsx';
import { NameDialog } from './NameDialog.tsx';

/** Where the session keeps the name for the next visit (the session writes it in setName). */
export const COLLAB_NAME_KEY = 'callfloor.collab.name';

/** The name kept in this browser, or null (none, or storage cannot be read). */
export function storedCollabName(storage: Pick<Storage, 'getItem'> | null = browserLocalStorage()): string | null {
  try {
    const name = storage?.getItem(COLLAB_NAME_KEY)?.trim();
    return name ? name : null;
  } catch {
    return null;
  }
}

function browserLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function CollabNamePrompt() {
  const collab = useCollab();
  const refused = useCollabState((s) => s.status === 'refused');
  // read once per mount; after the answer the session keeps the name, and `answered` closes this
  const [needed] = useState(() => storedCollabName() === null);
  const [answered, setAnswered] = useState(false);
  if (!collab || refused === null || !needed || answered) return null;
  return (
    <NameDialog
      // a refused link has nothing to join: no point asking
      open={!refused}
      initial=""
      firstTime
      onSave={(name) => {
        collab.actions.setName(name);
        setAnswered(true);
      }}
      onCancel={() => undefined}
    />
  );
}

// The shared session's part of the scene: the others' pointers and selections on the open floor,
// and this user's pointer sent to them. Nothing at all when the project is not shared.
import { useCollab } from '../../editor/collab/CollabContext.tsx';
import { PointerFeed } from './PointerFeed.tsx';
import { RemotePresence } from './RemotePresence.tsx';

export function CollabLayer() {
  const collab = useCollab();
  if (!collab) return null;
  return (
    <>
      <RemotePresence store={collab.store} />
      <PointerFeed actions={collab.actions} />
    </>
  );
}

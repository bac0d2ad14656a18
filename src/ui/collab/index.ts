// The shared project's header controls (issue 19); each renders nothing when the project is not
// shared. The composition root places them: SyncStatus and ShareButton in the header's actions,
// PublishPrompt and RoleNotice under the header, CollabNamePrompt anywhere (a modal), and
// EditNameButton in the presence list's own row.
export { SyncStatus } from './SyncStatus.tsx';
export { ShareButton } from './ShareButton.tsx';
export { CollabNamePrompt, COLLAB_NAME_KEY, storedCollabName } from './CollabNamePrompt.tsx';
export { EditNameButton } from './EditNameButton.tsx';
export { PublishPrompt } from './PublishPrompt.tsx';
export { RoleNotice } from './RoleNotice.tsx';
export { reasonText, roleName } from './collabMessages.ts';

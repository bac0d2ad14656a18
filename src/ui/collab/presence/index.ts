// Who is in the shared project (issue 19): the header's avatars. Put <PresenceList /> in the header.
export { PresenceList } from './PresenceList.tsx';

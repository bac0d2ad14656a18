// What App.tsx mounts: const session = usePersistence(editor, { onStarted }) (its editor store); then
// <PersistenceProvider session={session}> with <SaveStatus/>, <ProjectsPanel/>,
// <RevisionsPanel/> and <ImportDropZone/> inside; registerProjectStrings(i18n) once at start.
export { usePersistence, useSessionState, type PersistenceOptions } from './usePersistence.ts';
export { PersistenceProvider, useProjectSession, useSession } from './PersistenceContext.tsx';
export { SaveStatus } from './SaveStatus.tsx';
export { ProjectsPanel, SAMPLE_PARK_URL } from './ProjectsPanel.tsx';
export { RevisionsPanel } from './RevisionsPanel.tsx';
export { ImportDropZone, ImportNotice, ImportProblems } from './ImportDropZone.tsx';
export { registerProjectStrings } from './strings.ts';
export { editorHost } from './editorHost.ts';

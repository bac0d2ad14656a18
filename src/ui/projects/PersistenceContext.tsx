// Makes the app's persistence session available to the project components.
import { createContext, useContext, type ReactNode } from 'react';
import type { ProjectSession, SessionState } from '../../persistence/projectSession.ts';
import { useSessionState } from './usePersistence.ts';

const SessionContext = createContext<ProjectSession | null>(null);

export function PersistenceProvider({ session, children }: { session: ProjectSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useProjectSession(): ProjectSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('project components need <PersistenceProvider session={usePersistence(store)}>');
  return session;
}

export function useSession<T>(select: (state: SessionState) => T): T {
  return useSessionState(useProjectSession(), select);
}

// What the interface shows of a shared project (issue 19, docs/collaboration.md): the connection
// and sync state, this user's role, the people present, and what went wrong. One small store per
// shared session, written by the session (collabSession.ts) and read by the header badge, the
// presence list, the share dialog and the plan's remote cursors. The app without a server has
// no such store (the context gives null), and nothing changes for it.
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The roles of docs/collaboration.md (the server's `server/roles.ts` holds the same four). */
export const COLLAB_ROLES = ['owner', 'planner', 'facility-manager', 'viewer'] as const;
export type CollabRole = (typeof COLLAB_ROLES)[number];

/**
 * - `connecting`: opening the socket or loading the offline copy, not yet synced once
 * - `syncing`: connected, and local edits not yet acknowledged by the server (or a document still loading)
 * - `synced`: connected and every local edit stored by the server
 * - `offline`: no connection; edits are kept in this browser (IndexedDB) and sent on reconnect
 * - `refused`: the server refused this link (see `error`); nothing is sent, edits stay local
 */
export type SyncStatus = 'connecting' | 'syncing' | 'synced' | 'offline' | 'refused';

/** Why the server refused or closed a connection: the server's reason words (server/refusals.ts). */
export interface CollabError {
  reason: string;
  /** which document, when it concerns one */
  document?: string;
}

/** A person in the project, as their awareness state says. */
export interface Peer {
  /** Yjs client id of their connection: unique per tab */
  clientId: number;
  name: string;
  /** CSS colour, the same on every screen */
  color: string;
  role: CollabRole | null;
  /** the floor they have open, or null (park or building level) */
  floorId: string | null;
  /** ids of the elements they have selected */
  selection: readonly string[];
  /** their pointer on that floor, in plan metres, or null when off the drawing */
  pointer: { x: number; y: number } | null;
}

export interface CollabState {
  /** the server's address (ws:// or wss://) */
  serverUrl: string;
  projectId: string;
  role: CollabRole;
  status: SyncStatus;
  /** local changes the server has not acknowledged yet, summed over the project's documents */
  unsyncedChanges: number;
  /** documents loaded / documents of the project (floors load after the root) */
  documentsSynced: number;
  documentsTotal: number;
  /** true while the server holds no plan for the project yet (an owner may publish one) */
  empty: boolean;
  error: CollabError | null;
  /** this user */
  self: { clientId: number; name: string; color: string };
  /** the others present, without this tab */
  peers: readonly Peer[];
}

/** A share link as the server lists it (server/httpApi.ts). */
export interface ShareLink {
  linkId: string;
  role: CollabRole;
  /** seconds since 1970 (the token's `exp`) */
  expiresAt: number;
  label?: string;
  revoked?: boolean;
}

/** The owner's link API on the server (GET/POST/DELETE /api/projects/<id>/links). */
export interface ShareLinksApi {
  list(): Promise<ShareLink[]>;
  /** a new link; `token` goes into the URL that is sent (joinUrl) */
  mint(input: { role: CollabRole; expiresInS: number; label: string }): Promise<ShareLink & { token: string }>;
  revoke(linkId: string): Promise<void>;
  /** the address a person opens to join with `token` */
  joinUrl(token: string): string;
}

/** What the interface may ask of the shared session. */
export interface CollabActions {
  /** the owner's share links; null for the other roles */
  shareLinks: ShareLinksApi | null;
  /** the name shown to the others (kept in this browser for the next time) */
  setName(name: string): void;
  /** this user's pointer on the open floor in plan metres, null when it leaves the drawing */
  setPointer(pointer: { x: number; y: number } | null): void;
  /** owner only, while `empty`: write the plan open now into the shared project */
  publishOpenPlan(): Promise<void>;
  /** close the connection (the offline copy stays) */
  disconnect(): void;
  /** open it again */
  reconnect(): void;
}

export type CollabStore = StoreApi<CollabState>;

export function createCollabStore(initial: Pick<CollabState, 'serverUrl' | 'projectId' | 'role' | 'self'>): CollabStore {
  return createStore<CollabState>()(() => ({
    ...initial,
    status: 'connecting',
    unsyncedChanges: 0,
    documentsSynced: 0,
    documentsTotal: 1,
    empty: false,
    error: null,
    peers: [],
  }));
}

/** The role may change the plan's layout (walls, desks …). */
export function roleEditsLayout(role: CollabRole): boolean {
  return role === 'owner' || role === 'planner';
}

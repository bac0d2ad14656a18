// A shared project in this tab (docs/collaboration.md, "The app"): the project's documents synced
// with the server over one WebSocket (a Hocuspocus provider per document), kept offline in
// IndexedDB (y-indexeddb, one database per document), bound to the editor store
// (storeBinding.ts), with this person's presence and role. The interface reads it through the
// collab store (collabState.ts).
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { commandInScope } from '../../collab/roleScope.ts';
import { docsHoldPlan, docsToPlan, floorDocFor, floorIdsOf, rootDocGuid, writePlanIntoDocs, type PlanDocs } from '../../collab/planDoc.ts';
import { META_MAP } from '../../collab/docLayout.ts';
import { setIdSpace } from '../../floorplan/commands/idSpace.ts';
import type { EditFilter, EditorStore } from '../store.ts';
import { createCollabStore, type CollabActions, type CollabRole, type CollabStore } from './collabState.ts';
import type { CollabHandle } from './CollabContext.tsx';
import type { JoinLink } from './joinLink.ts';
import { peersOf, presenceColor, type LocalPresence } from './presence.ts';
import { createShareLinksClient } from './shareLinksClient.ts';
import { bindStoreToDocs, type StoreBinding } from './storeBinding.ts';

/** Where the name a person gave is kept between visits. */
export const NAME_KEY = 'callfloor.collab.name';

export type ReadyOutcome = 'loaded' | 'empty';

export interface CollabSessionOptions {
  store: EditorStore;
  link: JoinLink;
  /** the app's address without query (share links are made from it) */
  appUrl: string;
  /** the `server` parameter of the page's address, passed on in share links */
  serverParam: string | null;
  /** keep an offline copy in IndexedDB (default true) */
  offlineCopy?: boolean;
  /** how long to wait for the server before working from the offline copy (default 8 s) */
  connectWaitMs?: number;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** a WebSocket class where the platform has none (Node 20 in tests) */
  WebSocketPolyfill?: unknown;
}

export interface CollabSession {
  readonly handle: CollabHandle;
  readonly docs: PlanDocs;
  /** settles once the shared plan is in the store, or the server holds none yet ('empty') */
  readonly ready: Promise<ReadyOutcome>;
  close(): void;
}

interface Attached {
  provider: HocuspocusProvider;
  offline: IndexeddbPersistence | null;
  /** the offline copy has been read into the document */
  offlineLoaded: boolean;
}

/** Server reasons after which the document's connection is opened again by itself. */
const RETRYABLE = new Set(['storage-failed', 'rate-limited', 'server-stopping']);

/** The commands a role may run, as an edit filter for the store (the server enforces the same). */
export function roleEditFilter(role: CollabRole): EditFilter | null {
  if (role === 'owner' || role === 'planner') return null;
  if (role === 'viewer') return () => ({ reasonKey: 'collab.refused.viewer', elementIds: [] });
  return (command) => (commandInScope(role, command.type) ? null : { reasonKey: 'collab.refused.outOfRole', elementIds: [] });
}

function waitFor(check: () => boolean, subscribe: (wake: () => void) => () => void, timeoutMs: number): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let stop = (): void => undefined;
    const timer = timeoutMs === Infinity ? null : setTimeout(() => {
      stop();
      resolve(check());
    }, timeoutMs);
    stop = subscribe(() => {
      if (!check()) return;
      stop();
      if (timer) clearTimeout(timer);
      resolve(true);
    });
  });
}

export function openCollabSession(options: CollabSessionOptions): CollabSession {
  const { store, link } = options;
  const storage = options.storage === undefined ? (typeof localStorage === 'undefined' ? null : localStorage) : options.storage;
  const offlineCopy = options.offlineCopy ?? true;
  const connectWaitMs = options.connectWaitMs ?? 8000;
  const docs: PlanDocs = { root: new Y.Doc({ guid: rootDocGuid(link.projectId) }), floors: new Map() };
  /** this person's edits: what their undo tracks */
  const origin = { who: 'me' };
  const clientId = docs.root.clientID;
  const self = { clientId, name: storage?.getItem(NAME_KEY) ?? '', color: presenceColor(clientId) };
  const collab: CollabStore = createCollabStore({ serverUrl: link.serverUrl, projectId: link.projectId, role: link.role, self });
  const attached = new Map<Y.Doc, Attached>();
  const listeners = new Set<() => void>();
  const changed = (): void => {
    refreshStatus();
    for (const listener of [...listeners]) listener();
  };
  const onChange = (wake: () => void): (() => void) => {
    listeners.add(wake);
    return () => listeners.delete(wake);
  };
  let socketStatus: WebSocketStatus = WebSocketStatus.Connecting;
  let everDisconnected = false;
  let binding: StoreBinding | null = null;
  let closed = false;

  const socket = new HocuspocusProviderWebsocket({
    url: link.serverUrl,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    onStatus: ({ status }) => {
      socketStatus = status;
      if (status === WebSocketStatus.Disconnected) everDisconnected = true;
      changed();
    },
  });

  function refreshStatus(): void {
    const all = [...attached.values()];
    // a viewer's connection is read-only: the server acknowledges nothing it sends (its offline
    // copy loading counts as sent), and it has no edits of its own to wait for
    const unsyncedChanges = link.role === 'viewer' ? 0 : all.reduce((sum, a) => sum + a.provider.unsyncedChanges, 0);
    const documentsSynced = all.filter((a) => a.provider.isSynced).length;
    const state = collab.getState();
    let status = state.status;
    if (state.error && !RETRYABLE.has(state.error.reason)) status = 'refused';
    else if (socketStatus !== WebSocketStatus.Connected) status = everDisconnected ? 'offline' : 'connecting';
    else status = documentsSynced < all.length || unsyncedChanges > 0 ? 'syncing' : 'synced';
    collab.setState({ status, unsyncedChanges, documentsSynced, documentsTotal: Math.max(1, all.length) });
  }

  function attach(doc: Y.Doc, withPresence: boolean): Attached {
    const existing = attached.get(doc);
    if (existing) return existing;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: doc.guid,
      document: doc,
      token: link.token,
      ...(withPresence ? {} : { awareness: null }),
      onSynced: () => changed(),
      onUnsyncedChanges: () => changed(),
      onAuthenticationFailed: ({ reason }) => {
        collab.setState({ error: { reason, document: doc.guid } });
        changed();
      },
      onClose: ({ event }) => {
        const reason = event.reason;
        // a document's own connection closed by the server with a reason (a refused message)
        if (!reason || closed) return;
        collab.setState({ error: { reason, document: doc.guid } });
        changed();
        if (RETRYABLE.has(reason)) {
          setTimeout(() => {
            if (closed) return;
            provider.detach();
            provider.attach();
          }, 2000);
        }
      },
    });
    const entry: Attached = { provider, offline: null, offlineLoaded: !offlineCopy };
    if (offlineCopy) {
      try {
        entry.offline = new IndexeddbPersistence(doc.guid, doc);
        void entry.offline.whenSynced.then(() => {
          entry.offlineLoaded = true;
          changed();
        });
      } catch {
        // no IndexedDB (a private window): the server is the only copy
        entry.offlineLoaded = true;
      }
    }
    provider.attach();
    attached.set(doc, entry);
    changed();
    return entry;
  }

  const root = attach(docs.root, true);
  const awareness = root.provider.awareness;

  // presence: who this is, where they are and what they have selected
  const presence = (): LocalPresence => {
    const session = store.getState().session;
    return {
      user: { name: collab.getState().self.name, color: self.color, role: link.role },
      floorId: session.level === 'floor' ? session.floorId : null,
      selection: session.selection,
      pointer: null,
    };
  };
  awareness?.setLocalState(presence());
  const stopSessionWatch = store.subscribe((state, previous) => {
    const a = state.session;
    const b = previous.session;
    if (a.floorId === b.floorId && a.level === b.level && a.selection === b.selection) return;
    awareness?.setLocalStateField('floorId', a.level === 'floor' ? a.floorId : null);
    awareness?.setLocalStateField('selection', a.selection);
  });
  const onAwareness = (): void => {
    if (!awareness) return;
    collab.setState({ peers: peersOf(awareness.getStates(), clientId) });
  };
  awareness?.on('change', onAwareness);

  const rootHeld = (): boolean => docsHoldPlan(docs.root);

  function bind(): void {
    if (binding) return;
    store.getState().setEditFilter(roleEditFilter(link.role));
    binding = bindStoreToDocs(store, docs, { origin, onFloorDocument: (_floorId, doc) => void attach(doc, false) });
  }

  /** Loads every floor document (offline copy, then the server) and the plan into the store. */
  async function loadPlan(): Promise<void> {
    const floors = floorIdsOf(docs.root).map((floorId) => attach(floorDocFor(docs, floorId), false));
    await waitFor(() => floors.every((f) => f.offlineLoaded), onChange, 5000);
    // online: wait until each floor has synced once; offline: work from the copy
    await waitFor(() => socketStatus !== WebSocketStatus.Connected || floors.every((f) => f.provider.isSynced), onChange, 60_000);
    if (closed) return;
    store.getState().load(docsToPlan(docs.root, docs.floors));
    bind();
    collab.setState({ empty: false });
  }

  // the plan published by an owner (here or in another tab) while this one waited on an empty project
  let loading: Promise<void> | null = null;
  const meta = docs.root.getMap(META_MAP);
  const onMeta = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction): void => {
    // this tab's own publish (a local transaction) binds the plan it has open: no reload
    if (!transaction.local && rootHeld() && !binding && !loading && collab.getState().empty) loading = loadPlan();
  };
  meta.observe(onMeta);

  async function start(): Promise<ReadyOutcome> {
    await waitFor(() => root.offlineLoaded, onChange, 5000);
    // the server's state first when it answers; the offline copy alone when it does not
    await waitFor(() => root.provider.isSynced || (everDisconnected && rootHeld()), onChange, rootHeld() ? connectWaitMs : Infinity);
    if (!rootHeld()) {
      // the server holds no plan (and this browser no copy): wait for an owner to publish
      await waitFor(() => root.provider.isSynced, onChange, Infinity);
      if (!rootHeld()) {
        collab.setState({ empty: true });
        return 'empty';
      }
    }
    loading = loadPlan();
    await loading;
    return 'loaded';
  }

  const actions: CollabActions = {
    shareLinks: link.role === 'owner' ? createShareLinksClient({ httpBase: link.httpBase, ownerToken: link.token, appUrl: options.appUrl, ...(options.serverParam ? { serverParam: options.serverParam } : {}) }) : null,
    setName(name) {
      const trimmed = name.trim().slice(0, 40);
      storage?.setItem(NAME_KEY, trimmed);
      collab.setState({ self: { ...collab.getState().self, name: trimmed } });
      awareness?.setLocalStateField('user', { name: trimmed, color: self.color, role: link.role });
    },
    setPointer(pointer) {
      awareness?.setLocalStateField('pointer', pointer);
    },
    async publishOpenPlan() {
      if (link.role !== 'owner') throw new Error('only the owner publishes a plan');
      if (rootHeld()) throw new Error('the shared project already holds a plan');
      const plan = store.getState().plan;
      writePlanIntoDocs(docs, plan, { projectId: link.projectId, origin: 'publish' });
      for (const doc of docs.floors.values()) attach(doc, false);
      // the shared history starts here: edits made before publishing are not this project's to undo
      store.getState().clearHistory();
      bind();
      collab.setState({ empty: false });
      await waitFor(() => [...attached.values()].every((a) => a.provider.isSynced && a.provider.unsyncedChanges === 0), onChange, 60_000);
    },
    disconnect() {
      socket.disconnect();
    },
    reconnect() {
      void socket.connect();
    },
  };

  // The browser knows at once when the network goes; the socket would notice only at its next
  // check (up to 30 s). Offline: close it and say so; online again: reconnect.
  const onOffline = (): void => socket.disconnect();
  const onOnline = (): void => void socket.connect();
  const browserEvents = typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : null;
  browserEvents?.addEventListener('offline', onOffline);
  browserEvents?.addEventListener('online', onOnline);

  // ids made here carry this tab's tag, so two people adding a desk at once never make the same id
  setIdSpace(clientId.toString(36));

  const ready = start();
  return {
    handle: { store: collab, actions },
    docs,
    ready,
    close() {
      closed = true;
      setIdSpace(null);
      browserEvents?.removeEventListener('offline', onOffline);
      browserEvents?.removeEventListener('online', onOnline);
      meta.unobserve(onMeta);
      stopSessionWatch();
      awareness?.off('change', onAwareness);
      binding?.stop();
      store.getState().setEditFilter(null);
      for (const entry of attached.values()) {
        entry.provider.destroy();
        void entry.offline?.destroy();
      }
      attached.clear();
      socket.destroy();
    },
  };
}

// A Node client of the Callfloor server that holds a plan the way the app will: the project's root
// document and its floor documents, one HocuspocusProvider per document over one shared
// WebSocket, local edits written with applyPatchesToDocs (commands run on the plan, immer patches
// into the documents) and remote edits read back into the plan with observeRemoteEdits. Used by
// the load benchmark (bench/collabLoad.bench.ts) and the server half of the no-data-loss battery.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { enablePatches, produceWithPatches } from 'immer';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { observeRemoteEdits, type RemoteEditsWatch } from '../../src/collab/docEventsToPatches.ts';
import { applyPatchesToDocs } from '../../src/collab/patchesToDoc.ts';
import { docsToPlan, floorDocGuid, rootDocGuid, type PlanDocs } from '../../src/collab/planDoc.ts';
import type { PlanPatch } from '../../src/floorplan/changes.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';

enablePatches();

export interface PlanClientOptions {
  /** ws://host:port of the server */
  readonly url: string;
  readonly projectId: string;
  readonly token: string;
  /** the floors whose documents this client syncs (the others stay empty: floors without elements) */
  readonly floors: 'all' | readonly string[];
  /**
   * the floors whose remote edits are read into `plan` (default: every floor opened). The others
   * still sync, but `plan` keeps their content as it was opened: fine for a client that does not
   * edit them, and what keeps 20 clients in one process affordable in the load benchmark.
   */
  readonly follow?: readonly string[];
  /** documents to start from: a new project's (planToDocs) or an offline copy */
  readonly docs?: PlanDocs;
  /** attaches an offline store to a document before it syncs; resolves once the document holds what it stored */
  readonly persist?: (doc: Y.Doc) => Promise<void>;
  /** start without connecting (an offline client) */
  readonly offline?: boolean;
  /** the longest wait between reconnection attempts (ms); default 1000 */
  readonly maxRetryMs?: number;
  /** how long to wait for the first sync (ms); default 30000 */
  readonly syncTimeoutMs?: number;
  /** transaction origin of this client's edits */
  readonly origin?: unknown;
}

/** Polls `condition` every `everyMs`; rejects with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000, everyMs = 5): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** The ids of the active site's floors the root document names (its floor documents need not be loaded). */
export function floorIdsOf(root: Y.Doc, projectId: string): string[] {
  const seen = new Map<string, Y.Doc>();
  // docsToPlan asks for every floor's document by id: hand it empty ones and note the ids
  const lazy = new Map<string, Y.Doc>();
  lazy.get = (floorId: string) => {
    let doc = seen.get(floorId);
    if (!doc) seen.set(floorId, (doc = new Y.Doc({ guid: floorDocGuid(projectId, floorId) })));
    return doc;
  };
  docsToPlan(root, lazy);
  for (const doc of seen.values()) doc.destroy();
  return [...seen.keys()];
}

export class PlanClient {
  readonly docs: PlanDocs;
  readonly socket: HocuspocusProviderWebsocket;
  /** by document name (guid) */
  readonly providers = new Map<string, HocuspocusProvider>();
  /** the plan as this client's store would hold it: local edits and remote patches applied */
  plan!: PlanDocument;
  /** how long open() took to sync the root, then every floor, and to read the plan (ms) */
  readonly timings = { rootSyncedMs: 0, floorsSyncedMs: 0, planReadMs: 0 };
  /** reasons the server gave when it closed one of this client's documents */
  readonly closedWith: string[] = [];
  /** counts the updates of every document (local, remote, from an offline store): a cheap "changed since" */
  version = 0;
  private readonly countUpdate = () => {
    this.version += 1;
  };
  private watch: RemoteEditsWatch | null = null;
  private readonly origin: unknown;
  private readonly remoteListeners: ((patches: PlanPatch[]) => void)[] = [];

  private constructor(
    private readonly options: PlanClientOptions,
    docs: PlanDocs,
  ) {
    this.docs = docs;
    this.origin = options.origin ?? this;
    const retry = options.maxRetryMs ?? 1000;
    this.socket = new HocuspocusProviderWebsocket({
      url: options.url,
      WebSocketPolyfill: WebSocket,
      autoConnect: !options.offline,
      delay: Math.min(50, retry),
      minDelay: Math.min(50, retry),
      maxDelay: retry,
      factor: 1.5,
      jitter: false,
    });
  }

  /** Opens the project: the root first (it names the floors), then the floors' documents, then the plan. */
  static async open(options: PlanClientOptions): Promise<PlanClient> {
    const root = options.docs?.root ?? new Y.Doc({ guid: rootDocGuid(options.projectId) });
    const client = new PlanClient(options, { root, floors: options.docs?.floors ?? new Map() });
    const timeout = options.syncTimeoutMs ?? 30_000;
    const started = performance.now();
    if (options.persist) await options.persist(root);
    client.connectDocument(root);
    if (!root.getMap('meta').has('projectId')) {
      if (options.offline) throw new Error('an offline client needs a stored or given root document');
      await until(() => client.allSynced(), 'the root document', timeout);
    }
    client.timings.rootSyncedMs = performance.now() - started;
    const opened = options.floors === 'all' ? null : new Set(options.floors);
    for (const floorId of floorIdsOf(root, options.projectId)) {
      let doc = client.docs.floors.get(floorId);
      if (!doc) client.docs.floors.set(floorId, (doc = new Y.Doc({ guid: floorDocGuid(options.projectId, floorId) })));
      if (opened && !opened.has(floorId)) continue;
      if (options.persist) await options.persist(doc);
      client.connectDocument(doc);
    }
    if (!options.offline) await until(() => client.allSynced(), 'the floor documents', timeout);
    client.timings.floorsSyncedMs = performance.now() - started;
    client.startWatching();
    client.timings.planReadMs = performance.now() - started - client.timings.floorsSyncedMs;
    return client;
  }

  private connectDocument(doc: Y.Doc): void {
    doc.on('update', this.countUpdate);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: doc.guid,
      document: doc,
      token: this.options.token,
      // no presence yet: awareness would only add traffic the app does not send
      awareness: null,
      onClose: ({ event }) => {
        if (event.reason) this.closedWith.push(event.reason);
      },
    });
    provider.attach();
    this.providers.set(doc.guid, provider);
  }

  /** Reads the plan from the documents and follows remote edits from now on. */
  private startWatching(): void {
    this.plan = docsToPlan(this.docs.root, this.docs.floors);
    const follow = this.options.follow;
    const followed: PlanDocs = follow ? { root: this.docs.root, floors: new Map([...this.docs.floors].filter(([id]) => follow.includes(id))) } : this.docs;
    this.watch = observeRemoteEdits(followed, {
      plan: () => this.plan,
      apply: (patches, after) => {
        this.plan = after;
        for (const listener of this.remoteListeners) listener(patches);
      },
    });
  }

  /** Called with the patches of each remote transaction, after the plan took them. */
  onRemoteEdit(listener: (patches: PlanPatch[]) => void): void {
    this.remoteListeners.push(listener);
  }

  /**
   * Changes the plan with `recipe` (an immer recipe: a command's `apply`, say) and writes the
   * patches into the documents (one transaction per document). `also` runs inside the transaction
   * of `also.doc` (the benchmark's timestamp). Returns false when the recipe changed nothing.
   */
  edit(recipe: (draft: PlanDocument) => void, also?: { doc: Y.Doc; write(): void }): boolean {
    const [, patches] = produceWithPatches(this.plan, (draft) => {
      recipe(draft as PlanDocument);
    });
    if (patches.length === 0) return false;
    const write = () => {
      this.plan = applyPatchesToDocs(this.docs, this.plan, patches as PlanPatch[], this.origin);
      also?.write();
    };
    if (also) also.doc.transact(write, this.origin);
    else write();
    return true;
  }

  /** Every document synced with the server and every local change acknowledged. */
  allSynced(): boolean {
    for (const provider of this.providers.values()) {
      if (!provider.isSynced || provider.unsyncedChanges > 0) return false;
    }
    return true;
  }

  /** Where each document stands (for a failure's report). */
  syncState(): string {
    const documents = [...this.providers.values()].map((p) => `${p.configuration.name.split('/').pop()}: ${p.isSynced ? 'synced' : 'not synced'}, ${p.unsyncedChanges} unacknowledged`);
    return `socket ${this.socket.status}; ${documents.join('; ')}; closed with: ${this.closedWith.join(', ') || 'nothing'}`;
  }

  get online(): boolean {
    return this.socket.shouldConnect;
  }

  /**
   * The network goes: the socket closes and stays closed; edits go on locally. Resolves once it
   * is closed: a connect() while the close is still under way does nothing (the socket counts as
   * connected), and the close then leaves it closed for good.
   */
  async goOffline(): Promise<void> {
    this.socket.disconnect();
    await until(() => this.socket.status === WebSocketStatus.Disconnected, 'the socket to close', 5000);
  }

  /** The network comes back: the providers authenticate again and sync both ways. */
  goOnline(): void {
    void this.socket.connect();
  }

  /** The plan read afresh from the documents (what a reload would show). */
  readPlan(): PlanDocument {
    return docsToPlan(this.docs.root, this.docs.floors);
  }

  destroy(): void {
    this.watch?.stop();
    this.watch = null;
    for (const provider of this.providers.values()) provider.document.off('update', this.countUpdate);
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
    this.socket.destroy();
  }
}

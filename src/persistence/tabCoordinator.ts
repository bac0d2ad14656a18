// Tabs of the app tell each other which project they have open and when they saved it, over a
// BroadcastChannel. The rules are a pure function (`receiveTabMessage`); the coordinator only
// wires it to a channel. The write transaction is what actually prevents a stale overwrite
// (projectRepository); these messages let a tab warn early and show who else has the project.

export type TabMessage =
  | { kind: 'opened'; tabId: string; projectId: string }
  /** the answer of a tab that already has the project open */
  | { kind: 'here'; tabId: string; projectId: string }
  | { kind: 'closed'; tabId: string; projectId: string }
  | { kind: 'saved'; tabId: string; projectId: string; revision: number }
  | { kind: 'deleted'; tabId: string; projectId: string };

export interface TabState {
  tabId: string;
  projectId: string | null;
  /** the head revision this tab loaded or last saved */
  revision: number;
  /** other tabs with the same project open */
  others: string[];
  /** a newer revision saved elsewhere, if any: this tab is now stale */
  newerRevision: number | null;
  deletedElsewhere: boolean;
  /** any project changed elsewhere (the project list should refresh) */
  listChanged: number;
}

export const initialTabState = (tabId: string): TabState => ({
  tabId,
  projectId: null,
  revision: 0,
  others: [],
  newerRevision: null,
  deletedElsewhere: false,
  listChanged: 0,
});

export interface Received {
  state: TabState;
  /** a message to post in answer */
  reply?: TabMessage;
}

export function receiveTabMessage(state: TabState, message: TabMessage): Received {
  if (message.tabId === state.tabId) return { state };
  const listChanged = message.kind === 'saved' || message.kind === 'deleted' ? state.listChanged + 1 : state.listChanged;
  if (message.projectId !== state.projectId) return { state: { ...state, listChanged } };
  const others = state.others.filter((t) => t !== message.tabId);
  switch (message.kind) {
    case 'opened':
      return { state: { ...state, others: [...others, message.tabId] }, reply: { kind: 'here', tabId: state.tabId, projectId: message.projectId } };
    case 'here':
      return { state: { ...state, others: [...others, message.tabId] } };
    case 'closed':
      return { state: { ...state, others } };
    case 'saved': {
      const newer = message.revision > state.revision ? Math.max(message.revision, state.newerRevision ?? 0) : state.newerRevision;
      return { state: { ...state, others: [...others, message.tabId], newerRevision: newer, listChanged } };
    }
    case 'deleted':
      return { state: { ...state, deletedElsewhere: true, listChanged } };
  }
}

/** What the coordinator needs of a BroadcastChannel (tests pass a fake). */
export interface TabChannel {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export const TAB_CHANNEL_NAME = 'callfloor-projects';

function isTabMessage(data: unknown): data is TabMessage {
  return typeof data === 'object' && data !== null && typeof (data as { kind?: unknown }).kind === 'string' && typeof (data as { tabId?: unknown }).tabId === 'string';
}

export class TabCoordinator {
  private state: TabState;
  private readonly listeners = new Set<(state: TabState) => void>();
  private readonly onMessage = (event: { data: unknown }) => {
    if (!isTabMessage(event.data)) return;
    const { state, reply } = receiveTabMessage(this.state, event.data);
    if (reply) this.channel.postMessage(reply);
    this.set(state);
  };

  constructor(
    private readonly channel: TabChannel,
    tabId: string,
  ) {
    this.state = initialTabState(tabId);
    channel.addEventListener('message', this.onMessage);
  }

  get current(): TabState {
    return this.state;
  }

  subscribe(listener: (state: TabState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** This tab now shows `projectId` at `revision` (opened, reloaded or switched). */
  open(projectId: string, revision: number): void {
    const previous = this.state.projectId;
    if (previous && previous !== projectId) this.channel.postMessage({ kind: 'closed', tabId: this.state.tabId, projectId: previous });
    this.set({ ...initialTabState(this.state.tabId), listChanged: this.state.listChanged, projectId, revision });
    this.channel.postMessage({ kind: 'opened', tabId: this.state.tabId, projectId });
  }

  saved(revision: number): void {
    const { projectId } = this.state;
    if (!projectId) return;
    const newer = this.state.newerRevision !== null && this.state.newerRevision > revision ? this.state.newerRevision : null;
    this.set({ ...this.state, revision, newerRevision: newer });
    this.channel.postMessage({ kind: 'saved', tabId: this.state.tabId, projectId, revision });
  }

  /** Tell others a project was changed from the list (deleted, renamed, duplicated). */
  announce(kind: 'deleted' | 'saved', projectId: string, revision = 0): void {
    this.channel.postMessage(kind === 'saved' ? { kind, tabId: this.state.tabId, projectId, revision } : { kind, tabId: this.state.tabId, projectId });
  }

  close(): void {
    if (this.state.projectId) this.channel.postMessage({ kind: 'closed', tabId: this.state.tabId, projectId: this.state.projectId });
    this.channel.removeEventListener('message', this.onMessage);
    this.channel.close();
  }

  private set(state: TabState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

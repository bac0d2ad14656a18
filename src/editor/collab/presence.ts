// Presence over Yjs awareness: what this tab says about its person (name, colour, role, the floor
// open, the selection, the pointer) and how the others' states become the collab store's peers.
// Awareness states are whatever other tabs sent: every field is checked before it is shown.
import { COLLAB_ROLES, type CollabRole, type Peer } from './collabState.ts';

/** What this tab puts in its awareness state. */
export interface LocalPresence {
  user: { name: string; color: string; role: CollabRole };
  floorId: string | null;
  selection: readonly string[];
  pointer: { x: number; y: number } | null;
}

/** Colours that read on the plan's white and on the 3D view, distinct at a glance. */
const PALETTE = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#e8590c', '#0c8599', '#c2255c', '#5f3dc4', '#66a80f', '#f08c00'];

/** The same colour for a client id on every screen. */
export function presenceColor(clientId: number): string {
  return PALETTE[Math.abs(clientId) % PALETTE.length]!;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function pointerOf(value: unknown): Peer['pointer'] {
  if (!isRecord(value)) return null;
  const { x, y } = value;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/** The others present, by client id, from the awareness states (this tab's own left out). */
export function peersOf(states: ReadonlyMap<number, Record<string, unknown>>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId || !isRecord(state) || !isRecord(state['user'])) continue;
    const user = state['user'];
    const name = typeof user['name'] === 'string' ? user['name'].slice(0, 40) : '';
    const color = typeof user['color'] === 'string' && /^#[0-9a-f]{6}$/i.test(user['color']) ? user['color'] : presenceColor(clientId);
    const role = COLLAB_ROLES.find((r) => r === user['role']) ?? null;
    const floorId = typeof state['floorId'] === 'string' ? state['floorId'] : null;
    const selection = Array.isArray(state['selection']) ? state['selection'].filter((id): id is string => typeof id === 'string').slice(0, 10_000) : [];
    peers.push({ clientId, name, color, role, floorId, selection, pointer: pointerOf(state['pointer']) });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

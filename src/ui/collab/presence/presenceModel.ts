// The presence list's pure parts: who is shown (this user first, then the others, up to a
// number, the rest counted as "+n"), initials, and where each one is in the plan. The ink on a
// person's colour is shared with the scene's name tags (editor/collab/peerInk.ts).
import type { CollabRole, Peer } from '../../../editor/collab/collabState.ts';
import { findFloor } from '../../../floorplan/queries/lookup.ts';
import type { PlanDocument } from '../../../floorplan/types.ts';

/** Avatars shown before the rest are counted as "+n". */
export const MAX_AVATARS = 5;

export interface PresencePerson {
  clientId: number;
  name: string;
  color: string;
  role: CollabRole | null;
  floorId: string | null;
  self: boolean;
}

export interface ShownPresence {
  shown: PresencePerson[];
  /** the people counted in "+n", in order */
  hidden: PresencePerson[];
}

/** This user first, then the others in the session's order; at most `max` shown. */
export function presenceToShow(self: PresencePerson, peers: readonly Peer[], max = MAX_AVATARS): ShownPresence {
  const everyone: PresencePerson[] = [self, ...peers.map((p) => ({ clientId: p.clientId, name: p.name, color: p.color, role: p.role, floorId: p.floorId, self: false }))];
  if (everyone.length <= max) return { shown: everyone, hidden: [] };
  return { shown: everyone.slice(0, max), hidden: everyone.slice(max) };
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/**
 * Initials for an avatar: a Chinese (or other CJK) name shows its last two characters (the given
 * name, as Chinese apps do: 王小明 → 小明); other names the first letters of the first and last
 * words (Ada Lovelace → AL). An empty name gives "?".
 */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const chars = [...trimmed.replace(/\s+/gu, '')];
  if (CJK.test(chars[0]!)) return chars.slice(-2).join('');
  const words = trimmed.split(/[\s._-]+/u).filter(Boolean);
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words.at(-1)!][0]! : '';
  return (first + last).toLocaleUpperCase();
}

/** Where a person is: a floor of the plan (with its building), a floor this plan does not hold, or no floor (park or building level). */
export type Whereabouts = { kind: 'floor'; building: string; floor: string; floorId: string } | { kind: 'unknown-floor'; floorId: string } | { kind: 'overview' };

export function whereabouts(plan: PlanDocument, floorId: string | null): Whereabouts {
  if (floorId === null) return { kind: 'overview' };
  const ref = findFloor(plan, floorId);
  if (!ref) return { kind: 'unknown-floor', floorId };
  return { kind: 'floor', building: ref.building.name, floor: ref.floor.name, floorId };
}

// Editor shortcuts: undo/redo, nudge and delete the selection, Escape. Returns true when handled.
import { deleteElements } from '../floorplan/commands/deleteElements.ts';
import { moveElements } from '../floorplan/commands/moveElements.ts';
import type { EditorStore } from './store.ts';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Arrow keys move the selection by this much (Shift: NUDGE_LARGE). */
export const NUDGE = 0.1;
export const NUDGE_LARGE = 1;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function handleEditorKey(event: KeyLike, store: EditorStore): boolean {
  const s = store.getState();
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z') {
    if (event.shiftKey) s.redo();
    else s.undo();
    return true;
  }
  if (mod && key === 'y') {
    s.redo();
    return true;
  }
  if (mod || event.altKey) return false;
  const { selection, floorId, level } = s.session;
  if (event.key === 'Escape') {
    if (s.interaction) s.cancel();
    else s.select([]);
    return true;
  }
  if (level !== 'floor' || !floorId || selection.length === 0) return false;
  const arrow = ARROWS[event.key];
  if (arrow) {
    const step = event.shiftKey ? NUDGE_LARGE : NUDGE;
    s.execute(moveElements, { floorId, ids: selection, dx: arrow[0] * step, dy: arrow[1] * step });
    return true;
  }
  if (event.key === 'Delete' || event.key === 'Backspace') {
    const result = s.execute(deleteElements, { floorId, ids: selection });
    if (result.ok) s.select([]);
    return true;
  }
  return false;
}

// Editing actions on the selection that are not tools: delete, rotate by 90°, nudge by the grid
// step, copy / paste / duplicate, select all. Each is one command (one undo step).
import { deleteElements } from '../../floorplan/commands/deleteElements.ts';
import { copiesOf, duplicateElements, type ElementCopy } from '../../floorplan/commands/duplicateElements.ts';
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { moveElements } from '../../floorplan/commands/moveElements.ts';
import { newIds } from '../../floorplan/commands/newIds.ts';
import { rotateElements } from '../../floorplan/commands/rotateElements.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import { FLOOR_COLLECTIONS, type FloorCollection, type Point } from '../../floorplan/types.ts';
import type { EditorStore, ExecuteResult } from '../store.ts';
import { selectionCentre } from './selectionGeometry.ts';

/** Where a paste onto the floor it was copied from lands, relative to the original (m). */
export const PASTE_OFFSET: Point = [1, -1];

const ID_PREFIX: Record<FloorCollection, string> = {
  walls: 'w', doors: 'd', windows: 'n', exits: 'e', cores: 'c', columns: 'col', zones: 'z', workstations: 's',
  luminaires: 'l', airTerminals: 'a', extinguishers: 'x', detectors: 'sd', sprinklers: 'sp',
  smokeExhausts: 'se', exitSigns: 'es', hydrants: 'h', evacuationMarks: 'ym',
};

export interface Clipboard {
  floorId: string;
  items: ElementCopy[];
  /** pastes so far onto the source floor (each lands one offset further) */
  pastes: number;
}

const NOTHING: ExecuteResult = { ok: false, refused: { reasonKey: 'commands.refused.empty', elementIds: [] } };

function openFloor(store: EditorStore) {
  const { session, plan } = store.getState();
  if (session.level !== 'floor' || !session.floorId) return null;
  const ref = findFloor(plan, session.floorId);
  return ref ? { floorId: session.floorId, floor: ref.floor, ids: session.selection } : null;
}

/** Deleting more elements than this at once asks first. */
export const LARGE_DELETE = 100;

/** Asks whether to delete `count` elements; `proceed` deletes them (called only on yes). */
export type ConfirmLargeDelete = (count: number, proceed: () => void) => void;

// The app's confirm dialog registers here (the shortcut and the toolbar button both delete
// through deleteSelection); without one, a large delete is not done.
let askBeforeLargeDelete: ConfirmLargeDelete | null = null;

/** Registers the question a large delete asks; returns the function that unregisters it. */
export function setLargeDeleteConfirmation(ask: ConfirmLargeDelete): () => void {
  askBeforeLargeDelete = ask;
  return () => {
    if (askBeforeLargeDelete === ask) askBeforeLargeDelete = null;
  };
}

/**
 * Deletes the selection (one undo step). More than LARGE_DELETE elements are not deleted at
 * once: `confirmLarge` is asked, and the answer is 'needs-confirmation'; a yes deletes exactly
 * the elements that were selected when it asked.
 */
export function deleteSelection(store: EditorStore, confirmLarge: ConfirmLargeDelete | null = askBeforeLargeDelete): ExecuteResult | 'needs-confirmation' {
  const open = openFloor(store);
  if (!open || open.ids.length === 0) return NOTHING;
  const { floorId, ids } = open;
  const remove = (): ExecuteResult => {
    const result = store.getState().execute(deleteElements, { floorId, ids });
    if (result.ok) store.getState().select([]);
    return result;
  };
  if (ids.length <= LARGE_DELETE) return remove();
  confirmLarge?.(ids.length, () => void remove());
  return 'needs-confirmation';
}

export function rotateSelection(store: EditorStore, degrees = 90): ExecuteResult {
  const open = openFloor(store);
  if (!open || open.ids.length === 0) return NOTHING;
  const center = selectionCentre(open.floor, open.ids);
  if (!center) return NOTHING;
  return store.getState().execute(rotateElements, { floorId: open.floorId, ids: open.ids, center, degrees });
}

export function nudgeSelection(store: EditorStore, dx: number, dy: number): ExecuteResult {
  const open = openFloor(store);
  if (!open || open.ids.length === 0) return NOTHING;
  return store.getState().execute(moveElements, { floorId: open.floorId, ids: open.ids, dx, dy });
}

export function selectAll(store: EditorStore): void {
  const open = openFloor(store);
  if (open) store.getState().select(FLOOR_COLLECTIONS.flatMap((c) => open.floor[c].map((e) => e.id)));
}

export function copySelection(store: EditorStore): Clipboard | null {
  const open = openFloor(store);
  if (!open || open.ids.length === 0) return null;
  const found = elementsWithIds(open.floor, new Set(open.ids));
  // keep the floor's own order, so walls come before the doors on them
  const items = FLOOR_COLLECTIONS.flatMap((collection) =>
    [...found.values()].filter((f) => f.collection === collection).map((f) => ({ collection, element: structuredClone(f.element) })),
  );
  return { floorId: open.floorId, items, pastes: 0 };
}

/** Pastes the clipboard onto the open floor and selects the copies. */
export function paste(store: EditorStore, clipboard: Clipboard): ExecuteResult {
  const open = openFloor(store);
  if (!open || clipboard.items.length === 0) return NOTHING;
  const times = open.floorId === clipboard.floorId ? clipboard.pastes + 1 : 0;
  const offset: Point = [PASTE_OFFSET[0] * times, PASTE_OFFSET[1] * times];
  const plan = store.getState().plan;
  const fresh = new Map<FloorCollection, string[]>();
  for (const { collection } of clipboard.items) {
    if (!fresh.has(collection)) {
      const count = clipboard.items.filter((i) => i.collection === collection).length;
      fresh.set(collection, newIds(plan, ID_PREFIX[collection], count));
    }
  }
  const queue = clipboard.items.map((i) => fresh.get(i.collection)!.shift()!);
  const items = copiesOf(clipboard.items, offset, () => queue.shift()!);
  const result = store.getState().execute(duplicateElements, { floorId: open.floorId, items });
  if (result.ok) {
    if (open.floorId === clipboard.floorId) clipboard.pastes = times;
    store.getState().select(items.map((i) => i.element.id));
  }
  return result;
}

export function duplicateSelection(store: EditorStore): ExecuteResult {
  const clipboard = copySelection(store);
  return clipboard ? paste(store, clipboard) : NOTHING;
}

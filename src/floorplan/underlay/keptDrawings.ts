// Drawings held in memory by hash (DXF text or image data URL), so the view, the panel, snapping
// and conversion get an underlay's drawing without asking storage again. A few are kept, most
// recently used first; a drawing that is not stored anywhere yet (storage failed or is absent)
// is pinned and never dropped, since memory is then its only copy.
import type { Underlay } from '../types.ts';

/** Unpinned drawings kept. */
const KEPT = 4;

const kept = new Map<string, { source: string; pinned: boolean }>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

/** Keeps a drawing's source under its hash; `pinned`: memory is its only copy for now. */
export function keepDrawingSource(hash: string, source: string, options: { pinned?: boolean } = {}): void {
  const before = kept.get(hash);
  kept.delete(hash);
  kept.set(hash, { source, pinned: options.pinned ?? before?.pinned ?? false });
  const unpinned = [...kept].filter(([, entry]) => !entry.pinned);
  for (const [dropped] of unpinned.slice(0, Math.max(0, unpinned.length - KEPT))) kept.delete(dropped);
  changed();
}

/** The drawing is stored now: it may be dropped from memory like any other. */
export function unpinDrawing(hash: string): void {
  const entry = kept.get(hash);
  if (entry) entry.pinned = false;
}

export function keptDrawingSource(hash: string): string | undefined {
  return kept.get(hash)?.source;
}

/** Whether memory is the drawing's only copy (it is stored with the next save of a plan that refers to it). */
export function isDrawingPinned(hash: string): boolean {
  return kept.get(hash)?.pinned === true;
}

/** The underlay's drawing if it is at hand: its inline copy, or the one kept in memory; null otherwise. */
export function underlaySource(underlay: Underlay): string | null {
  return underlay.source ?? keptDrawingSource(underlay.drawing.hash) ?? null;
}

/** A counter that moves whenever a drawing is kept (for React's useSyncExternalStore). */
export function keptDrawingsVersion(): number {
  return version;
}

export function onDrawingsKept(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget everything. */
export function clearKeptDrawings(): void {
  kept.clear();
  changed();
}
